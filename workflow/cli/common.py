"""What every command shares: settings, the database, JSON or human output, one-line errors.

Commands raise :class:`CliError` (or a domain error, converted by :func:`domain_errors`) for bad
input: ``main`` prints one line and exits with its code (2 bad input, 3 conflict), never a
traceback, and since every write is one transaction nothing has been written.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

EXIT_BAD_INPUT = 2
EXIT_CONFLICT = 3


class CliError(Exception):
    """Bad input found by a command; ``code`` and ``field`` as in :class:`workflow.errors.DisclosureError`."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT, *, code: str | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.code = code or ("conflict" if exit_code == EXIT_CONFLICT else "bad_input")
        self.field = field


@dataclass
class AppContext:
    db_url: str | None = None
    config_path: str | None = None
    as_json: bool = False
    _settings: dict[str, Any] | None = field(default=None, repr=False)
    _engine: Any = field(default=None, repr=False)

    @property
    def settings(self) -> dict[str, Any]:
        if self._settings is None:
            from workflow.settings import SettingsError, load_settings

            try:
                self._settings = load_settings(self.config_path)
            except SettingsError as exc:
                raise CliError(str(exc)) from exc
        return self._settings

    def engine(self, *, migrate: bool = False):  # noqa: ANN201 - sqlalchemy Engine
        """The database engine; refuses to run on a database that was never initialised."""
        if self._engine is None:
            from sqlalchemy.engine import make_url
            from sqlalchemy.exc import ArgumentError

            from workflow.store.db import current_revision, make_engine, upgrade
            from workflow.store.urls import not_an_sqlite_file, resolve_url, unsupported_backend

            url = resolve_url(self.db_url, self.settings.get("database", {}).get("url"))
            problem = unsupported_backend(url)
            if problem:
                raise CliError(problem)
            try:
                parsed = make_url(url)
            except ArgumentError as exc:
                raise CliError(f"数据库 URL 无法解析 / cannot parse the database URL: {exc}") from None
            on_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
            if on_file and not migrate and not Path(parsed.database).exists():
                raise CliError(f"数据库文件不存在 / database file not found: {parsed.database}; "
                               f"create it with `disclosure init`")
            if on_file and Path(parsed.database).is_dir():
                raise CliError(f"数据库路径是一个目录 / the database path is a folder: {parsed.database}; name a file")
            if on_file and Path(parsed.database).is_file():
                problem = not_an_sqlite_file(parsed.database)
                if problem:
                    raise CliError(problem)
            self._engine = make_engine(url)
            if migrate:
                from workflow.errors import SchemaTooNewError

                try:
                    upgrade(self._engine)
                except SchemaTooNewError as exc:
                    raise CliError(str(exc)) from exc
            elif current_revision(self._engine) is None:
                raise CliError("数据库尚未初始化，请先运行 `disclosure init` / database not initialised: run `disclosure init`")
        return self._engine

    @contextmanager
    def case_reader(self) -> Iterator[Any]:
        """What reads one case for ``show`` and ``history``: on a plain SQLite file the standard
        library's sqlite3 (importing SQLAlchemy would be half of the command's time), elsewhere
        the Repository in a read transaction."""
        from workflow.store.urls import resolve_url, sqlite_file

        path = sqlite_file(resolve_url(self.db_url, self.settings.get("database", {}).get("url")))
        if path is not None:
            from workflow.store.sqlite_case_page import SqliteCaseReader

            with SqliteCaseReader(path) as reader:
                yield reader
            return
        from workflow.store.db import read
        from workflow.store.repository import Repository

        with read(self.engine()) as conn:
            yield Repository(conn)

    def case_no(self, text: str, actor: str | None = None) -> str:
        """The case number a clerk typed, as stored: full-width digits and dashes, spaces and other
        dash characters normalised; a number without its prefix completed when it is unique among
        the cases of ``actor``'s agencies (without an actor: of the database)."""
        from workflow.case_numbers import lacks_prefix, normalise_case_no, resolve_case_no

        value = normalise_case_no(text)
        if not lacks_prefix(value):
            return value
        if actor is None:
            with self.case_reader() as reader:
                return resolve_case_no(reader, value)
        from workflow.store.db import read
        from workflow.store.repository import Repository

        with read(self.engine()) as conn:
            repo = Repository(conn)
            return resolve_case_no(repo, value, repo.user_agency_ids(actor))

    def services(self):  # noqa: ANN201 - workflow.app.Services
        from workflow.app import Services

        return Services.for_db(self.engine(), self.settings)


def json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(app: AppContext, payload: Any, human: Callable[[], None] | None = None) -> None:
    """Print ``payload`` as JSON with --json, else call ``human`` to print it for people."""
    if app.as_json or human is None:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=json_default))
    else:
        human()


def parse_date(value: str | None, what: str) -> date | None:
    if value is None or value == "":
        return None
    from workflow.isotext import parse_day

    try:
        return parse_day(value)
    except ValueError as exc:
        raise CliError(f"{what}: {exc}") from exc


def output_file(value: str, option: str = "--output") -> Path:
    """The file an ``--output`` names, checked before anything is written: its folder must exist
    (a typo in a folder name is not silently created)."""
    path = Path(value).expanduser()
    folder = path.parent
    if not folder.is_dir():
        raise CliError(f"{option}: 目录不存在 / folder not found: {folder}; create it first or choose another")
    if path.is_dir():
        raise CliError(f"{option}: 这是一个目录 / {path} is a folder; give a file name")
    return path


def parse_sets(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--set key=value`` options (repeatable) as a dict."""
    data: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise CliError(f"--set 参数格式应为 key=value / --set expects key=value, got {pair!r}")
        key, value = pair.split("=", 1)
        data[key.strip()] = value
    return data


@contextmanager
def domain_errors() -> Iterator[None]:
    """Turn the engine's domain errors into one-line CLI errors with the right exit code."""
    from workflow.errors import ConflictError, DisclosureError

    try:
        yield
    except ConflictError as exc:
        raise CliError(str(exc), exit_code=EXIT_CONFLICT, code=exc.code, field=exc.field) from exc
    except DisclosureError as exc:
        raise CliError(str(exc), exit_code=EXIT_BAD_INPUT, code=exc.code, field=exc.field) from exc


def console():  # noqa: ANN201 - rich Console, imported lazily
    from rich.console import Console

    # a pipe or a log file gets full-width tables instead of Rich's 80-column default
    width = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, highlight=False, width=width)


pass_app = click.make_pass_decorator(AppContext)


class RegisterFieldOption(click.Option):
    """An option of ``register`` whose value is one of a field's codes: ``--help`` lists the codes the
    lifecycle in force today accepts, with their Chinese labels (read from the definitions only when
    help is shown)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.base_help = self.help or ""

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        from workflow.definitions.registry import default_registry

        registry = default_registry()
        field = registry.for_received(date.today()).register.fields[self.name or ""]
        codes = ", ".join(f"{code}（{registry.vocabulary.label(field.choices_from or '', code)}）"
                          for code in field.choices)
        self.help = f"{self.base_help}：{codes}"
        return super().get_help_record(ctx)
