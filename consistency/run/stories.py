"""Find stories: group articles that report the same event when no story is given.

1. Each article gets its terms from the title and lead: names (capitalized words and their
   runs), figures, people named with their age ("Jane Doe, 34," or "34-year-old Jane
   Doe": the same victim in every outlet's account) and content words (lower-cased,
   plural -s dropped), which carry the event when headlines differ in wording.
2. Blocking: candidate pairs share at least one rare term (held by at most a few percent
   of articles, so the pairs stay linear in the number of articles, but always by up to
   `max_size`, one story's worth, so a small folder's story whose names are in half the
   folder is still paired; an article without one is paired with its neighbours in time
   among those sharing its rarest term), and lie within `window_days` of each other, or
   within `follow_up_days` when they name the same person with the same age (an arrest,
   charges or a funeral days after the event).
3. Scoring: cosine of IDF-weighted terms (a term in the headline weighs `title_weight`
   times more: the headline states the event, the lead also its background) and rapidfuzz
   token_set_ratio of headlines, less a little for each day between publication dates
   (later coverage must agree more), except when both name the same person with the same
   age: that is the follow-up's evidence, and it does not weaken with the days.
4. Grouping: one day's coverage first: the pairs of articles published on the same day,
   best first, then the pairs across days, best first, so that a day's coverage by several
   outlets has formed before another day's articles are weighed against it (else a
   next-day article that retells the event joins it ahead of its own day's coverage, and
   the next day's event follows it one article at a time, never meeting the covered bar
   below). Two groups join only when the average score over all their cross pairs (pairs
   never scored count as 0) clears `min_average` and most cross pairs are linked (no
   chaining), and never beyond `max_size` articles, so one generic article cannot glue
   unrelated stories together.
   Two groups that each hold two or more outlets need a mean of `covered_average`: each
   is already an event's coverage by several outlets, and two events of one topic share
   its people, places and words, on successive days (a committee, a court case) as on one
   day (two shootings in one city, two decisions of one agency). A lone article (a
   follow-up, a third outlet) is not held to it.

`explain()` says for each story which pairs joined it and on which shared terms.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from consistency import lexicon
from consistency.model import Article

_CAP_RUN_RE = re.compile(r"\b[A-Z][\w’'.-]*[A-Za-z0-9](?:\s+[A-Z][\w’'.-]*[A-Za-z0-9])*")
_NUMBER_RE = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_LOWER_RE = re.compile(r"\b[a-z][a-z’'-]{3,}")
_PERSON = r"[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+"
_AGE_AFTER_RE = re.compile(rf"\b({_PERSON}),\s+(\d{{1,3}})(?=,|\s+(?:of|from)\b)")
_AGE_BEFORE_RE = re.compile(rf"\b(\d{{1,3}})-year-old\s+(?:[a-z]+\s+){{0,2}}({_PERSON})")
AGE = "age:"  # prefix of a person-with-age term
WORD = "w:"  # prefix of a content-word term


@dataclass(frozen=True)
class ClusterOptions:
    min_score: float = 0.30  # a pair at or above is a link
    min_average: float = 0.30  # mean score over two groups' cross pairs for them to join
    term_weight: float = 0.4  # the rest goes to headline similarity
    title_weight: float = 2.0  # a term in the headline weighs this many times more
    max_size: int = 30  # articles in one story, at most
    window_days: int = 4  # publication dates further apart join only as follow-ups
    follow_up_days: int = 14  # ... naming the same person with the same age
    day_penalty: float = 0.05  # score taken off per day between two publication dates
    max_df: float = 0.03  # a term held by more than this share of articles is not rare
    lead_chars: int = 1500  # names and figures are read this far
    word_chars: int = 600  # content words this far (the lead states the event)
    min_linked: float = 0.5  # share of cross pairs two groups need to join (no chaining)
    covered_average: float = 0.5  # the mean two groups, each of several outlets, need


@dataclass
class _Doc:
    article: Article
    names: set[str] = field(default_factory=set)
    headline: str = ""
    day: int | None = None
    titled: set[str] = field(default_factory=set)  # the terms its headline holds


def _common() -> frozenset[str]:
    return lexicon.words("stopwords.txt") | lexicon.words("cluster_common.txt")


def _stem(word: str) -> str:
    w = word.strip("’'-").removesuffix("’s").removesuffix("'s")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _ages(text: str) -> set[str]:
    """'Jane Doe, 34,' and '34-year-old Jane Doe' as 'doe (34)'."""
    found = [(m.group(1), m.group(2)) for m in _AGE_AFTER_RE.finditer(text)]
    found += [(m.group(2), m.group(1)) for m in _AGE_BEFORE_RE.finditer(text)]
    return {f"{AGE}{name.split()[-1].lower()} ({age})" for name, age in found}


def _names(text: str, common: frozenset[str]) -> set[str]:
    """Names (capitalized words and their runs), figures and people named with their age."""
    names: set[str] = set()
    for m in _CAP_RUN_RE.finditer(text):
        words = [w for w in m.group().split() if w.lower().strip(".’'") not in common]
        for w in words:
            names.add(w.lower().strip(".’'"))
        if len(words) > 1:
            names.add(" ".join(w.lower() for w in words))
    names.update(n.replace(",", "") for n in _NUMBER_RE.findall(text) if len(n) > 1)
    return {n for n in names if len(n) > 2} | _ages(text)


def _words(text: str, common: frozenset[str]) -> set[str]:
    """Content words, lower-cased and stemmed."""
    return {WORD + _stem(w) for w in _LOWER_RE.findall(text.lower()) if w not in common}


def _features(a: Article, opts: ClusterOptions) -> _Doc:
    lead = a.text[: opts.lead_chars]
    text = f"{a.title}. {lead}" if a.title else lead
    common = _common()
    names = _names(text, common) | _words(f"{a.title}. {a.text[: opts.word_chars]}", common)
    titled = names & (_names(a.title, common) | _words(a.title, common))
    headline = " ".join(_WORD_RE.findall(f"{a.title} {lead[:400]}"))
    day = dt.date.fromisoformat(a.published).toordinal() if a.published else None
    return _Doc(a, names, headline, day, titled)


def _pairs(docs: list[_Doc], opts: ClusterOptions):
    """Candidate pairs sharing a rare term, with their score and most telling shared terms."""
    from rapidfuzz import fuzz, utils

    df = Counter(n for d in docs for n in d.names)
    # a term held by more articles than two stories can hold cannot block one story: the
    # cap keeps the candidate pairs linear in the number of articles; one story's worth of
    # articles may always share a blocking term (in a folder of ten, five outlets' story)
    cap = max(opts.max_size, min(int(opts.max_df * len(docs)), 2 * opts.max_size))
    idf = {n: math.log((1 + len(docs)) / (1 + c)) for n, c in df.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        for n in d.names:
            if df[n] <= cap:
                index[n].append(i)
    candidates: set[tuple[int, int]] = set()
    for members in index.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                candidates.add((members[x], members[y]))
    candidates |= _fallback(docs, df, candidates, opts)
    heads = [utils.default_process(d.headline) for d in docs]

    def weight(d: _Doc, n: str) -> float:
        return idf[n] * (opts.title_weight if n in d.titled else 1.0)

    norms = [math.sqrt(sum(weight(d, n) ** 2 for n in d.names)) or 1.0 for d in docs]
    out = []
    for i, j in sorted(candidates):
        a, b = docs[i], docs[j]
        shared = a.names & b.names
        gap = _gap(a, b)
        same_person = any(n.startswith(AGE) for n in shared)
        if gap > opts.window_days and (not same_person or gap > opts.follow_up_days):
            continue
        term_score = sum(weight(a, n) * weight(b, n) for n in shared) / (norms[i] * norms[j])
        text_score = fuzz.token_set_ratio(heads[i], heads[j]) / 100
        score = opts.term_weight * term_score + (1 - opts.term_weight) * text_score
        # later coverage must agree more, unless it names the same person with the same age
        if not same_person:
            score -= opts.day_penalty * min(gap, opts.window_days)
        if score >= opts.min_score:
            shown = dict.fromkeys(_shown(n) for n in sorted(shared, key=lambda n: (-idf[n], n)))
            out.append((round(score, 4), i, j, list(shown)[:4]))
    # one day's coverage first: pairs of one publication day, best first, then pairs
    # across days, so that each day's coverage by several outlets has formed, and is
    # weighed as a whole (at `covered_average`), before another day's articles join it
    out.sort(key=lambda t: (_gap(docs[t[1]], docs[t[2]]) > 0, -t[0], t[1], t[2]))
    return out


def _gap(a: _Doc, b: _Doc) -> int:
    """Days between two publication dates; 0 when either is unknown."""
    return abs(a.day - b.day) if a.day is not None and b.day is not None else 0


def _fallback(docs: list[_Doc], df: Counter, candidates, opts: ClusterOptions):
    """Pairs for articles that no rare term pairs, because every term they hold is common
    (as when every article of a set shares its names): each is blocked on its rarest term
    and paired with the next `max_size` articles so blocked, in order of publication, so
    the pairs stay linear in the number of articles."""
    paired = {x for pair in candidates for x in pair}
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(docs):
        if i not in paired and d.names:
            blocks[min(d.names, key=lambda n: (df[n], n))].append(i)
    out: set[tuple[int, int]] = set()
    for members in blocks.values():
        members.sort(key=lambda i: (docs[i].day is None, docs[i].day or 0, i))
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + opts.max_size]:
                out.add((min(i, j), max(i, j)))
    return out


def _both_covered(docs: list[_Doc], left: list[int], right: list[int]) -> bool:
    """Two groups that each hold at least two outlets: each is already an event's coverage
    by several outlets, so joining them says the two events are one."""
    return all(len({docs[i].article.source for i in group}) >= 2 for group in (left, right))


def _shown(term: str) -> str:
    return term.removeprefix(AGE).removeprefix(WORD)


@dataclass
class Story:
    story_id: str
    articles: list[Article]
    links: list[tuple[str, str, float, list[str]]]  # (article, article, score, shared names)


def cluster(articles: list[Article], opts: ClusterOptions | None = None) -> list[Story]:
    """Group articles into stories; every article is in exactly one story."""
    opts = opts or ClusterOptions()
    docs = [_features(a, opts) for a in sorted(articles, key=lambda a: a.article_id)]
    parent = list(range(len(docs)))
    size = [1] * len(docs)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links: dict[int, list] = defaultdict(list)
    pairs = _pairs(docs, opts)
    score_of = {(i, j): score for score, i, j, _ in pairs}
    members: dict[int, list[int]] = {i: [i] for i in range(len(docs))}
    for score, i, j, shared in pairs:
        ri, rj = find(i), find(j)
        if ri == rj or size[ri] + size[rj] > opts.max_size:
            continue
        # no chaining: most articles of the two groups must be linked to each other, and
        # well on average (a pair never scored counts as 0)
        cross = [(min(x, y), max(x, y)) for x in members[ri] for y in members[rj]]
        linked = [score_of[c] for c in cross if c in score_of]
        if len(linked) < opts.min_linked * len(cross):
            continue
        bar = opts.min_average
        if _both_covered(docs, members[ri], members[rj]):
            bar = max(bar, opts.covered_average)
        if sum(linked) < bar * len(cross):
            continue
        keep, gone = min(ri, rj), max(ri, rj)
        parent[gone] = keep
        size[keep] += size[gone]
        members[keep].extend(members.pop(gone))
        links[keep].extend(links.pop(gone, []))
        links[min(ri, rj)].append(
            (docs[i].article.article_id, docs[j].article.article_id, score, shared)
        )
    groups: dict[int, list[Article]] = defaultdict(list)
    for i, d in enumerate(docs):
        groups[find(i)].append(d.article)
    stories = []
    for root, members in groups.items():
        first = min(members, key=lambda a: a.article_id)
        stories.append(Story(f"auto:{first.article_id}", members, links.get(root, [])))
    return sorted(stories, key=lambda s: s.story_id)


def assign_stories(articles: list[Article], opts: ClusterOptions | None = None) -> list[Article]:
    """The articles with their `story` replaced by the story found for them."""
    story_of = {a.article_id: s.story_id for s in cluster(articles, opts) for a in s.articles}
    return [replace(a, story=story_of[a.article_id]) for a in articles]


def explain(stories: list[Story]) -> str:
    """A readable account of the grouping: each story, its articles, and why they joined."""
    out = []
    for s in stories:
        out.append(f"{s.story_id}  ({len(s.articles)} articles)")
        for a in sorted(s.articles, key=lambda a: a.article_id):
            title = f"  {a.title}" if a.title else ""
            out.append(f"  - {a.article_id} [{a.source}] {a.published or ''}{title}")
        for x, y, score, shared in s.links:
            out.append(f"    joined {x} + {y}: score {score:.2f}, shared {', '.join(shared)}")
    return "\n".join(out) + "\n"


def quality(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """(purity, completeness) of a grouping against true stories, both weighted by size."""
    by_pred: dict[str, Counter] = defaultdict(Counter)
    by_true: dict[str, Counter] = defaultdict(Counter)
    for aid, p in predicted.items():
        by_pred[p][truth[aid]] += 1
        by_true[truth[aid]][p] += 1
    n = len(predicted) or 1
    purity = sum(c.most_common(1)[0][1] for c in by_pred.values()) / n
    completeness = sum(c.most_common(1)[0][1] for c in by_true.values()) / n
    return purity, completeness


def bcubed(predicted: dict[str, str], truth: dict[str, str]) -> tuple[float, float]:
    """B-cubed (precision, recall): per article, the share of its found story that truly
    belongs with it, and the share of its true story-mates found with it; averaged."""
    pred_of: dict[str, set[str]] = defaultdict(set)
    true_of: dict[str, set[str]] = defaultdict(set)
    for aid, p in predicted.items():
        pred_of[p].add(aid)
        true_of[truth[aid]].add(aid)
    n = len(predicted) or 1
    precision = recall = 0.0
    for aid, p in predicted.items():
        both = len(pred_of[p] & true_of[truth[aid]])
        precision += both / len(pred_of[p])
        recall += both / len(true_of[truth[aid]])
    return precision / n, recall / n
