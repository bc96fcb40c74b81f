"""Numbers written in digits or words, and qualifiers that turn them into intervals."""

from __future__ import annotations

import math
import re
from functools import cache

from consistency import lexicon
from consistency.lexicon.patterns import alternation
from consistency.lexicon.qualifiers import close_bounds, qualifiers


@cache
def _words() -> dict[str, dict[str, float]]:
    return lexicon.table("number_words.toml")


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
    return alternation({*_words()["scales"], *_words()["digit_scales"]})


@cache
def _scaled_re() -> re.Pattern[str]:
    return re.compile(rf"^([\d.,  \u202f]+?)\s*({scale_pattern()})?$")


@cache
def _rounded_re() -> re.Pattern[str]:
    return re.compile(rf"^\s*([\d.,]+)\s*({scale_pattern()})\b")


def scale_value(word: str) -> float | None:
    w = word.lower()
    return _words()["scales"].get(w) or _words()["digit_scales"].get(w)


@cache
def _ordinals() -> dict[str, float]:
    """Fraction denominators by word, singular and plural ("fifth", "fifths", "halves")."""
    out = {}
    for word, value in _words()["ordinals"].items():
        out[word] = value
        out.setdefault(word + "s", value)
    return out


@cache
def number_pattern(ratios: bool = True) -> str:
    """The regex of one written number, shared by every extractor (use it case-insensitively).

    Digits: "1,234,567", "12,34,567.89" (Indian grouping), "1 234 567" (thin or plain
    spaces), "4.8", ".08", "1.3e6", "2.5^-1", "3/4", "2 1/4", with a scale after them
    ("2 million", "10k", "1.2bn", "3 dozens"). Words: "twenty-one trillion and three
    hundred", "two hundred point zero three", "two thirds", "one and a half", "a
    twenty-first", "half a dozen", "one over three". A singular ordinal is a denominator
    only after "a", "an" or "one" ("a fifth"), or hyphened to a tens word ("twenty-first"),
    so "three second-half goals" stays three. `ratios=False` leaves out "X over Y", for
    patterns that read a count before something else ("69 over 16 years").
    """
    w = _words()
    cards = alternation(
        {*w["units"], *w["tens"], *w["special"], *(k for k in w["scales"] if len(k) > 2)} - {"half"}
    )
    plural = alternation(k for k in _ordinals() if k.endswith("s") or k == "half")
    singular = alternation(k for k in _ordinals() if not k.endswith("s") and k != "half")
    sep = r"(?:\s*-\s*|\s+)"
    conn = rf"(?:and(?:{sep}an?)?|point)"  # "and a half", "two hundred point five"
    big = alternation(k for k in (*w["scales"], "dozen", "score") if len(k) > 2)
    start = rf"(?:an?{sep}(?:{big})|{cards}|half(?:{sep}an?{sep}(?:{cards}))?)"
    token = rf"(?:{cards}|{plural})"
    # a singular denominator: "a fifth of", "one-eighth", "twenty-first"; not "a seventh term"
    single = (
        rf"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bone\s)|(?<=\bone-)|(?<=ty-)){singular}"
        r"(?=\s+of\b|\s*[.,;:!?)]|\s*$)"
    )
    words_run = (
        rf"(?:{start}|an?{sep}(?:{plural}|{single}))\b"
        rf"(?:{sep}(?:{conn}{sep})*(?:{token}|{single})\b)*"
    )
    # "one over three", "1 over 3": a ratio only when nothing follows the divisor ("2000
    # over 3 years" is two numbers)
    ratio_end = r"(?=\s*(?:[.,;:!?)]|$))"
    digits = (
        r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+"
        r"|\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?!\d|,\d)|\d+)(?:\.\d+(?!\d|\.\d))?|\.\d+"
    )
    power = r"(?:e[+-]?\d+\b|\^[+-]*\d+)"
    all_scales = {*w["scales"], *w["digit_scales"]}
    # "1.2 million", "10 bln"; an abbreviation only when it touches the digits: "10k", "$5m"
    # ("9 m" and "5 k" are metres and kilometres more often than not)
    spaced = alternation(k for k in all_scales if len(k) > 2)
    touching = alternation(k for k in all_scales if len(k) <= 2)
    scale = rf"(?:\s?(?:{spaced})\b|(?:{touching})\b)"
    digit_num = rf"(?:\d+\s+\d+/\d+|\d+/\d+|(?:{digits}){power}?{scale}?)"
    one = rf"(?:{digit_num}|\b{words_run})"
    if not ratios:
        return one
    # an optional tail, not an alternative: a number that is no ratio is matched once
    return rf"(?:{one}(?:\s+(?:over|out\s+of)\s+{one}{ratio_end})?)"


@cache
def _find_re() -> re.Pattern[str]:
    sign = r"(?P<sign>(?<![\w-])-\s?|\b(?:minus|negative)\s+)?"
    return re.compile(rf"(?<!\w){sign}(?P<num>{number_pattern()})", re.IGNORECASE)


def find_numbers(text: str) -> list[tuple[int, int, float]]:
    """Every written number in `text` as (start, end, value), signs included."""
    out = []
    for m in _find_re().finditer(text):
        end = m.end()
        if end < len(text) and text[end].isalpha():
            continue  # "180ml", "4th", "G20s": a unit or an ordinal, not a number
        value = parse_number(m.group("num"))
        if value is None:
            continue
        if m.group("sign"):
            value = -value
        out.append((m.start(), end, value))
    return out


def _cardinal(tokens: list[str]) -> float | None:
    """Value of cardinal number words ("two hundred and five", "three lakh crore")."""
    w = _words()
    total = current = 0.0
    seen = False
    for tok in tokens:
        if tok in ("and", "a", "an"):
            continue
        if tok in w["units"]:
            current += w["units"][tok]
        elif tok in w["tens"]:
            current += w["tens"][tok]
        elif tok in w["special"]:
            current = (current or 1) * w["special"][tok]
        elif tok in w["scales"] and len(tok) > 2:
            scale = w["scales"][tok]
            if scale < 1000:
                current = (current or 1) * scale
            elif current == 0 and total:
                total *= scale  # "lakh crore": a scale of a scale
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _decimals(tokens: list[str]) -> str | None:
    """Digits after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    w = _words()
    out, i = [], 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in w["tens"] and i + 1 < len(tokens) and tokens[i + 1] in w["units"]:
            out.append(str(int(w["tens"][tok] + w["units"][tokens[i + 1]])))
            i += 2
            continue
        value = w["units"].get(tok, w["tens"].get(tok))
        if value is None:
            return None
        out.append(str(int(value)))
        i += 1
    return "".join(out) or None


def parse_words(text: str) -> float | None:
    """Parse a number written in words: "twenty-three", "two thirds", "one and a half",
    "two hundred point zero three", "half a dozen", "one over three"."""
    low = " ".join(text.lower().split())
    over = re.split(r"\s+(?:over|out of)\s+", low)
    if len(over) == 2:
        num, den = parse_words(over[0]), parse_words(over[1])
        return num / den if num is not None and den else None
    # tokens, remembering which were joined to the previous one by a hyphen
    tokens: list[str] = []
    hyphened: list[bool] = []
    for m in re.finditer(r"(-\s*)?([a-z]+)", low):
        tokens.append(m.group(2))
        hyphened.append(bool(m.group(1)))
    if not tokens:
        return None
    if "point" in tokens:
        i = tokens.index("point")
        whole = _cardinal(tokens[:i]) if i else 0.0
        digits = _decimals(tokens[i + 1 :])
        return None if whole is None or digits is None else float(f"{int(whole)}.{digits}")
    if tokens[0] == "half" and len(tokens) > 2 and tokens[1] in ("a", "an"):
        rest = _cardinal(tokens[2:])
        return rest * 0.5 if rest is not None else None
    ordinals = _ordinals()
    if tokens[-1] in ordinals:
        den = ordinals[tokens[-1]]
        head = tokens[:-1]
        tens, units = _words()["tens"], _words()["units"]
        if head and head[-1] in tens and den < 10:
            # "twenty-first" and "one hundred thirty fifths" (1/35) share one denominator;
            # "twenty fifths" (20/5) and "a hundred and thirty fifths" (130/5) do not
            joined = hyphened[-1] or (len(head) > 1 and head[-2] != "and")
            if joined:
                den += tens[head[-1]]
                head = head[:-1]
        whole = 0.0
        if "and" in head:
            cut = len(head) - 1 - head[::-1].index("and")
            rest = [t for t in head[cut + 1 :] if t not in ("a", "an")]
            if len(rest) <= 1 and all(t in units for t in rest):
                # "twenty and three fifths", "one and a half": a whole and a fraction
                whole_v = _cardinal(head[:cut])
                if whole_v is None:
                    return None
                whole, head = whole_v, head[cut + 1 :]
        if head in ([], ["a"], ["an"]):
            num = 1.0
        else:
            num_v = _cardinal(head)
            if num_v is None:
                return None
            num = num_v
        return whole + num / den
    return _cardinal(tokens)


_DIGITS_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)(?:\.(\d+))?$")


def parse_digits(text: str) -> float | None:
    """Parse "1,200", "12,34,567.89", "1 234 567", "3.5", ".5"; None for anything else."""
    t = re.sub(r"(?<=\d)[ \u202f\u00a0](?=\d{3})", "", text.strip())
    if t.startswith("."):
        t = "0" + t
    m = _DIGITS_RE.match(t)
    if not m:
        return None
    return float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))


_FRACTION_RE = re.compile(r"^(?:(\d+)\s+)?(\d+)/(\d+)$")
_POWER_RE = re.compile(r"^(.+?)(?:e([+-]?\d+)|\^([+-]*)(\d+))$")


def parse_number(text: str) -> float | None:
    """Parse any number `number_pattern()` matches: digits, with a scale or a power,
    fractions, or words."""
    t = " ".join(text.strip().lower().replace("\u2009", "").split())
    if not t:
        return None
    ratio = re.split(r"\s+(?:over|out of)\s+", t)
    if len(ratio) == 2:
        num, den = parse_number(ratio[0]), parse_number(ratio[1])
        return num / den if num is not None and den else None
    if not (t[0].isdigit() or t[0] == "."):
        return parse_words(t)
    m = _FRACTION_RE.match(t)
    if m:
        den = float(m.group(3))
        if not den:
            return None
        return float(m.group(1) or 0) + float(m.group(2)) / den
    m = _scaled_re().match(t)
    if m:
        base = parse_digits(m.group(1))
        if base is None:
            return None
        return base * (scale_value(m.group(2)) or 1) if m.group(2) else base
    m = _POWER_RE.match(t)
    if m:
        base = parse_digits(m.group(1))
        if base is None:
            return None
        if m.group(2) is not None:
            return base * 10 ** int(m.group(2))
        exp = int(m.group(4)) * (-1 if m.group(3).count("-") % 2 else 1)
        try:
            return base**exp
        except (OverflowError, ZeroDivisionError):
            return None
    m = re.match(r"^([\d.,  \u202f]+?)\s*([a-z]+)$", t)
    if m:
        base, rest = parse_digits(m.group(1)), scale_value(m.group(2))
        if base is None:
            return None
        if rest is None:
            words = parse_words(m.group(2))
            return base * words if words is not None else None
        return base * rest
    return parse_digits(t)


def rounding_interval(text: str, value: float) -> tuple[float, float]:
    """Return the interval a written number stands for, given how it was rounded.

    "1.2 million" stands for [1.15, 1.3) million: rounded to the nearest 0.1 million, or
    cut off after it ("$43 million" for $43,885,310 is common); "50" and "two" are exact.
    Only numbers written with a scale word are treated as rounded: newsroom style rounds
    those.
    """
    m = _rounded_re().match(text.lower())
    if not m:
        return value, value
    digits = m.group(1).replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = scale_value(m.group(2)) or 1
    step = scale * 10 ** (-decimals)
    return value - step / 2, value + step * 0.999


@cache
def qualifier_pattern() -> str:
    phrases, _ = qualifiers()
    return alternation(phrases)


def qualify(
    qualifier: str, lo: float, hi: float, value: float | None = None
) -> tuple[float, float]:
    """Widen [lo, hi] by a qualifier phrase ("about", "over", "up to", ...). A bound
    ("at least", "fewer than") is the written figure itself when `value` is given: "at least
    15 million" starts at 15,000,000, not at the rounding of "15 million"."""
    phrases, tol = qualifiers()
    kind = phrases.get(qualifier.lower().strip(), "")
    at_lo = lo if value is None else value
    at_hi = hi if value is None else value
    if qualifier.lower().strip() in close_bounds():  # "just over 81 percent": 81 to 85
        if kind == "near_below":
            return at_hi * (1 - tol["close"]), at_hi
        return at_lo, at_lo * (1 + tol["close"])
    if kind == "approx":
        # the tolerance around the figure, not around its rounding as well: "about $1.2
        # million" reaches $1.38 million, not $1.44 million
        mid = value if value is not None else (lo + hi) / 2
        return min(lo, mid * (1 - tol["approx"])), max(hi, mid * (1 + tol["approx"]))
    if kind == "near_below":
        return lo * (1 - tol["near_below"]), at_hi
    if kind in ("min_strict", "min"):
        return at_lo, math.inf
    if kind in ("max", "max_strict"):
        return 0.0, at_hi
    return lo, hi


def format_number(value: float) -> str:
    """Format a value without a spurious ".0"."""
    if math.isinf(value):
        return "inf"
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"
