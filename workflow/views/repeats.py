"""Suggested links to the same applicant's earlier applications on the same subject (重复申请, 条例
Art. 36 item (六)), and the links the clerk confirmed, as the case page shows them.

The similarity of two subjects is a measure a clerk can check by eye: both texts are normalised
(full-width to half-width, case folded, everything but letters and digits dropped), cut into their
overlapping two-character pieces, and the share of pieces they have in common is taken (the Dice
coefficient: twice the pieces in common over the pieces of both), as a percentage. "2025年度行政许可
决定书目录" and "2025年行政许可决定书目录" have 14 and 13 pieces, 12 in common: 2 × 12 / 27 = 89.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from workflow.isotext import iso_or_none

MEASURE = "申请内容相似度：两段文字（去除空格和标点后）相同的相邻两字片段所占比例"


def normalise_subject(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _pieces(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else ({text} if text else set())


def similarity(a: str, b: str) -> int:
    """0-100: the share of two-character pieces the normalised subjects have in common."""
    pa, pb = _pieces(normalise_subject(a)), _pieces(normalise_subject(b))
    if not pa or not pb:
        return 0
    return round(200 * len(pa & pb) / (len(pa) + len(pb)))


def _case_summary(vocab: Any, row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    outcome = row[prefix + "outcome"]
    return {
        "case_no": row[prefix + "case_no"],
        "subject": row[prefix + "subject"],
        "received": iso_or_none(row[prefix + "received_on"]),
        "concluded": iso_or_none(row[prefix + "concluded_on"]),
        "outcome": outcome,
        "outcome_label": vocab.label("outcomes", outcome) if outcome else None,
    }


def repeat_suggestions(
    vocab: Any, subject: str, earlier: list[dict[str, Any]], linked: set[str], min_similarity: int
) -> list[dict[str, Any]]:
    """The earlier applications whose subject is at least ``min_similarity`` alike, most alike first;
    those already linked left out."""
    found = []
    for row in earlier:
        if row["case_no"] in linked:
            continue
        score = similarity(subject, row["subject"])
        if score >= min_similarity:
            found.append({**_case_summary(vocab, row), "similarity": score})
    return sorted(found, key=lambda s: -s["similarity"])


def link_views(vocab: Any, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            **_case_summary(vocab, r, "other_"),
            "kind": r["kind"],
            "direction": r["direction"],
            "similarity": r["similarity"],
            "recorded_seq": r["recorded_seq"],
        }
        for r in links
    ]
