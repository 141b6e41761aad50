"""What the demo does besides moving cases: the daily deadline sweep, delivery of alerts and letter
notices through the file channel, and the year's annual report in Markdown, Word and Excel, with
the bureau's own texts and section 二's counts entered first (``annual-report.yaml``).

The sweep runs as of each business day *before* that day's steps, as the scheduler would each
morning, so the alerts it produces are the ones a real office would have seen that year.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from workflow.app import Services
from workflow.store.db import read
from workflow.store.models import alert, letter, outbox


class OfficeRoutine:
    """The office's routine around the cases: each business morning's sweep, and at the end the
    letters owed, their delivery and the annual report."""

    def __init__(self, services: Services, folder: Path) -> None:
        self.services = services
        self.folder = folder
        self.sweeps = 0
        channels = services.settings.setdefault("channels", {})
        channels["default"] = "file"
        channels.setdefault("file", {})["folder"] = str(folder / "outbox-mail")

    def on_new_day(self, day: date) -> None:
        """The morning sweep of a business day (idempotent: a repeated day creates nothing)."""
        from workflow.scheduling.sweep import sweep

        if self.services.calendar.is_workday(day):
            sweep(self.services, day, holder="demo")
            self.sweeps += 1

    def finish(self, year: int) -> dict[str, Any]:
        from workflow.letters.worker import make_requested_letters
        from workflow.outbox.delivery import deliver_all
        from workflow.report.export import export, render
        from workflow.report.service import generate
        from workflow.scheduling.sweep import sweep

        today_sweep = sweep(self.services, self.services.today(), holder="demo")
        self.sweeps += 1
        make_requested_letters(self.services)
        delivery = deliver_all(self.services)
        with read(self.services.db) as conn:
            levels = Counter(dict(conn.execute(select(alert.c.level, func.count()).group_by(alert.c.level)).all()))
            letters = Counter(dict(conn.execute(select(letter.c.kind, func.count()).group_by(letter.c.kind)).all()))
            messages = Counter(dict(conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all()))
        agency = "LZYJ"
        enter_report_parts(self.services, agency, year)
        report = generate(self.services.db, year=year, agency=agency)
        markdown = render(report, "md")
        docx = export(report, "docx", self.folder / f"{agency}-{year}-年度报告.docx")
        xlsx = export(report, "xlsx", self.folder / f"{agency}-{year}-年度报告.xlsx")
        mail = self.folder / "outbox-mail"
        lines = [
            f"期限提醒: 按工作日逐日巡检 {self.sweeps} 次，共产生提醒 {sum(levels.values())} 条"
            f"（{'、'.join(f'{k} {v}' for k, v in sorted(levels.items()))}）；今日新增 {today_sweep.created} 条",
            f"文书: 共生成 {sum(letters.values())} 份（{'、'.join(f'{k} {v}' for k, v in sorted(letters.items()))}）",
            f"发送: 经文件通道投递 {delivery.sent} 封邮件至 {mail}（发件箱状态: "
            f"{'、'.join(f'{k} {v}' for k, v in sorted(messages.items()))}）",
            f"年度报告检查: {'全部通过' if report.ok else '未通过: ' + '; '.join(c.name for c in report.failing)}",
            "",
            markdown if isinstance(markdown, str) else markdown.decode("utf-8"),
            f"年度报告已写入 {docx} 和 {xlsx}",
        ]
        return {
            "alerts": dict(levels), "letters": dict(letters), "messages": dict(messages),
            "delivered": delivery.sent, "sweeps": self.sweeps, "report_ok": report.ok,
            "report_docx": str(docx), "report_xlsx": str(xlsx), "report": report.data, "lines": lines,
        }


def enter_report_parts(services: Services, agency: str, year: int) -> None:
    """Enter the bureau's texts and section 二's counts for ``year`` as its head would."""
    import yaml

    from workflow.report import entries
    from workflow.report.layout import layout_for_year

    data = yaml.safe_load((Path(__file__).parent / "annual-report.yaml").read_text(encoding="utf-8"))
    layout = layout_for_year(year)
    who = data["entered_by"]
    for number, text in data["sections"].items():
        if number in layout.text_sections:
            entries.set_text(services.db, agency=agency, year=year, section=number,
                             text=text.format(year=year), actor=who)
    if layout.name == data["items_layout"]:  # another year's form has other items
        entries.set_items(services.db, agency=agency, year=year,
                          values={k: str(v) for k, v in data["items"].items()}, actor=who)
