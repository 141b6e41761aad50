"""The one masking rule (workflow.privacy), and that every place that masks uses it."""

from __future__ import annotations

import pytest
from helpers import VALID_ID_NUMBER

from workflow import privacy, templating
from workflow.privacy import mask_id_number, mask_name, mask_phone, redact_credentials


@pytest.mark.parametrize(
    ("name", "applicant_type", "masked"),
    [
        ("张三", "natural_person", "张*"),
        ("张三丰", "natural_person", "张**"),
        ("欧阳娜娜", "natural_person", "欧***"),  # a two-character family name keeps its first character
        ("张", "natural_person", "*"),  # keeping the one character would keep the whole name
        ("阿卜杜拉·买买提", "natural_person", "阿*******"),  # long names are masked too
        (" 李四 ", "natural_person", "李*"),
        ("李四", None, "李*"),  # type unknown: masked
        ("李四", "", "李*"),
        ("上海某某律师事务所", "legal_service_org", "上海某某律师事务所"),  # not personal data
        ("某某科技有限公司", "commercial_enterprise", "某某科技有限公司"),
        ("某", "other_org", "某"),
        ("", "natural_person", ""),
        (None, "natural_person", ""),
        (None, "commercial_enterprise", ""),
    ],
)
def test_names(name, applicant_type, masked):
    assert mask_name(name, applicant_type) == masked


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("371302199001011234", "3713**********1234"),
        (VALID_ID_NUMBER, "1101**********002X"),
        (" 371302199001011234 ", "3713**********1234"),
        ("123456789", "1234*6789"),
        ("12345678", "********"),  # too short to show any of it
        ("1", "*"),
        ("", ""),
        (None, ""),
    ],
)
def test_id_numbers(number, masked):
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("021-64321234", "021*****1234"),
        ("02164321234", "021****1234"),
        ("12345678", "123*5678"),
        ("1234567", "*****67"),  # too short for 3 + 4: the last two only
        ("12345", "***45"),
        ("1234", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_phones(phone, masked):
    assert mask_phone(phone) == masked


def test_templates_mask_by_the_same_rule():
    env = templating.make_environment()
    for name, kind in (("张", "natural_person"), ("欧阳娜娜", None), ("某某科技有限公司", "commercial_enterprise")):
        assert env.from_string("{{ n|mask_name(t) }}").render(n=name, t=kind) == mask_name(name, kind)
    assert env.from_string("{{ n|mask_name }}").render(n="张三") == "张*"
    assert env.from_string("{{ i|mask_id }} {{ p|mask_phone }}").render(i=VALID_ID_NUMBER, p="021-64321234") == (
        f"{mask_id_number(VALID_ID_NUMBER)} {mask_phone('021-64321234')}")


@pytest.mark.parametrize(
    ("applicant_type", "personal"), [("natural_person", True), (None, True), ("legal_service_org", False)])
def test_whose_name_is_personal_data(applicant_type, personal):
    assert privacy.is_personal_name(applicant_type) is personal


@pytest.mark.parametrize(
    "text, shown, hidden",
    [
        ("HTTP 404 / https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4",
         "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***", "693a91f6"),
        ("https://oapi.dingtalk.com/robot/send?access_token=abc123&timestamp=1&sign=x%2By",
         "https://oapi.dingtalk.com/robot/send?access_token=***&timestamp=***&sign=***", "abc123"),
        ("http://clerk:pa55@hooks.example.gov.cn:8443/in", "http://***@hooks.example.gov.cn:8443/in", "pa55"),
        ("https://open.feishu.cn/open-apis/bot/v2/hook/1f2e3d4c-5b6a-7980-aabb", "https://open.feishu.cn/open-apis/bot/v2/hook/***",
         "1f2e3d4c"),
        ("InvalidURL: URL can't contain control characters. '/hook?key=SECRET1\\n'", "'/hook?key=***", "SECRET1"),
        ("案件 罗应急-2026-0001 已送达", "案件 罗应急-2026-0001 已送达", "***"),
    ],
)
def test_it_redacts_the_credentials_of_a_webhook_url(text, shown, hidden):
    redacted = redact_credentials(text)
    assert shown in redacted and hidden not in redacted
    assert redact_credentials(redacted) == redacted and redact_credentials(None) == ""  # idempotent
