"""The rule contract: a rule looks at one aligned pair and says whether it contradicts."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from consistency.model import Claim, Pair, RuleOptions, Severity


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule found in a pair: the sentence that states the disagreement."""

    message: str
    subject: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """A contradiction rule: stable code, readable name, default severity, and a check."""

    code: str
    name: str
    severity: Severity
    kinds: tuple[str, ...]
    summary: str
    check: Callable[[Pair, RuleOptions], Hit | None]
    doc: str
    cases: tuple[dict, ...] = field(default=())


def overlap(a: Claim, b: Claim, *, rel_tol: float = 0.0) -> bool:
    """True when the two claims' [lo, hi] intervals meet (with a relative tolerance)."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return True
    pad_a = rel_tol * abs(a.hi if not math.isinf(a.hi) else a.lo)
    pad_b = rel_tol * abs(b.hi if not math.isinf(b.hi) else b.lo)
    return a.lo - pad_a <= b.hi + pad_b and b.lo - pad_b <= a.hi + pad_a


def label(claim: Claim) -> str:
    """How a side is named in a message: its source, else its article id."""
    return claim.source or claim.article_id


def same_stance(a: Claim, b: Claim) -> bool:
    return a.polarity == b.polarity


def possessive(noun: str) -> str:
    """ "Gor" -> "Gor's", "India-US relations" -> "India-US relations'"."""
    return noun + ("'" if noun.endswith("s") else "'s")


def both_stated(a: Claim, b: Claim) -> bool:
    """True when one side's sentence also states the other side's value ("from 1965 to
    1970" in both outlets; "the No. 2 job ... No. 3 position"): a source that gives both
    values does not contradict the other on either."""

    def has(sentence: str, text: str) -> bool:
        return re.search(rf"(?<![\w.]){re.escape(text)}(?![\w]|\.\d)", sentence) is not None

    return has(a.sentence, b.value_text) or has(b.sentence, a.value_text)
