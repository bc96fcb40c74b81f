"""NUM005 tally-mismatch: one game's score or one vote's count differs between outlets.

Contradiction:
    "Riverside United beat Oakmont FC 3-1 on Saturday." vs "Riverside United earned a 3-2
    victory over Oakmont FC on Saturday."; "The school board voted 5-2 to close Jefferson
    Middle School." vs "The board's 6-1 vote closes Jefferson Middle School."

Consistent:
    "beat Oakmont 3-1" vs "Oakmont lost 1-3 to Riverside" (the same two counts, in either
    order); an outlet that gives two scores (a halftime and a final, two games) beside
    one that gives one.

Why it matters:
    A score or a vote count is the hard fact of a game or a vote; readers and the losing
    side notice at once when it is misreported.

Confidence rests on:
    error: the two sentences are the same but for the tally (a minimal pair); warning: the
    tally route (consistency.align.tallies): each outlet's article gives that kind of
    tally (a score, a vote, a series, a season's record) one value, and the sentences
    share rare words beyond it.

Known limits:
    A tally is read only beside a word of contest in its clause ("beat", "victory",
    "voted", "ruling", "record": tallies.toml), so a bare "3-1" is not; a score told at a
    moment of the game ("led 2-0 at halftime") is left out. Two games of one story, each
    outlet reporting one, are compared as one.
"""

from __future__ import annotations

from consistency.model import Pair, Severity
from consistency.rules.base import Hit, Rule, RuleOptions, label, minimal, same_stance

_NAMES = {"vote": "Vote count", "series": "Series", "record": "Record", "score": "Score"}


def check(pair: Pair, opts: RuleOptions) -> Hit | None:
    a, b = pair.a, pair.b
    if pair.route not in ("tally", "sentence") or a.value == b.value:
        return None
    if a.subject != b.subject or not same_stance(a, b):
        return None  # a vote is no score; "did not win 3-1" asserts no score
    if a.modality != b.modality or a.modality == "hedged":
        return None  # "could win 3-1" / "won 2-1": a guess beside a result
    return Hit(
        f"{_NAMES.get(a.subject, 'Tally')} differs: '{a.value_text}' ({label(a)}) vs "
        f"'{b.value_text}' ({label(b)})",
        subject=f"{a.subject} {a.value}/{b.value}",
        severity=Severity.ERROR if minimal(pair) else None,
    )


RULE = Rule(
    code="NUM005",
    name="tally-mismatch",
    severity=Severity.WARNING,
    kinds=("tally",),
    summary="One game's score or one vote's count differs between outlets",
    check=check,
    doc=__doc__,
    cases=(
        {  # a score told in other words
            "expect": "contradiction",
            "severity": "warning",
            "articles": [
                "Riverside United beat Oakmont FC 3-1 on Saturday to move into first place in "
                "the Western Division.",
                "Two late goals gave Riverside United a 3-2 victory over visiting Oakmont FC "
                "on Saturday, lifting the hosts to the top of the Western Division.",
            ],
        },
        {  # the same counts in the other order
            "expect": "consistent",
            "articles": [
                "Riverside United beat Oakmont FC 3-1 on Saturday to move into first place in "
                "the Western Division.",
                "Oakmont FC lost 1-3 at Riverside United on Saturday and fell out of first "
                "place in the Western Division.",
            ],
        },
        {  # a vote count in the same words but for the count
            "expect": "contradiction",
            "severity": "error",
            "articles": [
                "The Hillsboro school board voted 5-2 on Tuesday night to close Jefferson "
                "Middle School at the end of the year.",
                "The Hillsboro school board voted 6-1 on Tuesday night to close Jefferson "
                "Middle School at the end of the year.",
            ],
        },
        {  # a score at halftime is no final score
            "expect": "consistent",
            "articles": [
                "The Hawks led Portland 2-0 at halftime on Sunday before a crowd of 30,000 "
                "at Lakeside Stadium.",
                "The Hawks beat Portland 3-1 on Sunday before a crowd of 30,000 at Lakeside "
                "Stadium.",
            ],
        },
        {  # an outlet that gives two games' scores pairs neither
            "expect": "consistent",
            "articles": [
                "The Hawks beat Portland 3-1 on Sunday at Lakeside Stadium, a week after "
                "losing 2-0 to Denver at Lakeside Stadium.",
                "The Hawks won 2-0 at Lakeside Stadium on Sunday against Portland.",
            ],
        },
        {  # a range of ages is no tally
            "expect": "consistent",
            "articles": [
                "The Hillsboro school board voted to offer the vaccine clinic to children "
                "ages 5-11 on Tuesday.",
                "The Hillsboro school board voted to open the vaccine clinic to children ages "
                "6-11 on Tuesday.",
            ],
        },
    ),
)
