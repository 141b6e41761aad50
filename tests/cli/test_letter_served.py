"""``disclosure letter-served CASE KIND --on DATE --method M --as USER``: the service of a letter with
a remedies paragraph, audited and shown by ``show``; ``archive`` says which letter is not served."""

from __future__ import annotations

import json
from datetime import date

from click.testing import CliRunner
from helpers import file_the_case, make_world

from workflow.cli import cli
from workflow.cli.common import CliError

R = date(2026, 3, 2)


def test_it_records_the_service_shows_it_and_archive_waits_for_it(engine):
    w = make_world(engine, today=date(2026, 11, 25), agency_settings={"reconsideration_body": "上海市人民政府"})
    case_no = w.register(on=R)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", R, outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 5))
    url = w.engine.url.render_as_string(hide_password=False)

    def run(*args: str):  # noqa: ANN202
        return CliRunner().invoke(cli, ["--db", url, *args])

    refused = run("fire", case_no, "archive", "--as", w.clerk)
    assert isinstance(refused.exception, CliError) and refused.exception.exit_code == 2
    assert "答复书送达记录（第 4 步「签发答复」2026-03-05 作出的答复书尚未登记送达）" in str(refused.exception)
    bad = run("letter-served", case_no, "reply", "--on", "2026-03-06", "--method", "pigeon", "--as", w.clerk)
    assert isinstance(bad.exception, CliError) and bad.exception.exit_code == 2 and "in_person" in str(bad.exception)
    done = run("letter-served", case_no, "reply", "--on", "2026-03-06", "--method", "post",
               "--tracking-no", "EMS001", "--as", w.clerk)
    assert done.exit_code == 0, done.output
    shown = run("show", case_no)
    assert "送达: 答复书（第 4 步）2026-03-06 邮寄  邮件号码 EMS001" in shown.output
    page = json.loads(run("--json", "show", case_no).output)
    (served,) = page["services"]
    assert (served["letter"], served["served"], served["method"]) == ("reply", "2026-03-06", "post")
    assert served["letter_id"] is not None
    assert page["events"][-1]["trigger"] == "record_delivery" and page["events"][-1]["actor"] == w.clerk
    file_the_case(w, case_no)  # the scanned application and the signed return receipt
    archived = run("fire", case_no, "archive", "--as", w.clerk, "--set", "file_no=WS-1")
    assert archived.exit_code == 0, archived.output
