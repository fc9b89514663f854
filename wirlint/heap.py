"""The garbage collector around start-up: a lint run allocates most of its long-lived objects (the spaCy stack,
the pipelines, the tagger's model) in its first second, and CPython's collector would scan all of them again at
every full collection for the rest of the run (about a tenth of a second at start and a sixth of a long run).

``hold`` pauses collection while they load; ``settle`` moves everything loaded so far to the permanent
generation (``gc.freeze``) and resumes collection, so later collections scan only what the run allocates after.
Reference counting frees almost everything either way; the collector only finds cycles.
"""

from __future__ import annotations

import gc


def hold() -> None:
    """No collections until the next ``settle``: called first thing in a command."""
    gc.disable()


def settle() -> None:
    """What is alive now stays alive for the run (models, pipelines, imported modules): freeze it, collect
    again. Called right after a model or pipeline is loaded and before worker processes fork, where it also
    keeps the copied pages shared."""
    gc.freeze()
    gc.enable()
