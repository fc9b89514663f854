"""The code base passes its own style gate: ``ruff check`` and ``ruff format --check``."""

from __future__ import annotations

import shutil
import subprocess
import sys

from tests.conftest import ROOT


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("ruff") or [sys.executable, "-m", "ruff"]
    command = [executable] if isinstance(executable, str) else executable
    return subprocess.run([*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_ruff_check_is_clean():
    completed = ruff("check", "wirlint", "tests", "bench")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_ruff_format_is_clean():
    completed = ruff("format", "--check", "wirlint", "tests", "bench")
    assert completed.returncode == 0, completed.stdout + completed.stderr
