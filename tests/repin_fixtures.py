"""Definition versions built in tmp_path from a copy of the shipped GIR2019 v1, and the worlds that
use them, for the ``case repin`` tests (the shipped v2 is being changed by others: no test may
depend on it)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import yaml
from helpers import World, make_world
from sqlalchemy import Engine

from workflow.definitions.model import Registry
from workflow.definitions.registry import load_registry
from workflow.demo.long_way import LONG_WAY
from workflow.paths import definitions_dir
from workflow.store.db import write
from workflow.store.repository import Repository

SHIPPED = definitions_dir() / "lifecycle"
TODAY = date(2026, 11, 25)
ADMIN = "root"
RECEIVED = date(2026, 3, 2)
# the long way up to the second decision: accepted, a third party consulted, extended, sent back,
# decided again; the case waits for sign-off (in flight)
TO_SIGNOFF = LONG_WAY[:7]


def v1_text() -> str:
    return (SHIPPED / "GIR2019-1.yaml").read_text(encoding="utf-8")


def version(edit: Callable[[dict], None] | None = None, number: str = "2") -> str:
    """The shipped GIR2019 v1 as version ``number``, changed by ``edit``."""
    raw = yaml.safe_load(v1_text())
    raw["version"] = number
    if edit is not None:
        edit(raw)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def folder(path: Path, files: dict[str, str]) -> Registry:
    (path / "lifecycle").mkdir(parents=True)
    shutil.copy(definitions_dir() / "vocabulary.yaml", path / "vocabulary.yaml")
    shutil.copy(SHIPPED / "GIR2008-1.yaml", path / "lifecycle" / "GIR2008-1.yaml")
    for name, text in files.items():
        (path / "lifecycle" / name).write_text(text, encoding="utf-8")
    return load_registry(path)


def worlds(engine: Engine, tmp_path: Path, *newer: str) -> tuple[World, World]:
    """A world registering under v1 only, and the same database with the newer versions installed
    and a user ``root`` holding the admin role."""
    old = make_world(engine, today=TODAY, registry=folder(tmp_path / "old", {"GIR2019-1.yaml": v1_text()}))
    files = {"GIR2019-1.yaml": v1_text()} | {f"GIR2019-{i + 2}.yaml": text for i, text in enumerate(newer)}
    new = old.with_registry(folder(tmp_path / "new", files))
    with write(engine) as conn:
        repo = Repository(conn)
        repo.grant_role(repo.add_user(ADMIN), repo.agency_id(old.agency), "admin")
    return old, new


def walk(w: World, steps: list[tuple[str, int, dict]], **register: object) -> str:
    case_no = w.register(on=RECEIVED, **register)
    for trigger, day, data in steps:
        w.fire(case_no, trigger, date(2026, 3, day), **data)
    return case_no


def longer_reply(raw: dict) -> None:
    raw["clocks"]["reply"]["length"] = 25


def set_in(path: str, value: object) -> Callable[[dict], None]:
    def edit(raw: dict) -> None:
        *keys, last = path.split(".")
        node = raw
        for key in keys:
            node = node[key]
        node[last] = value

    return edit


def remove_trigger(name: str) -> Callable[[dict], None]:
    return lambda raw: raw["triggers"].pop(name)
