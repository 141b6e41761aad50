"""``POST /api/v1/cases/{no}/events`` with ``archive``: an incomplete case file is refused with 422 and
the list of what is missing, nothing written; once filed, archiving is accepted."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from workflow.demo.samples import sample_pdf, sample_png


def test_archiving_waits_for_the_case_file(api):
    w = api.world
    case_no = w.register(on=date(2026, 11, 2))
    w.fire(case_no, "accept", date(2026, 11, 2))
    w.fire(case_no, "decide", date(2026, 11, 3), outcome="unavailable_not_held", basis="not_exist")
    w.fire(case_no, "sign_off", date(2026, 11, 4))
    w.fire(case_no, "record_delivery", date(2026, 11, 6), served_on="2026-11-05", method="post")
    client, url = api.client(w.clerk), f"/api/v1/cases/{quote(case_no)}/events"
    body = {"trigger": "archive", "effective_on": "2026-11-09", "data": {"file_no": "WS-1"}}
    refused = client.post(url, body, key="archive-1", if_match=w.case(case_no)["version"])
    assert refused.status_code == 422 and refused.json()["code"] == "refused"
    assert "案卷材料不齐，尚缺：申请书；送达回证" in refused.json()["message"]["zh"]
    assert w.state(case_no) == "replied"
    w.services.attachments.attach(
        case_no, w.clerk, sample_pdf("scan"), filename="申请书.pdf", kind="application"
    )
    w.services.attachments.attach(
        case_no, w.clerk, sample_png(), filename="回证.png", kind="proof_of_service"
    )
    accepted = client.post(url, body, key="archive-2", if_match=w.case(case_no)["version"])
    assert accepted.status_code == 201, accepted.text
    assert w.state(case_no) == "archived"
