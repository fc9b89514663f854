"""Message texts of rules: placeholders filled from a finding's fields, unknown ones left as written."""

from __future__ import annotations


class KeepUnknown(dict):
    """Leaves unknown ``{placeholders}`` as they are instead of failing on a user's message text."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
