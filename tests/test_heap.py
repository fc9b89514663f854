"""Start-up leaves the collector on, with what was loaded frozen out of its scans (wirlint.heap)."""

import subprocess
import sys

SCRIPT = """
import gc
from wirlint import heap
heap.hold()
held = gc.isenabled()
from wirlint.nlp.pipeline import build_pipeline
build_pipeline("de")
print(held, gc.isenabled(), gc.get_freeze_count())
"""


def test_collection_pauses_while_loading_and_resumes_with_the_pipeline_frozen():
    completed = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    held, enabled, frozen = completed.stdout.split()
    assert held == "False"
    assert enabled == "True"
    assert int(frozen) > 100_000  # the spaCy stack and the pipeline, no longer scanned by each collection


def test_a_command_runs_with_the_collector_on_after_linting(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("Wir sind der führende Anbieter für Gebäudereinigung.\n", encoding="utf-8")
    script = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('collector', gc.isenabled(), gc.get_freeze_count() > 0))\n"
        f"sys.argv = ['wirlint', 'check', '--no-cache', '--exit-zero', {str(page)!r}]\n"
        "from wirlint.cli import main\n"
        "main()\n"
    )
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert "WL1" in completed.stdout
    assert completed.stdout.strip().splitlines()[-1] == "collector True True"
