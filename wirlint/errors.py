"""Errors the user can act on: each names the file (or URL) and the cause in one line."""

from __future__ import annotations


class WirlintError(Exception):
    """Base for every error that becomes one ``path: cause`` line and exit code 2."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


class ConfigError(WirlintError):
    """A configuration file or flag is wrong."""


class InputError(WirlintError):
    """An input cannot be read as text: missing, binary, undecodable, too large, hostile."""


class RulePackError(WirlintError):
    """A rule pack file is not valid."""
