"""spaCy without its command line, for the ``wirlint`` process.

``import spacy`` imports spaCy's own command line (typer, weasel, httpx, jinja2 and every ``spacy`` subcommand)
only to re-export ``spacy.info``: about a fifth of a second, a quarter of wirlint's cold start, spent on code
the linter never runs. The ``wirlint`` command therefore registers a stand-in for ``spacy.cli`` before spaCy is
first imported. The stand-in is a promise, not a removal: the first use of anything in it (``spacy.info()``,
``from spacy.cli import download``) imports the real command line and hands that over, so a pipeline package or
plugin that needs it still gets it.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

COMMAND_LINE = "spacy.cli"
INFO = "spacy.cli.info"


def defer_spacy_command_line() -> None:
    """Register the stand-ins, unless spaCy (or its command line) is already imported."""
    if "spacy" in sys.modules or COMMAND_LINE in sys.modules:
        return
    command_line = types.ModuleType(COMMAND_LINE, "spaCy's command line, imported on first use")
    command_line.__path__ = []  # a package, so that "spacy.cli.info" can be its submodule
    command_line.__getattr__ = _real_attribute  # type: ignore[method-assign]
    info = types.ModuleType(INFO, "spaCy's info command, imported on first use")
    info.info = _info  # type: ignore[attr-defined]
    command_line.info = info  # type: ignore[attr-defined]
    sys.modules[COMMAND_LINE] = command_line
    sys.modules[INFO] = info


def _real_command_line() -> types.ModuleType:
    """Drop the stand-ins and import the real ``spacy.cli`` (which also becomes the ``spacy.cli`` attribute)."""
    if getattr(sys.modules.get(COMMAND_LINE), "__file__", None) is None:
        sys.modules.pop(COMMAND_LINE, None)
        sys.modules.pop(INFO, None)
    return importlib.import_module(COMMAND_LINE)


def _real_attribute(name: str) -> Any:
    """Any other name asked of the stand-in (``download``, ``app`` …) is the real command line's."""
    if name.startswith("__"):  # the import system probing a module (``__spec__``, ``__file__`` …)
        raise AttributeError(name)
    return getattr(_real_command_line(), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` as spaCy defines it, imported when it is first called."""
    _real_command_line()
    return importlib.import_module(INFO).info(*args, **kwargs)
