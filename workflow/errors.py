"""Domain errors. Messages are one line, say what was wrong and what is allowed, Chinese first."""

from __future__ import annotations


class DisclosureError(Exception):
    """Bad input or a request the rules do not allow; nothing was written."""


class ValidationError(DisclosureError):
    pass


class NotFoundError(DisclosureError):
    pass


class TransitionError(DisclosureError):
    pass


class ConflictError(DisclosureError):
    """Another writer changed the case first; nothing was written."""


class DefinitionError(DisclosureError):
    """A definition file is invalid: names the file, the key path and what was expected."""

    def __init__(self, file: str, key_path: str, expected: str) -> None:
        super().__init__(f"{file}: {key_path}: {expected}")
        self.file = file
        self.key_path = key_path
        self.expected = expected


class SchemaTooNewError(DisclosureError):
    """The database was migrated by a newer release than this code: running would risk its data."""
