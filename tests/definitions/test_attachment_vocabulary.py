"""The attachment kinds are data (vocabulary.yaml ``attachment_kinds``, the public codes with their Chinese
labels), a list may not name a code twice, and the settings accept only file types the product can read."""

from __future__ import annotations

import pytest

from workflow.definitions.parse import load_vocabulary
from workflow.errors import DefinitionError
from workflow.settings import load_settings
from workflow.settings_schema import settings_problem

KINDS = {
    "application": "申请书",
    "correction_materials": "补正材料",
    "consultation_letter": "征求意见函",
    "third_party_opinion": "第三方意见",
    "approval_sheet": "审批签发单",
    "sealed_reply": "答复书（盖章件）",
    "proof_of_service": "送达回证",
    "other": "其他",
}


def test_the_attachment_kinds_are_the_public_codes_with_their_labels():
    vocab = load_vocabulary()
    assert {c: vocab.label("attachment_kinds", c) for c in vocab.codes("attachment_kinds")} == KINDS
    assert vocab.label("record_events", "attach") == "添加附件"


def test_a_code_named_twice_in_a_list_is_a_load_error(tmp_path):
    path = tmp_path / "vocabulary.yaml"
    path.write_text(
        "attachment_kinds:\n  - {code: other, label: 其他}\n  - {code: other, label: 另一个}\n",
        encoding="utf-8",
    )
    with pytest.raises(DefinitionError, match=r"attachment_kinds\[1\]\.code"):
        load_vocabulary(path)


def test_the_shipped_attachment_settings_are_valid_and_an_unknown_type_is_refused():
    settings = load_settings()
    assert settings_problem(settings) is None
    settings["attachments"] = {**settings["attachments"], "allowed_types": ["pdf", "exe"]}
    assert settings_problem(settings).startswith("attachments.allowed_types: ")
    settings["attachments"] = {**settings["attachments"], "allowed_types": ["pdf"], "store": "ftp"}
    assert settings_problem(settings).startswith("attachments.store: ")
