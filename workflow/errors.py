"""Domain errors. Messages are one line, say what was wrong and what is allowed, Chinese first."""

from __future__ import annotations


class DisclosureError(Exception):
    """Bad input or a request the rules do not allow; nothing was written.

    ``code`` names the kind of error for a program reading ``--json`` errors or an HTTP body;
    ``field`` is the input field at fault, when one is.
    """

    code = "bad_input"

    def __init__(self, *args: object, field: str | None = None) -> None:
        super().__init__(*args)
        self.field = field


class ValidationError(DisclosureError):
    code = "invalid"


class NotFoundError(DisclosureError):
    code = "not_found"


class TransitionError(DisclosureError):
    code = "not_allowed"


class ConflictError(DisclosureError):
    """Another writer changed the case first; nothing was written."""

    code = "conflict"


class DefinitionError(DisclosureError):
    """A definition file is invalid: names the file, the key path and what was expected."""

    code = "definition"

    def __init__(self, file: str, key_path: str, expected: str) -> None:
        super().__init__(f"{file}: {key_path}: {expected}", field=key_path)
        self.file = file
        self.key_path = key_path
        self.expected = expected


class SchemaTooNewError(DisclosureError):
    """The database was migrated by a newer release than this code: running would risk its data."""
