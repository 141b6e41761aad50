"""``disclosure triggers``: what the user may do now, and for what the case allows later, why not now."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import FILING_SETTINGS, make_world

from workflow.cli import cli

R = date(2026, 3, 2)


def triggers(w, case_no: str) -> dict:  # noqa: ANN001
    url = w.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["--db", url, "--json", "triggers", case_no, "--as", w.clerk])
    assert result.exit_code == 0, result.output
    return {t["trigger"]: t for t in json.loads(result.output)["triggers"]}


def test_it_marks_a_step_already_taken_once_and_says_why(engine):
    w = make_world(engine, today=date(2026, 3, 5))
    case_no = w.register(on=R)
    w.fire(case_no, "request_correction", R, items="请补充所需信息的名称", correct_by="2026-03-20")
    w.fire(case_no, "receive_correction", date(2026, 3, 4))
    listed = triggers(w, case_no)
    assert listed["request_correction"]["available"] is False
    assert "request_correction" in listed["request_correction"]["why_not"]
    assert listed["decide"]["available"] is True and listed["decide"]["why_not"] is None
    availability = [t["available"] for t in listed.values()]
    assert availability == sorted(availability, reverse=True)  # what can be done now comes first


def replied(engine):  # noqa: ANN001, ANN201
    """A world with one case made online, answered (signed off) and not yet delivered."""
    w = make_world(engine, today=date(2026, 11, 25), agency_settings=FILING_SETTINGS)
    case_no = w.register(on=R, channel="online", submitted=None, confirmed=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", R, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", R)
    return w, case_no


def test_it_marks_archiving_before_delivery_is_recorded(engine):
    w, case_no = replied(engine)
    listed = triggers(w, case_no)["archive"]
    assert listed["available"] is False and "答复书送达记录" in listed["why_not"]
    w.fire(case_no, "record_delivery", date(2026, 3, 3), method="email")
    assert triggers(w, case_no)["archive"]["available"] is True


def test_human_output_says_not_now(engine):
    w, case_no = replied(engine)
    url = w.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli, ["--db", url, "triggers", case_no, "--as", w.clerk])
    line = next(line for line in result.output.splitlines() if line.strip().startswith("archive"))
    assert "暂不可执行" in line
