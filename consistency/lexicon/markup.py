"""What marks text as not the article's own: datelines, agency credits, boilerplate lines,
from agencies.txt and boilerplate.txt, and HTML comments. Load reads sources from them;
normalize skips them."""

from __future__ import annotations

import re
from functools import cache

from consistency import lexicon
from consistency.lexicon.calendar import MONTH_NAMES
from consistency.lexicon.patterns import alternation


@cache
def boilerplate_re() -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in lexicon.lines("boilerplate.txt"))
    return re.compile(rf"^(?:{body})$", re.IGNORECASE)


@cache
def agency_codes() -> dict[str, str]:
    return lexicon.mapping("agencies.txt")


@cache
def _credit_re() -> re.Pattern[str]:
    codes = alternation(agency_codes())
    # "(PTI)", "(AP Photo/Jane Doe)", "(Reuters photo)"
    return re.compile(rf"\((?:{codes})(?:\s*(?:photo|file|pic)\b[^()\n]{{0,60}})?\)", re.IGNORECASE)


def credit_re() -> re.Pattern[str]:
    """Return the pattern of an agency credit in parentheses."""
    return _credit_re()


_DATELINE_RE = re.compile(
    r"\A\s*(?P<city>[A-Z][A-Z.'’ -]{1,40}?)(?:\s*\[[^\]\n]{1,40}\])?\s*,?\s*"
    rf"(?:(?P<date>(?:{MONTH_NAMES})\.? \d{{1,2}}(?:, \d{{4}})?)\s*)?"
    r"(?:\((?P<agency>[A-Za-z]{2,12})\))?\s*(?::|—|–|-)\s*"
)


def dateline(text: str) -> re.Match[str] | None:
    """Return the dateline at the start of the text ("NEW DELHI [India], January 14 (ANI):")."""
    return _DATELINE_RE.match(text[:200])


def comment_spans(text: str) -> list[tuple[int, int]]:
    """HTML comments (never article text), found in one pass: a regex `<!--.*?-->` would scan
    to the end of the text from every opening left unclosed, which is quadratic."""
    out = []
    i = text.find("<!--")
    while i >= 0:
        j = text.find("-->", i + 4)
        if j < 0:
            break  # no comment closes after this one: none can after a later one either
        out.append((i, j + 3))
        i = text.find("<!--", j + 3)
    return out
