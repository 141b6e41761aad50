"""Letters issued by transitions: stored with the case, announced once to its clerk, printed by
``disclosure letter``. Both stores (the ``engine`` fixture)."""

from __future__ import annotations

import dataclasses
import io
import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from docx import Document
from helpers import VALID_ID_NUMBER, World, make_world
from sqlalchemy import select, update

from workflow.cli import cli
from workflow.cli.common import CliError
from workflow.engine.hooks import Transition
from workflow.errors import TransitionError, ValidationError
from workflow.letters.issuing import LetterHook, letter_for_case
from workflow.letters.rules import LETTER_KINDS
from workflow.store.db import read, write
from workflow.store.models import agency, letter, outbox
from workflow.store.repository import Repository
from workflow.templating import render_message

TODAY = date(2026, 11, 25)
R = date(2026, 3, 2)  # a Monday; the reply is due 2026-03-30
SETTINGS = {
    "address": "上海市人民大道200号",
    "phone": "021-23112311",
    "seal_line": "（政府信息公开专用章）",
    "reconsideration_body": "上海市人民政府",
    "court": "上海市黄浦区人民法院",
    "payment_instructions": "通过上海市非税收入缴款平台缴纳",
}


@pytest.fixture
def w(engine) -> World:
    return make_world(engine, today=TODAY, agency_settings=SETTINGS)


def letters(w: World, case_no: str | None = None, kind: str | None = None) -> list[dict]:
    with read(w.engine) as conn:
        stmt = select(letter).order_by(letter.c.id)
        if case_no is not None:
            stmt = stmt.where(letter.c.case_id == Repository(conn).load_case(case_no)["id"])
        if kind is not None:
            stmt = stmt.where(letter.c.kind == kind)
        return [dict(r) for r in conn.execute(stmt).mappings()]


def notices(w: World) -> list[dict]:
    with read(w.engine) as conn:
        rows = conn.execute(select(outbox).where(outbox.c.kind == "letter").order_by(outbox.c.id)).mappings()
        return [dict(r) for r in rows]


def invoke(w: World, *args: str):  # noqa: ANN201
    url = w.engine.url.render_as_string(hide_password=False)
    return CliRunner().invoke(cli, ["--db", url, *args])


def printed_html(w: World, case_no: str, kind: str, *args: str) -> str:
    """The HTML ``disclosure letter`` prints for the case's letter (the stored one unless told)."""
    res = invoke(w, "letter", case_no, kind, "--format", "html", *args)
    assert res.exit_code == 0, res.output
    return res.output


def in_review(w: World, **register) -> str:
    case_no = w.register(on=R, **register)
    w.fire(case_no, "accept", R)
    return case_no


# --- the hook ----------------------------------------------------------------------------------


def test_every_services_has_the_hook_once(w):
    hooks = [h for h in w.services.hooks if isinstance(h, LetterHook)]
    assert len(hooks) == 1


def test_register_stores_the_acknowledgement_with_the_full_id_number_and_a_masked_notice(w):
    case_no = w.register(on=R, id_number=VALID_ID_NUMBER, phone="13812345678")
    (ack,) = letters(w, case_no)
    assert (ack["kind"], ack["issued_on"], ack["event_seq"], ack["letter_no"]) == (
        "acknowledgement",
        R,
        1,
        None,
    )
    assert VALID_ID_NUMBER in ack["body_text"] and VALID_ID_NUMBER in printed_html(w, case_no, "acknowledgement")
    assert "政府信息公开申请接收回执" in ack["body_text"] and "2026年3月30日" in ack["body_text"]
    (notice,) = notices(w)
    stored = json.dumps(notice["context"], ensure_ascii=False)
    assert VALID_ID_NUMBER not in stored and VALID_ID_NUMBER[6:14] not in stored
    assert notice["context"]["case"]["id_number"] == "1101**********002X"
    assert notice["context"]["case"]["applicant_name"] == "张*"
    assert "13812345678" not in stored
    # what the delivery worker sends: no ID number either
    msg = render_message(notice["template"], {**notice["context"], "recipient_name": w.clerk})
    assert VALID_ID_NUMBER not in msg.text + msg.html + msg.subject
    assert msg.subject == f"【文书待发】{case_no} 政府信息公开申请接收回执"
    assert f"disclosure letter {case_no} acknowledgement --id {ack['id']} --format docx" in msg.text


def test_sign_off_stores_exactly_one_reply_with_its_number_and_article(w):
    case_no = in_review(w)
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="withheld_state_secret", basis="withheld",
           reasons="该信息已被依法确定为国家秘密。")  # fmt: skip
    assert letters(w, case_no, "reply") == []
    result = w.fire(case_no, "sign_off", date(2026, 3, 10))
    (reply,) = letters(w, case_no, "reply")
    case = w.case(case_no)
    assert case["letter_no"] == "SJJ依申〔2026〕1号"
    assert (reply["letter_no"], reply["issued_on"], reply["event_seq"]) == (case["letter_no"], date(2026, 3, 10),
                                                                           result.seq)  # fmt: skip
    text = reply["body_text"]
    assert "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项" in text
    assert "该信息已被依法确定为国家秘密。" in text  # the reasons of the decision
    assert "应当先向行政复议机关申请行政复议" in text and "上海市人民政府" in text  # reconsideration first
    assert text.splitlines()[3] == case["letter_no"] and text.rstrip().endswith("2026年3月10日")
    html = printed_html(w, case_no, "reply")
    assert f'<p class="letter-no">{case["letter_no"]}</p>' in html and "<h1>政府信息公开申请答复书</h1>" in html
    assert "第十四条、第三十六条第（三）项" in html and "该信息已被依法确定为国家秘密。" in html
    (notice,) = [n for n in notices(w) if n["context"]["letter_kind"] == "reply"]
    assert notice["idempotency_key"] == f"letter:{case_no}:reply:{result.seq}"
    assert notice["context"]["letter_no"] == case["letter_no"]


def test_request_correction_stores_the_notice_naming_the_items_and_the_date(w):
    case_no = w.register(on=R)
    r = w.fire(case_no, "request_correction", date(2026, 3, 4), items="请明确所需文件的名称或文号\n请说明所需信息的时间范围",
               correct_by="2026-03-20")  # fmt: skip
    (notice,) = letters(w, case_no, "correction_notice")
    assert (notice["issued_on"], notice["event_seq"]) == (date(2026, 3, 4), r.seq)
    assert "1. 请明确所需文件的名称或文号" in notice["body_text"]
    assert "2. 请说明所需信息的时间范围" in notice["body_text"]
    assert "请您于2026年3月20日前将补正后的申请提交本机关" in notice["body_text"]
    assert "第二十九条、第三十条" in notice["body_text"]


def test_consult_stores_the_letter_to_the_party_and_the_notice_to_the_applicant(w):
    case_no = in_review(w)
    r = w.fire(case_no, "consult", date(2026, 3, 4), party_kind="third_party", party_name="某某建设有限公司")
    due = w.clock(case_no, "consultation", "某某建设有限公司").due_on
    assert due == date(2026, 3, 25)
    (to_party,) = letters(w, case_no, "consultation_letter")
    (to_applicant,) = letters(w, case_no, "consultation_notice_applicant")
    assert to_party["event_seq"] == to_applicant["event_seq"] == r.seq
    assert "\n某某建设有限公司：\n" in to_party["body_text"]
    assert "请于2026年3月25日前" in to_party["body_text"] and "第三十二条" in to_party["body_text"]
    assert "张三" not in to_party["body_text"]  # the party is not told who applied
    assert "\n张三：\n" in to_applicant["body_text"] and "某某建设有限公司" not in to_applicant["body_text"]
    assert "已于2026年3月4日书面征求第三方的意见" in to_applicant["body_text"]
    by_kind = {n["context"]["letter_kind"]: n for n in notices(w)}
    assert by_kind["consultation_letter"]["context"]["to_party"] == "某某建设有限公司"
    assert by_kind["consultation_notice_applicant"]["context"]["to_party"] is None


def test_extension_and_fee_notices_carry_the_clock_dates(w):
    case_no = in_review(w)
    w.fire(case_no, "notify_fee", date(2026, 3, 4), charge_method="by_volume", pages=240)
    (fee,) = letters(w, case_no, "fee_notice")
    pay_by = w.clock(case_no, "fee_payment").due_on
    assert f"二十个工作日内（即{pay_by.year}年{pay_by.month}月{pay_by.day}日前）" in fee["body_text"]
    assert "共240页" in fee["body_text"] and "收费金额合计：4,300.00元" in fee["body_text"]
    w.fire(case_no, "record_payment", date(2026, 3, 5), amount="4300")
    w.fire(case_no, "extend", date(2026, 3, 6), days=10, reason="申请公开的信息涉及多个处室")
    (ext,) = letters(w, case_no, "extension_notice")
    due = w.clock(case_no, "reply").due_on
    assert "因申请公开的信息涉及多个处室" in ext["body_text"] and "答复期限延长10个工作日" in ext["body_text"]
    assert f"延长后的答复期限届满日为{due.year}年{due.month}月{due.day}日" in ext["body_text"]


def test_art35_steps_owe_and_make_the_reasons_request_and_the_delayed_reply_notice(w):
    case_no = in_review(w)
    asked = w.fire(case_no, "request_reasons", date(2026, 3, 3), answer_by="2026-03-10")
    (request,) = letters(w, case_no, "reasons_request")
    assert request["event_seq"] == asked.seq and "\n张三：\n" in request["body_text"]
    assert "请您于2026年3月10日前向本机关书面说明理由" in request["body_text"]
    assert "政府信息公开申请要求说明理由告知书" in request["body_text"] and "第三十五条" in request["body_text"]
    w.fire(case_no, "receive_reasons", date(2026, 3, 9), text="用于课题研究")
    assert letters(w, case_no, "delayed_reply_notice") == []
    delayed = w.fire(case_no, "set_delayed_reply", date(2026, 3, 10), due="2026-05-29",
                     reason="申请公开的信息共计三百余项，需逐项检索、审查")  # fmt: skip
    (notice,) = letters(w, case_no, "delayed_reply_notice")
    text = notice["body_text"]
    assert notice["event_seq"] == delayed.seq and notice["issued_on"] == date(2026, 3, 10)
    assert "政府信息公开申请延迟答复告知书" in text
    assert "本机关已于2026年3月3日要求您说明理由，您于2026年3月9日作出了说明。" in text
    assert "将于2026年5月29日前对您的申请作出答复" in text and "因申请公开的信息共计三百余项" in text


def test_the_excessive_refusal_recites_the_reasons_asked_and_answered(w):
    case_no = in_review(w)
    w.fire(case_no, "request_reasons", date(2026, 3, 3), answer_by="2026-03-10")
    w.fire(case_no, "receive_reasons", date(2026, 3, 9), text="用于课题研究")
    w.fire(case_no, "decide", date(2026, 3, 11), outcome="declined_excessive", basis="excessive")
    w.fire(case_no, "sign_off", date(2026, 3, 12))
    (reply,) = letters(w, case_no, "reply")
    assert ("本机关已于2026年3月3日要求您说明理由。您于2026年3月9日作出了说明，经审查，本机关认为申请理由不合理。"
            in reply["body_text"])


def test_a_public_interest_disclosure_owes_and_makes_the_notice_to_the_third_party(w):
    case_no = in_review(w)
    w.fire(case_no, "consult", R, party_kind="third_party", party_name="某某化工有限公司")
    w.fire(case_no, "record_opinion", date(2026, 3, 5), party_name="某某化工有限公司", opinion="object",
           reason="涉及商业秘密")  # fmt: skip
    w.fire(case_no, "decide", date(2026, 3, 6), outcome="disclosed", basis="provided")
    r = w.fire(case_no, "notify_public_interest", date(2026, 3, 6), party_name="某某化工有限公司",
               reasons="该企业排污数据关系周边居民健康，不公开可能对公共利益造成重大影响", disclose_on="2026-03-23")
    (notice,) = letters(w, case_no, "public_interest_notice")
    text = notice["body_text"]
    assert notice["event_seq"] == r.seq and "\n某某化工有限公司：\n" in text and "张三" not in text
    assert "决定公开的理由：该企业排污数据关系周边居民健康，不公开可能对公共利益造成重大影响。\n" in text
    assert "第三十二条" in text
    assert "本机关将于2026年3月23日后向申请人提供该政府信息" in text and "如对本决定不服" in text
    by_kind = {n["context"]["letter_kind"]: n for n in notices(w)}
    assert by_kind["public_interest_notice"]["context"]["to_party"] == "某某化工有限公司"


def test_a_partial_disclosure_reply_cites_its_ground_and_prints_no_placeholder(w):
    case_no = in_review(w)
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="partially_disclosed", basis="partial",
           withheld_ground="withheld_third_party_rights")  # fmt: skip
    w.fire(case_no, "clear_review", date(2026, 3, 9))
    w.fire(case_no, "sign_off", date(2026, 3, 10))
    (reply,) = letters(w, case_no, "reply")
    text = reply["body_text"]
    assert "该部分内容涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。" in text
    assert "应当先向行政复议机关申请行政复议" in text and "依法答复" not in text


def test_each_stored_letter_has_one_outbox_row_to_the_clerk(w):
    case_no = in_review(w)
    w.fire(case_no, "consult", date(2026, 3, 3), party_kind="agency", party_name="市规划资源局")
    w.fire(case_no, "record_opinion", date(2026, 3, 5), party_name="市规划资源局", opinion="agree")
    w.fire(case_no, "extend", date(2026, 3, 6), days=5, reason="需调取档案")
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 10))
    stored = letters(w, case_no)
    queued = notices(w)
    assert [s["kind"] for s in stored] == ["acknowledgement", "consultation_letter", "consultation_notice_applicant",
                                           "extension_notice", "reply"]  # fmt: skip
    assert len(queued) == len(stored)
    assert [n["idempotency_key"] for n in queued] == [
        f"letter:{case_no}:{s['kind']}:{s['event_seq']}" for s in stored
    ]
    assert [n["context"]["letter_id"] for n in queued] == [s["id"] for s in stored]
    clerk_id = w.case(case_no)["clerk_id"]
    for n in queued:
        assert (n["kind"], n["template"], n["status"], n["case_id"]) == ("letter", "letter_notice", "pending",
                                                                          stored[0]["case_id"])  # fmt: skip
        assert n["recipient_user_id"] == clerk_id and n["channel"] == "file"
        msg = render_message(n["template"], n["context"])
        assert msg.subject.startswith("【文书待发】") and case_no in msg.text
    # the key is unique: a replay of the same event queues nothing more
    with write(w.engine) as conn:
        first = queued[-1]
        again = Repository(conn).enqueue(key=first["idempotency_key"], kind="letter", channel="file",
                                         template="letter_notice", context={})  # fmt: skip
    assert again is False and len(notices(w)) == len(stored)


def test_triggers_without_letters_store_nothing(w):
    case_no = w.register(on=R)
    before = (len(letters(w)), len(notices(w)))
    w.fire(case_no, "accept", R)
    w.fire(case_no, "decide", date(2026, 3, 3), outcome="unavailable_not_held", basis="not_exist")
    assert (len(letters(w)), len(notices(w))) == before


def test_withdraw_and_lapses_store_the_termination_notice(w):
    withdrawn = in_review(w)
    w.fire(withdrawn, "withdraw", date(2026, 3, 5), how="书面撤回")
    (reply,) = letters(w, withdrawn, "reply")
    assert reply["letter_no"] is None and "政府信息公开申请终止处理告知书" in reply["body_text"]
    assert "2026年3月5日，您以书面方式撤回了该申请" in reply["body_text"]
    lapsed = w.register(on=R)
    w.fire(lapsed, "request_correction", date(2026, 3, 3), items="请明确信息名称", correct_by="2026-03-10")
    w.fire(lapsed, "lapse_correction", date(2026, 3, 11))
    (reply,) = letters(w, lapsed, "reply")
    assert "本机关已于2026年3月3日书面告知您对申请内容作出补正，补正期限至2026年3月10日" in reply["body_text"]
    assert "视为您放弃申请" in reply["body_text"]


# --- nothing written when the transition is not ----------------------------------------------------


def test_a_refused_transition_stores_no_letter(w):
    case_no = w.register(on=R)
    before = w.snapshot(case_no)
    with pytest.raises(TransitionError, match="correct_by"):
        w.fire(case_no, "request_correction", date(2026, 3, 4), items="请明确", correct_by="2026-03-03")
    with pytest.raises(ValidationError, match="items"):
        w.fire(case_no, "request_correction", date(2026, 3, 4), correct_by="2026-03-20")
    assert w.snapshot(case_no) == before
    assert [s["kind"] for s in letters(w, case_no)] == ["acknowledgement"]


def test_a_rolled_back_transition_takes_its_letters_with_it(w):
    case_no = in_review(w)
    before = w.snapshot(case_no)

    def later_hook_fails(t: Transition) -> None:
        # the letter hook ran first, in this transaction: the letters it owes are visible here
        (owed,) = t.repo.letter_requests(case_id=t.case["id"])
        assert owed["kinds"] == ["consultation_letter", "consultation_notice_applicant"]
        raise RuntimeError("a later hook failed")

    w.services.hooks.append(later_hook_fails)
    with pytest.raises(RuntimeError, match="later hook"):
        w.fire(case_no, "consult", date(2026, 3, 4), party_kind="third_party", party_name="某公司")
    w.services.hooks.remove(later_hook_fails)
    assert w.snapshot(case_no) == before
    assert [s["kind"] for s in letters(w, case_no)] == ["acknowledgement"]
    assert len(notices(w)) == 1
    with read(w.engine) as conn:
        assert Repository(conn).letter_requests() == []


def test_a_letter_that_cannot_be_rendered_does_not_block_the_transition(engine):
    """An agency that has not named its reconsideration body: replied, no reply stored, the clerk told
    which setting is missing; ``disclosure letter`` refuses with exit 2 naming it, and prints the
    reply once it is set."""
    w = make_world(engine, today=TODAY, agency_settings={k: v for k, v in SETTINGS.items()
                                                          if k != "reconsideration_body"})
    case_no = in_review(w)
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 3, 10))
    assert w.state(case_no) == "replied"
    assert letters(w, case_no, "reply") == []
    (notice,) = [n for n in notices(w) if n["context"]["letter_kind"] == "reply"]
    assert notice["context"]["letter_id"] is None and "reconsideration_body" in notice["context"]["error"]
    msg = render_message(notice["template"], notice["context"])
    assert msg.subject == f"【文书未生成】{case_no} 政府信息公开申请答复书（SJJ依申〔2026〕1号）"
    assert "disclosure agency set sjj --reconsideration-body" in msg.text
    res = invoke(w, "letter", case_no, "reply")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "agency sjj has no setting reconsideration_body" in str(res.exception) and "\n" not in str(res.exception)
    res = invoke(w, "agency", "set", "sjj", "--reconsideration-body", "上海市黄浦区人民政府")
    assert res.exit_code == 0, res.output
    res = invoke(w, "letter", case_no, "reply")
    assert res.exit_code == 0, res.output
    assert "向上海市黄浦区人民政府申请行政复议" in res.output and "SJJ依申〔2026〕1号" in res.output


# --- the command ---------------------------------------------------------------------------------


def signed_off(w: World) -> str:
    case_no = in_review(w, id_number=VALID_ID_NUMBER)
    w.fire(case_no, "decide", date(2026, 3, 9), outcome="disclosed", basis="provided", reasons="详见附件。")
    w.fire(case_no, "clear_review", date(2026, 3, 9))
    w.fire(case_no, "sign_off", date(2026, 3, 10))
    return case_no


def test_cli_prints_the_stored_reply_even_after_the_settings_change(w):
    case_no = signed_off(w)
    (stored,) = letters(w, case_no, "reply")
    # the HTML the reply had when it was issued: rendered from the case as it was then
    issued_html = printed_html(w, case_no, "reply", "--fresh", "--on", "2026-03-10")
    with write(w.engine) as conn:
        conn.execute(update(agency).values(settings={**SETTINGS, "phone": "021-99999999"}))
    res = invoke(w, "letter", case_no, "reply")
    assert res.exit_code == 0, res.output
    assert res.output == stored["body_text"] and "021-23112311" in res.output
    html = printed_html(w, case_no, "reply")
    assert html == issued_html and "021-23112311" in html and "021-99999999" not in html
    res = invoke(w, "letter", case_no, "reply", "--fresh", "--on", "2026-03-11")
    assert res.exit_code == 0, res.output
    assert "021-99999999" in res.output and res.output.rstrip().endswith("2026年3月11日")
    res = invoke(w, "--json", "letter", case_no, "reply")
    payload = json.loads(res.output)
    assert payload["case_no"] == case_no and payload["kind"] == "reply" and payload["stored"] is True
    assert (payload["title"], payload["letter_no"], payload["issued"]) == (
        "政府信息公开申请答复书", "SJJ依申〔2026〕1号", "2026-03-10")  # fmt: skip
    assert payload["text"] == stored["body_text"]
    res = invoke(w, "letter", case_no, "reply", "--json")  # the command's own flag too
    assert json.loads(res.output)["letter_id"] == stored["id"]


def test_cli_writes_a_docx_python_docx_opens(w, tmp_path, monkeypatch):
    case_no = signed_off(w)
    out = tmp_path / "reply.docx"
    res = invoke(w, "letter", case_no, "reply", "--format", "docx", "--output", str(out))
    assert res.exit_code == 0, res.output
    doc = Document(io.BytesIO(out.read_bytes()))
    texts = [p.text for p in doc.paragraphs if p.text.strip()]
    assert doc.core_properties.title == "政府信息公开申请答复书"
    assert texts[:4] == ["测试机关sjj", "政府信息公开申请答复书", "SJJ依申〔2026〕1号", "张三："]
    assert texts[-3:] == ["测试机关sjj", "（政府信息公开专用章）", "2026年3月10日"]
    assert any("第三十六条第（二）项" in t for t in texts)
    # the default file name, in the current directory; a kind never stored is rendered from the case
    monkeypatch.chdir(tmp_path)
    res = invoke(w, "letter", case_no, "acknowledgement", "--format", "docx")
    assert res.exit_code == 0, res.output
    ack = Document(str(tmp_path / f"{case_no}-acknowledgement.docx"))
    assert ack.core_properties.title == "政府信息公开申请接收回执"
    assert any(VALID_ID_NUMBER in p.text for p in ack.paragraphs)  # letters carry the full ID number


def test_cli_renders_a_kind_the_case_never_issued_and_refuses_unknown_kinds(w):
    case_no = in_review(w)
    res = invoke(w, "letter", case_no, "extension_notice")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "missing value 'reason'" in str(res.exception) and "\n" not in str(res.exception)
    res = invoke(w, "letter", case_no, "extension_notice", "--set", "days=5", "--set", "reason=需调取档案",
                 "--on", "2026-03-05")  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "答复期限延长5个工作日" in res.output and "2026年3月5日" in res.output
    res = invoke(w, "letter", case_no, "nonsense")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    message = str(res.exception)
    assert "\n" not in message and all(kind in message for kind in LETTER_KINDS)
    res = invoke(w, "letter", "SJJ-2026-9999", "reply")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2


def test_letter_for_case_picks_a_stored_letter_by_id(w):
    case_no = in_review(w)
    w.fire(case_no, "consult", date(2026, 3, 3), party_kind="third_party", party_name="甲公司")
    w.fire(case_no, "consult", date(2026, 3, 4), party_kind="agency", party_name="乙局")
    first, second = letters(w, case_no, "consultation_letter")
    with read(w.engine) as conn:
        repo = Repository(conn)
        latest = letter_for_case(w.services, repo, case_no, "consultation_letter")
        chosen = letter_for_case(w.services, repo, case_no, "consultation_letter", letter_id=first["id"])
    assert latest.stored and latest.letter_id == second["id"] and "\n乙局：\n" in latest.text
    assert chosen.text == first["body_text"] and "\n甲公司：\n" in chosen.text
    res = invoke(w, "letter", case_no, "consultation_letter", "--id", str(first["id"]))
    assert res.exit_code == 0 and res.output == first["body_text"]


# --- what is stored: the words; the HTML is laid out from them -------------------------------------


def test_stored_letters_print_the_html_they_had_when_issued(w):
    """Only the text is stored; the HTML printed from it is the HTML rendered from the case as it was."""
    case_no = w.register(on=R, id_number=VALID_ID_NUMBER)
    steps = [
        ("request_correction", date(2026, 3, 3), {"items": "请明确所需文件的名称或文号\n请说明时间范围",
                                                 "correct_by": "2026-03-20"}),
        ("receive_correction", date(2026, 3, 4), {}),
        ("consult", date(2026, 3, 5), {"party_kind": "third_party", "party_name": "某某建设有限公司"}),
        ("record_opinion", date(2026, 3, 6), {"party_name": "某某建设有限公司", "opinion": "agree"}),
        ("extend", date(2026, 3, 9), {"days": 10, "reason": "需调取档案"}),
        ("decide", date(2026, 3, 10), {"outcome": "disclosed", "basis": "provided", "reasons": "详见附件。"}),
        ("clear_review", date(2026, 3, 10), {}),
        ("sign_off", date(2026, 3, 11), {}),
    ]  # fmt: skip
    compared = []
    for trigger, on, data in [(None, R, {}), *steps]:
        if trigger is not None:
            w.fire(case_no, trigger, on, **data)
        for s in letters(w, case_no):
            if s["id"] in compared:
                continue
            assert s["body_html"] is None
            fresh = printed_html(w, case_no, s["kind"], "--fresh", "--on", on.isoformat())
            assert printed_html(w, case_no, s["kind"], "--id", str(s["id"])) == fresh, s["kind"]
            compared.append(s["id"])
    assert [s["kind"] for s in letters(w, case_no)] == [
        "acknowledgement", "correction_notice", "consultation_letter", "consultation_notice_applicant",
        "extension_notice", "reply"]  # fmt: skip
    reply = printed_html(w, case_no, "reply")
    assert "<p>详见附件。</p>" in reply and reply.rstrip().endswith("</html>")


def test_a_letter_stored_with_its_html_prints_that_html(w):
    case_no = signed_off(w)
    (stored,) = letters(w, case_no, "reply")
    with write(w.engine) as conn:  # a letter issued before the HTML was laid out from the text
        conn.execute(update(letter).where(letter.c.id == stored["id"]).values(body_html="<p>如签发时</p>"))
    assert printed_html(w, case_no, "reply") == "<p>如签发时</p>"
    with write(w.engine) as conn:  # a stored text with no layout to recover: said so, not a traceback
        conn.execute(update(letter).where(letter.c.id == stored["id"]).values(body_text="无格式文本\n", body_html=None))
    res = invoke(w, "letter", case_no, "reply", "--format", "html")
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    assert "--format txt" in str(res.exception)
    assert invoke(w, "letter", case_no, "reply").output == "无格式文本\n"


def test_a_letter_whose_text_cannot_carry_its_html_is_stored_with_it(w):
    """Attachments that are not strings print alike in the text but not in the parts: HTML kept."""
    from workflow.letters.documents import html_to_store, render_document

    case_no = signed_off(w)
    with read(w.engine) as conn:
        doc = letter_for_case(w.services, Repository(conn), case_no, "reply", fresh=True)
    case, agency_row = doc.parts["case"], doc.parts["agency"]

    def with_attachments(names: list) -> object:
        return render_document("reply", {**case, "letter": {**case["letter"], "attachments": names}}, agency_row,
                               doc.issued_on)  # fmt: skip

    assert html_to_store(doc) is None
    named = with_attachments(["答复附件一", "附件二"])
    assert html_to_store(named) is None and "附件：1. 答复附件一<br>2. 附件二</p>" in named.html
    odd = with_attachments([1])
    assert "1. 1" in odd.text and html_to_store(odd) == odd.html and "附件：1. 1</p>" in odd.html


def test_the_hook_reads_no_clocks_when_the_engine_passes_them(w, monkeypatch):
    case_no = in_review(w)
    hook = next(h for h in w.services.hooks if isinstance(h, LetterHook))
    reads: list[int] = []
    real = Repository.load_clocks
    monkeypatch.setattr(Repository, "load_clocks", lambda self, case_id: reads.append(case_id) or real(self, case_id))

    def engine_passes_clocks(t: Transition) -> None:
        clocks = real(t.repo, t.case["id"])  # the clocks as they are after the transition
        before = len(reads)
        hook(dataclasses.replace(t, clocks=clocks))
        assert len(reads) == before

    w.services.hooks[w.services.hooks.index(hook)] = engine_passes_clocks
    w.fire(case_no, "extend", date(2026, 3, 6), days=10, reason="需调取档案")
    (ext,) = letters(w, case_no, "extension_notice")
    due = w.clock(case_no, "reply").due_on
    assert f"延长后的答复期限届满日为{due.year}年{due.month}月{due.day}日" in ext["body_text"]


def test_cli_refuses_a_letter_dated_before_receipt_or_after_today(w):
    case_no = in_review(w)
    args = ("letter", case_no, "extension_notice", "--set", "days=5", "--set", "reason=需调取档案")
    # the command line's today is the real one
    for on in ((R - timedelta(days=1)).isoformat(), (date.today() + timedelta(days=2)).isoformat()):
        res = invoke(w, *args, "--on", on)
        assert isinstance(res.exception, CliError) and res.exception.exit_code == 2, res.output
        message = str(res.exception)
        assert on in message and R.isoformat() in message and "\n" not in message
    assert invoke(w, *args, "--on", R.isoformat()).exit_code == 0


def test_cli_refuses_a_fact_the_letter_does_not_have(w):
    case_no = in_review(w)
    res = invoke(w, "letter", case_no, "extension_notice", "--set", "days=5", "--set", "reason=需调取档案",
                 "--set", "colour=red")  # fmt: skip
    assert isinstance(res.exception, CliError) and res.exception.exit_code == 2
    message = str(res.exception)
    assert "colour" in message and "days" in message and "reason" in message and "\n" not in message
