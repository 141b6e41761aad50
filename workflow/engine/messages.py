"""Every line the engine refuses with, Chinese first and English after the slash, built in one place.

The engine and its guards decide *that* something is refused and hand over the facts; this module
says it. Clerks read the Chinese half; the English half is for logs, tests and the API. A message
names what was wrong and what is allowed, so the caller can fix the input without reading Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def _or_none(items: Iterable[str], sep: str = ", ") -> str:
    return sep.join(items) or "(none)"


# -- dates, roles, state ------------------------------------------------------------------------

def effective_in_future(effective: date, today: date) -> str:
    return f"办理日期 {effective} 晚于今天 {today} / the effective date may not be in the future"


def effective_before_last_event(effective: date, last: date) -> str:
    return (f"办理日期 {effective} 早于该案上一事件日期 {last} / the effective date may not be before the case's "
            f"last event")


def role_required(actor: str, agency_code: str, trigger: str, trigger_label: str, labelled_roles: Iterable[str],
                  held: Iterable[str]) -> str:
    return (f"{actor} 在 {agency_code} 没有执行 {trigger}（{trigger_label}）的角色 / role required: "
            f"{'、'.join(labelled_roles)}; {actor} has: {', '.join(sorted(held)) or '(no role at this agency)'}")


def conflict(case_no: str, state: str, version: int, expected: int) -> str:
    return (f"案件 {case_no} 已被他人修改 / conflict: case {case_no} changed meanwhile (now in state {state}, "
            f"version {version}; you had version {expected}); nothing was written")


def unknown_trigger(trigger: str, state: str, allowed: Iterable[str]) -> str:
    return f"未知操作 {trigger!r} / unknown trigger; allowed now in state {state}: {_or_none(allowed)}"


def not_allowed_in_state(case_no: str, state: str, state_label: str, trigger: str, trigger_label: str,
                         allowed: Iterable[str]) -> str:
    return (f"{case_no} 处于“{state_label}”（{state}），不能执行 {trigger}（{trigger_label}） / not allowed in this "
            f"state; allowed now: {_or_none(allowed)}")


def no_transition(case_no: str, trigger: str) -> str:
    return f"{case_no}: 没有适用的转换 / no transition of {trigger} applies"


def late_without_reason(case_no: str, limits: Iterable[str]) -> str:
    return (f"{case_no}: 已超过法定期限（{'; '.join(limits)}），须说明原因: --set late_reason=… / the action comes "
            f"after its statutory limit and needs a late_reason")


# -- registration -------------------------------------------------------------------------------

def bad_register_date(key: str, problem: str) -> str:
    return f"register: {key}: {problem}"


def missing_channel() -> str:
    return "register: 缺少必填字段 channel（申请方式） / missing required field channel"


def unknown_channel(channel: str, channels: Iterable[str]) -> str:
    return f"申请方式无效 {channel!r} / channel must be one of: {', '.join(channels)}"


def channel_needs_date(channel: str, channel_label: str, field: str) -> str:
    return (f"{channel}（{channel_label}）须填写 {field} 日期（收到申请之日依此确定） / the {channel} channel needs "
            f"the {field} date")


def channel_takes_no_date(channel: str, channel_label: str, field: str, allowed: Iterable[str]) -> str:
    allowed = list(allowed)
    return (f"{channel}（{channel_label}）不使用 {field} 日期，可填 {'、'.join(allowed)} / the {channel} channel takes "
            f"no {field} date; allowed: {', '.join(allowed)}")


def date_before_submitted(field: str, value: date, submitted: date) -> str:
    return f"{field} 日期 {value} 早于提交日期 {submitted} / {field} may not be before submitted"


def received_after_registration(received: date, effective: date) -> str:
    return f"收到申请之日 {received} 晚于登记日期 {effective} / the date of receipt may not be after the registration date"


# -- guards: the reason after "<case> 不能执行 <trigger>（<label>）: " ------------------------------

def guard_failed(case_no: str, trigger: str, trigger_label: str, reason: str) -> str:
    return f"{case_no} 不能执行 {trigger}（{trigger_label}）: {reason}"


def must_be_after_effective(field: str, effective: date) -> str:
    return f"{field} 应晚于办理日期 {effective} / must be after the effective date"


def must_not_be_before_effective(field: str, effective: date) -> str:
    return f"{field} 不得早于办理日期 {effective} / must not be before the effective date"


def must_not_be_after_effective(field: str, effective: date) -> str:
    return f"{field} 不得晚于办理日期 {effective} / must not be after the effective date"


def only_once(trigger: str) -> str:
    return f"每个案件只能执行一次 {trigger} / {trigger} is allowed once per case and was already done"


def no_clock(kind: str, clock_label: str) -> str:
    return f"没有{clock_label} / no {kind} clock on this case"


def clock_not_expired(clock_label: str, due: date) -> str:
    return f"{clock_label}至 {due} 届满，届满后方可执行 / allowed only after {due}"


def window_over(concluded: date, days: int, until: date, setting: str) -> str:
    return (f"案件已于 {concluded} 办结，办结后 {days} 日内（至 {until}）可以更正 / allowed within {days} days of "
            f"the conclusion on {concluded}, until {until} (cases.{setting})")


def period_over(clock_label: str, due: date, article: str | None) -> str:
    return (f"{clock_label}已于 {due} 届满，延期须在期限内经批准并告知申请人（{article or '—'}）"
            f" / allowed only within the period in force, which ended on {due}")


def date_before_clock_due(field: str, value: date, kind: str, clock_label: str, due: date) -> str:
    return f"{field} {value} 早于现行{clock_label} {due} / must not be before the {kind} due date in force"


def no_consultation_of(party: str, outstanding: Iterable[str]) -> str:
    return (f"没有正在进行的对 {party!r} 的征求意见 / no outstanding consultation of that party; "
            f"outstanding: {_or_none(outstanding)}")


def already_consulting(party: str) -> str:
    return f"已在征求 {party!r} 的意见 / that party is already being consulted"


def basis_does_not_fit(basis: str, outcome: str, allowed: Iterable[str]) -> str:
    return (f"答复依据 {basis} 与办理结果 {outcome} 不符 / basis must be one of: "
            f"{', '.join(allowed) or '(none for this outcome)'}")


def delivery_not_recorded() -> str:
    return "答复尚未登记送达 / record the delivery of the reply (record_delivery) before archiving"


def no_letter_to_serve(kind: str, label: str) -> str:
    return f"没有待登记送达的{label}（{kind}）/ no {kind} letter of this case awaits its service"


def served_before_issued(field: str, served_on: date, label: str, issued_on: date) -> str:
    return f"{field} {served_on} 早于{label}作出日期 {issued_on} / a letter is served on or after the day it was issued"


def letter_not_served(kind: str, label: str, trigger_label: str, seq: int, on: date, by: str) -> str:
    return (f"{label}（{kind}，第 {seq} 步「{trigger_label}」{on} 作出）尚未登记送达 / record its service first: "
            f"{by} --set letter={kind}")


def file_incomplete(missing: list[tuple[str, str]]) -> str:
    items = "；".join(f"{label}（{detail}）" if detail else label for label, detail in missing)
    return f"案卷材料不齐，尚缺：{items} / the case file lacks {len(missing)} item(s): attach or record them first"


def before_receipt(field: str, value: date, received: date) -> str:
    return f"{field} {value} 早于收到申请之日 {received} / must not be before the date the application was received"


def decided_before_filing(field: str, decided: date, filed: date) -> str:
    return f"{field} {decided} 早于提起日期 {filed} / the decision date must not be before the filing date"


def proceeding_not_pending(pid: object, pending: Iterable[str]) -> str:
    return f"复议或诉讼 {pid} 不存在或已有结果 / proceeding must be a pending one of this case: {_or_none(pending)}"


def no_corrected_proceeding() -> str:
    return "须先登记结果为“纠正”的复议决定或判决 / a proceeding with result 'corrected' must be recorded first"


def needs_event_first(trigger: str, label: str, article: str | None) -> str:
    cited = f"（{article}）" if article else ""
    return f"须先执行 {trigger}（{label}）{cited} / {trigger} must come first"


def field_required_for(field: str, name: str, what: str, article: str | None) -> str:
    cited = f"（{article}）" if article else ""
    return f"{what} 须填写 {field}{cited} / {name} is required for {what}"


def field_only_for(field: str, name: str, allowed: Iterable[str]) -> str:
    return f"{field} 仅适用于 {'、'.join(allowed)} / {name} is allowed only for: {', '.join(allowed)}"


def reasons_not_asked(outcome: str, asked: str, asked_label: str, article: str | None) -> str:
    cited = f"（{article}）" if article else ""
    return (f"{outcome} 须先要求申请人说明理由{cited}: {asked}（{asked_label}） / the applicant must first be asked "
            f"for reasons ({asked})")


def reasons_pending(outcome: str, answer_by: object) -> str:
    return (f"申请人说明理由的期限至 {answer_by}，尚未收到说明，期限届满后方可作出 {outcome} / the applicant's reasons "
            f"are due by {answer_by}: record them or wait until that date has passed")


def party_did_not_object(party: str, objecting: Iterable[str]) -> str:
    return (f"{party!r} 不是经书面征求意见且不同意公开的第三方 / not a consulted third party that objected; "
            f"objecting: {_or_none(objecting)}")


def outcome_not_releasing(outcome: str | None, releasing: Iterable[str]) -> str:
    return (f"拟定的办理结果 {outcome or '（未拟定）'} 不公开政府信息 / the decided outcome must release information: "
            f"{', '.join(releasing)}")


# -- fees ---------------------------------------------------------------------------------------

def fee_tariff_not_in_force(source: str, since: date, effective: date) -> str:
    return (f"{source}自{since}起施行，{effective} 不得收取信息处理费 / no processing fee before {since}, when "
            f"the fee measures came into force (the effective date is {effective})")


def agency_setting_missing(agency_code: str, name: str, label: str) -> str:
    option = "--" + name.replace("_", "-")
    return (f"机关 {agency_code} 未设置「{label}」{name} / agency {agency_code} has no setting {name}; set it: "
            f"disclosure agency set {agency_code} {option} …")


def fee_field_needed(field: str, name: str, method: str, method_label: str, article: str) -> str:
    return f"{method_label}须填写 {field}（{article}） / charge method {method} needs {name}: --set {name}=…"


def fee_field_not_for_method(field: str, name: str, method: str, method_label: str) -> str:
    return f"{method_label}不填 {field} / {name} does not apply to charge method {method}"


def no_fee_due() -> str:
    return "该案没有待缴的收费通知 / the case has no fee notice awaiting payment"


def amount_not_fee_due(field: str, amount: object, due: object) -> str:
    return (f"{field} {amount} 与应缴金额 {due} 不符 / the amount must be the amount due, {due}; a reduction "
            f"or waiver (减免) is recorded with its ground by reduce_fee or waive_fee")


def amount_not_below_fee_due(field: str, amount: object, due: object) -> str:
    return (f"{field} {amount} 须低于应缴金额 {due} / a reduction must leave less than the amount due, {due} "
            f"(waive_fee waives it in full)")


# -- trigger data: the reason after "<trigger>: 字段 <name>（<label>）" -----------------------------

def field_where(trigger: str, name: str, label: str) -> str:
    return f"{trigger}: 字段 {name}（{label}）"


def field_empty(where: str, name: str) -> str:
    return f"{where} 不能为空 / {name} must not be empty"


def field_bad_date(where: str, name: str, problem: str) -> str:
    return f"{where}: {problem}"


def field_not_integer(where: str, name: str, raw: object) -> str:
    return f"{where} 应为整数 / {name} expects a whole number, got {raw!r}"


def field_not_amount(where: str, name: str, raw: object) -> str:
    return f"{where} 应为金额 / {name} expects an amount in yuan, got {raw!r}"


def field_not_bool(where: str, name: str, raw: object) -> str:
    return f"{where} 应为 true/false / {name} expects true or false, got {raw!r}"


def field_bad_choice(where: str, name: str, value: str, choices: Iterable[str]) -> str:
    return f"{where} 取值无效 {value!r} / {name} must be one of: {', '.join(choices)}"


def field_below(where: str, name: str, minimum: float, value: object) -> str:
    return f"{where} 不得小于 {minimum} / {name} must be at least {minimum}, got {value}"


def field_above(where: str, name: str, maximum: float, value: object) -> str:
    return f"{where} 不得大于 {maximum} / {name} must be at most {maximum}, got {value}"


def unknown_fields(trigger: str, unknown: Iterable[str], allowed: Iterable[str]) -> str:
    return f"{trigger}: 未知字段 {', '.join(unknown)} / unknown field(s); allowed: {_or_none(allowed)}"


def missing_field(trigger: str, name: str, label: str) -> str:
    return f"{trigger}: 缺少必填字段 {name}（{label}） / missing required field {name}"


# -- moving a case to another version of its regime (``case repin``) -------------------------------

def repin_unknown_version(regime: str, version: str, known: Iterable[str]) -> str:
    return f"{regime} 没有版本 {version!r} / no such version of {regime}; loaded: {_or_none(known)}"


def repin_other_regime(case_no: str, regime: str, other: str) -> str:
    return (f"{case_no} 适用 {regime}，不能改用 {other}：适用的条例由收到申请之日确定 / "
            f"a case keeps its regime, which its date of receipt decides; {other} is another regime")


def repin_same_version(case_no: str, regime: str, version: str) -> str:
    return f"{case_no} 已适用 {regime} v{version} / the case is already under that version; nothing to do"


def repin_older_version(case_no: str, regime: str, current: str, target: str) -> str:
    return (f"{case_no} 适用 {regime} v{current}，不能退回较早的 v{target} / a case moves only to a newer version "
            f"(a correction ships as a new version)")


def repin_not_in_force(case_no: str, regime: str, version: str, received: date, span: str) -> str:
    return (f"{regime} v{version} 适用于 {span} 收到的申请，{case_no} 收到申请之日为 {received} / that version does "
            f"not cover the case's date of receipt")


def repin_concluded(case_no: str, state: str, state_label: str) -> str:
    return (f"{case_no} 处于“{state_label}”（{state}），已办结，不能变更适用版本 / only an in-flight case may move to "
            f"another version; a concluded case keeps the rules it was concluded under")


def repin_misfit(case_no: str, regime: str, version: str, seq: int, trigger: str, trigger_label: str,
                 reason: str) -> str:
    reason = reason.removeprefix(f"{trigger}: ")  # a field's line names its trigger too
    label = f"（{trigger_label}）" if trigger_label else ""
    return (f"{case_no} 的办理记录不符合 {regime} v{version}，未变更 / the history is not valid under {regime} "
            f"v{version}, nothing changed: 第{seq}条事件 (event {seq}) {trigger}{label}: {reason}")


def repin_not_open_there(case_no: str, regime: str, version: str, state: str) -> str:
    return (f"{regime} v{version} 中“{state}”不是办理中状态，{case_no} 不能改用该版本 / that version treats the "
            f"case's state as concluded")


def misfit_not_registration() -> str:
    return ("不是登记（register）：该案的办理记录不是从登记开始（如由台账导入），无法重放 / the history does not start "
            "with a registration (an imported case), so it cannot be replayed")


def misfit_no_trigger(trigger: str) -> str:
    return f"新版本没有操作 {trigger} / the version has no such trigger"


def misfit_role(role: str, allowed: Iterable[str]) -> str:
    return f"记录的角色 {role} 在新版本中不能执行该操作 / recorded role {role}; the version allows: {_or_none(allowed)}"


def misfit_no_state(state: str) -> str:
    return f"新版本没有状态 {state} / the version has no state {state}"


def misfit_first_state(recorded: str, initial: str) -> str:
    return f"案件登记后处于 {recorded}，新版本的初始状态为 {initial} / the version starts a case in {initial}"


def misfit_from_state(recorded: str | None, replayed: str | None) -> str:
    return (f"记录的起始状态 {recorded} 与重放所得 {replayed} 不符 / the event's from-state does not follow the "
            f"events before it")


def misfit_not_allowed(state: str, allowed: Iterable[str]) -> str:
    return f"新版本不允许在 {state} 状态执行 / not allowed from {state}; the version allows: {_or_none(allowed)}"


def misfit_leads_elsewhere(state: str, dest: str, recorded: str) -> str:
    return f"新版本中由 {state} 转入 {dest}，而记录为 {recorded} / under the version it leads to {dest}, not {recorded}"


def misfit_late(limits: Iterable[str]) -> str:
    return (f"按新版本已超过期限（{'; '.join(limits)}），记录中没有逾期原因 late_reason / the action comes after "
            f"a limit of the version and records no late_reason")


def misfit_changes_state(recorded_from: str | None, recorded_to: str, replayed: str | None) -> str:
    return (f"该事件不是办理操作，却把状态由 {recorded_from} 改为 {recorded_to}（重放所得 {replayed}） / an event "
            f"outside the lifecycle may not change the state")


def misfit_history_ends(last: str | None, state: str) -> str:
    return f"办理记录止于 {last}，案件状态为 {state} / the history does not end in the case's state"


def reassign_reason(limit: int) -> str:
    return f"请填写改派理由（不超过{limit}字）/ a reason for the reassignment is required (at most {limit} characters)"


def reassign_concluded(case_no: str, concluded_on: object) -> str:
    return (f"案件 {case_no} 已于 {concluded_on} 办结，不再改派 / case {case_no} was concluded on {concluded_on}: "
            f"it keeps the clerk who concluded it")


def reassign_not_a_clerk(clerk: str, agency_code: str) -> str:
    return f"{clerk} 不是 {agency_code} 的经办人（clerk），不能改派给他 / {clerk} holds no clerk role at {agency_code}"


def reassign_same_clerk(case_no: str, clerk: str) -> str:
    return f"案件 {case_no} 的经办人已是 {clerk} / {case_no} is already {clerk}'s"
