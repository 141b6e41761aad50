"""The archive checklist is data: each version-2 definition declares, per outcome, what the case
file must hold before ``archive``; a broken section is refused at load with its file, key path and
what was expected; judged over a case's facts, each item is done or missing."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from workflow.definitions.checklist import FactEvent, FactService, FileFacts, evaluate
from workflow.definitions.registry import default_registry, load_registry
from workflow.errors import DefinitionError
from workflow.paths import definitions_dir

SHIPPED = definitions_dir()
FILE = "GIR2019-2.yaml"


def folder_with(tmp_path: Path, edit) -> Path:
    """A definitions folder holding the shipped GIR2019-2 (changed by ``edit``), vocabulary and fees."""
    (tmp_path / "lifecycle").mkdir()
    shutil.copy(SHIPPED / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    shutil.copytree(SHIPPED / "fees", tmp_path / "fees")
    raw = yaml.safe_load((SHIPPED / "lifecycle" / FILE).read_text(encoding="utf-8"))
    edit(raw)
    (tmp_path / "lifecycle" / FILE).write_text(
        yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return tmp_path


def load_error(tmp_path: Path, edit) -> DefinitionError:
    with pytest.raises(DefinitionError) as info:
        load_registry(folder_with(tmp_path, edit))
    assert info.value.file == FILE and "\n" not in str(info.value)
    return info.value


def items(raw: dict) -> dict:
    return raw["file_checklist"]["items"]


def test_the_current_definitions_declare_a_checklist_and_archive_checks_it():
    reg = default_registry()
    for key in (("GIR2019", "2"), ("GIR2008", "2")):
        definition = reg.get(*key)
        checklist = definition.file_checklist
        assert checklist is not None
        assert ("file_complete", True) in definition.triggers["archive"].guards
        assert [i.name for i in checklist.for_outcome("disclosed")][:1] == ["application"]
        # a lapse of the correction period needs no sign-off: the closure letter is the reply
        assert "approval" not in [i.name for i in checklist.for_outcome("closed_no_correction")]
        assert "approval" in [i.name for i in checklist.for_outcome(None)]


@pytest.mark.parametrize(
    ("edit", "key_path", "expected"),
    [
        (
            lambda raw: items(raw)["application"]["any_of"].append({"scanned": "application"}),
            "file_checklist.items.application.any_of[2]",
            r"one of \['attachment', 'channel', 'event', 'letter', 'served'\], got 'scanned'",
        ),
        (
            lambda raw: items(raw)["application"]["any_of"].append({"attachment": "selfie"}),
            "file_checklist.items.application.any_of[2].attachment",
            r"codes of attachment_kinds .*sealed_reply.*got \['selfie'\]",
        ),
        (
            lambda raw: items(raw)["reply"]["any_of"].append({"letter": "love_letter"}),
            "file_checklist.items.reply.any_of[2].letter",
            r"codes of letters .*got \['love_letter'\]",
        ),
        (
            lambda raw: items(raw)["fee_receipt"].update({"when": {"event": "pay_cash"}}),
            "file_checklist.items.fee_receipt.when.event",
            r"codes of triggers .*record_payment.*got \['pay_cash'\]",
        ),
        (
            lambda raw: items(raw)["proof_of_service"].update({"when": {"service_method": ["pigeon"]}}),
            "file_checklist.items.proof_of_service.when.service_method",
            r"codes of service_methods .*got \['pigeon'\]",
        ),
        (lambda raw: items(raw)["reply"].pop("label"), "file_checklist.items.reply", "label, any_of"),
        (
            lambda raw: items(raw)["reply"].update({"any_of": []}),
            "file_checklist.items.reply.any_of",
            "at least one way",
        ),
        (
            lambda raw: raw["file_checklist"]["outcomes"].pop("default"),
            "file_checklist.outcomes",
            "with 'default'",
        ),
        (
            lambda raw: raw["file_checklist"]["outcomes"].update({"lost": ["reply"]}),
            "file_checklist.outcomes.lost",
            "an outcome code of vocabulary.yaml, got 'lost'",
        ),
        (
            lambda raw: raw["file_checklist"]["outcomes"]["closed_other"].append("photo"),
            "file_checklist.outcomes.closed_other",
            r"items of file_checklist.items .*got \['photo'\]",
        ),
        (
            lambda raw: items(raw).update(
                {"receipt": {"label": "回执", "any_of": [{"attachment": "other"}]}}
            ),
            "file_checklist.items",
            "unused: receipt",
        ),
        (
            lambda raw: raw.pop("file_checklist"),
            "triggers.archive.guards",
            "file_complete only with a file_checklist",
        ),
    ],
)
def test_a_broken_checklist_is_refused_at_load(tmp_path, edit, key_path, expected):
    err = load_error(tmp_path, edit)
    assert err.key_path == key_path
    assert re.search(expected, err.expected), err.expected


def facts(**kw) -> FileFacts:
    base = {
        "channel": "in_person",
        "outcome": "unavailable_not_held",
        "events": (),
        "letters": frozenset(),
        "services": (),
        "attachment_kinds": frozenset(),
    }
    return FileFacts(**{**base, **kw})


EVENTS = (
    FactEvent(1, "register", date(2026, 3, 2)),
    FactEvent(2, "accept", date(2026, 3, 2)),
    FactEvent(3, "decide", date(2026, 3, 4)),
    FactEvent(4, "sign_off", date(2026, 3, 5)),
)


def status(f: FileFacts) -> dict[str, bool]:
    reg = default_registry()
    return {s.name: s.done for s in evaluate(reg.get("GIR2019", "2"), reg.vocabulary, f)}


def test_an_online_application_served_online_needs_nothing_attached():
    done = status(
        facts(
            channel="online",
            events=(*EVENTS, FactEvent(5, "record_delivery", date(2026, 3, 6))),
            letters=frozenset({"acknowledgement", "reply"}),
            services=(FactService("reply", 4, "online"),),
        )
    )
    assert done == {"application": True, "approval": True, "reply": True, "reply_served": True}


def test_a_paper_application_served_by_post_needs_the_scan_and_the_return_receipt():
    served = facts(events=EVENTS, letters=frozenset({"reply"}), services=(FactService("reply", 4, "post"),))
    assert status(served) == {
        "application": False,
        "approval": True,
        "reply": True,
        "reply_served": True,
        "proof_of_service": False,
    }
    filed = facts(
        events=EVENTS,
        letters=frozenset({"reply"}),
        services=(FactService("reply", 4, "post"),),
        attachment_kinds=frozenset({"application", "proof_of_service"}),
    )
    assert all(status(filed).values())


def test_an_unserved_reply_says_which_step_made_it():
    reg = default_registry()
    missing = [
        s
        for s in evaluate(
            reg.get("GIR2019", "2"),
            reg.vocabulary,
            facts(channel="online", events=EVENTS, letters=frozenset({"reply"})),
        )
        if not s.done
    ]
    assert [(s.label, s.detail) for s in missing] == [
        ("答复书送达记录", "第 4 步「签发答复」2026-03-05 作出的答复书尚未登记送达")
    ]


def test_a_reply_made_outside_the_system_is_met_by_its_sealed_copy():
    assert status(facts(events=EVENTS))["reply"] is False
    assert status(facts(events=EVENTS, attachment_kinds=frozenset({"sealed_reply"})))["reply"] is True


def test_a_consultation_and_a_fee_add_their_items_only_where_they_happened():
    events = (
        *EVENTS,
        FactEvent(5, "consult", date(2026, 3, 3)),
        FactEvent(6, "record_opinion", date(2026, 3, 4)),
        FactEvent(7, "notify_fee", date(2026, 3, 4)),
    )
    done = status(
        facts(
            outcome="disclosed",
            channel="online",
            events=events,
            letters=frozenset({"reply", "consultation_letter", "fee_notice"}),
        )
    )
    assert done["consultation_letter"] is True and done["fee_notice"] is True
    assert done["consultation_answers"] is False  # the party's written answer is not attached
    assert done["fee_receipt"] is False  # neither paid nor waived
    paid = facts(
        outcome="disclosed",
        channel="online",
        letters=frozenset({"reply"}),
        events=(*events, FactEvent(8, "record_payment", date(2026, 3, 5))),
        attachment_kinds=frozenset({"third_party_opinion"}),
    )
    assert status(paid)["fee_receipt"] is True and status(paid)["consultation_answers"] is True


def test_a_lapse_closure_lists_the_correction_notice_and_no_sign_off():
    events = (
        FactEvent(1, "register", date(2026, 3, 2)),
        FactEvent(2, "request_correction", date(2026, 3, 2)),
        FactEvent(3, "lapse_correction", date(2026, 3, 23)),
    )
    done = status(
        facts(
            outcome="closed_no_correction",
            channel="online",
            events=events,
            letters=frozenset({"correction_notice", "reply"}),
        )
    )
    assert done == {"application": True, "correction_notice": True, "reply": True, "reply_served": False}
