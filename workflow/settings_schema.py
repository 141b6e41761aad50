"""The types of the installation settings (``config/settings.yaml`` and a ``--config`` file), as a
pydantic schema: a file whose values have the wrong type is refused when it is read, with the key
path, instead of failing deep inside a job that reads the value.

Sections and keys this schema does not know are kept as they are (``extra="allow"``): a section
added by a newer part of the project is read by that part; what is declared here is checked.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from workflow.file_types import FILE_TYPES

PositiveInt = Annotated[int, Field(gt=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]
PositiveNumber = Annotated[float, Field(gt=0)]
NonNegativeNumber = Annotated[float, Field(ge=0)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="allow")


class DatabaseSettings(_Section):
    url: str | None = None
    sqlalchemy_speedups: bool = True


class DeadlineSettings(_Section):
    internal_target_working_days: NonNegativeInt = 1


class AlertSettings(_Section):
    sweep_every_minutes: PositiveNumber = 15
    before_due_working_days: list[NonNegativeInt] = [3]
    on_internal_target: bool = True
    on_due_day: bool = True
    overdue: bool = True
    overdue_repeat_every_working_days: PositiveInt = 5
    correction_notice_warning_day: NonNegativeInt = 5
    # YAML reads an unquoted 08:30 as sexagesimal minutes (510): both forms are accepted
    digest_time: str | NonNegativeInt = "08:30"
    overdue_repeat_max: NonNegativeInt = 52
    deadline_kinds: list[str] = ["reply"]
    message_superseded: bool = False
    digest_max_rows: NonNegativeInt = 200
    digest_when_empty: bool = False

    @field_validator("digest_time")
    @classmethod
    def _clock_time(cls, value: str | int) -> str | int:
        if isinstance(value, str) and not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError(f"a time of day HH:MM, got {value!r}")
        return value


class ReportSettings(_Section):
    department_due: str = "01-31"
    internal_due: str = "01-20"
    reminder_working_days_before: list[NonNegativeInt] = [10, 5, 1]
    reminder_roles: list[str] = ["head"]

    @field_validator("department_due", "internal_due")
    @classmethod
    def _month_day(cls, value: str) -> str:
        if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", value.strip()):
            raise ValueError(f"a day of the year MM-DD, got {value!r}")
        return value


class CaseSettings(_Section):
    # 更正登记信息 after conclusion: within this many calendar days of the day the case was concluded
    amend_window_days: NonNegativeInt = 30


class ImportSettings(_Section):
    max_xlsx_uncompressed_mb: PositiveNumber = 256


class S3Settings(_Section):
    bucket: str = ""
    prefix: str = "attachments/"
    endpoint_url: str = ""
    region: str = ""


class AttachmentSettings(_Section):
    store: Literal["directory", "s3"] = "directory"
    directory: str = ""
    max_mb: PositiveNumber = 20
    allowed_types: list[str] = list(FILE_TYPES)
    s3: S3Settings = S3Settings()

    @field_validator("allowed_types")
    @classmethod
    def _known_types(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in FILE_TYPES]
        if unknown:
            raise ValueError(f"file types among {', '.join(FILE_TYPES)}, got {', '.join(map(str, unknown))}")
        return value


class OutboxSettings(_Section):
    max_attempts: PositiveInt = 8
    base_delay_seconds: NonNegativeNumber = 30
    max_delay_seconds: NonNegativeNumber = 3600
    claim_seconds: PositiveNumber = 300
    batch_size: PositiveInt = 100
    poll_seconds: PositiveNumber = 60


class FileChannelSettings(_Section):
    type: Literal["file", "smtp", "webhook"] | None = None
    folder: str = "outbox-mail"


class SmtpChannelSettings(_Section):
    type: Literal["file", "smtp", "webhook"] | None = None
    host: str = "localhost"
    port: Annotated[int, Field(gt=0, lt=65536)] = 25
    security: Literal["none", "starttls", "ssl"] = "none"
    username: str = ""
    password: str = ""
    sender: str = ""
    timeout: PositiveNumber | None = None


class WebhookChannelSettings(_Section):
    type: Literal["file", "smtp", "webhook"] | None = None
    url: str = ""
    secret: str = ""
    unsigned: bool = False
    max_age_seconds: PositiveInt = 300
    shape: Literal["json", "wecom", "dingtalk"] = "json"
    timeout: PositiveNumber | None = None


class ChannelSettings(_Section):
    default: str = "file"
    file: FileChannelSettings | None = None
    smtp: SmtpChannelSettings | None = None
    webhook: WebhookChannelSettings | None = None
    wecom: WebhookChannelSettings | None = None
    dingtalk: WebhookChannelSettings | None = None


class SchedulerSettings(_Section):
    lease_seconds: PositiveNumber = 30
    poll_seconds: PositiveNumber | None = None
    lease_name: str | None = None


class WebSettings(_Section):
    idle_minutes: PositiveNumber = 30
    lockout_failures: PositiveInt = 5
    lockout_minutes: PositiveNumber = 15
    page_size: PositiveInt = 50
    secret_key: str = ""
    secure_cookies: bool = False
    intake_wrong_codes_per_hour: Annotated[int, Field(ge=0)] = 10


class Settings(_Section):
    database: DatabaseSettings = DatabaseSettings()
    time_zone: str = "Asia/Shanghai"
    deadlines: DeadlineSettings = DeadlineSettings()
    cases: CaseSettings = CaseSettings()
    alerts: AlertSettings = AlertSettings()
    report: ReportSettings = ReportSettings()
    import_: ImportSettings = Field(default=ImportSettings(), alias="import")
    attachments: AttachmentSettings = AttachmentSettings()
    outbox: OutboxSettings = OutboxSettings()
    channels: ChannelSettings = ChannelSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    web: WebSettings = WebSettings()

    @field_validator("time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"an IANA time zone such as Asia/Shanghai, got {value!r}") from None
        return value


def settings_problem(data: dict[str, Any]) -> str | None:
    """The first thing wrong with ``data`` as ``key.path: what is expected``, or None."""
    try:
        Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "(root)"
        message = first["msg"].removeprefix("Value error, ")
        shown = repr(first.get("input"))
        if "input" in first and "got " not in message:
            message = f"{message} (got {shown[:60]}{'…' if len(shown) > 60 else ''})"
        return f"{where}: {message}"
    return None
