"""``disclosure show`` prints what a clerk needs: labels, not codes; the reply's 文号; proceedings with their ids."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.definitions.registry import default_registry

R = date(2026, 3, 2)


def test_it_prints_labels_the_reply_number_and_proceedings(engine):
    w = make_world(engine, today=date(2026, 11, 25))
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", R, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", R)
    w.fire(case_no, "record_proceeding", date(2026, 4, 1), kind="reconsideration", filed="2026-04-01",
           body="区人民政府")
    url = w.engine.url.render_as_string(hide_password=False)
    shown = CliRunner().invoke(cli, ["--db", url, "show", case_no])
    assert shown.exit_code == 0, shown.output
    text = shown.output
    vocab = default_registry().vocabulary
    assert f"答复依据: {vocab.label('bases', 'not_exist')}" in text and "not_exist" not in text
    case = json.loads(CliRunner().invoke(cli, ["--db", url, "--json", "show", case_no]).output)
    assert f"答复文号: {case['letter_no']}" in text
    (proceeding,) = case["proceedings"]
    pending = vocab.label("proceeding_results", "pending")
    assert f"行政复议（编号 {proceeding['id']}）: 2026-04-01 区人民政府  结果: {pending}" in text
    assert f"签发答复  待签发 → 已答复  {w.head}（{vocab.label('roles', 'head')}）" in text
    assert "sign_off" not in text and "awaiting_signoff" not in text
