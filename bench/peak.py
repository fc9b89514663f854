"""Runs a command and reports its peak resident memory: ``python -m bench.peak CMD…`` prints ``peak-kb: N``
on standard error after the command's own output and exits with its exit code. The peak is that of the
largest process of the command (with ``--jobs``, of one worker or the parent)."""

from __future__ import annotations

import resource
import subprocess
import sys


def main() -> None:
    completed = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak-kb: {peak}", file=sys.stderr)
    sys.exit(completed.returncode)


if __name__ == "__main__":
    main()
