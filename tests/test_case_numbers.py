"""Case numbers as clerks type them: full-width, other dashes, spaces, no prefix."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.case_numbers import normalise_case_no, resolve_case_no
from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.errors import ValidationError
from workflow.store.db import read
from workflow.store.repository import Repository


@pytest.mark.parametrize(("typed", "stored"), [
    ("罗应急-2026-0001", "罗应急-2026-0001"),
    ("罗应急－２０２６－０００１", "罗应急-2026-0001"),   # full-width dashes and digits
    ("罗应急—2026–0001", "罗应急-2026-0001"),           # em and en dashes from a Word letter
    (" 罗应急 - 2026 - 0001 ", "罗应急-2026-0001"),     # spaces, the ideographic one too
    ("罗应急-2026-1", "罗应急-2026-0001"),              # the number without its zeros
    ("２０２６－１２", "2026-0012"),
    ("SJJ-2026-12345", "SJJ-2026-12345"),
])
def test_it_normalises_what_a_clerk_types(typed, stored):
    assert normalise_case_no(typed) == stored


def test_it_completes_a_number_without_prefix_when_unique(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    first = w.register(on=date(2026, 3, 2))
    with read(w.engine) as conn:
        repo = Repository(conn)
        assert resolve_case_no(repo, "2026-1") == first
        assert resolve_case_no(repo, "２０２６－０００１", [repo.agency_id(w.agency)]) == first
        assert resolve_case_no(repo, "2026-0001", []) == "2026-0001"  # outside the user's agencies: as typed
        assert resolve_case_no(repo, "2026-0002") == "2026-0002"  # unknown: left for the lookup to report


def test_it_refuses_a_number_without_prefix_that_two_agencies_share(engine):
    sjj = make_world(engine, today=date(2026, 11, 25))
    lyj = make_world(engine, today=date(2026, 11, 25), agency="lyj", prefix="罗应急")
    ours, theirs = sjj.register(on=date(2026, 3, 2)), lyj.register(on=date(2026, 3, 2))
    with read(engine) as conn:
        repo = Repository(conn)
        with pytest.raises(ValidationError, match=f"ambiguous.*{theirs}, {ours}|ambiguous.*{ours}, {theirs}"):
            resolve_case_no(repo, "2026-1")
        assert resolve_case_no(repo, "2026-1", repo.user_agency_ids(sjj.clerk)) == ours


def test_cli_show_and_fire_accept_what_a_clerk_types(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=date(2026, 3, 2))
    url = w.engine.url.render_as_string(hide_password=False)
    typed = case_no.replace("-", "－").replace("0001", "1")
    shown = CliRunner().invoke(cli, ["--db", url, "--json", "show", typed])
    assert shown.exit_code == 0, shown.output
    fired = CliRunner().invoke(cli, ["--db", url, "fire", "2026-1", "accept", "--as", w.clerk, "--on", "2026-03-02"])
    assert fired.exit_code == 0, fired.output
    assert w.state(case_no) == "in_review"


def test_cli_says_which_cases_a_number_without_prefix_could_mean(engine):
    sjj = make_world(engine, today=date(2026, 11, 25))
    lyj = make_world(engine, today=date(2026, 11, 25), agency="lyj", prefix="罗应急")
    ours, theirs = sjj.register(on=date(2026, 3, 2)), lyj.register(on=date(2026, 3, 2))
    url = engine.url.render_as_string(hide_password=False)
    shown = CliRunner().invoke(cli, ["--db", url, "show", "2026-0001"])
    assert isinstance(shown.exception, CliError) and shown.exception.exit_code == 2
    assert ours in str(shown.exception) and theirs in str(shown.exception)
    # the clerk's own agencies decide: one case there
    fired = CliRunner().invoke(cli, ["--db", url, "fire", "2026-0001", "accept", "--as", lyj.clerk,
                                     "--on", "2026-03-02"])
    assert fired.exit_code == 0, fired.output
    assert lyj.state(theirs) == "in_review" and sjj.state(ours) == "received"
