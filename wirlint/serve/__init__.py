"""``wirlint serve``: a local page where an editor pastes a draft, sees its findings in place and applies the
rewrites, with a JSON API behind it."""
