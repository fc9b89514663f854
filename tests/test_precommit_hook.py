"""The pre-commit hook itself, run by pre-commit (``try-repo`` against this checkout) on a content repository:
it installs, runs on every file pre-commit names, leaves out what a folder scan leaves out, and reports the
findings the command line reports."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, run_wirlint

FINDING = re.compile(r"^(?P<path>[^\s:]+):(?P<line>\d+):(?P<column>\d+): (?P<code>WL\d{3}) ", re.MULTILINE)
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def git(*arguments: str, cwd: Path) -> None:
    subprocess.run(["git", *arguments], cwd=cwd, check=True, capture_output=True, timeout=60)


def test_the_hook_reports_what_the_command_line_reports_and_skips_excluded_files(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(FIXTURES / "repos" / "hugo", site)
    git("init", "-q", cwd=site)
    git("add", "-A", "-f", cwd=site)  # build output too, as repositories that commit it have it
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "site", cwd=site)
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    hook = subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "wirlint", "--all-files", "--verbose"],
        cwd=site,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert hook.returncode == 1, hook.stdout + hook.stderr  # findings: the hook fails the commit
    reported = {match.group(0) for match in FINDING.finditer(hook.stdout)}
    assert reported, hook.stdout
    for left_out in ("public/", "layouts/", "archetypes/", "README.md", "impressum.md", ".bak"):
        assert not any(left_out in line for line in reported), left_out
    command_line = run_wirlint("check", "--no-cache", "--quiet", "--output-format", "concise", ".", cwd=site)
    expected = {match.group(0) for match in FINDING.finditer(command_line.stdout)}
    assert reported == {line for line in expected if not line.startswith(".:")}  # the site verdict is the CLI's
