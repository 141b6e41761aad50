"""``python -m workflow`` runs the ``disclosure`` command line."""

from workflow.cli import main

if __name__ == "__main__":
    main()
