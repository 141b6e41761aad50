"""A fee tariff (``definitions/fees/*.yaml``): its methods, bands and rates, read into frozen objects,
and the amount a method charges for a count of units.

The rules are data: thresholds, rates, the date the tariff is in force from and the wording of each
standard are in the YAML; this module knows only how an excess-progressive schedule adds up
(《政府信息公开信息处理费管理办法》第三条: 超额累进) and which units one application pays for
(``charge``: ``all_units`` or ``last_unit``, explained in the tariff file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from workflow.errors import DefinitionError

CHARGES = ("all_units", "last_unit")
# what a method counts: the applicant's applications to the agency in the month of receipt, or a
# number field of the trigger ("field:<name>")
COUNTED = ("applications_in_month",)


@dataclass(frozen=True)
class Band:
    first: int  # the first unit of the band (1-based)
    last: int | None  # None: no upper end
    rate: Decimal
    standard: str  # the band's wording, as the measures put it
    every: int | None = None  # beyond the last band: the rate rises by ``step`` every ``every`` units
    step: Decimal = Decimal(0)

    def rate_of(self, unit: int) -> Decimal:
        if self.every is None:
            return self.rate
        return self.rate + self.step * ((unit - self.first) // self.every)


@dataclass(frozen=True)
class Line:
    """The units of one band an application pays for, at one rate."""

    first: int
    last: int
    units: int
    rate: Decimal
    amount: Decimal
    standard: str


@dataclass(frozen=True)
class Charge:
    quantity: int
    amount: Decimal
    lines: tuple[Line, ...]  # the bands charged (free bands included), in order


@dataclass(frozen=True)
class Method:
    code: str
    label: str
    article: str
    unit: str
    fee_basis: str
    counts: str  # one of COUNTED, or "field:<name>"
    charge: str  # one of CHARGES
    bands: tuple[Band, ...]

    @property
    def counted_field(self) -> str | None:
        return self.counts.removeprefix("field:") if self.counts.startswith("field:") else None

    def band_of(self, unit: int) -> Band:
        return next(b for b in self.bands if b.last is None or unit <= b.last)

    def charge_for(self, quantity: int) -> Charge:
        """What one application pays when the count is ``quantity`` (pages, or its ordinal in the month)."""
        units = range(1, quantity + 1) if self.charge == "all_units" else range(quantity, quantity + 1)
        lines: list[Line] = []
        for unit in units:
            band, rate = self.band_of(unit), self.band_of(unit).rate_of(unit)
            if lines and lines[-1].rate == rate and lines[-1].standard == band.standard:
                prev = lines[-1]
                lines[-1] = Line(prev.first, unit, prev.units + 1, rate, prev.amount + rate, band.standard)
            else:
                lines.append(Line(unit, unit, 1, rate, rate, band.standard))
        return Charge(quantity, sum((x.amount for x in lines), Decimal(0)).quantize(Decimal("0.01")), tuple(lines))


@dataclass(frozen=True)
class Tariff:
    name: str
    label: str
    source: str  # the measures, cited as written
    in_force_from: date
    methods: dict[str, Method]


def _number(file: str, path: str, value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DefinitionError(file, path, f"a number of yuan, got {value!r}")
    return Decimal(str(value))


def _method(file: str, code: str, raw: Any, fee_bases: set[str]) -> Method:
    path = f"methods.{code}"
    if not isinstance(raw, dict):
        raise DefinitionError(file, path, "a mapping with label, article, unit, fee_basis, counts, charge, bands")
    for key in ("label", "article", "unit", "fee_basis", "counts", "charge", "bands"):
        if key not in raw:
            raise DefinitionError(file, f"{path}.{key}", "present (required key)")
    if raw["fee_basis"] not in fee_bases:
        raise DefinitionError(file, f"{path}.fee_basis", f"a fee_bases code of vocabulary.yaml, got {raw['fee_basis']!r}")
    counts = str(raw["counts"])
    if counts not in COUNTED and not counts.startswith("field:"):
        raise DefinitionError(file, f"{path}.counts", f"one of {list(COUNTED)} or field:<name>, got {counts!r}")
    if raw["charge"] not in CHARGES:
        raise DefinitionError(file, f"{path}.charge", f"one of {list(CHARGES)}, got {raw['charge']!r}")
    bands: list[Band] = []
    first = 1
    for i, b in enumerate(raw["bands"] or []):
        if not isinstance(b, dict) or not isinstance(b.get("upto"), int) or b["upto"] < first:
            raise DefinitionError(file, f"{path}.bands[{i}]", f"{{upto, rate, standard}} with upto ≥ {first}")
        bands.append(Band(first, b["upto"], _number(file, f"{path}.bands[{i}].rate", b.get("rate")),
                          str(b.get("standard") or "")))
        first = b["upto"] + 1
    beyond = raw.get("beyond")
    if not isinstance(beyond, dict):
        raise DefinitionError(file, f"{path}.beyond", "{rate, standard} and optionally every and step: the units above the last band")
    every = beyond.get("every")
    if every is not None and (not isinstance(every, int) or every < 1):
        raise DefinitionError(file, f"{path}.beyond.every", f"a positive whole number of units, got {every!r}")
    bands.append(Band(first, None, _number(file, f"{path}.beyond.rate", beyond.get("rate")),
                      str(beyond.get("standard") or ""), every,
                      _number(file, f"{path}.beyond.step", beyond.get("step", 0))))
    return Method(code, str(raw["label"]), str(raw["article"]), str(raw["unit"]), str(raw["fee_basis"]), counts,
                  str(raw["charge"]), tuple(bands))


def parse_tariff(path: Path, raw: Any, fee_bases: set[str]) -> Tariff:
    file = path.name
    if not isinstance(raw, dict):
        raise DefinitionError(file, "(root)", "a mapping")
    for key in ("name", "label", "source", "in_force_from", "methods"):
        if key not in raw:
            raise DefinitionError(file, key, "present (required key)")
    if not isinstance(raw["in_force_from"], date):
        raise DefinitionError(file, "in_force_from", "a date (YYYY-MM-DD)")
    if not isinstance(raw["methods"], dict) or not raw["methods"]:
        raise DefinitionError(file, "methods", "a mapping of charge method code to its schedule")
    methods = {str(code): _method(file, str(code), spec, fee_bases) for code, spec in raw["methods"].items()}
    return Tariff(str(raw["name"]), str(raw["label"]), str(raw["source"]), raw["in_force_from"], methods)
