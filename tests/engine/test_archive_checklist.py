"""``archive`` waits for the case file: refused, with the list of what is missing in one line and
nothing written, until the checklist of the case's outcome is complete (both stores)."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from helpers import make_world

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.errors import TransitionError

R = date(2026, 3, 2)
SETTINGS = {"reconsideration_body": "上海市人民政府", "court": "上海市黄浦区人民法院"}


@pytest.fixture
def w(engine):
    return make_world(engine, today=date(2026, 11, 25), agency_settings=SETTINGS)


def replied(w, **register) -> str:
    case_no = w.register(on=R, **register)
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", date(2026, 3, 4), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 5))
    return case_no


def test_it_refuses_to_archive_a_paper_case_without_the_scan_and_the_return_receipt(w):
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), method="post", tracking_no="EMS001")
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError) as refused:
        w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    line = str(refused.value)
    assert "\n" not in line
    assert "案卷材料不齐，尚缺：申请书；送达回证" in line
    assert w.snapshot(case_no) == before and w.state(case_no) == "replied"


def test_it_names_the_unserved_reply_among_the_missing(w):
    case_no = replied(w, channel="online", submitted=None, confirmed=R)
    with pytest.raises(
        TransitionError,
        match="尚缺：答复书送达记录（第 4 步「签发答复」2026-03-05 作出的答复书尚未登记送达）",
    ):
        w.fire(case_no, "archive", date(2026, 3, 9))


def test_it_archives_an_online_application_served_online(w):
    case_no = replied(w, channel="online", submitted=None, confirmed=R)
    w.fire(case_no, "record_delivery", date(2026, 3, 6), method="online")
    w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    assert w.state(case_no) == "archived" and w.case(case_no)["file_no"] == "WS-1"


def test_the_command_line_refuses_with_exit_2_and_the_missing_items(w):
    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), method="in_person")
    url = w.engine.url.render_as_string(hide_password=False)
    refused = CliRunner().invoke(cli, ["--db", url, "fire", case_no, "archive", "--as", w.clerk])
    assert isinstance(refused.exception, CliError) and refused.exception.exit_code == 2
    assert "尚缺：申请书；送达回证" in str(refused.exception) and "\n" not in str(refused.exception)
    assert w.state(case_no) == "replied"


def test_it_archives_a_paper_case_once_the_scan_and_the_return_receipt_are_attached(w):
    from workflow.demo.samples import sample_pdf, sample_png

    case_no = replied(w)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), method="post", tracking_no="EMS001")
    w.services.attachments.attach(
        case_no, w.clerk, sample_pdf("application"), filename="申请书扫描件.pdf", kind="application"
    )
    with pytest.raises(TransitionError, match="尚缺：送达回证 /"):
        w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    w.services.attachments.attach(
        case_no, w.clerk, sample_png(), filename="回证.png", kind="proof_of_service"
    )
    w.fire(case_no, "archive", date(2026, 3, 9), file_no="WS-1")
    assert w.state(case_no) == "archived"


def test_an_attachment_of_another_kind_does_not_stand_in(w):
    from workflow.demo.samples import sample_pdf

    case_no = replied(w, channel="online", submitted=None, confirmed=R)
    w.fire(case_no, "record_delivery", date(2026, 3, 9), method="in_person")
    w.services.attachments.attach(case_no, w.clerk, sample_pdf("misc"), filename="其他.pdf", kind="other")
    with pytest.raises(TransitionError, match="尚缺：送达回证 /"):
        w.fire(case_no, "archive", date(2026, 3, 9))
