"""Reading TOML files (config and rule packs) with errors that name the file and the cause."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from wirlint.errors import WirlintError


def read_toml(path: Path, error: type[WirlintError]) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as problem:
        raise error(str(path), f"invalid TOML: {problem}") from None
    except RecursionError:
        raise error(str(path), "invalid TOML: nested too deeply") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(str(path), f"cannot read: {problem}") from None
