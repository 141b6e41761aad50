"""The remedies periods (``definitions/remedies/*.yaml``): how long an applicant has to apply for
administrative reconsideration or to sue, by the law in force, and how each period is counted.

Everything that varies with the law is data: the lengths, the dates each era starts, the articles,
the counting rule and which outcomes must go to reconsideration first. This module reads and
checks the files into frozen objects; ``workflow.views.remedies`` computes the last days on the
working-day calendar.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from workflow.definitions.model import Vocabulary
from workflow.definitions.parse import load_vocabulary, load_yaml
from workflow.errors import DefinitionError
from workflow.paths import definitions_dir

# what the code knows how to do with a last day that is not a working day
ROLLS = ("next_working_day",)
# where a period starts: the day a letter was served, or the day a reconsideration was decided
RUNS_FROM = ("service", "reconsideration_decision")


@dataclass(frozen=True)
class Counting:
    code: str
    label: str
    rule: str
    articles: tuple[str, ...]
    roll: str


@dataclass(frozen=True)
class Era:
    start: date
    article: str
    counting: Counting
    days: int | None = None
    months: int | None = None
    unexpired: bool = False  # also governs a period started earlier and not yet run out on ``start``
    transition: str | None = None  # the rule that says so
    first_article: str | None = None  # reconsideration before suit, for the outcomes below
    first_outcomes: frozenset[str] = frozenset()

    @property
    def length_label(self) -> str:
        return f"{self.days}日" if self.days is not None else f"{self.months}个月"


@dataclass(frozen=True)
class Period:
    code: str
    label: str
    runs_from: str
    eras: tuple[Era, ...]  # oldest first
    proceeding_kind: str | None = None  # runs_from reconsideration_decision: the proceedings it follows

    def era_on(self, start: date) -> Era | None:
        """The era in force on ``start`` (None before the first)."""
        found = [e for e in self.eras if e.start <= start]
        return found[-1] if found else None


@dataclass(frozen=True)
class RemedyRules:
    periods: dict[str, Period]
    without_remedies: frozenset[str]  # reply outcomes whose letter names no remedies
    outcome_letters: frozenset[str] = frozenset()  # served letters that carry the case's outcome

    def for_start(self, runs_from: str) -> list[Period]:
        return [p for p in self.periods.values() if p.runs_from == runs_from]


def _date(file: str, path: str, value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DefinitionError(file, path, "a date YYYY-MM-DD") from None


def _text(file: str, path: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DefinitionError(file, path, "a non-empty text")
    return value.strip()


def _positive(file: str, path: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise DefinitionError(file, path, "a whole number of 1 or more")
    return value


def _countings(file: str, raw: Any) -> dict[str, Counting]:
    if not isinstance(raw, dict) or not raw:
        raise DefinitionError(file, "counting", "a mapping of counting rules")
    out = {}
    for code, c in raw.items():
        p = f"counting.{code}"
        if not isinstance(c, dict):
            raise DefinitionError(file, p, "a mapping with label, rule, articles, roll")
        if c.get("roll") not in ROLLS:
            raise DefinitionError(file, f"{p}.roll", f"one of {', '.join(ROLLS)}")
        articles = c.get("articles")
        if not isinstance(articles, list) or not articles:
            raise DefinitionError(file, f"{p}.articles", "a non-empty list of citations")
        out[code] = Counting(
            code,
            _text(file, f"{p}.label", c.get("label")),
            _text(file, f"{p}.rule", c.get("rule")),
            tuple(_text(file, f"{p}.articles[{i}]", a) for i, a in enumerate(articles)),
            c["roll"],
        )
    return out


def _era(file: str, p: str, e: Any, countings: dict[str, Counting], outcomes: set[str]) -> Era:
    if not isinstance(e, dict):
        raise DefinitionError(file, p, "a mapping with from, days or months, article, counting")
    if ("days" in e) == ("months" in e):
        raise DefinitionError(file, p, "exactly one of days or months")
    if e.get("counting") not in countings:
        raise DefinitionError(file, f"{p}.counting", f"one of the counting rules ({', '.join(countings)})")
    first = e.get("reconsideration_first")
    first_article, first_outcomes = None, frozenset()
    if first is not None:
        if not isinstance(first, dict) or not isinstance(first.get("outcomes"), list):
            raise DefinitionError(file, f"{p}.reconsideration_first", "a mapping with article and outcomes")
        first_article = _text(file, f"{p}.reconsideration_first.article", first.get("article"))
        unknown = set(first["outcomes"]) - outcomes
        if unknown:
            raise DefinitionError(
                file,
                f"{p}.reconsideration_first.outcomes",
                f"outcome codes of the vocabulary (unknown: {', '.join(sorted(unknown))})",
            )
        first_outcomes = frozenset(first["outcomes"])
    unexpired = e.get("unexpired", False)
    if unexpired and not e.get("transition"):
        raise DefinitionError(file, f"{p}.transition", "the rule that carries the era to unexpired periods")
    return Era(
        start=_date(file, f"{p}.from", e.get("from")),
        article=_text(file, f"{p}.article", e.get("article")),
        counting=countings[e["counting"]],
        days=_positive(file, f"{p}.days", e["days"]) if "days" in e else None,
        months=_positive(file, f"{p}.months", e["months"]) if "months" in e else None,
        unexpired=bool(unexpired),
        transition=e.get("transition"),
        first_article=first_article,
        first_outcomes=first_outcomes,
    )


def _codes(file: str, path: str, values: Any, known: set[str], what: str) -> frozenset[str]:
    if not isinstance(values, list):
        raise DefinitionError(file, path, f"a list of {what}")
    unknown = set(values) - known
    if unknown:
        raise DefinitionError(file, path, f"{what} (unknown: {', '.join(sorted(map(str, unknown)))})")
    return frozenset(values)


def parse_remedies(path: Path, raw: Any, vocab: Vocabulary) -> RemedyRules:
    file = path.name
    outcomes = set(vocab.codes("outcomes"))
    if not isinstance(raw, dict):
        raise DefinitionError(file, "(root)", "a mapping with counting, periods and without_remedies")
    countings = _countings(file, raw.get("counting"))
    periods: dict[str, Period] = {}
    raw_periods = raw.get("periods")
    if not isinstance(raw_periods, dict) or not raw_periods:
        raise DefinitionError(file, "periods", "a mapping of periods")
    for code, spec in raw_periods.items():
        p = f"periods.{code}"
        if not isinstance(spec, dict) or not isinstance(spec.get("eras"), list) or not spec["eras"]:
            raise DefinitionError(file, p, "a mapping with label, runs_from and a non-empty list of eras")
        if spec.get("runs_from") not in RUNS_FROM:
            raise DefinitionError(file, f"{p}.runs_from", f"one of {', '.join(RUNS_FROM)}")
        eras = [_era(file, f"{p}.eras[{i}]", e, countings, outcomes) for i, e in enumerate(spec["eras"])]
        if [e.start for e in eras] != sorted({e.start for e in eras}):
            raise DefinitionError(
                file, f"{p}.eras", "eras in order of their from dates, no two on the same date"
            )
        kind = spec.get("proceeding_kind")
        if (spec["runs_from"] == "reconsideration_decision") != (kind is not None):
            raise DefinitionError(
                file, f"{p}.proceeding_kind", "given exactly when runs_from is reconsideration_decision"
            )
        if kind is not None and kind not in vocab.codes("proceeding_kinds"):
            raise DefinitionError(
                file, f"{p}.proceeding_kind", f"one of {', '.join(vocab.codes('proceeding_kinds'))}"
            )
        periods[code] = Period(
            code, _text(file, f"{p}.label", spec.get("label")), spec["runs_from"], tuple(eras), kind
        )
    without = _codes(
        file,
        "without_remedies.outcomes",
        (raw.get("without_remedies") or {}).get("outcomes") or [],
        outcomes,
        "outcome codes of the vocabulary",
    )
    letters = _codes(
        file,
        "outcome_letters",
        raw.get("outcome_letters") or [],
        set(vocab.codes("served_letters")),
        "served_letters codes of the vocabulary",
    )
    return RemedyRules(periods, without, letters)


def load_remedies(directory: Path | None = None) -> RemedyRules:
    """Every ``remedies/*.yaml`` of ``directory`` (default: the shipped definitions), merged."""
    directory = directory or definitions_dir()
    vocab = load_vocabulary(directory / "vocabulary.yaml")
    periods: dict[str, Period] = {}
    without: set[str] = set()
    letters: set[str] = set()
    files = sorted((directory / "remedies").glob("*.yaml"))
    if not files:
        raise DefinitionError(str(directory / "remedies"), "(folder)", "at least one remedies file")
    for path in files:
        rules = parse_remedies(path, load_yaml(path), vocab)
        for code in rules.periods:
            if code in periods:
                raise DefinitionError(
                    path.name, f"periods.{code}", "unique; defined in another file of remedies/"
                )
        periods.update(rules.periods)
        without |= rules.without_remedies
        letters |= rules.outcome_letters
    return RemedyRules(periods, frozenset(without), frozenset(letters))


@functools.lru_cache(maxsize=1)
def default_remedies() -> RemedyRules:
    """The shipped remedies periods, read once per process."""
    return load_remedies()
