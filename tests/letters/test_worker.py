"""Letters are owed by the transition and made after it (``workflow.letters.worker``): the words are
those of the case as it was at the event, each letter is made once, and a failure loses nothing.
Both stores (the ``engine`` fixture)."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from click.testing import CliRunner
from helpers import World, file_the_case, make_world
from sqlalchemy import select

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.demo.long_way import LONG_WAY
from workflow.letters.worker import MAX_ATTEMPTS, make_requested_letters
from workflow.outbox.delivery import deliver_all
from workflow.store.db import read
from workflow.store.models import letter, outbox
from workflow.store.repository import Repository

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY, agency_settings={"reconsideration_body": "某市人民政府"})


def fire_only(w: World, case_no: str, trigger: str, day: int, data: dict) -> None:
    """The engine's transition alone: the letters it owes are not made yet."""
    w.services.cases.fire(case_no, trigger, w.actor_for(case_no, trigger), date(2026, 3, day), data)


def register_only(w: World) -> str:
    data = {"agency": w.agency, "channel": "in_person", "submitted": R, "applicant_type": "natural_person",
            "applicant_name": "张三", "subject": "某项政府信息"}
    return w.services.cases.register(w.clerk, data, R).case_no


def stored(w: World, case_no: str | None = None) -> list[dict]:
    with read(w.engine) as conn:
        stmt = select(letter).order_by(letter.c.id)
        if case_no is not None:
            stmt = stmt.where(letter.c.case_id == Repository(conn).load_case(case_no)["id"])
        return [dict(r) for r in conn.execute(stmt).mappings()]


def owed(w: World) -> list[dict]:
    with read(w.engine) as conn:
        return Repository(conn).letter_requests()


def letter_notices(w: World) -> list[dict]:
    with read(w.engine) as conn:
        return [dict(r) for r in conn.execute(select(outbox).where(outbox.c.kind == "letter")).mappings()]


def test_the_transition_owes_its_letters_and_the_worker_makes_them_once(w):
    case_no = register_only(w)
    fire_only(w, case_no, "accept", 3, {})
    fire_only(w, case_no, "consult", 4, LONG_WAY[1][2])
    assert stored(w) == [] and letter_notices(w) == []
    assert [(r["event_seq"], r["kinds"]) for r in owed(w)] == [
        (1, ["acknowledgement"]), (3, ["consultation_letter", "consultation_notice_applicant"])]

    run = make_requested_letters(w.services)
    assert (run.requests, run.letters, run.failed) == (2, 3, 0)
    assert [(s["kind"], s["event_seq"]) for s in stored(w)] == [
        ("acknowledgement", 1), ("consultation_letter", 3), ("consultation_notice_applicant", 3)]
    assert sorted(n["idempotency_key"] for n in letter_notices(w)) == sorted(
        f"letter:{case_no}:{s['kind']}:{s['event_seq']}" for s in stored(w))
    assert owed(w) == []
    assert make_requested_letters(w.services).requests == 0  # nothing is made twice
    assert len(stored(w)) == 3


def normalised(w: World, case_no: str) -> list[tuple[str, int, str]]:
    """The case's letters with its own case number and 文号 blanked, so two cases can be compared."""
    letter_no = w.case(case_no)["letter_no"]
    return [(s["kind"], s["event_seq"], s["body_text"].replace(case_no, "<案号>").replace(letter_no, "<文号>"))
            for s in stored(w, case_no)]


def test_letters_made_after_later_events_say_what_they_said_at_their_event(w):
    """Case A's letters are made right after each transition; case B's only once it is delivered,
    after a second decision and delivery changed its outcome, state and clocks: the words are the
    same."""
    at_once, later = register_only(w), register_only(w)
    make_requested_letters(w.services, case_id=w.case(at_once)["id"])
    for trigger, day, data in LONG_WAY:
        if trigger == "archive":  # A's file: the scans of a paper case (its letters are made)
            file_the_case(w, at_once)
        fire_only(w, at_once, trigger, day, data)
        make_requested_letters(w.services, case_id=w.case(at_once)["id"])
        if trigger != "archive":  # B's file lacks its letters until they are made: it cannot be archived
            fire_only(w, later, trigger, day, data)
    assert len(owed(w)) == 4  # B: acknowledgement, consultation, extension, reply
    make_requested_letters(w.services)
    a, b = normalised(w, at_once), normalised(w, later)
    assert [k for k, _, _ in a] == ["acknowledgement", "consultation_letter", "consultation_notice_applicant",
                                    "extension_notice", "reply"]
    assert a == b
    reply = b[-1][2]
    assert "第三十八条" in reply and "第三十六条第（四）项" not in reply  # the second decision, not the first
    assert reply.rstrip().endswith("2026年3月12日")  # issued on the day of sign_off, not of archiving


def test_two_workers_make_each_letter_exactly_once(w):
    cases = [register_only(w) for _ in range(12)]
    for case_no in cases:
        fire_only(w, case_no, "accept", 3, {})
        fire_only(w, case_no, "consult", 4, LONG_WAY[1][2])
    runs = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            runs.append(make_requested_letters(w.services))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(r.requests for r in runs) == 24 and sum(r.failed for r in runs) == 0
    keys = [(s["case_id"], s["kind"], s["event_seq"]) for s in stored(w)]
    assert len(keys) == len(set(keys)) == 36
    assert len(letter_notices(w)) == 36 and owed(w) == []


def test_an_unexpected_failure_keeps_the_request_and_says_why(w, monkeypatch):
    case_no = register_only(w)

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("模板目录不可读")

    monkeypatch.setattr("workflow.letters.issuing.render_document", broken)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        run = make_requested_letters(w.services)
        assert (run.requests, run.failed) == (0, 1)
        (request,) = owed(w)
        assert request["attempts"] == attempt and "RuntimeError: 模板目录不可读" in request["last_error"]
    assert make_requested_letters(w.services).failed == 0  # given up after MAX_ATTEMPTS: no longer tried
    assert stored(w) == [] and letter_notices(w) == []
    assert w.state(case_no) == "received"  # the transition itself stands


def test_disclosure_fire_makes_the_letters_at_once_and_says_so(w):
    case_no = register_only(w)
    url = w.engine.url.render_as_string(hide_password=False)
    res = CliRunner().invoke(cli, ["--db", url, "--json", "fire", case_no, "accept", "--as", w.clerk, "--on",
                                   "2026-03-03"])
    assert res.exit_code == 0, res.output
    res = CliRunner().invoke(cli, ["--db", url, "fire", case_no, "consult", "--as", w.clerk, "--on", "2026-03-04",
                                   "--set", "party_kind=third_party", "--set", "party_name=某公司"])
    assert res.exit_code == 0, res.output
    assert f"letter made: consultation_letter（disclosure letter {case_no} consultation_letter" in res.output
    assert [s["kind"] for s in stored(w)] == ["acknowledgement", "consultation_letter",
                                              "consultation_notice_applicant"]
    res = CliRunner().invoke(cli, ["--db", url, "--json", "fire", case_no, "extend", "--as", w.head, "--on",
                                   "2026-03-05", "--set", "days=10", "--set", "reason=需调取档案"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["letters"] == ["extension_notice"]


def test_outbox_delivery_sends_but_does_not_make_letters(w):
    case_no = register_only(w)
    fire_only(w, case_no, "accept", 3, {})
    fire_only(w, case_no, "extend", 5, {"days": "10", "reason": "需调取档案"})
    assert deliver_all(w.services).sent == 0 and len(owed(w)) == 2
    make_requested_letters(w.services)
    result = deliver_all(w.services)
    assert owed(w) == [] and [s["kind"] for s in stored(w)] == ["acknowledgement", "extension_notice"]
    assert result.sent == 2 and {n["status"] for n in letter_notices(w)} == {"sent"}


def test_the_cli_outbox_deliver_makes_the_owed_letters_before_it_sends(w):
    case_no = register_only(w)
    fire_only(w, case_no, "accept", 3, {})
    url = w.engine.url.render_as_string(hide_password=False)
    res = CliRunner().invoke(cli, ["--db", url, "--json", "outbox", "deliver"])
    assert res.exit_code == 0, res.output
    assert owed(w) == [] and json.loads(res.output)["sent"] == 1


def test_a_letter_reads_the_history_only_up_to_its_own_event(w):
    """The reply recites the latest decision *before* it; a decision recorded after it (a case
    reopened) is not in its history."""
    case_no = register_only(w)
    for trigger, day, data in LONG_WAY[:7]:
        fire_only(w, case_no, trigger, day, data)
    with read(w.engine) as conn:
        repo = Repository(conn)
        case_id = repo.load_case(case_no)["id"]
        first, second = [e["seq"] for e in repo.events(case_id) if e["trigger"] == "decide"]
        assert repo.latest_event(case_id, "decide")["seq"] == second
        assert repo.latest_event(case_id, "decide", up_to=second - 1)["seq"] == first
        assert repo.latest_event(case_id, "decide", up_to=first - 1) is None
        assert repo.event_at(case_id, second)["trigger"] == "decide" and repo.event_at(case_id, 99) is None


def test_letter_requests_lists_what_is_owed_and_retries_a_failed_one(w, monkeypatch):
    case_no = register_only(w)
    url = w.engine.url.render_as_string(hide_password=False)

    def run(*args: str):  # noqa: ANN202
        return CliRunner().invoke(cli, ["--db", url, *args])

    res = run("--json", "letter-requests")
    assert res.exit_code == 0, res.output
    (row,) = json.loads(res.output)["owed"]
    assert (row["case_no"], row["event_seq"], row["kinds"], row["attempts"]) == (case_no, 1, ["acknowledgement"], 0)

    monkeypatch.setattr("workflow.letters.issuing.render_document", lambda *a, **k: 1 / 0)
    for _ in range(MAX_ATTEMPTS):
        make_requested_letters(w.services)
    res = run("letter-requests")
    assert res.exit_code == 0 and "已停止重试" in res.output and "ZeroDivisionError" in res.output
    monkeypatch.undo()

    res = run("letter-requests", "--retry", str(row["id"] + 1))
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "no letter request" in str(res.exception)
    res = run("letter-requests", "--retry", str(row["id"]))
    assert res.exit_code == 0, res.output
    assert "已生成文书 1 份" in res.output and "没有待生成的文书" in res.output
    assert [s["kind"] for s in stored(w, case_no)] == ["acknowledgement"]
