"""China's official working days, and deadline arithmetic on them (rules.md §3).

The start day is not counted: ``add_working_days(received, 20)`` is the 20th working day *after*
``received``. Working days are Monday to Friday minus the holidays, plus the make-up weekend days
(调休补班) of the State Council's yearly notice.

A :class:`WorkCalendar` is built once (:func:`load_calendar`) from one :class:`YearSpec` per year and
precomputes, for every day of its range, whether it is a working day, a cumulative count of working
days and the list of working days. ``add_working_days`` and ``working_days_in`` are then two or
three list look-ups, not a day-by-day loop.

Sources per year, highest priority first: ``overrides`` (from the database) > override files
(``config/calendar/*.yaml``) > the ``chinesecalendar`` package > provisional (weekdays minus the
statutory holidays of ``definitions/calendar/statutory-holidays.yaml``).
"""

from __future__ import annotations

import operator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from workflow.clocks.calendar_sources import (
    CalendarError,
    YearSpec,
    load_statutory,
    package_years,
    parse_year_file,
    version_in_force,
)

__all__ = [
    "CalendarError",
    "WorkCalendar",
    "YearEntry",
    "YearSpec",
    "default_calendar",
    "load_calendar",
    "parse_year_file",
]

# The index covers the package's first year up to this year (or the latest override, if later).
LAST_YEAR = 2040

PACKAGE, OVERRIDE, PROVISIONAL = "package", "override", "provisional"
# what a clerk reads for each source of a year's working days
SOURCE_LABELS = {PACKAGE: "官方数据包", OVERRIDE: "覆盖文件", PROVISIONAL: "暂定（法定节日推算）"}

_WORKDAY, _WEEKEND, _HOLIDAY, _MAKEUP = "workday", "weekend", "holiday", "makeup_workday"


class YearEntry(NamedTuple):
    spec: YearSpec
    kind: str  # package | override | provisional
    detail: str  # shown to people: where the year's days come from


class WorkCalendar:
    """Working days for the contiguous years ``first_year .. last_year``."""

    def __init__(self, years: dict[int, YearEntry]) -> None:
        if not years:
            raise CalendarError("calendar: years: expected at least one year")
        self.first_year, self.last_year = min(years), max(years)
        missing = [y for y in range(self.first_year, self.last_year + 1) if y not in years]
        if missing:
            raise CalendarError(f"calendar: years: expected contiguous years, {missing[0]} is missing")
        self._years = dict(sorted(years.items()))
        self._first_day = date(self.first_year, 1, 1)
        self._last_day = date(self.last_year, 12, 31)
        first = self._first = self._first_day.toordinal()
        n = self._n = self._last_day.toordinal() - first + 1
        flags = bytearray(n)
        for i in range(n):  # Monday..Friday
            flags[i] = 1 if (first + i) % 7 not in (0, 6) else 0  # ordinal % 7: 0 = Sunday, 6 = Saturday
        for entry in self._years.values():
            for d in entry.spec.holidays:
                flags[d.toordinal() - first] = 0
            for d in entry.spec.makeup_workdays:
                flags[d.toordinal() - first] = 1
        # cum[i] = number of working days among the first i days of the range
        cum = [0] * (n + 1)
        workdays: list[date] = []
        running = 0
        for i in range(n):
            if flags[i]:
                running += 1
                workdays.append(date.fromordinal(first + i))
            cum[i + 1] = running
        self._flags = bytes(flags)
        self._cum = cum
        self._workdays = workdays
        self._nwork = len(workdays)
        self._fingerprints = {y: f"{e.kind}:{e.spec.checksum()[:16]}" for y, e in self._years.items()}

    # --- range -------------------------------------------------------------------------------

    def _out_of_range(self, d: date) -> CalendarError:
        return CalendarError(
            f"calendar: {d}: outside the working-day calendar ({self._first_day} .. {self._last_day});"
            " 日期超出工作日历范围"
        )

    def _index(self, d: date) -> int:
        i = d.toordinal() - self._first
        if 0 <= i < self._n:
            return i
        raise self._out_of_range(d)

    def _entry(self, year: int) -> YearEntry:
        try:
            return self._years[year]
        except (KeyError, TypeError):
            raise CalendarError(
                f"calendar: {year}: outside the working-day calendar ({self.first_year} .. {self.last_year})"
            ) from None

    # --- days --------------------------------------------------------------------------------

    def is_workday(self, d: date) -> bool:
        i = d.toordinal() - self._first
        if 0 <= i < self._n:
            return self._flags[i] == 1
        raise self._out_of_range(d)

    def day_kind(self, d: date) -> tuple[str, str | None]:
        """``("workday" | "weekend" | "holiday" | "makeup_workday", holiday name or None)``."""
        self._index(d)
        spec = self._years[d.year].spec
        if d in spec.holidays:
            return _HOLIDAY, spec.holidays[d]
        if d in spec.makeup_workdays:
            return _MAKEUP, spec.makeup_workdays[d]
        return (_WEEKEND, None) if d.weekday() >= 5 else (_WORKDAY, None)

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (start not counted); before it when ``n < 0``."""
        i = start.toordinal() - self._first
        if not 0 <= i < self._n:
            raise self._out_of_range(start)
        if n.__class__ is not int:
            n = _as_int(n)
        if n > 0:
            k = self._cum[i + 1] + n - 1  # working days up to and including start, then n more
            if k < self._nwork:
                return self._workdays[k]
        elif n < 0:
            k = self._cum[i] + n  # working days strictly before start, then back |n|
            if k >= 0:
                return self._workdays[k]
        else:
            return start
        raise CalendarError(
            f"calendar: {start} {n:+d} working days: beyond the working-day calendar "
            f"({self._first_day} .. {self._last_day}); 超出工作日历范围"
        )

    def working_days_in(self, a: date, b: date) -> int:
        """Working days in the half-open interval (a, b]; 0 when ``b <= a``."""
        i, j = self._index(a), self._index(b)
        return self._cum[j + 1] - self._cum[i + 1] if j > i else 0

    def working_days_between(self, a: date, b: date) -> list[date]:
        """The working days in (a, b], in order."""
        i, j = self._index(a), self._index(b)
        return self._workdays[self._cum[i + 1] : self._cum[j + 1]] if j > i else []

    def next_workday_on_or_after(self, d: date) -> date:
        """``d`` if it is a working day, else the first working day after it."""
        return d if self.is_workday(d) else self.add_working_days(d, 1)

    def due_summary(self, start: date, days: int, target_days: int) -> dict:
        """What ``disclosure calendar due`` says of ``days`` working days after ``start``: the due
        date, the internal target ``target_days`` before it, whether a year of the period is
        provisional and where each year's days come from. CalendarError beyond the calendar."""
        due = self.add_working_days(start, days)
        return {
            "from": start,
            "days": days,
            "due": due,
            "internal_target": self.add_working_days(due, -target_days) if target_days else due,
            "internal_target_working_days": target_days,
            "provisional": self.any_provisional(start, due),
            "source": self.source(due.year),
            "source_detail": self.source_detail(due.year),
            "years": [
                {
                    "year": y,
                    "source": self.source(y),
                    "source_detail": self.source_detail(y),
                    "provisional": self.is_provisional(y),
                }
                for y in range(start.year, due.year + 1)
            ],
        }

    # --- sources -----------------------------------------------------------------------------

    def source(self, year: int) -> str:
        return self._entry(year).kind

    def source_detail(self, year: int) -> str:
        return self._entry(year).detail

    def is_provisional(self, year: int) -> bool:
        return self._entry(year).kind == PROVISIONAL

    def any_provisional(self, a: date, b: date) -> bool:
        lo, hi = sorted((a.year, b.year))
        return any(self.is_provisional(y) for y in range(lo, hi + 1))

    def provisional_years(self) -> list[int]:
        return [y for y, e in self._years.items() if e.kind == PROVISIONAL]

    def fingerprint(self, year: int) -> str:
        """``"<source>:<checksum prefix>"``: changes when the year's days or its source kind change."""
        self._entry(year)
        return self._fingerprints[year]

    def year_spec(self, year: int) -> YearSpec:
        """The arrangement used for ``year`` (a provisional year's spec lists the statutory holidays)."""
        return self._entry(year).spec

    def __repr__(self) -> str:
        kinds = {}
        for e in self._years.values():
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
        return f"<WorkCalendar {self.first_year}..{self.last_year} {kinds}>"


# ---------------------------------------------------------------------------------------------


def _as_int(n: object) -> int:
    if isinstance(n, bool):
        raise TypeError(f"n must be an integer number of working days, got {n!r}")
    try:
        return operator.index(n)
    except TypeError:
        raise TypeError(f"n must be an integer number of working days, got {n!r}") from None


def _default_override_dirs() -> list[Path]:
    from workflow.paths import config_dir

    return [config_dir() / "calendar"]


def _statutory_path() -> Path:
    from workflow.paths import definitions_dir

    return definitions_dir() / "calendar" / "statutory-holidays.yaml"


def _override_files(dirs: list[Path], *, strict: bool) -> list[Path]:
    files: list[Path] = []
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            if strict:
                raise CalendarError(f"{d}: (directory): expected a directory of calendar override files")
            continue
        files.extend(sorted(p for p in d.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()))
    return files


def load_calendar(
    overrides: dict[int, YearSpec] | None = None,
    override_dirs: list[Path] | None = None,
) -> WorkCalendar:
    """Build a calendar: package years, replaced by override files, replaced by ``overrides``.

    ``override_dirs`` defaults to ``[config_dir() / "calendar"]`` (skipped if absent); pass ``[]``
    for none. Two files for the same year are an error. Years with no data are provisional.
    """
    strict = override_dirs is not None
    dirs = list(override_dirs) if override_dirs is not None else _default_override_dirs()
    package_detail, package = package_years()

    years: dict[int, YearEntry] = {y: YearEntry(s, PACKAGE, package_detail) for y, s in package.items()}
    seen: dict[int, Path] = {}
    for path in _override_files(dirs, strict=strict):
        spec = parse_year_file(path)
        if spec.year in seen:
            raise CalendarError(f"{path}: year: {spec.year} is already given by {seen[spec.year]}")
        seen[spec.year] = path
        years[spec.year] = YearEntry(spec, OVERRIDE, f"{_display(path)} ({spec.source})")
    for year, spec in (overrides or {}).items():
        if not isinstance(spec, YearSpec) or spec.year != year:
            raise CalendarError(f"calendar overrides: {year}: expected the YearSpec of {year}, got {spec!r}")
        years[year] = YearEntry(spec, OVERRIDE, f"database ({spec.source})")

    first, last = min(years), max(LAST_YEAR, max(years))
    statutory = None
    for year in range(first, last + 1):
        if year not in years:
            statutory = statutory or load_statutory(_statutory_path())
            version = version_in_force(statutory, year)
            years[year] = YearEntry(version.year_spec(year), PROVISIONAL, f"provisional: {version.source}")
    return WorkCalendar(years)


def _display(path: Path) -> str:
    """``config/calendar/2027.yaml`` rather than an absolute path, where possible."""
    path = Path(path)
    try:
        from workflow.paths import config_dir

        return str(Path("config") / path.resolve().relative_to(config_dir().resolve()))
    except (ValueError, FileNotFoundError):
        return str(path)


def _dir_signature() -> tuple:
    out = []
    for p in _override_files(_default_override_dirs(), strict=False):
        st = p.stat()
        out.append((str(p), st.st_mtime_ns, st.st_size))
    st = _statutory_path().stat()
    out.append(("statutory", st.st_mtime_ns, st.st_size))
    return tuple(out)


@lru_cache(maxsize=4)
def _cached_default(signature: tuple) -> WorkCalendar:
    return load_calendar()


def default_calendar() -> WorkCalendar:
    """The calendar without database overrides, rebuilt when a file in ``config/calendar`` changes.

    ``default_calendar.cache_clear()`` drops it explicitly (e.g. after upgrading chinesecalendar).
    """
    return _cached_default(_dir_signature())


default_calendar.cache_clear = _cached_default.cache_clear  # type: ignore[attr-defined]
