"""Numbers written in digits or words, and qualifiers that turn them into intervals."""

from __future__ import annotations

import math
import re
from functools import cache

from consistency import data
from consistency.wordre import alternation


@cache
def _words() -> dict[str, dict[str, float]]:
    return data.table("number_words.toml")


@cache
def number_words() -> frozenset[str]:
    """Number words that can stand alone (units, tens, specials, scales spelled out)."""
    w = _words()
    scales = [s for s in w["scales"] if len(s) > 2]
    return frozenset({*w["units"], *w["tens"], *w["special"], *scales})


@cache
def word_pattern() -> str:
    """Return a regex alternation of number words (units, tens, scales, specials)."""
    return alternation(number_words())


@cache
def _hint_re() -> re.Pattern[str]:
    # no word boundaries: a looser, much cheaper scan than the extractor's
    return re.compile(rf"\d|{alternation(number_words())}")


def may_hold_number(text: str) -> bool:
    """A cheap test: False only when `text` has neither a digit nor a number word."""
    return _hint_re().search(text.lower()) is not None


@cache
def scale_pattern() -> str:
    """Return a regex alternation of scale words written after digits ("1.2 million", "3bn")."""
    return alternation(_words()["scales"])


@cache
def _scaled_re() -> re.Pattern[str]:
    return re.compile(rf"^([\d.,]+)\s*({scale_pattern()})?$")


@cache
def _rounded_re() -> re.Pattern[str]:
    return re.compile(rf"^\s*([\d.,]+)\s*({scale_pattern()})\b")


def scale_value(word: str) -> float | None:
    return _words()["scales"].get(word.lower())


def parse_words(text: str) -> float | None:
    """Parse a number written in words: "twenty-three", "two hundred and five", "a dozen"."""
    w = _words()
    tokens = [
        t for t in re.split(r"[\s-]+", text.lower().strip()) if t and t not in ("and", "a", "an")
    ]
    if not tokens:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for tok in tokens:
        if tok in w["units"]:
            current += w["units"][tok]
        elif tok in w["tens"]:
            current += w["tens"][tok]
        elif tok in w["special"]:
            current = (current or 1) * w["special"][tok]
        elif tok in w["scales"] and len(tok) > 2:
            scale = w["scales"][tok]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")


def parse_digits(text: str) -> float | None:
    """Parse "1,200", "3.5", ".5"; None when it is not a plain number."""
    t = text.strip()
    if t.startswith("."):
        t = "0" + t
    m = _DIGITS_RE.match(t)
    if not m:
        return None
    return float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))


def parse_number(text: str) -> float | None:
    """Parse digits, digits with a scale ("1.2 million", "3bn") or number words."""
    t = text.strip().lower().replace("\u2009", "").replace("\u00a0", " ")
    m = _scaled_re().match(t)
    if m:
        base = parse_digits(m.group(1))
        if base is None:
            return None
        return base * (scale_value(m.group(2)) or 1) if m.group(2) else base
    m = re.match(r"^([\d.,]+)\s+(.+)$", t)
    if m:
        base, rest = parse_digits(m.group(1)), parse_words(m.group(2))
        if base is not None and rest is not None:
            return base * rest
    return parse_words(t)


def rounding_interval(text: str, value: float) -> tuple[float, float]:
    """Return the interval a written number stands for, given how it was rounded.

    "1.2 million" stands for [1.15, 1.25] million; "50" and "two" are exact. Only numbers
    written with a scale word are treated as rounded: newsroom style rounds those.
    """
    m = _rounded_re().match(text.lower())
    if not m:
        return value, value
    digits = m.group(1).replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = scale_value(m.group(2)) or 1
    half = 0.5 * scale * 10 ** (-decimals)
    return value - half, value + half


@cache
def qualifiers() -> tuple[dict[str, str], dict[str, float]]:
    t = data.table("qualifiers.toml")
    return t["phrases"], t["tolerance"]


@cache
def qualifier_pattern() -> str:
    phrases, _ = qualifiers()
    return alternation(phrases)


def qualify(qualifier: str, lo: float, hi: float) -> tuple[float, float]:
    """Widen [lo, hi] by a qualifier phrase ("about", "over", "up to", ...)."""
    phrases, tol = qualifiers()
    kind = phrases.get(qualifier.lower().strip(), "")
    if kind == "approx":
        return lo * (1 - tol["approx"]), hi * (1 + tol["approx"])
    if kind == "near_below":
        return lo * (1 - tol["near_below"]), hi
    if kind == "min_strict":
        return lo, math.inf
    if kind == "min":
        return lo, math.inf
    if kind == "max":
        return 0.0, hi
    return lo, hi


def format_number(value: float) -> str:
    """Format a value without a spurious ".0"."""
    if math.isinf(value):
        return "inf"
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"
