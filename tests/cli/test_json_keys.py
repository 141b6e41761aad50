"""One spelling of date keys across every JSON output: a date is named by what happened
(``received``, ``concluded``, ``due``, ``issued``), never with an ``_on`` suffix, which is the
database's column spelling; a timestamp ends in ``_at``."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli

TODAY = date(2026, 11, 25)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def date_keys(value, found: set[str]) -> set[str]:
    """Every key whose value is a date, or whose name says it is one, anywhere in ``value``."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if (isinstance(inner, str) and ISO_DAY.fullmatch(inner)) or key.endswith("_on"):
                found.add(key)
            date_keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            date_keys(inner, found)
    return found


@pytest.fixture
def outputs(engine, monkeypatch):
    monkeypatch.setattr("workflow.engine.cases.today_in", lambda _zone: TODAY)
    w = make_world(engine, today=TODAY, agency_settings={"reconsideration_body": "某市人民政府"})
    open_case = w.register(on=date(2026, 9, 1))  # overdue: a compliance breach
    done = w.register(on=date(2026, 3, 2))
    w.fire(done, "accept", date(2026, 3, 3))
    w.fire(done, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(done, "sign_off", date(2026, 3, 5))
    url = engine.url.render_as_string(hide_password=False)
    commands = {
        "show": ("show", done),
        "list": ("list", "--all"),
        "history": ("history", done),
        "triggers": ("triggers", open_case, "--as", w.clerk),
        "deadline explain": ("deadline", "explain", open_case),
        "compliance": ("compliance", "--year", "2026"),
        "report explain": ("report", "explain", "--year", "2026", "--agency", w.agency, "--row", "new_received"),
        "letter": ("letter", done, "reply"),
        "letter-requests": ("letter-requests",),
        "calendar due": ("calendar", "due", "--from", "2026-03-02", "--days", "20"),
        "sweep": ("sweep", "--on", "2026-11-25"),
        "outbox list": ("outbox", "list"),
    }
    out = {}
    for name, args in commands.items():
        result = CliRunner().invoke(cli, ["--db", url, "--json", *args])
        assert result.exit_code == 0, (name, result.output)
        out[name] = json.loads(result.stdout)
    return out


def test_no_json_output_spells_a_date_with_the_column_suffix(outputs):
    suffixed = {name: sorted(k for k in date_keys(payload, set()) if k.endswith("_on"))
                for name, payload in outputs.items()}
    assert {name: keys for name, keys in suffixed.items() if keys} == {}


def test_the_same_date_has_the_same_key_everywhere(outputs):
    keys = {name: date_keys(payload, set()) for name, payload in outputs.items()}
    assert {"received", "concluded"} <= keys["report explain"] and "received" in keys["show"]
    assert "received" in keys["list"] and "issued" in keys["letter"]
