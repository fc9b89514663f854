"""Hostile inputs, one class per row, with the time and peak memory wirlint needs for each.

Usage: python -m bench.stress

Every input is generated into a temporary folder and linted by the real command line (``--no-cache``). A row
prints the wall time, the peak resident memory of the largest process, the exit code and the first error
line. The bound for every class on a 2-core machine: at most 30 s and 500 MB, and a clear error (exit 2) or
a correct result.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TIME_BOUND = 30.0
MEMORY_BOUND_MB = 500


def _zip_bomb(folder: Path) -> list[str]:
    from tests.documents import make_zip_bomb

    (folder / "bomb.pptx").write_bytes(make_zip_bomb(1 << 30))
    return ["bomb.pptx"]


def _heavy_xml(folder: Path) -> list[str]:
    import io
    import zipfile

    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:t>" + os.urandom(30 * 2**20).hex() + "</w:t>")
    (folder / "heavy.docx").write_bytes(stream.getvalue())
    return ["heavy.docx"]


def _hostile_tree(folder: Path) -> list[str]:
    tree = folder / "tree"
    tree.mkdir()
    (tree / "a.md").write_text("Wir sind da.\n", encoding="utf-8")
    os.mkfifo(tree / "pipe.md")
    (tree / "zero.md").symlink_to("/dev/zero")
    (tree / "loop.md").symlink_to("loop.md")
    (folder / "secret.md").write_text("Geheim.\n", encoding="utf-8")
    (tree / "outside.md").symlink_to("../secret.md")
    return ["tree"]


def _text(name: str, content: Callable[[], str]) -> Callable[[Path], list[str]]:
    def write(folder: Path) -> list[str]:
        (folder / name).write_text(content(), encoding="utf-8")
        return [name]

    return write


PROSE = "Wir sind ein Team aus Freiburg. Unsere Kunden sind zufrieden. Sie erhalten beste Qualität.\n\n"
CASES: dict[str, Callable[[Path], list[str]]] = {
    "one 10,000-character word": _text("word.md", lambda: "Wir " + "ä" * 10_000 + " liefern.\n"),
    "'Wir ' × 240,000": _text("wir.md", lambda: "Wir " * 240_000 + "\n"),
    "heading with 10,000 '|'": _text("bars.html", lambda: "<h1>" + "Über uns | " * 10_000 + "</h1>"),
    "50,000 opening „": _text("quotes.md", lambda: "„" * 50_000 + "\n"),
    "10,000 nested <div>": _text("divs.html", lambda: "<div>" * 10_000 + "<p>Wir sind da.</p>" + "</div>" * 10_000),
    "100,000 stray end tags": _text("ends.html", lambda: "<p>Wir sind da.</p>" + "</span>" * 100_000),
    "Markdown nested 120 levels": _text("deep.md", lambda: "> " * 120 + "Wir sind da.\n"),
    "10 MiB of prose (time limit)": _text("prose.md", lambda: PROSE * (10 * 2**20 // len(PROSE.encode()) - 1)),
    "1 GiB zip bomb (.pptx)": _zip_bomb,
    "DOCX with 60 MiB of XML": _heavy_xml,
    "FIFO, /dev/zero, loop, outside link": _hostile_tree,
}


def run_case(name: str, make: Callable[[Path], list[str]]) -> tuple[float, float, int, str]:
    with tempfile.TemporaryDirectory(prefix="wirlint-stress-") as work:
        folder = Path(work)
        arguments = make(folder)
        command = [sys.executable, "-m", "bench.peak", sys.executable, "-m", "wirlint", "check", "--no-cache"]
        started = time.perf_counter()
        completed = subprocess.run(
            [*command, *arguments], cwd=folder, capture_output=True, text=True, timeout=600, check=False,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )  # fmt: skip
        wall = time.perf_counter() - started
    peak_mb = int(completed.stderr.rsplit("peak-kb:", 1)[1].split()[0]) / 1024
    errors = [line for line in completed.stderr.splitlines() if line.startswith("wirlint:")]
    return wall, peak_mb, completed.returncode, errors[0] if errors else "(no error line)"


def main() -> None:
    print(f"{'input class':<38} {'time':>7} {'peak':>8}  exit  first message")
    worst_time = worst_memory = 0.0
    for name, make in CASES.items():
        wall, peak, code, message = run_case(name, make)
        worst_time, worst_memory = max(worst_time, wall), max(worst_memory, peak)
        flag = "" if wall <= TIME_BOUND and peak <= MEMORY_BOUND_MB else "   OVER THE BOUND"
        print(f"{name:<38} {wall:6.1f}s {peak:6.0f}MB  {code:>4}  {message[:90]}{flag}")
    print(f"\nworst: {worst_time:.1f} s, {worst_memory:.0f} MB (bound: {TIME_BOUND:g} s, {MEMORY_BOUND_MB} MB)")


if __name__ == "__main__":
    main()
