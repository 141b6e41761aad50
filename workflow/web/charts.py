"""Charts drawn on the server as SVG geometry (no script, no CDN): the template only places shapes.

Each function returns the shapes of one chart in a fixed viewBox; labels are the vocabulary's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

PALETTE = ("#2f6fb3", "#d9822b", "#3a9a5b", "#a64ca6", "#c23b3b", "#6b7a8f", "#b59a2e", "#2aa3a3")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 640, 220, 36, 24, 10


def stacked_months(months: dict[int, Counter], labels: dict[str, str]) -> dict[str, Any]:
    """Applications per month, one stacked bar per month, one colour per channel."""
    series = sorted({code for counts in months.values() for code in counts})
    peak = max((sum(c.values()) for c in months.values()), default=0) or 1
    step = (WIDTH - LEFT) / 12
    scale = (HEIGHT - BOTTOM - TOP) / peak
    bars = []
    for month in range(1, 13):
        y = HEIGHT - BOTTOM
        for index, code in enumerate(series):
            n = months.get(month, Counter()).get(code, 0)
            if not n:
                continue
            h = n * scale
            y -= h
            bars.append({"x": round(LEFT + (month - 1) * step + step * 0.15, 1), "y": round(y, 1),
                         "w": round(step * 0.7, 1), "h": round(h, 1), "color": PALETTE[index % len(PALETTE)],
                         "title": f"{month}月 {labels.get(code, code)}：{n} 件"})
    ticks = [{"y": round(HEIGHT - BOTTOM - v * scale, 1), "value": v} for v in _ticks(peak)]
    months_x = [{"x": round(LEFT + (m - 0.5) * step, 1), "label": f"{m}月"} for m in range(1, 13)]
    legend = [{"label": labels.get(code, code), "color": PALETTE[i % len(PALETTE)]} for i, code in enumerate(series)]
    return {"width": WIDTH, "height": HEIGHT, "bars": bars, "ticks": ticks, "months": months_x, "legend": legend,
            "left": LEFT, "baseline": HEIGHT - BOTTOM, "empty": not bars}


def share_bars(counts: Counter, labels: dict[str, str]) -> list[dict[str, Any]]:
    """One horizontal bar per outcome, longest first, with its share of the whole."""
    total = sum(counts.values()) or 1
    peak = max(counts.values(), default=0) or 1
    return [{"label": labels.get(code, code), "value": n, "percent": round(100 * n / total, 1),
             "width": round(100 * n / peak, 1), "color": PALETTE[i % len(PALETTE)]}
            for i, (code, n) in enumerate(counts.most_common())]


def _ticks(peak: int) -> list[int]:
    step = max(1, -(-peak // 4))
    return list(range(0, peak + 1, step))
