"""Where the working-day calendar's data comes from: one :class:`YearSpec` per year.

Three sources, in rising priority:

* the ``chinesecalendar`` package (the State Council's yearly notices, 2004 to its last year);
* an administrator's override file (``config/calendar/*.yaml``, read by :func:`parse_year_file`) or a
  year stored in the database (passed in as a ``YearSpec``);
* for every other year, a **provisional** arrangement: Monday to Friday minus the statutory holidays
  of 《全国年节及纪念日放假办法》, whose rules are data in ``definitions/calendar/statutory-holidays.yaml``.

No holiday date or count is written in this module: they come from the package, the files or the
statutory rules file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from workflow.errors import DisclosureError

RULE_KINDS = ("solar", "lunar", "solar_term")
_FILE_KEYS = ("year", "source", "holidays", "makeup_workdays")


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so that a bad date is reported with its key."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(path: Path) -> Any:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - a SafeLoader


class CalendarError(DisclosureError):
    """Bad calendar data, or a date outside the calendar's range. One line: ``file: key: expected``."""


def _fail(file: str | Path, key: str, expected: str) -> CalendarError:
    return CalendarError(f"{file}: {key}: {expected}")


@dataclass(frozen=True)
class YearSpec:
    """One year's official arrangement: the holidays and the weekend days that are working days.

    Only dates of ``year`` belong here. ``checksum`` covers the year and the days with their names,
    not the ``source`` label: equal arrangements have equal checksums wherever they come from.
    """

    year: int
    source: str
    holidays: dict[date, str]
    makeup_workdays: dict[date, str]

    def __post_init__(self) -> None:
        where = f"YearSpec {self.year}"
        if not isinstance(self.year, int) or isinstance(self.year, bool):
            raise _fail(where, "year", f"expected an integer year, got {self.year!r}")
        if not isinstance(self.source, str) or not self.source.strip():
            raise _fail(where, "source", "expected the notice the arrangement comes from")
        for key in ("holidays", "makeup_workdays"):
            days = getattr(self, key)
            if not isinstance(days, dict):
                raise _fail(where, key, "expected a mapping date -> name")
            for d, name in days.items():
                if not isinstance(d, date) or isinstance(d, datetime) or d.year != self.year:
                    raise _fail(where, key, f"expected dates of {self.year}, got {d!r}")
                if not isinstance(name, str) or not name:
                    raise _fail(where, f"{key}.{d}", "expected a holiday name")
            # store sorted copies, so that the caller's dict cannot change the spec afterwards
            object.__setattr__(self, key, dict(sorted(days.items())))
        for d in self.makeup_workdays:
            if d.weekday() < 5:
                raise _fail(where, f"makeup_workdays.{d}", "expected a Saturday or Sunday")
            if d in self.holidays:
                raise _fail(where, f"makeup_workdays.{d}", "a day cannot be both a holiday and a working day")

    def __hash__(self) -> int:
        return hash(self.checksum())

    def _canonical(self) -> str:
        body = {
            "year": self.year,
            "holidays": [[d.isoformat(), n] for d, n in self.holidays.items()],
            "makeup_workdays": [[d.isoformat(), n] for d, n in self.makeup_workdays.items()],
        }
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)

    def checksum(self) -> str:
        return hashlib.sha256(self._canonical().encode("utf-8")).hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "source": self.source,
            "holidays": {d.isoformat(): n for d, n in self.holidays.items()},
            "makeup_workdays": {d.isoformat(): n for d, n in self.makeup_workdays.items()},
            "checksum": self.checksum(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> YearSpec:
        where = "YearSpec JSON"
        if not isinstance(data, dict):
            raise _fail(where, "(top level)", "expected an object")
        try:
            spec = cls(
                year=data["year"],
                source=data["source"],
                holidays={date.fromisoformat(k): v for k, v in data["holidays"].items()},
                makeup_workdays={date.fromisoformat(k): v for k, v in data["makeup_workdays"].items()},
            )
        except KeyError as exc:
            raise _fail(where, str(exc.args[0]), "missing") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise _fail(where, "(days)", f"expected ISO dates mapped to names ({exc})") from exc
        if "checksum" in data and data["checksum"] != spec.checksum():
            raise _fail(where, "checksum", "does not match the content (the data was altered)")
        return spec


# ---------------------------------------------------------------------------------------------
# Override files


def _as_date(value: Any, file: Path, key: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail(file, key, f"expected a date YYYY-MM-DD, got {value!r}")


def _expand(value: Any, file: Path, key: str) -> list[date]:
    """A date, a range ``"A .. B"`` (both included), or a list of those."""
    if isinstance(value, list):
        if not value:
            raise _fail(file, key, "expected at least one date")
        out: list[date] = []
        for i, item in enumerate(value):
            if isinstance(item, list):
                raise _fail(file, f"{key}[{i}]", "expected a date or a range, not a nested list")
            out.extend(_expand(item, file, f"{key}[{i}]"))
        return out
    if isinstance(value, str) and ".." in value:
        first, _, last = value.partition("..")
        a, b = _as_date(first, file, key), _as_date(last, file, key)
        if b < a:
            raise _fail(file, key, f"range {value!r} ends before it starts")
        return [a + timedelta(days=i) for i in range((b - a).days + 1)]
    return [_as_date(value, file, key)]


def parse_year_file(path: Path) -> YearSpec:
    """Read and validate an administrator's override file (format: ``config/calendar/README.md``)."""
    path = Path(path)
    try:
        raw = _load_yaml(path)
    except OSError as exc:
        raise _fail(path, "(file)", f"cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise _fail(path, "(file)", f"expected a UTF-8 text (YAML) file; byte {exc.start} is not UTF-8") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        raise _fail(path, "(yaml)", f"expected valid YAML{at}") from exc
    if not isinstance(raw, dict):
        raise _fail(path, "(top level)", f"expected a mapping with keys {', '.join(_FILE_KEYS)}")
    unknown = sorted(str(k) for k in raw if k not in _FILE_KEYS)
    if unknown:
        raise _fail(path, unknown[0], f"unknown key; expected one of {', '.join(_FILE_KEYS)}")
    year = raw.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2200:
        raise _fail(path, "year", f"expected a year such as 2027, got {year!r}")
    if path.stem.isdigit() and int(path.stem) != year:
        raise _fail(path, "year", f"{year} does not match the file name {path.name}")
    source = raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise _fail(
            path, "source", "expected the notice this arrangement comes from, e.g. 国办发明电〔2026〕X号"
        )
    parsed: dict[str, dict[date, str]] = {}
    for key in ("holidays", "makeup_workdays"):
        block = raw.get(key, {} if key == "makeup_workdays" else None)
        if block is None:
            block = {}
        if not isinstance(block, dict):
            raise _fail(path, key, "expected a mapping: holiday name -> date, range 'A .. B' or list")
        days: dict[date, str] = {}
        for name, value in block.items():
            if not isinstance(name, str) or not name.strip():
                raise _fail(path, f"{key}.{name}", "expected a holiday name as the key")
            for d in _expand(value, path, f"{key}.{name}"):
                if d.year != year:
                    raise _fail(path, f"{key}.{name}", f"{d} is not in {year}; put it in that year's file")
                if d in days:
                    raise _fail(path, f"{key}.{name}", f"{d} is already listed under {days[d]}")
                if key == "makeup_workdays":
                    if d.weekday() < 5:
                        raise _fail(path, f"{key}.{name}", f"{d} is a weekday; expected a Saturday or Sunday")
                    if d in parsed["holidays"]:
                        raise _fail(path, f"{key}.{name}", f"{d} is also listed as a holiday")
                days[d] = name.strip()
        parsed[key] = days
    if not parsed["holidays"]:
        raise _fail(path, "holidays", "expected at least one holiday")
    return YearSpec(year, source.strip(), parsed["holidays"], parsed["makeup_workdays"])


def whole_months_off(spec: YearSpec) -> list[int]:
    """The months of ``spec.year`` in which every weekday is a holiday. No notice has ever given one:
    it is how a range typed wrong (``春节: 2027-02-01 .. 2027-02-28``, a year's range) looks."""
    months = []
    for month in range(1, 13):
        day = date(spec.year, month, 1)
        weekdays = []
        while day.month == month:
            if day.weekday() < 5:
                weekdays.append(day)
            day += timedelta(days=1)
        if all(d in spec.holidays for d in weekdays):
            months.append(month)
    return months


def implausible_notice(spec: YearSpec) -> str | None:
    """One line warning of a whole month or a whole year of holidays in ``spec``, or None."""
    months = whole_months_off(spec)
    if not months:
        return None
    if len(months) == 12:
        return (
            f"警告：{spec.year} 年的每个工作日都被列为假日，请与通知原文核对 / warning: every weekday of "
            f"{spec.year} is a holiday in this notice; check it against the notice"
        )
    listed = "、".join(f"{spec.year}年{m}月" for m in months)
    return (
        f"警告：{listed} 整月没有工作日，请与通知原文核对 / warning: every weekday of "
        f"{', '.join(f'{spec.year}-{m:02d}' for m in months)} is a holiday in this notice; check it against "
        f"the notice"
    )


# ---------------------------------------------------------------------------------------------
# The chinesecalendar package


@lru_cache(maxsize=1)
def package_years() -> tuple[str, dict[int, YearSpec]]:
    """``("chinesecalendar X.Y.Z", {year: YearSpec})`` for every year the installed package covers."""
    import chinese_calendar as cc

    detail = f"chinesecalendar {cc.__version__}"

    def chinese(value: str) -> str:
        try:
            return cc.Holiday(value).chinese
        except ValueError:
            return value

    first, last = min(cc.holidays).year, max(cc.holidays).year
    specs: dict[int, YearSpec] = {}
    for year in range(first, last + 1):
        hol = {d: chinese(v) for d, v in cc.holidays.items() if d.year == year}
        work = {d: chinese(v) for d, v in cc.workdays.items() if d.year == year and d.weekday() >= 5}
        specs[year] = YearSpec(year, detail, hol, work)
    return detail, specs


# ---------------------------------------------------------------------------------------------
# Statutory holidays (provisional years)


@dataclass(frozen=True)
class HolidayRule:
    name: str
    rule: str  # solar | lunar | solar_term
    days: int
    offset: int = 0
    month: int | None = None
    day: int | None = None
    term: str | None = None

    def first_day(self, year: int) -> date:
        if self.rule == "solar":
            start = date(year, self.month, self.day)
        elif self.rule == "lunar":
            start = _lunar_to_solar(year, self.month, self.day)
        else:
            start = _solar_term(year, self.term)
        return start + timedelta(days=self.offset)


@dataclass(frozen=True)
class StatutoryVersion:
    valid_from: date
    source: str
    rules: tuple[HolidayRule, ...]

    def year_spec(self, year: int) -> YearSpec:
        """Weekdays minus these holidays: the provisional arrangement for ``year``."""
        holidays: dict[date, str] = {}
        for rule_year in (year - 1, year):  # a holiday of the previous year may run into this one
            for rule in self.rules:
                start = rule.first_day(rule_year)
                for i in range(rule.days):
                    d = start + timedelta(days=i)
                    if d.year == year:
                        holidays[d] = f"{holidays[d]}、{rule.name}" if d in holidays else rule.name
        return YearSpec(year, f"provisional: {self.source}", holidays, {})


def _lunar_to_solar(year: int, month: int, day: int) -> date:
    from lunar_python import Lunar

    s = Lunar.fromYmd(year, month, day).getSolar()
    return date(s.getYear(), s.getMonth(), s.getDay())


def _solar_term(year: int, term: str) -> date:
    from lunar_python import Lunar

    for lunar_year in (year, year + 1):
        s = Lunar.fromYmd(lunar_year, 1, 1).getJieQiTable().get(term)
        if s is not None and s.getYear() == year:
            return date(s.getYear(), s.getMonth(), s.getDay())
    raise CalendarError(f"lunar_python: {term}: no such solar term in {year}")


def _int(entry: dict, key: str, file: Path, where: str, lo: int, hi: int, default: int | None = None) -> int:
    value = entry.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise _fail(file, f"{where}.{key}", f"expected an integer {lo}..{hi}, got {value!r}")
    return value


def _parse_rule(entry: Any, file: Path, where: str) -> HolidayRule:
    if not isinstance(entry, dict):
        raise _fail(file, where, "expected a mapping {name, rule, month, day | term, days, offset}")
    name, kind = entry.get("name"), entry.get("rule")
    if not isinstance(name, str) or not name:
        raise _fail(file, f"{where}.name", "expected the holiday's name")
    if kind not in RULE_KINDS:
        raise _fail(file, f"{where}.rule", f"expected one of {', '.join(RULE_KINDS)}, got {kind!r}")
    days = _int(entry, "days", file, where, 1, 30)
    offset = _int(entry, "offset", file, where, -30, 30, default=0)
    if kind == "solar_term":
        term = entry.get("term")
        if not isinstance(term, str) or not term:
            raise _fail(file, f"{where}.term", "expected a solar term name such as 清明")
        return HolidayRule(name, kind, days, offset, term=term)
    month = _int(entry, "month", file, where, 1, 12)
    day = _int(entry, "day", file, where, 1, 31 if kind == "solar" else 30)
    return HolidayRule(name, kind, days, offset, month=month, day=day)


def load_statutory(path: Path) -> tuple[StatutoryVersion, ...]:
    """The versions of the statutory holidays in ``path``, newest first."""
    try:
        raw = _load_yaml(path)
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, "(file)", f"expected a readable YAML file ({exc})") from exc
    versions = raw.get("versions") if isinstance(raw, dict) else None
    if not isinstance(versions, list) or not versions:
        raise _fail(path, "versions", "expected a list of versions")
    out = []
    for i, v in enumerate(versions):
        where = f"versions[{i}]"
        if not isinstance(v, dict):
            raise _fail(path, where, "expected a mapping {valid_from, source, holidays}")
        valid_from = _as_date(v.get("valid_from"), path, f"{where}.valid_from")
        source = v.get("source")
        if not isinstance(source, str) or not source:
            raise _fail(path, f"{where}.source", "expected the name of the regulation")
        rules = v.get("holidays")
        if not isinstance(rules, list) or not rules:
            raise _fail(path, f"{where}.holidays", "expected a list of holiday rules")
        parsed = tuple(_parse_rule(r, path, f"{where}.holidays[{j}]") for j, r in enumerate(rules))
        out.append(StatutoryVersion(valid_from, source, parsed))
    return tuple(sorted(out, key=lambda v: v.valid_from, reverse=True))


def version_in_force(versions: tuple[StatutoryVersion, ...], year: int) -> StatutoryVersion:
    """The version in force on 1 January of ``year``."""
    for v in versions:  # newest first
        if v.valid_from <= date(year, 1, 1):
            return v
    raise CalendarError(f"statutory-holidays.yaml: versions: no version in force on {year}-01-01")
