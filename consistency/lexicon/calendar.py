"""Month names and numbers (English, from the standard library's calendar)."""

from __future__ import annotations

import calendar

_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
_MONTHS["sept"] = 9

_FULL = [calendar.month_name[i] for i in range(1, 13)]
_ABBR = [a if a != "Sep" else "Sept?" for a in (calendar.month_abbr[i] for i in range(1, 13))]
_ABBR.remove("May")
# alternations for regular expressions: full names first, then abbreviations
MONTH_NAMES = "|".join(_FULL + _ABBR)
MONTH_RE = "(?:" + "|".join(_FULL + [a + r"\.?" for a in _ABBR]) + ")"


def month_number(name: str) -> int | None:
    """Return 1-12 for a month name or abbreviation ("Jan.", "sept")."""
    return _MONTHS.get(name.lower().rstrip("."))
