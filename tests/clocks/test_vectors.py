"""The hand-checked deadline vectors (../shared/domain/deadline-vectors.csv), run through the engine.

Every row is a real case: registered in person (submitted = received, registered the same day),
then each event fired on its date with the lifecycle.md trigger names, then the case's stored
clocks compared with the expected due dates. Extra rows of our own follow the same format (the
shared CSV is never edited); they use a few more event kinds, documented in ``EVENT_GRAMMAR``.
"""

from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers import World, hear_reasons, make_world
from shared_domain import SHARED_DOMAIN

VECTOR_FILE = "deadline-vectors.csv"
TODAY = date(2026, 11, 25)  # after every event of every row
EXPECTED_COLUMNS = {
    "reply": "reply_due",
    "correction_notice": "correction_notice_due",
    "consultation": "consultation_answer_due",
    "fee_payment": "fee_payment_due",
}

EVENT_GRAMMAR = """
consult_sent:D[@R][#party[:kind]]  consult on D, received by the party on R (default D);
                                   party default 第三方甲, kind default third_party
consult_answered:D[#party]         record_opinion on D
consult_lapsed:D[#party]           lapse_consultation on D (extra rows only)
correction_received:D              request_correction right after registration, receive_correction on D
extend:N                           extend by N working days (head), on the day of the last event
fee_notice:D@R                     notify_fee on D, received by the applicant on R
fee_paid:D                         record_payment on D
delay:D>DUE                        set_delayed_reply on D with due DUE (extra rows only)
"""

# Rows of our own. Several consultation clocks: their due dates sorted, joined by "|".
EXTRA_ROWS = [
    # GIR2008 paused the reply clock for third parties only (Art. 24): an agency consultation does not pause
    {
        "id": "X01",
        "regime": "GIR2008",
        "received": "2014-03-03",
        "events": "consult_sent:2014-03-10#市规划局:agency;consult_answered:2014-03-20#市规划局",
        "reply_due": "2014-03-24",
        "correction_notice_due": "",
        "consultation_answer_due": "2014-03-31",
        "fee_payment_due": "",
    },
    # ... while the same dates with a third party pause it: (03-10, 03-20] = 8 working days
    {
        "id": "X02",
        "regime": "GIR2008",
        "received": "2014-03-03",
        "events": "consult_sent:2014-03-10;consult_answered:2014-03-20",
        "reply_due": "2014-04-03",
        "correction_notice_due": "",
        "consultation_answer_due": "2014-03-31",
        "fee_payment_due": "",
    },
    # GIR2019 pauses for a co-producing agency too (Art. 34): same dates as P07
    {
        "id": "X03",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-10#市规划局:agency;consult_answered:2026-03-20#市规划局",
        "reply_due": "2026-04-10",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-31",
        "fee_payment_due": "",
    },
    # two overlapping consultations pause once, over the union (03-10, 03-20]: 8 working days, as P07
    {
        "id": "X04",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-10#甲公司;consult_sent:2026-03-12#乙公司;"
        "consult_answered:2026-03-17#甲公司;consult_answered:2026-03-20#乙公司",
        "reply_due": "2026-04-10",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-31|2026-04-02",
        "fee_payment_due": "",
    },
    # two consultations one after the other: (03-04, 03-06] + (03-10, 03-13] = 2 + 3 working days
    {
        "id": "X05",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-04#甲公司;consult_answered:2026-03-06#甲公司;"
        "consult_sent:2026-03-10#乙公司;consult_answered:2026-03-13#乙公司",
        "reply_due": "2026-04-07",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-25|2026-03-31",
        "fee_payment_due": "",
    },
    # a lapsed consultation ends the pause at the consultation's due date (03-31), not on the lapse day
    {
        "id": "X06",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-10;consult_lapsed:2026-04-03",
        "reply_due": "2026-04-21",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-31",
        "fee_payment_due": "",
    },
    # one consultation answered after another's window closed, then that one lapsed: the pause runs to the
    # later of the two ends, (03-03, 03-25], 16 working days
    {
        "id": "X11",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-03#甲公司;consult_sent:2026-03-05#乙公司;"
        "consult_answered:2026-03-25#乙公司;consult_lapsed:2026-03-27#甲公司",
        "reply_due": "2026-04-22",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-24|2026-03-26",
        "fee_payment_due": "",
    },
    # GIR2008, an agency consulted alongside a third party: only the third party's (03-10, 03-14] pauses
    {
        "id": "X07",
        "regime": "GIR2008",
        "received": "2014-03-03",
        "events": "consult_sent:2014-03-05#市规划局:agency;consult_sent:2014-03-10;"
        "consult_answered:2014-03-14;consult_answered:2014-03-20#市规划局",
        "reply_due": "2014-03-28",
        "correction_notice_due": "",
        "consultation_answer_due": "2014-03-26|2014-03-31",
        "fee_payment_due": "",
    },
    # Art. 35: the head sets the reply date
    {
        "id": "X08",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "delay:2026-03-05>2026-05-15",
        "reply_due": "2026-05-15",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "",
        "fee_payment_due": "",
    },
    # a consultation answered, then an extension: 20 + 8 + 10 working days
    {
        "id": "X09",
        "regime": "GIR2019",
        "received": "2026-03-02",
        "events": "consult_sent:2026-03-10;consult_answered:2026-03-20;extend:10",
        "reply_due": "2026-04-24",
        "correction_notice_due": "2026-03-11",
        "consultation_answer_due": "2026-03-31",
        "fee_payment_due": "",
    },
    # GIR2008 correction: no 7-day notice limit; the 15 working days restart from the corrected application
    {
        "id": "X10",
        "regime": "GIR2008",
        "received": "2014-03-03",
        "events": "correction_received:2014-03-20",
        "reply_due": "2014-04-11",
        "correction_notice_due": "",
        "consultation_answer_due": "",
        "fee_payment_due": "",
    },
]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _shared_ids() -> list[str]:
    path = SHARED_DOMAIN / VECTOR_FILE
    return [row["id"] for row in _read_csv(path)] if path.is_file() else []


def test_vector_file_present():
    """The shared CSV must be there; without it the suite skips locally but fails under CI."""
    path = SHARED_DOMAIN / VECTOR_FILE
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing and CI is set: the deadline vectors must be checked")
        pytest.skip(f"{path} not found")
    rows = _read_csv(path)
    assert rows, "the vector file has no rows"
    assert set(rows[0]) >= {"id", "regime", "received", "events", *EXPECTED_COLUMNS.values()}


# --- driving a case through the engine ---------------------------------------------------------


def _d(text: str) -> date:
    return date.fromisoformat(text)


def _party(arg: str) -> tuple[str, str, str]:
    """``D[@R]#party[:kind]`` → (``D[@R]``, party, kind)."""
    head, _, who = arg.partition("#")
    name, _, kind = who.partition(":")
    return head, name or "第三方甲", kind or "third_party"


def _ensure_in_review(w: World, case_no: str, on: date) -> None:
    if w.state(case_no) == "received":
        w.fire(case_no, "accept", on)


def play(w: World, row: dict[str, str]) -> str:
    """Register the row's case and fire its events; returns the case number."""
    received = _d(row["received"])
    case_no = w.register(on=received, channel="in_person", submitted=received)
    for event in filter(None, (e.strip() for e in row["events"].split(";"))):
        kind, _, arg = event.partition(":")
        if kind == "consult_sent":
            when, party, party_kind = _party(arg)
            sent, _, got = when.partition("@")
            _ensure_in_review(w, case_no, _d(sent))
            w.fire(
                case_no,
                "consult",
                _d(sent),
                party_kind=party_kind,
                party_name=party,
                received_by_party=got or None,
            )
        elif kind in ("consult_answered", "consult_lapsed"):
            when, party, _ = _party(arg)
            if kind == "consult_answered":
                w.fire(case_no, "record_opinion", _d(when), party_name=party, opinion="agree")
            else:
                w.fire(case_no, "lapse_consultation", _d(when), party_name=party)
        elif kind == "correction_received":
            arrived = _d(arg)
            w.fire(
                case_no,
                "request_correction",
                received,
                items="请明确所需信息的名称、文号",
                correct_by=arrived + timedelta(days=15),
            )
            assert w.state(case_no) == "awaiting_correction"
            w.fire(case_no, "receive_correction", arrived, text="补正后的申请内容")
        elif kind == "extend":
            on = w.case(case_no)["last_event_on"]  # the last event's day: before the due date in force
            _ensure_in_review(w, case_no, on)
            w.fire(case_no, "extend", on, days=arg, reason="需调取档案，延期答复")
        elif kind == "fee_notice":
            sent, _, got = arg.partition("@")
            _ensure_in_review(w, case_no, _d(sent))
            w.fire(
                case_no,
                "notify_fee",
                _d(sent),
                charge_method="by_volume",
                pages=40,
                received_by_applicant=got or None,
            )
        elif kind == "fee_paid":
            w.fire(case_no, "record_payment", _d(arg), amount="100.00")  # 40 pages: 31-40 at 10 元
        elif kind == "delay":
            on, _, due = arg.partition(">")
            _ensure_in_review(w, case_no, _d(on))
            hear_reasons(w, case_no, _d(on))  # Art. 35: reasons asked and found reasonable first
            w.fire(case_no, "set_delayed_reply", _d(on), due=due, reason="申请数量较大（第三十五条）")
        else:  # pragma: no cover - a typo in a row
            raise AssertionError(f"unknown event {event!r}; grammar:{EVENT_GRAMMAR}")
    return case_no


def check_row(w: World, row: dict[str, str]) -> None:
    case_no = play(w, row)
    case = w.case(case_no)
    assert case["definition_name"] == row["regime"], f"{row['id']}: regime"
    assert case["received_on"] == _d(row["received"])
    clocks = w.clocks(case_no)
    got: dict[str, str] = {}
    for kind, column in EXPECTED_COLUMNS.items():
        dues = sorted(c.due_on.isoformat() for (k, _), c in clocks.items() if k == kind and c.due_on)
        present = [c for (k, _), c in clocks.items() if k == kind]
        assert len(dues) == len(present), f"{row['id']}: a {kind} clock without a due date"
        got[column] = "|".join(dues)
    expected = {column: row[column].strip() for column in EXPECTED_COLUMNS.values()}
    assert got == expected, f"{row['id']} ({row['events'] or 'no events'})"


@pytest.mark.parametrize("row_id", _shared_ids() or ["(file missing)"])
def test_shared_vector(engine, shared_domain, row_id):
    path = shared_domain / VECTOR_FILE
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing and CI is set")
        pytest.skip(f"{path} not found")
    row = next(r for r in _read_csv(path) if r["id"] == row_id)
    check_row(make_world(engine, today=TODAY), row)


@pytest.mark.parametrize("row", EXTRA_ROWS, ids=[r["id"] for r in EXTRA_ROWS])
def test_extra_vector(engine, row):
    check_row(make_world(engine, today=TODAY), row)


def test_every_shared_row_is_collected(shared_domain):
    """Parametrisation happens at collection; make sure it saw exactly the rows the fixture sees."""
    path = shared_domain / VECTOR_FILE
    if not path.is_file():
        pytest.skip(f"{path} not found")
    ids = [r["id"] for r in _read_csv(path)]
    assert ids == _shared_ids()
    assert len(set(ids)) == len(ids), "duplicate row ids"


def test_pause_is_explained_in_the_ledger(engine):
    """The union pause of X04 is one pause interval on the reply clock, with its removed days logged."""
    w = make_world(engine, today=TODAY)
    case_no = play(w, EXTRA_ROWS[3])
    reply = w.clock(case_no, "reply")
    assert reply.status == "running"
    assert reply.spec["pauses"] == [["2026-03-10", "2026-03-20"]]
    resumes = [e for e in w.ledger(case_no) if e["clock_kind"] == "reply" and e["kind"] == "resume"]
    assert [(e["on_date"], e["data"]["removed_working_days"]) for e in resumes] == [(date(2026, 3, 20), 8)]
