"""Rules that need code, not just terms: each check is ``(context, spec) -> findings``, named from a rule pack."""
