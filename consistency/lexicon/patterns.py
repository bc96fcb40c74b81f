"""Regex alternations of word lists, built as a prefix tree.

A plain alternation ``one|two|three|...`` makes the regex engine try every word at every
position; the same words folded into a tree (``t(?:wo|hree)|one``) try one branch per
letter. Matching is unchanged: at each node the longer continuation is tried first, so the
longest word wins, as with an alternation sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def _tree(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return root


def _emit(node: dict) -> str:
    ends = _END in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def alternation(words: Iterable[str]) -> str:
    """Return a non-capturing regex that matches any of `words`, longest first."""
    unique = {w for w in words if w}
    if not unique:
        return "(?!)"
    return "(?:" + _emit(_tree(unique)) + ")"


# words, numbers with their separators, and "n't" as a word of its own ("wasn't" -> was n't):
# how the sentence route and the rules that read its differing words split a sentence
# where a clause of its own starts inside a sentence: a semicolon or colon, or a comma
# before "and", "but", "while", "whereas" ("...in state taxes, and made $14.9 million")
CLAUSE_JOIN_RE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")
WORD_TOKEN_RE = re.compile(
    r"n['’]t\b|[A-Za-z]+?(?=n['’]t\b)|[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*"
)
# a figure that names one thing: a sum of money ("$95 million", "€3.2 billion"), a decimal
# ("3.75"), a number with thousands separators ("12,400"), or a count made one word with
# its noun ("a 12-story hotel")
MEASURE_FIGURE_RE = re.compile(
    r"[$€£]\s?\d[\d,.]*\d(?:\s(?:million|billion|trillion))?|[$€£]\s?\d"
    r"|\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+|(?<![\w.-])\d{1,3}-[a-z]{3,}\b(?!-)"
)


def measure_figures(text: str) -> set[str]:
    """The figures of `text` that name one thing (MEASURE_FIGURE_RE), spaces normalized."""
    return {" ".join(f.split()) for f in MEASURE_FIGURE_RE.findall(text)}
