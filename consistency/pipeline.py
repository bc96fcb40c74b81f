"""One story through normalize -> align -> rules, and many stories on one or more cores.

A story is the unit of work: findings never cross stories, so stories can be processed in
any order, in other processes or on other machines, and merged into the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from consistency.align import Pair, align
from consistency.config import Config
from consistency.engine import finding_order, run_rules
from consistency.model import Article, Claim, Finding
from consistency.normalize import normalize


@dataclass
class StoryResult:
    story: str
    findings: list[Finding] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def normalize_cached(articles: list[Article], config: Config, notes: list[str]) -> list[Claim]:
    """normalize(), through the claim cache when the configuration names one."""
    if not config.cache:
        return normalize(articles, notes)
    from consistency.cache import ClaimCache, article_key
    from consistency.config import fingerprint

    cache = ClaimCache.open(config.cache, notes)
    if cache is None:
        return normalize(articles, notes)
    try:
        chash = fingerprint(config)
        keys = {a.article_id: article_key(a, chash) for a in articles}
        hits = cache.get(list(keys.values()))
        fresh = []
        out: list[Claim] = []
        for a in articles:
            key = keys[a.article_id]
            if key in hits:
                claims, old_notes = hits[key]
                notes.extend(old_notes)
            else:
                mine: list[str] = []
                claims = normalize([a], mine)
                notes.extend(mine)
                fresh.append((key, claims, mine))
            out.extend(claims)
        cache.put_many(fresh)
        return out
    finally:
        cache.close()


def check_story(articles: list[Article], config: Config, keep: bool = True) -> StoryResult:
    """Normalize, align and run the rules over one story's articles."""
    story = articles[0].story if articles else ""
    notes: list[str] = []
    claims = normalize_cached(articles, config, notes)
    pairs = align(claims, {a.article_id: a.story for a in articles}, config.align)
    findings, problems = run_rules(
        pairs, {a.article_id: a for a in articles}, config.rules(), config.tolerances
    )
    return StoryResult(
        story=story,
        findings=findings,
        claims=claims if keep else [],
        pairs=pairs if keep else [],
        problems=problems,
        notes=notes,
    )


def _check_batch(batch: list[list[Article]], config: Config, keep: bool) -> list[StoryResult]:
    return [check_story(arts, config, keep) for arts in batch]


def stories_of(articles: Iterable[Article]) -> list[list[Article]]:
    """Articles grouped by story, stories sorted by id, articles in input order."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(a.story, []).append(a)
    return [groups[k] for k in sorted(groups)]


def _batches(stories: list[list[Article]], size: int) -> list[list[list[Article]]]:
    return [stories[i : i + size] for i in range(0, len(stories), size)]


def run(
    stories: list[list[Article]],
    config: Config,
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    keep: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> Iterator[StoryResult]:
    """Check every story; results come in story order whatever ran them."""
    if engine == "dask":
        from consistency.distributed import run_dask

        yield from run_dask(stories, config, scheduler=scheduler, keep=keep, progress=progress)
        return
    if jobs <= 1 or len(stories) < 2:
        for arts in stories:
            result = check_story(arts, config, keep)
            if progress:
                progress(1, len(arts))
            yield result
        return
    import concurrent.futures as cf
    import multiprocessing as mp

    size = max(1, min(50, len(stories) // (jobs * 4) or 1))
    batches = _batches(stories, size)
    ctx = mp.get_context("spawn")  # no fork of a half-initialised parent
    with cf.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        futures = [pool.submit(_check_batch, b, config, keep) for b in batches]
        for b, fut in zip(batches, futures, strict=True):
            results = fut.result()
            if progress:
                progress(len(b), sum(len(a) for a in b))
            yield from results


def merge_findings(results: list[StoryResult]) -> list[Finding]:
    return sorted((f for r in results for f in r.findings), key=finding_order)
