"""wirlint: a customer-first content linter for German and English business text."""

__version__ = "0.1.0"
