"""Align equivalent claims across the articles of a story.

Claims are blocked by story, kind and a kind-specific key (unit and predicate for
quantities, predicate class for durations, the person for roles...), so the work grows
with the size of a block, not with the square of all claims. Inside a block, pairs from
different articles are scored with rapidfuzz over the claim's context with its values
masked out, and kept at or above the configured score.
"""

from __future__ import annotations

from collections import defaultdict

from consistency.align.acted import acted_pairs
from consistency.align.amounts import amount_pairs
from consistency.align.anchors import anchor_pairs, story_idf
from consistency.align.blocking import MAX_BLOCK, block_key
from consistency.align.casualties import casualty_pairs
from consistency.align.changes import change_pairs
from consistency.align.decisions import decision_pairs
from consistency.align.figures import figure_pairs
from consistency.align.groups import groups
from consistency.align.leads import lead_pairs
from consistency.align.named import named_pairs
from consistency.align.novelty import novelty_pairs
from consistency.align.periods import period_pairs
from consistency.align.said import said_pairs
from consistency.align.scoring import scores as score_block
from consistency.align.sentences import claims_in_differences, sentence_pairs
from consistency.align.settled import drop_settled
from consistency.align.tallies import tally_pairs
from consistency.align.tolls import age_limit_pairs, toll_pairs
from consistency.align.wholes import whole_pairs
from consistency.model import AlignOptions, Claim, Pair

MAX_PARTNERS = 8  # counterparts a claim is compared with on the block route


def align(
    claims: list[Claim],
    story_of: dict[str, str],
    opts: AlignOptions | None = None,
    sentences: list[Claim] | None = None,
) -> list[Pair]:
    """Return aligned pairs of claims from different articles of the same story: first the
    minimal pairs of the sentence route (when `sentences` are given) and the claims in their
    differing words, then a toll told as deaths and as injuries (the casualty route), dates
    that name one thing (the named route), the days of one statement or one development
    two leads report (the said and lead routes), figures and dates whose surrounding words name
    the same things (the anchor route) and one value bounded two ways (the figure route),
    then the claims whose blocks and contexts align."""
    opts = opts or AlignOptions()
    routed: list[Pair] = []
    if sentences:
        by_story: dict[str, list[Claim]] = defaultdict(list)
        for s in sentences:
            by_story[story_of.get(s.article_id, "")].append(s)
        for story in sorted(by_story):
            minimal = sentence_pairs(by_story[story], story)
            routed += minimal + claims_in_differences(minimal, claims)
    done = {(p.a.claim_id, p.b.claim_id) for p in routed}
    by_story_claims: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_story_claims[story_of.get(c.article_id, "")].append(c)
    for story in sorted(by_story_claims):
        story_claims = by_story_claims[story]
        # one reading of the story's rare words for all routes (changes, read after the
        # rest, leave it as it was)
        idf = story_idf([c for c in story_claims if c.kind != "change"])
        for p in (
            casualty_pairs(story_claims, story, idf)
            + named_pairs(story_claims, story, idf)
            + acted_pairs(story_claims, story)
            + said_pairs(story_claims, story, idf)
            + lead_pairs(story_claims, story, idf)
            + novelty_pairs(story_claims, story, idf)
            + period_pairs(story_claims, story)
            + decision_pairs(story_claims, story, idf)
            + anchor_pairs(story_claims, story, idf)
            + figure_pairs(story_claims, story, idf)
            + toll_pairs(story_claims, story, idf)
            + age_limit_pairs(story_claims, story, idf)
            + amount_pairs(story_claims, story, idf)
            + whole_pairs(story_claims, story, idf)
            + change_pairs(story_claims, story, idf)
            + tally_pairs(story_claims, story, idf)
        ):
            if (p.a.claim_id, p.b.claim_id) not in done:
                routed.append(p)
                done.add((p.a.claim_id, p.b.claim_id))
    blocks: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    aliases: dict[str, dict[str, str]] = defaultdict(dict)
    for c in claims:
        story = story_of.get(c.article_id, "")
        if c.kind == "status" and c.extra.get("alias"):
            aliases[story][c.extra["alias"]] = c.subject
        key = block_key(c, story)
        if key is not None:
            blocks[key].append(c)
    pairs: list[Pair] = []
    for key in sorted(blocks):
        members = blocks[key]
        story, kind = key[0], key[1]
        if len({c.article_id for c in members}) < 2:
            continue
        cutoff = {"date": opts.date_min_score, "quote": opts.quote_min_score}.get(
            kind, opts.min_score
        )
        for start in range(0, len(members), MAX_BLOCK):
            chunk = members[start : start + MAX_BLOCK]
            scores = score_block(kind, chunk, chunk, aliases[story], cutoff)
            found: list[tuple[float, int, int]] = []
            for i, ca in enumerate(chunk):
                for j in range(i + 1, len(chunk)):
                    cb = chunk[j]
                    if ca.article_id == cb.article_id or (ca.source and ca.source == cb.source):
                        continue  # one outlet repeating itself is no cross-source disagreement
                    s = float(scores[i, j])
                    if s >= cutoff:
                        found.append((s, i, j))
            for s, i, j in _best_partners(found):
                ca, cb = chunk[i], chunk[j]
                a, b = (
                    (ca, cb) if (ca.article_id, ca.start) <= (cb.article_id, cb.start) else (cb, ca)
                )
                if (a.claim_id, b.claim_id) not in done:
                    pairs.append(Pair(a, b, round(s, 1), story))
    pairs.sort(key=lambda p: (p.story, p.a.claim_id, p.b.claim_id))
    return drop_settled(routed + pairs, claims)


def _best_partners(found: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """Each claim's MAX_PARTNERS best-scoring partners (a pair stays when it is among the
    best of either side): in a story of many articles that say the same thing, a claim is
    compared with a few of its counterparts, not all, and one finding per fact gathers them."""
    ranked = sorted(found, key=lambda t: (-t[0], t[1], t[2]))
    taken: dict[int, int] = {}
    out = []
    for s, i, j in ranked:
        if taken.get(i, 0) < MAX_PARTNERS or taken.get(j, 0) < MAX_PARTNERS:
            out.append((s, i, j))
            taken[i] = taken.get(i, 0) + 1
            taken[j] = taken.get(j, 0) + 1
    return sorted(out, key=lambda t: (t[1], t[2]))


__all__ = ["align", "block_key", "groups"]
