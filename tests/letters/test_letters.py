"""Letters: every kind, every outcome × basis, both regimes, txt/html/docx, and the remedies rule."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from jinja2.exceptions import UndefinedError

from workflow.errors import ValidationError
from workflow.letter_index import letter_number, letters_index
from workflow.letters.composition import letter_message, render_letter
from workflow.letters.rules import LETTER_KINDS, resolve_reply

ID_NUMBER = "371302199001011234"
LAW = "《中华人民共和国政府信息公开条例》"
GB2010 = "《国务院办公厅关于做好政府信息依申请公开工作的意见》（国办发〔2010〕5号）"
FIRST = "应当先向行政复议机关申请行政复议"
ISSUED = date(2026, 3, 2)

# outcome → (basis, article cited under GIR2019, under GIR2008); None: the letter cites no article
COMBOS = [
    ("disclosed", "provided", LAW + "第三十六条第（二）项", LAW + "第二十一条第（一）项"),
    ("disclosed", "already_public", LAW + "第三十六条第（一）项", LAW + "第二十一条第（一）项"),
    ("partially_disclosed", "partial", LAW + "第三十七条", LAW + "第二十二条"),
    (
        "withheld_state_secret",
        "withheld",
        LAW + "第十四条、第三十六条第（三）项",
        LAW + "第十四条第四款、第二十一条第（二）项",
    ),
    ("withheld_prohibited_by_law", "withheld", LAW + "第十四条", LAW + "第十四条"),
    ("withheld_security_stability", "withheld", LAW + "第十四条", LAW + "第八条"),
    ("withheld_third_party_rights", "withheld", LAW + "第十五条", LAW + "第十四条第四款、第二十三条"),
    ("withheld_internal_affairs", "withheld", LAW + "第十六条第一款", GB2010),
    ("withheld_process_information", "withheld", LAW + "第十六条第二款", GB2010),
    ("withheld_enforcement_file", "withheld", LAW + "第十六条第二款", GB2010),
    ("withheld_inquiry_matter", "special_register", LAW + "第三十六条第（七）项", GB2010),
    ("unavailable_not_held", "not_exist", LAW + "第三十六条第（四）项", LAW + "第二十一条第（三）项"),
    ("unavailable_not_held", "not_this_agency", LAW + "第三十六条第（五）项", LAW + "第二十一条第（三）项"),
    ("unavailable_needs_creation", "needs_creation", LAW + "第三十八条", GB2010),
    ("unavailable_still_unclear", None, LAW + "第三十条", LAW + "第二十一条第（四）项"),
    ("declined_petition", "petition", LAW + "第三十九条第一款", GB2010),
    ("declined_repeat", "repeat", LAW + "第三十六条第（六）项", GB2010),
    ("declined_publication", "publication", LAW + "第三十九条第二款", GB2010),
    ("declined_excessive", "excessive", LAW + "第三十五条", GB2010),
    ("declined_confirmation", None, LAW + "第二条", LAW + "第二条"),
    ("closed_no_correction", None, LAW + "第三十条", LAW + "第二十一条第（四）项"),
    ("closed_fee_unpaid", None, LAW + "第四十二条和《政府信息公开信息处理费管理办法》", LAW + "第二十七条"),
    ("closed_other", None, None, None),
]
REFUSALS = {
    "withheld_state_secret",
    "withheld_prohibited_by_law",
    "withheld_security_stability",
    "withheld_third_party_rights",
    "withheld_internal_affairs",
    "withheld_process_information",
    "withheld_enforcement_file",
}
# the replies that withhold, wholly or in part: reconsideration first from 2024-01-01 (行政复议法 Art. 23)
WITHHOLDING = REFUSALS | {"partially_disclosed"}
# a withdrawal decides nothing the applicant could contest: its notice has no remedies paragraph
WITHOUT_REMEDIES = {"closed_other"}
# Art. 35 has no counterpart in the 2008 Regulations
ONLY_2019 = {"reasons_request", "delayed_reply_notice"}


def make_case(**over):
    base = {
        "case_no": "SHFG-2026-0007",
        "agency": "shfg",
        "state": "replied",
        "regime": "GIR2019",
        "outcome": "disclosed",
        "basis": "provided",
        "received": "2026-02-06",
        "concluded": "2026-03-02",
        "applicant_name": "张三",
        "applicant_type": "natural_person",
        "id_number": ID_NUMBER,
        "phone": "13812345678",
        "address": "上海市黄浦区某路1号",
        "email": "zhangsan@example.cn",
        "subject": "2025年度部门预算执行情况",
        "channel": "online",
        "clocks": [
            {
                "kind": "reply",
                "status": "running",
                "started": "2026-02-06",
                "due": "2026-03-13",
                "target": "2026-03-12",
                "provisional": False,
                "party": "",
            },
        ],
        "letter_no": "沪发改依申〔2026〕12号",
        "letter": {},
    }
    base.update(over)
    return base


AGENCY = {
    "code": "shfg",
    "name": "上海市发展和改革委员会",
    "prefix": "沪发改",
    "settings": {
        "address": "上海市人民大道200号",
        "contact": "王五",
        "phone": "021-23112311",
        "seal_line": "（政府信息公开专用章）",
        "letter_no_pattern": "{prefix}依申〔{year}〕{seq}号",
        "reconsideration_body": "上海市人民政府",
        "reconsideration_department": "国家发展和改革委员会",
        "court": "上海市黄浦区人民法院",
        "payment_instructions": "通过上海市非税收入缴款平台缴纳",
    },
}

EXTRAS = {
    "acknowledgement": {},
    "correction_notice": {
        "items": ["请明确所需文件的名称或文号", "请说明所需信息的时间范围"],
        "correct_by": "2026-02-20",
    },
    "extension_notice": {
        "days": 20,
        "reason": "申请公开的信息涉及多个处室，需要调阅档案",
        "new_due": "2026-04-10",
    },
    "reasons_request": {"answer_by": "2026-02-20"},
    "delayed_reply_notice": {
        "due": "2026-05-29",
        "reason": "您申请公开的信息共计三百余项，需逐项检索、审查",
        "reasons_asked": "2026-02-10",
        "answer_by": "2026-02-20",
        "reasons_answered": "2026-02-16",
    },
    "consultation_letter": {
        "party_kind": "third_party",
        "party_name": "某某建设有限公司",
        "answer_due": "2026-03-06",
    },
    "consultation_notice_applicant": {"party_kind": "third_party", "sent_on": "2026-02-10"},
    "public_interest_notice": {
        "party_kind": "third_party",
        "party_name": "某某建设有限公司",
        "reasons": "该信息涉及公共安全，不公开可能对公共利益造成重大影响",
    },
    "fee_notice": {"fee_basis": "per_page", "quantity": 240, "amount": "1200", "pay_by": "2026-03-30"},
    "reply": {
        "reasons": "具体理由见上。",
        "where_published": "本委门户网站“政府信息公开”专栏",
        "withheld_ground": "withheld_third_party_rights",
    },
}


def text(kind="reply", issued_on=ISSUED, fmt="txt", agency=AGENCY, **over):
    over.setdefault("letter", dict(EXTRAS[kind]))
    return render_letter(kind, make_case(**over), agency, issued_on=issued_on, fmt=fmt)


def docx_paragraphs(data: bytes):
    return [p for p in Document(io.BytesIO(data)).paragraphs if p.text.strip()]


# --------------------------------------------------------------------------------------------- index


def test_letter_kinds_come_from_the_index():
    assert set(LETTER_KINDS) == set(EXTRAS)
    assert set(letters_index()["regimes"]["GIR2019"]["letters"]) == set(EXTRAS)
    assert set(letters_index()["regimes"]["GIR2008"]["letters"]) == set(EXTRAS) - ONLY_2019


def test_index_covers_the_vocabulary(shared_domain):
    vocab = (shared_domain / "vocabulary.md").read_text(encoding="utf-8")
    outcomes = re.findall(r"^\| `([a-z_]+)` \| （", vocab, flags=re.M)
    basis_text = vocab[vocab.index("Reply basis codes") : vocab.index("## Table 三 row keys")]
    bases = set(re.findall(r"`([a-z_]+)`", basis_text))
    assert len(outcomes) == 21 and len(bases) == 12
    assert sorted({c[0] for c in COMBOS}) == sorted(outcomes)
    for regime in ("GIR2019", "GIR2008"):
        reply = letters_index()["regimes"][regime]["letters"]["reply"]
        assert list(reply["outcomes"]) == outcomes
        assert set(reply["bases"]) == bases
        combos = {(o, b) for o, b, _, _ in COMBOS}
        declared = {(o, b) for o, e in reply["outcomes"].items() for b in (e["bases"] or [None])}
        assert declared == combos
        assert {o for o, e in reply["outcomes"].items() if e.get("refusal_14_16")} == WITHHOLDING


def test_reconsideration_first_date_is_data():
    eras = letters_index()["remedies"]["eras"]
    firsts = [e["from"] for e in eras if e.get("reconsideration_first")]
    assert firsts == [date(2024, 1, 1)]


# --------------------------------------------------------------------------------------------- replies


@pytest.mark.parametrize("regime", ["GIR2019", "GIR2008"])
@pytest.mark.parametrize("outcome, basis, art2019, art2008", COMBOS)
def test_every_reply_renders_and_cites_its_article(regime, outcome, basis, art2019, art2008):
    article = art2019 if regime == "GIR2019" else art2008
    over = {"regime": regime, "outcome": outcome, "basis": basis}
    txt = text(**over)
    html = text(fmt="html", **over)
    doc = text(fmt="docx", **over)
    assert isinstance(txt, str) and isinstance(html, str) and isinstance(doc, bytes)
    if article:
        assert article in txt and re.search(r"根据[^。]*" + re.escape(article), txt)
        assert article in html
    else:
        assert "根据" not in txt
    remedies = outcome not in WITHOUT_REMEDIES
    assert ("申请行政复议" in txt) is remedies and ("申请行政复议" in html) is remedies
    assert "SHFG-2026-0007" in txt and "2025年度部门预算执行情况" in txt
    # issued 2026: reconsideration first exactly for the replies that withhold, wholly or in part
    assert (FIRST in txt) is (outcome in WITHHOLDING)
    assert ("六个月" in txt) is (remedies and outcome not in WITHHOLDING)
    paragraphs = [p.text for p in docx_paragraphs(doc)]
    assert any("申请行政复议" in p for p in paragraphs) is remedies
    assert any(article in p for p in paragraphs) if article else True
    assert paragraphs[-1] == "2026年3月2日"


@pytest.mark.parametrize("outcome", sorted(WITHHOLDING))
def test_reconsideration_first_from_2024(outcome):
    basis = "partial" if outcome == "partially_disclosed" else "withheld"
    before = text(outcome=outcome, basis=basis, issued_on=date(2023, 12, 31))
    after = text(outcome=outcome, basis=basis, issued_on=date(2024, 1, 1))
    assert FIRST in after and "《中华人民共和国行政复议法》第二十三条" in after
    assert "六个月" not in after and "十五日内" in after
    assert FIRST not in before and "六个月" in before
    assert "《中华人民共和国行政复议法》第九条" in before  # the law in force in 2023
    assert "《中华人民共和国行政复议法》第二十条" in after


@pytest.mark.parametrize(
    "issued_on, bodies",
    [
        (date(2023, 12, 31), "向上海市人民政府或者国家发展和改革委员会申请行政复议"),
        (date(2024, 1, 1), "向上海市人民政府申请行政复议"),
        (date(2026, 3, 2), "向上海市人民政府申请行政复议"),
    ],
)
@pytest.mark.parametrize(
    "outcome, basis",
    [("disclosed", "provided"), ("unavailable_not_held", "not_exist"), ("declined_repeat", "repeat")],
)
def test_no_reconsideration_first_for_replies_that_withhold_nothing(outcome, basis, issued_on, bodies):
    out = text(outcome=outcome, basis=basis, issued_on=issued_on)
    assert FIRST not in out
    assert bodies + "，或者自收到本答复之日起六个月内" in out
    assert "《中华人民共和国行政诉讼法》第四十六条的规定向上海市黄浦区人民法院提起行政诉讼" in out


@pytest.mark.parametrize(
    "issued_on, period, article",
    [
        # 行政诉讼法 (1989) Art. 39 until the 2014 amendment came into force on 2015-05-01 (Art. 46)
        (date(2015, 4, 30), "三个月", "第三十九条"),
        (date(2015, 5, 1), "六个月", "第四十六条"),
    ],
)
def test_it_gives_the_period_to_sue_of_the_administrative_litigation_law_in_force(issued_on, period, article):
    out = text(outcome="disclosed", basis="provided", issued_on=issued_on)
    assert f"或者自收到本答复之日起{period}内，依照《中华人民共和国行政诉讼法》{article}的规定" in out


@pytest.mark.parametrize(
    "issued_on, bodies",
    [
        # 行政复议法 (2017) Art. 12: a department's act, at the applicant's choice
        (date(2023, 12, 31), "向上海市人民政府或者国家发展和改革委员会申请行政复议"),
        # 行政复议法 (2023) Art. 24: the government at the same level
        (date(2024, 1, 1), "向上海市人民政府申请行政复议"),
    ],
)
def test_it_names_the_reconsideration_bodies_of_the_era_of_issue(issued_on, bodies):
    out = text(outcome="withheld_state_secret", basis="withheld", issued_on=issued_on)
    assert bodies in out
    assert "国家发展和改革委员会" not in out or issued_on < date(2024, 1, 1)


@pytest.mark.parametrize(
    "issued_on, missing",
    [(date(2026, 3, 2), "reconsideration_body"), (date(2023, 12, 31), "reconsideration_department")],
)
@pytest.mark.parametrize("kind", ["reply", "public_interest_notice"])
def test_it_refuses_a_letter_with_remedies_when_the_agency_lacks_the_eras_bodies(kind, issued_on, missing):
    settings = {k: v for k, v in AGENCY["settings"].items() if k != missing}
    agency = {**AGENCY, "settings": settings}
    with pytest.raises(ValidationError, match=f"agency shfg has no setting {missing}.*disclosure agency set shfg"):
        text(kind, agency=agency, issued_on=issued_on)


def test_letters_without_remedies_need_no_reconsideration_body():
    agency = {"code": "x", "name": "某县某局"}
    out = text("acknowledgement", agency=agency)
    assert "申请行政复议" not in out and "（印章）" in out and "联系人" not in out


def test_reply_specific_wording():
    out = text(
        outcome="unavailable_not_held",
        basis="not_this_agency",
        letter={"other_agency": "上海市财政局", "other_agency_contact": "021-12345"},
    )
    assert "由上海市财政局负责公开（联系方式：021-12345）" in out
    out = text(
        outcome="disclosed",
        basis="already_public",
        letter={"where_published": "本委门户网站“财政预决算”栏目"},
    )
    assert "本委门户网站“财政预决算”栏目" in out
    out = text(outcome="disclosed", basis="provided", letter={"attachments": ["预算执行情况表.pdf"]})
    assert "（见附件）" in out and "附件：\n　　1. 预算执行情况表.pdf" in out
    out = text(outcome="withheld_third_party_rights", basis="withheld")
    assert "商业秘密、个人隐私" in out
    out = text(outcome="closed_other", basis=None, letter={"how": "书面", "withdrawn_on": "2026-02-10"})
    assert out.count("政府信息公开申请终止处理告知书") == 1 and "2026年2月10日，您以书面方式撤回了该申请" in out


def test_reply_basis_rules():
    assert resolve_reply("GIR2019", "disclosed", None)["basis"] == "provided"
    assert resolve_reply("GIR2019", "withheld_state_secret", None)["basis"] == "withheld"
    assert resolve_reply("GIR2019", "closed_other", None)["basis"] is None
    with pytest.raises(ValidationError):
        text(outcome="disclosed", basis="withheld")
    with pytest.raises(ValidationError):
        text(outcome="no_such_outcome", basis=None)
    with pytest.raises(ValidationError):
        text(outcome=None, basis=None)


def test_reply_partial_needs_reasons():
    with pytest.raises(UndefinedError):
        text(outcome="partially_disclosed", basis="partial", letter={})


# --------------------------------------------------------------------------------------------- other kinds


@pytest.mark.parametrize(
    "kind, regime",
    [(k, r) for r in ("GIR2019", "GIR2008") for k in EXTRAS if k != "reply" and not (r == "GIR2008" and k in ONLY_2019)],
)
def test_every_letter_kind_renders(kind, regime):
    title = letters_index()["regimes"][regime]["letters"][kind]["title"]
    txt = text(kind, regime=regime)
    html = text(kind, regime=regime, fmt="html")
    paragraphs = docx_paragraphs(text(kind, regime=regime, fmt="docx"))
    for out in (txt, html):
        assert title in out and "上海市发展和改革委员会" in out and "2026年3月2日" in out
    assert paragraphs[1].text == title
    assert ("申请行政复议" in txt) is (kind == "public_interest_notice")


def test_kind_specific_content():
    out = text("acknowledgement")
    assert "张三：" in out and f"证件号码：{ID_NUMBER}" in out  # letters may show the full ID
    assert "答复期限届满日为2026年3月13日" in out and "互联网（网上申请）" in out
    out = text("correction_notice")
    assert "1. 请明确所需文件的名称或文号" in out and "2. 请说明所需信息的时间范围" in out
    assert "2026年2月20日前" in out and "视为放弃申请" in out and LAW + "第二十九条、第三十条" in out
    assert "视为放弃申请" not in text("correction_notice", regime="GIR2008")
    out = text("extension_notice")
    assert "延长20个工作日" in out and "2026年4月10日" in out and "第三十三条第二款" in out
    out = text("fee_notice")
    assert "按量计收" in out and "240页" in out and "1,200.00元" in out and "2026年3月30日前" in out
    assert "通过上海市非税收入缴款平台缴纳" in out
    assert "检索、复制、邮寄等成本费用" in text("fee_notice", regime="GIR2008")
    assert "二十个工作日" not in text("fee_notice", regime="GIR2008")  # no payment window in 2008


def test_only_the_reply_takes_the_cases_letter_number():
    assert "沪发改依申〔2026〕12号" in text("reply")
    assert "沪发改依申〔2026〕12号" not in text("acknowledgement")
    out = text("extension_notice", letter={**EXTRAS["extension_notice"], "letter_no": "沪发改延〔2026〕3号"})
    assert "沪发改延〔2026〕3号" in out


def test_consultation_letters():
    out = text("consultation_letter")
    assert "某某建设有限公司：" in out and LAW + "第三十二条" in out and "2026年3月6日前" in out
    assert "张三" not in out and ID_NUMBER not in out  # the applicant is not named to the third party
    agency_letter = text(
        "consultation_letter",
        letter={**EXTRAS["consultation_letter"], "party_kind": "agency", "party_name": "上海市财政局"},
    )
    assert LAW + "第三十四条" in agency_letter and "视为同意公开" in agency_letter
    assert LAW + "第七条" in text(
        "consultation_letter",
        regime="GIR2008",
        letter={**EXTRAS["consultation_letter"], "party_kind": "agency"},
    )
    notice = text("consultation_notice_applicant")
    assert "张三：" in notice and "不计算在答复期限内" in notice and "某某建设有限公司" not in notice
    old = text("consultation_notice_applicant", regime="GIR2008", letter={"party_kind": "agency"})
    assert "不计算在答复期限内" not in old  # GIR2008: only third parties pause the clock
    with pytest.raises(ValidationError):
        text("consultation_letter", letter={**EXTRAS["consultation_letter"], "party_kind": "someone"})
    out = text("public_interest_notice")
    assert "某某建设有限公司：" in out and "如对本决定不服" in out and FIRST not in out


def test_missing_required_values_raise():
    case = make_case(letter=dict(EXTRAS["correction_notice"]))
    del case["letter"]["correct_by"]
    with pytest.raises(UndefinedError):
        render_letter("correction_notice", case, AGENCY, issued_on=ISSUED)
    for key in ("subject", "applicant_name", "received"):
        case = make_case()
        del case[key]
        with pytest.raises(UndefinedError):
            render_letter("reply", case, AGENCY, issued_on=ISSUED)
    with pytest.raises(UndefinedError):
        render_letter(
            "consultation_letter", make_case(letter={"party_kind": "third_party"}), AGENCY, issued_on=ISSUED
        )


def test_unknown_kind_format_or_regime():
    with pytest.raises(ValidationError):
        text("reply", fmt="pdf")
    with pytest.raises(ValidationError):
        render_letter("no_such_letter", make_case(), AGENCY, issued_on=ISSUED)
    with pytest.raises(ValidationError):
        text(regime="GIR2030")


def test_html_escapes_the_applicants_subject():
    html = text(fmt="html", subject="<script>alert(1)</script>预算")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;预算" in html
    assert "<script>alert(1)</script>预算" in text(subject="<script>alert(1)</script>预算")


# --------------------------------------------------------------------------------------------- docx


def test_docx_layout():
    data = text(outcome="withheld_state_secret", basis="withheld", fmt="docx")
    paras = docx_paragraphs(data)
    head, title, number, addressee = paras[:4]
    assert head.text == "上海市发展和改革委员会" and head.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert str(head.runs[0].font.color.rgb) == "C00000"
    assert title.text == "政府信息公开申请答复书" and title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert number.text == "沪发改依申〔2026〕12号" and number.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert addressee.text == "张三："
    remedies = [p for p in paras if "申请行政复议" in p.text]
    assert len(remedies) == 1 and FIRST in remedies[0].text
    assert remedies[0].paragraph_format.first_line_indent == Pt(32)
    assert paras[-1].text == "2026年3月2日" and paras[-1].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert paras[-2].text == "（政府信息公开专用章）" and paras[-3].text == "上海市发展和改革委员会"
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.RIGHT for p in paras[-3:])

    def east_asia(p):
        return p.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia"))

    assert east_asia(title) == "方正小标宋简体"
    assert east_asia(remedies[0]) == "仿宋_GB2312"
    assert Document(io.BytesIO(data)).core_properties.title == "政府信息公开申请答复书"


def test_docx_without_letter_number():
    data = text("acknowledgement", fmt="docx", letter_no=None)
    paras = docx_paragraphs(data)
    assert paras[1].text == "政府信息公开申请接收回执" and paras[2].text == "张三："


# --------------------------------------------------------------------------------------------- helpers


def test_letter_number_and_message():
    assert letter_number(AGENCY, year=2026, seq=12) == "沪发改依申〔2026〕12号"
    assert letter_number({"name": "x", "prefix": "某"}, year=2026, seq=3) == "某依申〔2026〕3号"
    with pytest.raises(ValidationError):
        letter_number({"settings": {"letter_no_pattern": "{nope}"}}, year=2026, seq=1)
    msg = letter_message("reply", make_case(letter={}), AGENCY, issued_on=ISSUED)
    assert msg.subject == "政府信息公开申请答复书（沪发改依申〔2026〕12号）"
    assert "申请行政复议" in msg.text and msg.html.lstrip().startswith("<!DOCTYPE html>")


# --------------------------------------------------------------------------------------------- issue 12


@pytest.mark.parametrize(
    "regime, ground, finding, article",
    [
        ("GIR2019", "withheld_third_party_rights", "涉及商业秘密、个人隐私等", LAW + "第十五条"),
        ("GIR2019", "withheld_process_information", "过程性信息", LAW + "第十六条第二款"),
        ("GIR2008", "withheld_state_secret", "属于国家秘密", LAW + "第十四条第四款"),
    ],
)
def test_it_cites_the_ground_of_the_withheld_part_of_a_partial_disclosure(regime, ground, finding, article):
    out = text(outcome="partially_disclosed", basis="partial", regime=regime, letter={"withheld_ground": ground})
    withheld = next(p for p in out.splitlines() if p.strip().startswith("该部分内容"))
    assert finding in withheld and f"根据{article}的规定，不予公开。" in withheld
    # the clerk gave no reasons: no paragraph stands in for them, the remedies follow the ground
    after = out.split("说明理由如下：\n", 1)[1].splitlines()
    assert after[0] == withheld and after[1].strip().startswith("如对本答复不服")
    assert "依法答复" not in out


def test_a_partial_disclosure_adds_the_clerks_reasons_after_its_ground():
    out = text(
        outcome="partially_disclosed",
        basis="partial",
        letter={"withheld_ground": "withheld_third_party_rights", "reasons": "其中涉及的个人身份证号码已作遮盖处理。"},
    )
    lines = [line.strip() for line in out.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.startswith("该部分内容"))
    assert lines[at + 1] == "其中涉及的个人身份证号码已作遮盖处理。"


def test_it_refuses_a_withheld_ground_that_is_not_a_withholding_code():
    with pytest.raises(ValidationError, match="withheld_ground 'unavailable_not_held'"):
        text(outcome="partially_disclosed", basis="partial", letter={"withheld_ground": "unavailable_not_held"})


def test_an_already_public_reply_has_no_default_for_where_to_find_it():
    with pytest.raises(UndefinedError, match="where_published"):
        text(outcome="disclosed", basis="already_public", letter={})
    out = text(outcome="disclosed", basis="already_public", letter={"where_published": "本委门户网站“规划计划”栏目"})
    assert "现告知您获取该政府信息的方式和途径：本委门户网站“规划计划”栏目。" in out
    assert "本机关门户网站政府信息公开专栏" not in out


@pytest.mark.parametrize("regime", ["GIR2019", "GIR2008"])
def test_the_consultation_letter_to_an_agency_has_no_drafting_leftover(regime):
    out = text("consultation_letter", regime=regime,
               letter={**EXTRAS["consultation_letter"], "party_kind": "agency", "party_name": "上海市财政局"})
    assert "或者公开前需要贵机关同意" not in out and "上海市财政局：" in out


def test_the_excessive_refusal_says_reasons_were_asked_only_when_they_were():
    answered = text(outcome="declined_excessive", basis="excessive",
                    letter={"reasons_asked": "2026-02-10", "answer_by": "2026-02-20", "reasons_answered": "2026-02-16"})
    assert "本机关已于2026年2月10日要求您说明理由。您于2026年2月16日作出了说明，经审查，本机关认为申请理由不合理。" in answered
    silent = text(outcome="declined_excessive", basis="excessive",
                  letter={"reasons_asked": "2026-02-10", "answer_by": "2026-02-20"})
    assert "您未在本机关要求的期限（2026年2月20日前）内说明理由。" in silent and "认为申请理由不合理" not in silent
    never = text(outcome="declined_excessive", basis="excessive", letter={})
    assert "要求您说明理由" not in never and "本机关对您的申请不予处理" in never


def test_the_reasons_request_and_the_delayed_reply_notice():
    asked = text("reasons_request")
    assert "请您于2026年2月20日前向本机关书面说明理由" in asked and LAW + "第三十五条" in asked
    assert "政府信息公开申请要求说明理由告知书" in asked and "申请行政复议" not in asked
    delayed = text("delayed_reply_notice")
    assert "政府信息公开申请延迟答复告知书" in delayed
    assert "本机关已于2026年2月10日要求您说明理由，您于2026年2月16日作出了说明。" in delayed
    assert "确定延迟答复的合理期限，将于2026年5月29日前对您的申请作出答复" in delayed
    assert "因您申请公开的信息共计三百余项，需逐项检索、审查，无法在法定期限内答复" in delayed


def test_the_gir2008_acknowledgement_excludes_only_third_party_consultation():
    old = text("acknowledgement", regime="GIR2008")
    assert "征求第三方意见所需时间依法不计算在答复期限内" in old
    assert "信息处理费" not in old and "补正" not in old
    new = text("acknowledgement")
    assert "收取信息处理费的" in new


def test_the_gir2008_confirmation_letter_uses_the_2008_definition():
    old = text(outcome="declined_confirmation", basis=None, regime="GIR2008", letter={})
    assert "政府信息是指行政机关在履行职责过程中制作或者获取的，以一定形式记录、保存的信息" in old
    assert "履行行政管理职能" not in old
    new = text(outcome="declined_confirmation", basis=None, letter={})
    assert "政府信息是指行政机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息" in new
