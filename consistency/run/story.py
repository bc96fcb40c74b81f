"""One story through normalize -> align -> rules, and many stories on one or more cores.

A story is the unit of work: findings never cross stories, so stories can be processed in
any order, in other processes or on other machines, and merged into the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from consistency.config import Config
from consistency.model import Article, Claim, Finding, Pair, text_position


@dataclass
class StoryResult:
    story: str
    findings: list[Finding] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def open_cache(config: Config, notes: list[str]):
    """The claim cache the configuration names, opened once for a run of many stories;
    None when there is none or it cannot be used (said in `notes`)."""
    if not config.cache:
        return None
    from consistency.run.cache import ClaimCache

    return ClaimCache.open(config.cache, notes)


def normalize_cached(
    articles: list[Article], config: Config, notes: list[str], cache=None, sentences=None
) -> list[Claim]:
    """normalize(), reading and filling the claim cache when one is open; the articles'
    sentences go to `sentences` (read again for articles whose claims were cached)."""
    from consistency.normalize import normalize, sentence_claims

    if cache is None:
        return normalize(articles, notes, sentences)
    from consistency.config import fingerprint
    from consistency.run.cache import PATH_MARK, article_key

    chash = fingerprint(config)
    keys = {a.article_id: article_key(a, chash) for a in articles}
    hits = cache.get(list(keys.values()))
    fresh = []
    out: list[Claim] = []
    for a in articles:
        key = keys[a.article_id]
        if key in hits:
            claims, old_notes = hits[key]
            notes.extend(n.replace(PATH_MARK, a.path) for n in old_notes)
            if sentences is not None:
                sentences.extend(sentence_claims(a))
        else:
            mine: list[str] = []
            claims = normalize([a], mine, sentences)
            notes.extend(mine)
            if not any(_cut(n) for n in mine):  # a result cut short is never kept
                fresh.append((key, claims, [n.replace(a.path, PATH_MARK) for n in mine]))
        out.extend(claims)
    cache.put_many(fresh)
    return out


def _cut(note: str) -> bool:
    """Whether a note of normalize says it stopped before the article's end."""
    return "not checked" in note or "could not be checked" in note or "checked the first" in note


def relocate(claims: list[Claim], articles: list[Article]) -> None:
    """Give the claims of JSON and JSONL articles the file's own line and column: their
    text is a string literal in the file, so its own lines are not the file's."""
    placed = {a.article_id: a.positions for a in articles if a.positions}
    if not placed:
        return
    for c in claims:
        points = placed.get(c.article_id)
        if points:
            c.line, c.column = text_position(points, c.start)


def relocate_evidence(findings: list[Finding], articles: list[Article]) -> list[Finding]:
    """The file's own line and column for every side of a finding in a JSON or JSONL
    article, including the words a rule cut out of a sentence (a minimal pair's)."""
    from dataclasses import replace

    placed = {a.article_id: a.positions for a in articles if a.positions}
    if not placed:
        return findings
    out = []
    for f in findings:
        sides = []
        for e in f.evidence:
            points = placed.get(e.article)
            if points:
                line, column = text_position(points, e.start)
                e = replace(e, line=line, column=column)
            sides.append(e)
        out.append(replace(f, evidence=tuple(sides)))
    return out


def describe_evidence(findings: list[Finding], claims: list[Claim]) -> list[Finding]:
    """Each side's kind, unit as written and bounds, from its claim (for the CSV)."""
    from dataclasses import replace

    by_id = {c.claim_id: c for c in claims}
    out = []
    for f in findings:
        sides = []
        for e in f.evidence:
            c = by_id.get(e.claim_id)
            if c is not None:
                e = replace(e, kind=c.kind, unit=c.unit_noun, lo=c.lo, hi=c.hi)
            sides.append(e)
        out.append(replace(f, evidence=tuple(sides)))
    return out


def check_story(
    articles: list[Article], config: Config, keep: bool = True, cache=None
) -> StoryResult:
    """Normalize, align and run the rules over one story's articles."""
    from consistency.align import align
    from consistency.rules.engine import run_rules

    story = articles[0].story if articles else ""
    notes: list[str] = []
    sentences: list[Claim] = []
    claims = normalize_cached(articles, config, notes, cache, sentences)
    relocate(claims + sentences, articles)
    pairs = align(claims, {a.article_id: a.story for a in articles}, config.align, sentences)
    findings, problems = run_rules(
        pairs,
        {a.article_id: a for a in articles},
        config.rules(),
        config.tolerances,
        frozenset(config.severity),
    )
    findings = describe_evidence(relocate_evidence(findings, articles), claims + sentences)
    if keep:  # the sentences of minimal pairs are claims the tables can join on
        cited = {c.claim_id for p in pairs if p.a.kind == "sentence" for c in (p.a, p.b)}
        claims = claims + [s for s in sentences if s.claim_id in cited]
    return StoryResult(
        story=story,
        findings=findings,
        claims=claims if keep else [],
        pairs=pairs if keep else [],
        problems=problems,
        notes=notes,
    )


def check_story_cached(
    articles: list[Article], config: Config, keep: bool = True, cache=None
) -> StoryResult:
    """check_story(), answered from the story result cache when none of the story's
    articles, the configuration, the version or the code changed. Only findings are kept,
    so runs that keep claims and pairs (exports) always check; a result with problems or
    notes (a cut article, a failed rule) is never stored."""
    if cache is None or keep or not articles:
        return check_story(articles, config, keep, cache)
    from consistency.config import fingerprint
    from consistency.run.cache import story_key

    key = story_key(articles, fingerprint(config))
    findings = cache.get_findings(key)
    if findings is not None:
        return StoryResult(story=articles[0].story, findings=findings)
    result = check_story(articles, config, keep, cache)
    if not result.problems and not result.notes:
        cache.put_findings(key, result.findings)
    return result


def _with_cache(stories: Iterable[list[Article]], config: Config, keep: bool):
    """Check stories one after the other with one cache connection for all of them;
    what opening the cache had to say goes with the first result."""
    opening: list[str] = []
    cache = open_cache(config, opening)
    try:
        for arts in stories:
            result = check_story_cached(arts, config, keep, cache)
            if opening:
                result.notes[:0] = opening
                opening = []
            yield arts, result
    finally:
        if cache is not None:
            cache.close()


def check_batch(batch: list[list[Article]], config: Config, keep: bool) -> list[StoryResult]:
    return [r for _, r in _with_cache(batch, config, keep)]


def stories_of(articles: Iterable[Article]) -> list[list[Article]]:
    """Articles grouped by story, stories sorted by id, articles in input order."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(a.story, []).append(a)
    return [groups[k] for k in sorted(groups)]


def run(
    stories: Iterable[list[Article]],
    config: Config,
    *,
    jobs: int = 1,
    keep: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[list[Article], StoryResult]]:
    """Check every story on this machine, in `jobs` processes; yields (articles, result)
    in story order. (consistency.run.dask does the same on a Dask cluster.)

    `stories` may be a generator: stories are read as work is handed out, with a bounded
    number in flight, so memory holds a few stories at a time, not the archive."""
    if jobs <= 1:
        for arts, result in _with_cache(stories, config, keep):
            if progress:
                progress(1, len(arts))
            yield arts, result
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # no fork of a half-initialised parent
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        yield from windowed(
            batched(stories, 8),
            lambda b: pool.submit(check_batch, b, config, keep),
            2 * jobs,
            progress,
        )


def batched(stories: Iterable[list[Article]], size: int) -> Iterator[list[list[Article]]]:
    batch: list[list[Article]] = []
    for arts in stories:
        batch.append(arts)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def windowed(batches, submit, window: int, progress) -> Iterator[tuple[list[Article], StoryResult]]:
    """Submit batches with at most `window` in flight; yield results in submission order."""
    from collections import deque

    pending: deque = deque()

    def drain_one():
        batch, fut = pending.popleft()
        results = fut.result()
        if progress:
            progress(len(batch), sum(len(a) for a in batch))
        return zip(batch, results, strict=True)

    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            yield from drain_one()
    while pending:
        yield from drain_one()
