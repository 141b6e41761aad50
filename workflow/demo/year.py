"""The demo: a district bureau's year of applications, advanced through the real engine.

Every case is registered and moved with ``CaseEngine.fire`` on its own effective dates, so the demo
exercises the same rules, clocks, guards and audit trail as production. The mix (channels,
applicant types, corrections, consultations, fees, extensions, outcomes, late replies,
reconsideration) is drawn from a seeded random generator, so two runs give the same database.
"""

from __future__ import annotations

import heapq
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from workflow.app import Services
from workflow.definitions.checklist import evaluate
from workflow.demo.samples import sample_pdf, sample_png
from workflow.store.case_file import file_facts
from workflow.store.db import read, write
from workflow.store.repository import Repository

GOVERNMENT = ("LZQ", "临沂市罗庄区人民政府", "LZQ")
AGENCY = ("LZYJ", "临沂市罗庄区应急管理局", "罗应急")
AGENCY_SETTINGS = {
    "address": "罗庄区双月园路11号", "phone": "0539-8246747", "postcode": "276017",
    "seal_line": "临沂市罗庄区应急管理局（印章）", "reconsideration_body": "临沂市罗庄区人民政府",
    "reconsideration_department": "临沂市应急管理局",
    "court": "临沂市罗庄区人民法院", "letter_no_pattern": "{prefix}依申复〔{year}〕{seq}号",
    "payment_instructions": "通过山东省非税收入缴款平台缴纳（缴款码随本通知书送达），或到罗庄区双月园路11号"
                            "区应急管理局办公室缴纳",
}
USERS = {  # username: (display name, role, e-mail)
    "wangfang": ("王芳", "clerk", "wangfang@lzyj.example.gov.cn"),
    "liujun": ("刘军", "clerk", "liujun@lzyj.example.gov.cn"),
    "lijing": ("李静", "reviewer", "lijing@lzyj.example.gov.cn"),
    "zhaomin": ("赵敏", "head", "zhaomin@lzyj.example.gov.cn"),
    "chenjie": ("陈杰", "supervisor", "chenjie@lzq.example.gov.cn"),
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "桂兰"]
COMPANIES = ["临沂鑫源化工有限公司", "山东罗庄建材有限公司", "临沂华兴物流有限公司", "罗庄区顺达运输有限公司"]
SUBJECTS = [
    "2024年度辖区安全生产执法检查计划", "某化工企业安全评价报告及备案情况", "某道路交通事故调查报告",
    "辖区危险化学品经营许可名单", "本局2025年部门预算及三公经费", "某企业行政处罚决定书",
    "应急避难场所建设情况", "防汛抗旱应急预案", "安全生产举报奖励发放情况", "某建设项目安全设施竣工验收意见",
]
OUTCOME_WEIGHTS = [
    ("disclosed", "provided", 40), ("disclosed", "already_public", 12), ("partially_disclosed", "partial", 8),
    ("withheld_third_party_rights", "withheld", 2), ("withheld_process_information", "withheld", 3),
    ("withheld_enforcement_file", "withheld", 2), ("withheld_internal_affairs", "withheld", 1),
    ("unavailable_not_held", "not_exist", 12), ("unavailable_not_held", "not_this_agency", 4),
    ("unavailable_needs_creation", "needs_creation", 5), ("declined_petition", "petition", 3),
    ("declined_repeat", "repeat", 2), ("declined_publication", "publication", 1),
]
# What the clerk enters with a decision beyond its outcome: where an already public item is found
# (Art. 36(一)), the ground of a partial disclosure's withheld part and the clerk's own reasons
# (Art. 37). Other decisions carry no reasons of their own: their letters say what the law says.
DECISION_FACTS: dict[tuple[str, str], dict[str, str]] = {
    ("disclosed", "already_public"): {"where_published": "临沂市罗庄区人民政府门户网站“政府信息公开—罗庄区应急管理局”栏目"},
    ("partially_disclosed", "partial"): {
        "withheld_ground": "withheld_third_party_rights",
        "reasons": "其中涉及的企业负责人姓名、联系方式属于个人信息，已作遮盖处理。",
    },
}
# the channels whose application arrives on paper (scanned into the case file by the demo)
PAPER_CHANNELS = ("post_signed", "post_ordinary", "in_person", "oral", "fax")
CHANNEL_WEIGHTS = [("online", 45), ("post_signed", 20), ("in_person", 15), ("email", 10), ("post_ordinary", 5),
                   ("fax", 2), ("oral", 3)]
APPLICANT_WEIGHTS = [("natural_person", 85), ("commercial_enterprise", 9), ("legal_service_org", 3),
                     ("research_institution", 1), ("social_welfare_org", 1), ("other_org", 1)]


def _pick(rng: random.Random, weighted: list[tuple[Any, ...]]) -> tuple[Any, ...]:
    return rng.choices(weighted, weights=[w[-1] for w in weighted])[0]


def _id_number(rng: random.Random) -> str:
    from workflow.identity import id_check_digit

    birth = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 50 * 365))
    first17 = f"371311{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return first17 + id_check_digit(first17)


@dataclass
class DemoResult:
    cases: int = 0
    transitions: int = 0
    by_state: Counter = field(default_factory=Counter)
    by_outcome: Counter = field(default_factory=Counter)
    replied_on_time: int = 0
    replied_late: int = 0
    attachments: int = 0


class DemoBuilder:
    """Plans and fires one case at a time; ``fire`` picks the user by the trigger's role."""

    def __init__(self, services: Services, year: int, seed: int = 2025) -> None:
        self.s = services
        self.cal = services.calendar
        self.year = year
        self.rng = random.Random(seed)
        # repeats and conversions to proactive disclosure draw from their own stream, so that every
        # other case of a seed comes out as it did before they were added
        self.extra_rng = random.Random(seed + 1)
        self.transitions = 0
        self.attachments = 0
        self.registered: dict[str, dict[str, Any]] = {}
        self.answered: list[tuple[str, dict[str, Any]]] = []  # (case_no, registration data) once signed off
        self.repeats: dict[str, str] = {}  # a case registered as a repeat -> the earlier case it repeats

    def setup(self) -> None:
        with write(self.s.db) as conn:
            repo = Repository(conn)
            repo.add_agency(GOVERNMENT[0], GOVERNMENT[1], GOVERNMENT[2])
            agency_id = repo.add_agency(AGENCY[0], AGENCY[1], AGENCY[2], GOVERNMENT[0], AGENCY_SETTINGS)
            for name, (display, role, email) in USERS.items():
                repo.grant_role(repo.add_user(name, email=email, display_name=display), agency_id, role)

    def _actor(self, trigger: str, case_no: str) -> str:
        registry = self.s.registry
        roles = registry.get("GIR2019", registry.versions("GIR2019")[-1]).triggers[trigger].roles
        if "head" in roles:
            return "zhaomin"
        if "reviewer" in roles:
            return "lijing"
        return "wangfang" if hash(case_no) % 3 else "liujun"

    def fire(self, case_no: str, trigger: str, on: date, **data: Any) -> None:
        self.s.cases.fire(case_no, trigger, self._actor(trigger, case_no), on, data)
        self.transitions += 1

    def attach(self, case_no: str, content: bytes, filename: str, kind: str, event_seq: int | None = None) -> None:
        """A sample file in the case file, as a clerk scans and uploads it (no random draw: the cases
        come out as they would without it)."""
        self.s.attachments.attach(case_no, self._actor("accept", case_no), content, filename=filename, kind=kind,
                                  event_seq=event_seq)
        self.attachments += 1

    def file_case(self, case_no: str) -> None:
        """What a clerk files before archiving: the letters printed, and a scan for every item of the
        archive checklist an attachment meets that is not on file (the paper application, the signed
        return receipt, a third party's written opinion)."""
        self.s.make_letters(case_no)
        with read(self.s.db) as conn:
            repo = Repository(conn)
            case = repo.load_case(case_no)
            definition = self.s.registry.get(case["definition_name"], case["definition_version"])
            missing = [s.name for s in evaluate(definition, self.s.registry.vocabulary, file_facts(repo, case))
                       if not s.done]
        for name in missing:
            way = next((w for w in definition.file_checklist.items[name].ways if w.kind == "attachment"), None)
            if way is None:
                continue
            kind = way.values[0]
            content, filename = ((sample_png(), "送达回证.png") if kind == "proof_of_service"
                                 else (sample_pdf(case_no, kind), f"{kind}.pdf"))
            self.attach(case_no, content, filename, kind)

    def fee_due(self, case_no: str) -> Any:
        with read(self.s.db) as conn:
            repo = Repository(conn)
            return repo.pending_fee_notice(repo.load_case(case_no)["id"])["due"]

    def wd(self, start: date, n: int) -> date:
        return self.cal.add_working_days(start, n)

    def reply_due(self, case_no: str) -> date:
        with write(self.s.db) as conn:
            repo = Repository(conn)
            clocks = {c.kind: c for c in repo.load_clocks(repo.load_case(case_no)["id"])}
        return clocks["reply"].due_on

    def register(self, received: date) -> str:
        rng = self.rng
        channel = _pick(rng, CHANNEL_WEIGHTS)[0]
        applicant_type = _pick(rng, APPLICANT_WEIGHTS)[0]
        person = applicant_type == "natural_person"
        data: dict[str, Any] = {
            "agency": AGENCY[0], "channel": channel, "applicant_type": applicant_type,
            "applicant_name": rng.choice(SURNAMES) + rng.choice(GIVEN) if person else rng.choice(COMPANIES),
            "subject": rng.choice(SUBJECTS), "phone": f"13{rng.randrange(0, 10**9):09d}",
            "address": "山东省临沂市罗庄区" + rng.choice(["罗庄街道", "盛庄街道", "傅庄街道", "高都街道"]),
            "form": rng.choice(["paper", "electronic"]), "delivery": rng.choice(["post", "email"]),
        }
        if person:
            data["id_number"] = _id_number(rng)
        repeated = None
        if self.answered and self.extra_rng.random() < 0.03:  # the same applicant asks again (Art. 36(六))
            repeated, earlier = self.extra_rng.choice(self.answered)
            data.pop("id_number", None)
            data.update({k: earlier[k] for k in ("applicant_type", "applicant_name", "id_number", "subject") if k in earlier})
        rule = self.s.registry.vocabulary.get("channels", channel).extra["receipt_from"]
        if rule == "submitted":
            data["submitted"] = received
        else:
            data["submitted"] = received - timedelta(days=rng.choice([0, 1, 2]))
            data[rule] = received
        self.transitions += 1
        case_no = self.s.cases.register(self._actor("accept", ""), data, received).case_no
        if channel in PAPER_CHANNELS:  # a paper application is scanned into the case file
            self.attach(case_no, sample_pdf("Application for government information disclosure", case_no,
                                            f"Received {received.isoformat()}"), f"{case_no} 申请书扫描件.pdf",
                        "application", 1)
        self.registered[case_no] = data
        if repeated is not None:
            self.repeats[case_no] = repeated
        return case_no

    def run_case(self, received: date, horizon: date, out: list[str]) -> Iterator[date]:
        """Register one application and advance it as far as its plan and the horizon allow.

        A generator: it yields the date of each next step and performs the step when resumed, so
        the driver can run every case's steps in calendar order, sweeping deadlines day by day.
        """
        rng = self.rng
        yield received
        case_no = self.register(received)
        out.append(case_no)
        day = received
        if rng.random() < 0.08:  # unclear request: correction within the 7 working days
            day = self.wd(received, rng.randint(2, 5))
            correct_by = self.wd(day, 10)
            yield day
            self.fire(case_no, "request_correction", day, items="请明确所需信息的名称、文号或其他特征描述", correct_by=correct_by)
            if rng.random() < 0.3:
                if self.wd(correct_by, 1) > horizon:
                    return
                yield self.wd(correct_by, 1)
                self.fire(case_no, "lapse_correction", self.wd(correct_by, 1))
                return
            day = self.wd(day, rng.randint(2, 8))
            yield day
            self.fire(case_no, "receive_correction", day, text="补正后的申请")
        else:
            day = self.wd(received, 1)
            yield day
            self.fire(case_no, "accept", day)
        if rng.random() < 0.05:
            withdrawn = self.wd(day, rng.randint(1, 5))
            yield withdrawn
            self.fire(case_no, "withdraw", withdrawn, how="申请人书面撤回")
            return
        outcome, basis, _ = _pick(rng, OUTCOME_WEIGHTS)
        if case_no in self.repeats:
            outcome, basis = "declined_repeat", "repeat"
        elif outcome == "declined_repeat":  # declined as a repeat only with an earlier case to link to
            outcome, basis = "unavailable_not_held", "not_exist"
        if outcome in ("disclosed", "partially_disclosed", "withheld_third_party_rights") and rng.random() < 0.25:
            party = rng.choice(COMPANIES)
            day = self.wd(day, rng.randint(1, 4))
            yield day
            self.fire(case_no, "consult", day, party_kind="third_party", party_name=party)
            if rng.random() < 0.15:
                lapse = self.wd(day, 16)
                if lapse > horizon:
                    return
                yield lapse
                self.fire(case_no, "lapse_consultation", lapse, party_name=party)
                day = lapse
            else:
                day = self.wd(day, rng.randint(4, 14))
                yield day
                self.fire(case_no, "record_opinion", day, party_name=party, opinion=rng.choice(["agree", "object"]))
        if outcome in ("disclosed", "partially_disclosed") and rng.random() < 0.05:
            day = self.wd(day, 1)
            yield day
            self.fire(case_no, "notify_fee", day, charge_method="by_volume", pages=rng.randint(120, 400))
            if rng.random() < 0.2:
                lapse = self.wd(self.wd(day, 20), 1)
                if lapse > horizon:
                    return
                yield lapse
                self.fire(case_no, "lapse_fee", lapse)
                return
            day = self.wd(day, rng.randint(2, 10))
            yield day
            self.fire(case_no, "record_payment", day, amount=self.fee_due(case_no))
        due = self.reply_due(case_no)
        if rng.random() < 0.06:
            ext_on = max(day, self.wd(due, -3))
            yield ext_on
            self.fire(case_no, "extend", ext_on, days=rng.choice([10, 15, 20]), reason="需调取档案，无法按期答复")
            day, due = ext_on, self.reply_due(case_no)
        late = rng.random() < 0.04
        decide_on = max(day, self.wd(due, rng.randint(-12, -4)) if not late else self.wd(due, 1))
        sign_on = self.wd(decide_on, 2 if not late else 3)
        if sign_on > horizon:
            return
        yield decide_on
        if case_no in self.repeats:
            self.fire(case_no, "link_repeat", decide_on, earlier=self.repeats[case_no])
        self.fire(case_no, "decide", decide_on, outcome=outcome, basis=basis, **DECISION_FACTS.get((outcome, basis), {}))
        if self.s.registry.vocabulary.get("outcomes", outcome).extra.get("releases_information"):
            yield self.wd(decide_on, 1)
            self.fire(case_no, "clear_review", self.wd(decide_on, 1), opinion="经审查，不涉及国家秘密")
        extra = {"late_reason": "涉及多个科室会签，签发延误"} if sign_on > due else {}
        yield sign_on
        self.fire(case_no, "sign_off", sign_on, **extra)
        self.answered.append((case_no, self.registered[case_no]))
        delivered = self.wd(sign_on, 1)
        if delivered > horizon:
            return
        yield delivered
        method = rng.choice(["post", "email"])
        self.fire(case_no, "record_delivery", delivered, method=method)
        if method == "post":  # the signed return receipt (送达回证), scanned, on the delivery event
            with read(self.s.db) as conn:
                seq = Repository(conn).load_case(case_no)["last_event_seq"]
            self.attach(case_no, sample_png(), f"{case_no} 送达回证.png", "proof_of_service", seq)
        if outcome == "disclosed" and self.extra_rng.random() < 0.1 and self.wd(delivered, 3) <= horizon:
            yield self.wd(delivered, 3)  # Art. 44: several applicants asked for it; published proactively
            self.fire(case_no, "convert_to_proactive", self.wd(delivered, 3), published=self.wd(delivered, 2),
                      location="临沂市罗庄区人民政府门户网站“政府信息公开”栏目", ground="several_applicants")
        if rng.random() < 0.8 and self.wd(delivered, 5) <= horizon:
            yield self.wd(delivered, 5)
            self.file_case(case_no)
            self.fire(case_no, "archive", self.wd(delivered, 5), file_no=f"{self.year}-WS-{case_no[-4:]}")
        return


def run_demo(services: Services, *, year: int, cases: int = 200, recent: int = 8, seed: int = 2025,
             progress: Callable[[int], None] | None = None,
             on_new_day: Callable[[date], None] | None = None) -> DemoResult:
    """Build the demo database: ``cases`` applications received in ``year``, ``recent`` open ones now.

    Every case's steps run in calendar order across all cases; ``on_new_day`` is called with each
    business day before its first step (the demo runs the deadline sweep there).
    """
    builder = DemoBuilder(services, year, seed)
    builder.setup()
    today = services.today()
    cal = services.calendar
    days = [date(year, 1, 1) + timedelta(days=i) for i in range(365)]
    workdays = [d for d in days if cal.is_workday(d) and d < today]
    receipts = sorted(builder.rng.choice(workdays) for _ in range(cases))
    case_nos: list[str] = []
    queue: list[tuple[date, int, Iterator[date]]] = []
    for i, received in enumerate(receipts):
        steps = builder.run_case(received, today, case_nos)
        heapq.heappush(queue, (next(steps), i, steps))
    current: date | None = None
    while queue:
        day, i, steps = heapq.heappop(queue)
        if day != current:
            current = day
            if on_new_day:
                on_new_day(day)
        try:
            heapq.heappush(queue, (steps.send(None), i, steps))
        except StopIteration:
            if progress:
                progress(1)
    # a few recent applications still open today, so alerts and the digest have something to say
    for i in range(recent):
        received = cal.add_working_days(today, -(3 + 3 * i))
        case_nos.append(builder.register(received))
        if i % 2 == 0:
            builder.fire(case_nos[-1], "accept", cal.add_working_days(received, 1))
        if progress:
            progress(1)
    _add_proceedings(builder, case_nos, today)
    return _summarise(services, builder, case_nos)


def _add_proceedings(builder: DemoBuilder, case_nos: list[str], today: date) -> None:
    """Reconsideration and litigation on some refusals, as the annual report's table 四 counts them."""
    with write(builder.s.db) as conn:
        repo = Repository(conn)
        refused = [c for c in case_nos if (row := repo.load_case(c))["outcome"]
                   and row["outcome"].startswith(("withheld", "unavailable")) and row["concluded_on"]]
    plans = [("reconsideration", "临沂市罗庄区人民政府", "upheld"), ("reconsideration", "临沂市罗庄区人民政府", None),
             ("litigation_direct", "临沂市罗庄区人民法院", "upheld")]
    for case_no, (kind, body, result) in zip(refused[:3], plans, strict=False):
        with write(builder.s.db) as conn:
            case = Repository(conn).load_case(case_no)
        filed = builder.wd(max(case["concluded_on"], case["last_event_on"]), 10)
        if filed > today:
            continue
        builder.fire(case_no, "record_proceeding", filed, kind=kind, filed=filed, body=body)
        if result and builder.wd(filed, 30) <= today:
            with write(builder.s.db) as conn:
                pid = Repository(conn).proceedings(case["id"])[-1]["id"]
            builder.fire(case_no, "decide_proceeding", builder.wd(filed, 30), proceeding=pid, result=result)


def _summarise(services: Services, builder: DemoBuilder, case_nos: list[str]) -> DemoResult:
    result = DemoResult(cases=len(case_nos), transitions=builder.transitions, attachments=builder.attachments)
    with write(services.db) as conn:
        repo = Repository(conn)
        for case_no in case_nos:
            case = repo.load_case(case_no)
            result.by_state[case["state"]] += 1
            if case["outcome"]:
                result.by_outcome[case["outcome"]] += 1
            reply = next((c for c in repo.load_clocks(case["id"]) if c.kind == "reply"), None)
            if reply and reply.status == "met":
                if reply.breached:
                    result.replied_late += 1
                else:
                    result.replied_on_time += 1
    return result
