"""What ``notifications/letters.yaml`` says a letter is and rests on: the kinds per regime, the reply
letter for an outcome and basis, article citations, and the remedies paragraph's data.

The index is read once (:func:`letters_index`); ``workflow.letters.composition`` builds a letter's context
from it and renders it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from workflow.errors import ValidationError
from workflow.letter_index import INDEX_FILE, letters_index
from workflow.templating import to_date

__all__ = [
    "INDEX_FILE",
    "LETTER_KINDS",
    "case_regime",
    "cite",
    "letter_spec",
    "letters_index",
    "reconsideration_bodies",
    "remedies_for",
    "required_settings",
    "resolve_reply",
    "withheld_ground",
]


def _kinds() -> tuple[str, ...]:
    kinds: list[str] = []
    for regime in letters_index()["regimes"].values():
        kinds.extend(k for k in regime["letters"] if k not in kinds)
    return tuple(kinds)


LETTER_KINDS: tuple[str, ...] = _kinds()


def case_regime(case: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    regimes = letters_index()["regimes"]
    name = case.get("regime")
    if name not in regimes:
        raise ValidationError(
            f"案件的适用条例版本无效 / case regime {name!r} is not one of {sorted(regimes)}"
        )
    return name, regimes[name]


def letter_spec(kind: str, regime: dict[str, Any], regime_name: str) -> dict[str, Any]:
    letters = regime["letters"]
    if kind not in letters:
        raise ValidationError(
            f"文书类型无效 / letter kind {kind!r} is not defined for {regime_name}; allowed: {', '.join(letters)}"
        )
    return letters[kind]


def resolve_reply(regime_name: str, outcome: str | None, basis: str | None) -> dict[str, Any]:
    """The reply letter for an outcome and basis: title, template, articles, refusal flag, basis.

    A basis not allowed for the outcome is an error; a missing one falls back to the outcome's
    ``default_basis`` (or its only basis).
    """
    reply = letters_index()["regimes"][regime_name]["letters"]["reply"]
    outcomes, bases = reply["outcomes"], reply["bases"]
    if outcome not in outcomes:
        raise ValidationError(
            f"办理结果无效 / outcome {outcome!r} has no reply letter; allowed: {', '.join(outcomes)}"
        )
    entry = outcomes[outcome]
    allowed = entry.get("bases") or []
    if not basis:
        basis = entry.get("default_basis") or (allowed[0] if len(allowed) == 1 else None)
    elif basis not in allowed:
        raise ValidationError(
            f"答复依据与办理结果不符 / basis {basis!r} does not fit outcome {outcome!r}; allowed: {allowed or 'none'}"
        )
    basis_entry = bases.get(basis, {}) if basis else {}
    articles = list(entry.get("articles") or [])
    articles += [a for a in basis_entry.get("articles") or [] if a not in articles]
    return {
        "outcome": outcome,
        "basis": basis,
        "title": entry.get("title") or reply["title"],
        "template": basis_entry.get("template") or entry["template"],
        "articles": articles,
        "refusal_14_16": bool(entry.get("refusal_14_16")),
        "ground_field": entry.get("ground_field"),
        "remedies": entry.get("remedies", True),
    }


def withheld_ground(regime_name: str, code: str) -> list[str]:
    """The articles a withheld part rests on: those of the withholding outcome ``code`` (one whose
    own letter withholds and names no ground of its own)."""
    outcomes = letters_index()["regimes"][regime_name]["letters"]["reply"]["outcomes"]
    grounds = [o for o, e in outcomes.items() if e.get("refusal_14_16") and not e.get("ground_field")]
    if code not in grounds:
        raise ValidationError(
            f"不予公开部分的理由类别无效 / withheld_ground {code!r}; allowed: {', '.join(grounds)}"
        )
    return list(outcomes[code].get("articles") or [])


def cite(articles: list[str], law: str) -> str:
    """``《…条例》第十四条、第三十六条第（三）项``: bare articles grouped under ``law``; a citation
    starting with 《 stands as written; groups are joined with 和."""
    groups: list[str] = []
    bare: list[str] = []
    for article in articles:
        if article.startswith("《"):
            if bare:
                groups.append(law + "、".join(bare))
                bare = []
            groups.append(article)
        else:
            bare.append(article)
    if bare:
        groups.append(law + "、".join(bare))
    return "和".join(groups)


def remedies_for(issued_on: date, *, refusal_14_16: bool, noun: str | None = None) -> dict[str, Any]:
    """The remedies paragraph's data for a letter issued on ``issued_on``: the era in force, and
    whether reconsideration must come first (a refusal under Arts. 14-16 in an era that says so)."""
    spec = letters_index()["remedies"]
    eras = spec["eras"]
    era = next((e for e in reversed(eras) if to_date(e["from"]) <= issued_on), eras[0])
    first = era.get("reconsideration_first")
    return {
        "noun": noun or spec["noun"],
        "reconsideration_days": spec["reconsideration_days"],
        "litigation_period": era["litigation_period"],
        "after_reconsideration_period": spec["after_reconsideration_period"],
        "reconsideration_article": era["reconsideration_article"],
        "litigation_article": era["litigation_article"],
        "reconsideration_first": bool(first) and refusal_14_16,
        "first_article": first["article"] if first else "",
        "after_article": first["after_article"] if first else "",
        "era_from": to_date(era["from"]),
        "body_settings": list(era.get("bodies") or []),
    }


def reconsideration_bodies(remedies: dict[str, Any], agency: dict[str, Any]) -> list[str]:
    """The reconsideration bodies the remedies paragraph names, from the agency's settings that the
    era lists. A letter cannot name none: a setting not given is an error that names it."""
    settings = agency.get("settings") or {}
    labels = letters_index()["remedies"].get("body_settings") or {}
    bodies: list[str] = []
    for name in remedies["body_settings"]:
        value = str(settings.get(name) or "").strip()
        if not value:
            code = agency.get("code") or agency.get("name") or "?"
            option = "--" + name.replace("_", "-")
            raise ValidationError(
                f"机关 {code} 未设置「{labels.get(name, name)}」{name}：{remedies['era_from'].isoformat()} 起"
                f"文书的救济途径须写明行政复议机关 / agency {code} has no setting {name}, which a letter with a "
                f"remedies paragraph names; set it: disclosure agency set {code} {option} …"
            )
        bodies.append(value)
    return bodies


def required_settings(spec: dict[str, Any], agency: dict[str, Any]) -> None:
    """The agency settings a letter kind prints (``requires_settings``) are set; one that is not is an
    error naming it and how to set it."""
    settings = agency.get("settings") or {}
    for name, label in (spec.get("requires_settings") or {}).items():
        if not str(settings.get(name) or "").strip():
            code = agency.get("code") or agency.get("name") or "?"
            raise ValidationError(
                f"机关 {code} 未设置「{label}」{name}，文书须写明 / agency {code} has no setting {name}, which "
                f"the letter prints; set it: disclosure agency set {code} --{name.replace('_', '-')} …"
            )
