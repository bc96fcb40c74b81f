"""QUO001 misquote: the same speaker is quoted with nearly the same words, but different words.

Contradiction:
    Mayor Ann Lee said: "We will rebuild every home by spring." vs Mayor Ann Lee said:
    "We will rebuild every school by spring."

Consistent:
    Differences of punctuation, case, curly quotes or a serial comma; one quote being a
    fragment of the other; an unquoted paraphrase (not a quotation at all).

Why it matters:
    Quotation marks promise the speaker's exact words.

Confidence rests on:
    warning: the same speaker, quotes at least 80% alike, and a word replaced by another
    (or a negation or a number added or dropped) inside the part both outlets quote, or
    short quotes that differ only by a negation ("will be returning" / "will not be
    returning"); info:
    the only change is a pointer word heard as another ("they"/"it", "this"/"that").

Known limits:
    Quotes that differ only in function words ("that", "the"), in a number written in words
    or figures ("two-in-three" / "2 in 3"), in spellings of one word
    ("Gen."/"General"), in the form or order of the same words ("run"/"running"), in a word
    only one outlet kept ("very"), or in how much of a sentence each outlet quotes are not
    reported.
    Speakers are read from cue verbs ("said", "wrote") near the quotation and pronouns
    carry the last named speaker.
"""

from __future__ import annotations

import difflib
from collections import Counter

from consistency import lexicon
from consistency.lexicon.predicates import stem
from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label


def word_diff(a: str, b: str) -> str:
    """Return a compact word diff: [-removed-] {+added+}."""
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if i2 > i1:
            out.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    from rapidfuzz import fuzz

    a, b = pair.a, pair.b
    if not a.speaker or a.speaker != b.speaker:
        return None
    va, vb = a.value, b.value
    if va == vb or va in vb or vb in va:
        return None
    wa, wb = _words(va), _words(vb)
    removed, added = _inner_changes(wa, wb)
    cues = lexicon.words("negation.txt")
    only_not = bool(removed or added) and all(w in cues for w in removed + added)
    if min(len(va.split()), len(vb.split())) < opts.quote_min_words and not only_not:
        return None  # short quotes differ for many reasons; a "not" put in is never one
    if fuzz.ratio(va, vb) < opts.quote_min_similarity:
        return None
    trivial = lexicon.words("function_words.txt") | _FILLERS
    removed = [w for w in removed if w not in trivial]
    added = [w for w in added if w not in trivial]
    if not removed and not added:
        return None  # one quote runs further, or only "that"/"the" differ
    heard = _without_swapped_pointers(removed, added)
    if not heard[0] and not heard[1]:
        return Hit(  # "they ruined" / "it ruined": most likely one speech heard two ways
            f"Quote differs for {a.subject or a.speaker}: {label(a)} vs {label(b)}: "
            f"{word_diff(va, vb)}",
            subject=a.speaker,
            severity=Severity.INFO,
        )
    removed, added = heard
    if Counter(map(_stem, removed)) == Counter(map(_stem, added)):
        return None  # the same words in another order or form ("run"/"running")
    if not any(w in cues or any(ch.isdigit() for ch in w) for w in removed + added):
        if not removed or not added:
            return None  # a word only one outlet kept ("I feel very badly"), not another word
        if _names(a.value_text, removed) or _names(b.value_text, added):
            return None  # "this president" / "President Trump": a name put in, a clarification
    return Hit(
        f"Quote differs for {a.subject or a.speaker}: {label(a)} vs {label(b)}: {word_diff(va, vb)}",
        subject=a.speaker,
    )


_FILLERS = frozenset({"that", "the", "a", "an", "and", "so", "well", "oh", "uh", "um"})
# what is left of a contraction once the apostrophe is a space ("we're" -> "we re")
_FILLERS |= frozenset({"re", "s", "ll", "ve", "d", "m", "t"})


def _without_swapped_pointers(removed: list[str], added: list[str]) -> tuple[list[str], list[str]]:
    """Leave out pointer words ("it", "they", "this") swapped for one another: the same
    speech heard two ways, not another statement (quote_equivalents.toml)."""
    pointers = frozenset(lexicon.table("quote_equivalents.toml")["pointers"]["words"])
    swaps = min(sum(w in pointers for w in removed), sum(w in pointers for w in added))
    return _drop_pointers(removed, pointers, swaps), _drop_pointers(added, pointers, swaps)


def _drop_pointers(words: list[str], pointers: frozenset[str], n: int) -> list[str]:
    """`words` without their first `n` pointer words."""
    out = []
    for w in words:
        if n and w in pointers:
            n -= 1
        else:
            out.append(w)
    return out


def _words(text: str) -> list[str]:
    same = lexicon.table("quote_equivalents.toml")["same"]
    return [same.get(w, w) for w in text.replace("'", " ").replace("-", " ").split()]


def _names(quote: str, words: list[str]) -> bool:
    """True when one of `words` is written capitalised inside the quote (a name)."""
    written = {w.strip(".,;:!?\"'“”‘’") for w in quote.split()}
    return any(w[:1].isupper() and w.lower() in words for w in written)


def _stem(word: str) -> str:
    w = stem(word)
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w


def _inner_changes(wa: list[str], wb: list[str]) -> tuple[list[str], list[str]]:
    """Words that differ between two quotes, leaving out what one quote has before or
    after the other (one outlet quoting more of the same sentence is no misquote)."""
    ops = [
        op
        for op in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if ops and ops[0][0] != "replace" and ops[0][1] == 0 and ops[0][3] == 0:
        ops = ops[1:]  # a lead-in only one outlet quotes
    if ops and ops[-1][0] != "replace" and ops[-1][2] == len(wa) and ops[-1][4] == len(wb):
        ops = ops[:-1]  # a continuation only one outlet quotes (not a last word replaced)
    removed = [w for _, i1, i2, _, _ in ops for w in wa[i1:i2]]
    added = [w for _, _, _, j1, j2 in ops for w in wb[j1:j2]]
    return removed, added


RULE = Rule(
    code="QUO001",
    name="misquote",
    severity=Severity.WARNING,
    kinds=("quote",),
    summary="The same speaker is quoted with nearly, but not exactly, the same words",
    check=check,
    doc=__doc__,
    cases=(
        {  # a short quote with a "not" put in, its speaker after a lower-case description
            "expect": "contradiction",
            "articles": [
                'The mill has closed and "will be reopening," plant manager Rosa Diaz told '
                "the Gazette.",
                'It "will not be reopening," plant manager Rosa Diaz told the Gazette.',
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Mayor Ann Lee said: “We will rebuild every home in the valley by spring.”",
                "Mayor Ann Lee said: “We will rebuild every school in the valley by spring.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “We will rebuild homes, schools, and roads by spring.”",
                'Mayor Ann Lee said: "We will rebuild homes, schools and roads by spring."',
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “We will rebuild every home in the valley by spring.”",
                "Mayor Ann Lee said the city would rebuild every home in the valley by spring.",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “We will rebuild every home that the flood took from us.”",
                "Mayor Ann Lee said: “We will rebuild every home the flood took from us, and "
                "we will do it fast.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “I spoke to Gen. Smith about the dam and the levees.”",
                "Mayor Ann Lee said: “I spoke to General Smith about the dam and the levees.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “I feel badly for the families who lost their homes.”",
                "Mayor Ann Lee said: “I feel very badly for the families who lost their homes.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “We want to run the city like we run a business.”",
                "Mayor Ann Lee said: “We want to run the city like we're running a business.”",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "Mayor Ann Lee said: “The council lied, and they destroyed the budget for years.”",
                "Mayor Ann Lee said: “The council lied, and it destroyed the budget for years.”",
            ],
        },
        {
            "expect": "contradiction",
            "articles": [
                "School board chair Ann Cole said: “We will open the new middle school next "
                "spring.”",
                "School board chair Ann Cole said: “We will open the new middle school next "
                "summer.”",
            ],
        },
        {
            "expect": "consistent",
            "articles": [
                "Mayor Ann Lee said: “There is a two-in-three chance that the levee holds "
                "through the storm.”",
                "Mayor Ann Lee said: “There is a 2 in 3 chance that the levee holds through "
                "the storm.”",
            ],
        },
    ),
)
