"""One case that takes the long way, as the engine benchmark and the letter tests run it: accepted,
a third party consulted and agreeing, the period extended, a decision sent back for rework and
decided again, signed off, delivered and archived. Each step is (trigger, day of March 2026, data),
after registration on 2026-03-02 (in person). Letters are owed at registration, consultation,
extension and sign-off, and the events after each change what a letter made late would read."""

from __future__ import annotations

from typing import Any

LONG_WAY: list[tuple[str, int, dict[str, Any]]] = [
    ("accept", 3, {}),
    ("consult", 4, {"party_kind": "third_party", "party_name": "某公司"}),
    ("record_opinion", 6, {"party_name": "某公司", "opinion": "agree"}),
    ("extend", 9, {"days": "10", "reason": "需调取档案"}),
    ("decide", 10, {"outcome": "unavailable_not_held", "basis": "not_exist"}),
    ("return_for_rework", 10, {"reason": "补充检索"}),
    ("decide", 11, {"outcome": "unavailable_needs_creation", "basis": "needs_creation"}),
    ("sign_off", 12, {}),
    ("record_delivery", 13, {"method": "post"}),
    ("archive", 16, {"file_no": "WS-1"}),
]
