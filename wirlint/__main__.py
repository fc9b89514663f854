"""``python -m wirlint`` runs the command line."""

from wirlint.cli import main

main()
