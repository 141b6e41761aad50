"""Lifecycle definitions as data: the shipped files load; a broken file is refused with its file,
key path and expectation; the regime follows the date of receipt; a case keeps its version."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml
from helpers import make_world

from workflow.app import Services
from workflow.definitions.registry import load_registry
from workflow.errors import DefinitionError
from workflow.paths import definitions_dir
from workflow.store.db import make_engine

SHIPPED = definitions_dir()
GIR2019 = "GIR2019-1.yaml"


def shipped_text(name: str = GIR2019) -> str:
    return (SHIPPED / "lifecycle" / name).read_text(encoding="utf-8")


def build(tmp_path: Path, files: dict[str, str]) -> Path:
    """A definitions folder in tmp_path: the shipped vocabulary and the given lifecycle files."""
    (tmp_path / "lifecycle").mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    for name, text in files.items():
        (tmp_path / "lifecycle" / name).write_text(text, encoding="utf-8")
    return tmp_path


def edited(edit: Callable[[dict], None]) -> str:
    """The shipped GIR2019 file, parsed, changed by ``edit`` and dumped again."""
    raw = yaml.safe_load(shipped_text())
    edit(raw)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)


def replaced(old: str, new: str) -> str:
    text = shipped_text()
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_shipped_definitions_load():
    reg = load_registry(SHIPPED)
    assert set(reg.definitions) == {("GIR2019", "1"), ("GIR2019", "2"), ("GIR2008", "1"), ("GIR2008", "2")}
    assert reg.for_received(date(2026, 3, 2)).key == ("GIR2019", "2")
    assert reg.for_received(date(2018, 3, 1)).key == ("GIR2008", "2")
    gir2019 = reg.get("GIR2019", "1")
    assert gir2019.file == GIR2019 and gir2019.initial == "received"
    assert gir2019.clocks["reply"]["length"] == 20 and reg.get("GIR2008", "1").clocks["reply"]["length"] == 15
    assert set(gir2019.concluded_states()) == {"replied", "closed", "archived"}
    assert gir2019.triggers["extend"].fields["days"].maximum == 20
    assert reg.get("GIR2008", "1").triggers["extend"].fields["days"].maximum == 15
    assert "correction_notice" not in reg.get("GIR2008", "1").clocks


def test_shipped_definitions_build_services(tmp_path):
    Services(make_engine(f"sqlite:///{tmp_path / 'x.db'}"), {}, registry=load_registry(SHIPPED))


BROKEN = {
    "unknown state in a transition": (
        lambda: replaced(
            "      - {from: received, to: in_review}\n", "      - {from: received, to: in_progress}\n"
        ),
        "triggers.accept.transitions[0].to",
        r"a known state or 'same', got 'in_progress'",
    ),
    "unknown source state": (
        lambda: replaced(
            "      - {from: awaiting_fee, to: in_review}\n    fields:\n      amount",
            "      - {from: awaiting_payment, to: in_review}\n    fields:\n      amount",
        ),
        "triggers.record_payment.transitions[0].from",
        r"a known state .* got 'awaiting_payment'",
    ),
    "trigger without a role": (
        lambda: edited(lambda raw: raw["triggers"]["accept"].pop("roles")),
        "triggers.accept.roles",
        "at least one role",
    ),
    "unknown role": (
        lambda: edited(lambda raw: raw["triggers"]["accept"].update(roles=["janitor"])),
        "triggers.accept.roles",
        "got 'janitor'",
    ),
    "state unreachable from received": (
        lambda: edited(lambda raw: raw["states"].update(limbo={"label": "悬置", "kind": "open"})),
        "states",
        "reachable from 'received'; unreachable: limbo",
    ),
    "no concluded state": (
        lambda: edited(lambda raw: [s.update(kind="open") for s in raw["states"].values()]),
        "states",
        "at least one concluded state",
    ),
    "duplicate trigger": (
        lambda: replaced(
            "  request_correction:\n",
            "  accept:\n    label: 再受理\n    roles: [clerk]\n"
            "    transitions:\n      - {from: received, to: in_review}\n\n  request_correction:\n",
        ),
        "(file)",
        "duplicate key 'accept'",
    ),
    "bad field type": (
        lambda: replaced(
            "party_name: {type: string, max_length: 200, required: true, label: 被征求意见方}\n      received_by_party",
            "party_name: {type: person, max_length: 200, required: true, label: 被征求意见方}\n      received_by_party",
        ),
        "triggers.consult.fields.party_name.type",
        "one of .* got 'person'",
    ),
    "unknown guard": (
        lambda: replaced("      - {once: extend}\n", "      - {once_only: extend}\n"),
        r"triggers.extend.guards[0]",
        "a guard of .* got 'once_only'",
    ),
    "unknown routing condition": (
        lambda: replaced(
            "when: consultations_outstanding}\n      - {from: consulting, to: in_review}\n    fields:\n"
            "      party_name: {type: string, max_length: 200, required: true, label: 被征求意见方}\n      opinion",
            "when: nobody_answered}\n      - {from: consulting, to: in_review}\n    fields:\n"
            "      party_name: {type: string, max_length: 200, required: true, label: 被征求意见方}\n      opinion",
        ),
        "triggers.record_opinion.transitions[0].when",
        "got 'nobody_answered'",
    ),
    "unknown choice list": (
        lambda: replaced("choices_from: applicant_types", "choices_from: applicant_kinds"),
        "register.fields.applicant_type.choices_from",
        "got 'applicant_kinds'",
    ),
    "excluding a code the choice list does not have": (
        lambda: replaced("choices_from: proceeding_results, exclude: [pending]",
                         "choices_from: proceeding_results, exclude: [adjourned]"),
        "triggers.decide_proceeding.fields.result.exclude",
        r"codes of proceeding_results, got \['adjourned'\]",
    ),
    "unknown outcome": (
        lambda: replaced("sets_outcome: closed_other", "sets_outcome: withdrawn"),
        "triggers.withdraw.sets_outcome",
        "got 'withdrawn'",
    ),
    "clock naming an unknown trigger": (
        lambda: replaced(
            "    met: {by: [sign_off], late_reason: true}", "    met: {by: [sign], late_reason: true}"
        ),
        "clocks.reply.met.by",
        "got 'sign'",
    ),
    "clock without length": (
        lambda: edited(lambda raw: raw["clocks"]["reply"].pop("length")),
        "clocks.reply",
        "a length",
    ),
    # an amendment corrects registration fields only, each once, never the agency (issue 16)
    "amending a field the registration does not have": (
        lambda: edited(lambda raw: raw["triggers"]["amend"].update(amends=["applicant_name", "nickname"])),
        "triggers.amend.amends[1]",
        "a registration field.*got 'nickname'",
    ),
    "amending the agency": (
        lambda: edited(lambda raw: raw["triggers"]["amend"].update(amends=["agency"])),
        "triggers.amend.amends[0]",
        "got 'agency'",
    ),
    "amending a field twice": (
        lambda: edited(lambda raw: raw["triggers"]["amend"].update(amends=["subject", "subject"])),
        "triggers.amend.amends[1]",
        "once",
    ),
    "amending a field the trigger also declares": (
        lambda: edited(lambda raw: raw["triggers"]["amend"]["fields"].update(subject={"type": "text", "label": "内容"})),
        "triggers.amend.amends[5]",
        "not also among the trigger's fields",
    ),
    "missing key": (lambda: edited(lambda raw: raw.pop("initial")), "initial", "present"),
    "bad date span": (
        lambda: replaced("  from: 2019-05-15\n", "  from: soon\n"),
        "applies_to_received.from",
        "a date",
    ),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_definition_is_refused(tmp_path, name):
    make_text, key_path, expected = BROKEN[name]
    folder = build(tmp_path, {GIR2019: make_text()})
    with pytest.raises(DefinitionError) as info:
        load_registry(folder)
    err = info.value
    assert err.file == GIR2019
    assert err.key_path == key_path
    assert re.search(expected, err.expected), err.expected
    assert str(err).startswith(f"{GIR2019}: {key_path}: ")


def test_unknown_effect_is_a_load_error(tmp_path):
    folder = build(tmp_path, {GIR2019: replaced("    effects: [set_file_no]\n", "    effects: [shred_file]\n")})
    with pytest.raises(DefinitionError) as info:
        load_registry(folder)
    err = info.value
    assert (err.file, err.key_path) == (GIR2019, "triggers.archive.effects[0]")
    assert "shred_file" in err.expected and "set_file_no" in err.expected


def test_duplicate_name_and_version(tmp_path):
    folder = build(tmp_path, {GIR2019: shipped_text(), "GIR2019-copy.yaml": shipped_text()})
    with pytest.raises(DefinitionError, match="GIR2019 v1 is also in"):
        load_registry(folder)


def test_invalid_yaml_and_empty_folder(tmp_path):
    with pytest.raises(DefinitionError, match="at least one lifecycle definition"):
        load_registry(build(tmp_path / "empty", {}))
    with pytest.raises(DefinitionError) as info:
        load_registry(build(tmp_path / "bad", {GIR2019: "states: [unclosed\n"}))
    assert info.value.file == GIR2019 and info.value.key_path == "(file)"


# --- regime and version ---------------------------------------------------------------------


def test_regime_by_date_of_receipt():
    reg = load_registry(SHIPPED)
    assert reg.for_received(date(2019, 5, 14)).name == "GIR2008"
    assert reg.for_received(date(2019, 5, 15)).name == "GIR2019"
    assert reg.for_received(date(2008, 5, 1)).name == "GIR2008"
    with pytest.raises(DefinitionError, match="2008-04-30"):
        reg.for_received(date(2008, 4, 30))


def test_regime_follows_the_date_of_receipt_not_of_registration(engine):
    """A letter signed for on 2019-05-14 and registered on 05-15 is a GIR2008 case."""
    w = make_world(engine, today=date(2026, 11, 25))
    old = w.register(
        on=date(2019, 5, 15), channel="post_signed", submitted=date(2019, 5, 10), signed_for=date(2019, 5, 14)
    )
    new = w.register(on=date(2019, 5, 15))
    assert (w.case(old)["definition_name"], w.case(old)["received_on"]) == ("GIR2008", date(2019, 5, 14))
    assert w.case(new)["definition_name"] == "GIR2019"
    assert w.clock(old, "reply").due_on == date(2019, 6, 4)  # 15 working days after 05-14
    assert w.clock(new, "reply").due_on == date(2019, 6, 13)  # 20 working days after 05-15 (P13)


def test_a_case_keeps_its_definition_version(engine, tmp_path):
    v1_only = load_registry(build(tmp_path / "v1", {GIR2019: shipped_text()}))
    v2_text = replaced('version: "1"', 'version: "2"').replace(
        "    article: 第三十三条\n    length: 20\n", "    article: 第三十三条\n    length: 25\n"
    )
    assert v2_text != replaced('version: "1"', 'version: "2"')
    both = load_registry(build(tmp_path / "v2", {GIR2019: shipped_text(), "GIR2019-2.yaml": v2_text}))
    assert both.for_received(date(2026, 3, 2)).version == "2"

    w1 = make_world(engine, today=date(2026, 11, 25), registry=v1_only)
    old = w1.register(on=date(2026, 3, 2))
    w2 = w1.with_registry(both)  # the new version file is installed; same database, agency and users
    new = w2.register(on=date(2026, 3, 2))
    assert (w2.case(old)["definition_version"], w2.case(new)["definition_version"]) == ("1", "2")
    assert w2.clock(old, "reply").due_on == date(2026, 3, 30)  # 20 working days
    assert w2.clock(new, "reply").due_on == date(2026, 4, 7)  # 25 working days (04-04..06 Qingming)
    # the old case goes on under v1 when the new version is in force
    for case_no in (old, new):
        w2.fire(case_no, "accept", date(2026, 3, 3))
        w2.fire(case_no, "request_correction", date(2026, 3, 3), items="x", correct_by="2026-03-20")
        w2.fire(case_no, "receive_correction", date(2026, 3, 10))
    assert w2.clock(old, "reply").due_on == date(2026, 4, 8)  # 20 working days after 03-10
    assert w2.clock(new, "reply").due_on == date(2026, 4, 15)  # 25 working days after 03-10
    assert w2.case(old)["definition_version"] == "1"


def test_a_changed_definition_under_the_same_version_is_not_confused_with_the_shipped_one(engine, tmp_path):
    """Caches keyed by name and version must not hand one registry's rules to another's cases."""
    shipped = make_world(engine, today=date(2026, 11, 25))
    first = shipped.register(on=date(2026, 3, 2))
    shipped.fire(first, "accept", date(2026, 3, 2))
    shipped.fire(first, "decide", date(2026, 3, 3), outcome="disclosed", basis="provided")
    # the same GIR2019 v1 with one more clock: a 5-day internal review limit, started by decide
    text = replaced(
        "  fee_payment:\n    label: 缴费期限\n",
        "  review:\n    label: 审查期限\n    length: 5\n    start: {by: decide, date: effective}\n"
        "    met: {by: [clear_review]}\n  fee_payment:\n    label: 缴费期限\n",
    )
    changed = shipped.with_registry(load_registry(build(tmp_path, {GIR2019: text})))
    case_no = changed.register(on=date(2026, 3, 2))
    changed.fire(case_no, "accept", date(2026, 3, 2))
    changed.fire(case_no, "decide", date(2026, 3, 3), outcome="disclosed", basis="provided")
    review = changed.clock(case_no, "review")
    assert review is not None and review.due_on == date(2026, 3, 10)
    changed.fire(case_no, "clear_review", date(2026, 3, 4))
    assert changed.clock(case_no, "review").status == "met"
    assert shipped.clock(first, "review") is None


def test_each_trigger_has_its_plan_worked_out_at_load():
    gir2019 = load_registry().get("GIR2019", "1")
    plans = gir2019.plans
    assert plans["extend"].extension_field == "days" and plans["extend"].needs_clocks
    assert [(s.name, s.param) for s in plans["withdraw"].effects] == [("set_outcome", "closed_other"), ("conclude", None)]
    assert [s.name for s in plans["sign_off"].effects] == ["conclude", "issue_reply"]
    assert [s.name for s in plans["decide"].effects] == ["record_outcome"]
    assert not plans["record_delivery"].needs_clocks  # no clock rule, guard or condition of it reads clocks
    assert set(plans["accept"].fields) >= set(gir2019.common_fields)
    reply = gir2019.clock_rules["reply"]
    assert reply.parts_naming("sign_off") == {"met"} and reply.late_limits("sign_off") == (True, False)
    assert [p.while_clock for p in reply.pauses_by["consult"]] == ["consultation"]


# --- fee tariffs ----------------------------------------------------------------------------


def test_the_fee_tariff_is_data_and_a_trigger_naming_an_unknown_one_is_refused(tmp_path):
    tariff = load_registry(SHIPPED).tariffs["information_processing_fee"]
    assert tariff.in_force_from == date(2021, 1, 1)
    assert [(b.first, b.last, str(b.rate)) for b in tariff.methods["by_volume"].bands] == [
        (1, 30, "0"), (31, 100, "10"), (101, 200, "20"), (201, None, "40")]
    text = (SHIPPED / "lifecycle" / "GIR2019-2.yaml").read_text(encoding="utf-8")
    folder = build(tmp_path, {"GIR2019-2.yaml": text.replace("tariff: information_processing_fee",
                                                             "tariff: information_processing_fee_1999")})
    shutil.copytree(SHIPPED / "fees", folder / "fees")
    with pytest.raises(DefinitionError) as info:
        load_registry(folder)
    assert (info.value.file, info.value.key_path) == ("GIR2019-2.yaml", "triggers.notify_fee.fee_tariff.tariff")
    assert "information_processing_fee_1999" in info.value.expected
