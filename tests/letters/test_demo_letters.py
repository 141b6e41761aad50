"""The demo year's letters read as the clerk's: no placeholder stands in for reasons the clerk did not
give (issue 12, item 8), and each reply says what its outcome requires."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from workflow.app import Services
from workflow.demo.year import run_demo
from workflow.settings import load_settings
from workflow.store.db import make_engine, read, upgrade
from workflow.store.models import disclosure_case, letter


@pytest.fixture(scope="module")
def demo_replies(tmp_path_factory):
    """Every stored reply of a small demo year, with its case's outcome and basis."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('demo-letters') / 'demo.db'}")
    upgrade(engine)
    services = Services.for_db(engine, load_settings(), today=lambda: date(2026, 3, 2))
    run_demo(services, year=2025, cases=120, recent=0, seed=11)
    services.make_letters()
    stmt = (select(disclosure_case.c.outcome, disclosure_case.c.basis, letter.c.body_text)
            .join(disclosure_case, disclosure_case.c.id == letter.c.case_id).where(letter.c.kind == "reply"))
    with read(engine) as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    engine.dispose()
    return rows


def test_no_demo_letter_prints_a_placeholder_for_reasons(demo_replies):
    assert demo_replies
    assert not [r for r in demo_replies if "依法答复" in r["body_text"]]


def test_the_demo_replies_name_what_their_outcome_needs(demo_replies):
    by = {(r["outcome"], r["basis"]): r["body_text"] for r in demo_replies}
    assert {("partially_disclosed", "partial"), ("disclosed", "already_public"), ("unavailable_not_held", "not_exist")} <= set(by)
    partial = by[("partially_disclosed", "partial")]
    assert "该部分内容涉及商业秘密、个人隐私等" in partial and "第十五条" in partial
    assert "获取该政府信息的方式和途径：临沂市罗庄区人民政府门户网站" in by[("disclosed", "already_public")]
    not_held = [line.strip() for line in by[("unavailable_not_held", "not_exist")].splitlines()]
    at = next(i for i, line in enumerate(not_held) if line.startswith("经检索"))
    assert not_held[at + 1].startswith("如对本答复不服")  # no paragraph of reasons the clerk did not give
