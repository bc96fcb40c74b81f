"""The library entry points: load -> normalize -> align -> rules -> gate, as one call."""

from __future__ import annotations

from dataclasses import dataclass, replace

from consistency.align import groups as aligned_groups
from consistency.config import Config
from consistency.load import Selection, load_articles
from consistency.model import Article, Report
from consistency.rules import catalogue
from consistency.rules.engine import finding_order


@dataclass
class Gate:
    """What a CI run reports: only findings with a changed article (when `changed` is
    given, as resolved paths), not in the baseline, not suppressed inline."""

    changed: set[str] | None = None
    baseline: object = None  # a consistency.gate.baseline.Baseline
    inline_suppressions: bool = True


@dataclass
class Run:
    """How to run: processes, engine, whether to keep claims and pairs (exports need them;
    a plain check does not, and memory then stays bounded by the largest story)."""

    jobs: int = 1
    engine: str = "local"  # local | dask
    scheduler: str | None = None
    keep: bool = True
    progress: object = None  # callable(stories_done, articles_done)


def _checked_cache(config: Config) -> Config:
    """The configuration with its claim cache resolved (a folder holds claims.sqlite);
    raises CacheRefusedError (a ConsistencyError) when the path holds a file not ours."""
    if not config.cache:
        return config
    from consistency.run.cache import cache_file

    return replace(config, cache=str(cache_file(config.cache)))


def selection(config: Config) -> Selection:
    """Which files in a folder are articles, as the configuration says."""
    return Selection(config.include, config.exclude, config.gitignore)


def check_articles(
    articles: list[Article],
    config: Config | None = None,
    gate: Gate | None = None,
    run: Run | None = None,
) -> Report:
    """Check already loaded articles, story by story."""
    from consistency import gate as gating
    from consistency.run import story as pipeline

    config = _checked_cache(config or Config())
    gate = gate or Gate(inline_suppressions=config.inline_suppressions)
    run = run or Run()
    if gate.changed is not None:
        # only the stories a changed article belongs to; each still against its whole story
        stories = {a.story for a in articles if gating.touches(a.path, gate.changed)}
        articles = [a for a in articles if a.story in stories]
    report = Report(
        articles=sorted(articles, key=lambda a: (a.story, a.article_id)),
        rules=catalogue(),
    )
    groups = pipeline.stories_of(articles)
    _run_stories(report, groups, len(groups), config, gate, run)
    return report


# characters of article text a streaming check keeps for the reports (the HTML page opens
# the whole article in place): only articles that take part in a finding, up to this total
TEXT_BUDGET = 16_000_000


def _run_stories(
    report: Report,
    groups,
    total: int,
    config: Config,
    gate: Gate,
    run: Run,
    cited: dict[str, Article] | None = None,
) -> None:
    """Run the stories (a list or a generator) and gate their findings into `report`;
    when `cited` is given, fill it with the articles of reported findings: with their
    texts within TEXT_BUDGET characters, past it with their positions only."""
    from consistency import gate as gating
    from consistency.gate import suppress
    from consistency.run import story as pipeline

    if hasattr(run.progress, "start"):
        run.progress.start(total)
    findings = []
    kept_chars = 0
    try:
        if run.engine == "dask":
            from consistency.run.dask import run_dask

            results = run_dask(
                groups, config, scheduler=run.scheduler, keep=run.keep, progress=run.progress
            )
        else:
            results = pipeline.run(
                groups, config, jobs=run.jobs, keep=run.keep, progress=run.progress
            )
        for arts, r in results:
            report.claims.extend(r.claims)
            report.pairs.extend(r.pairs)
            report.problems.extend(r.problems)
            report.warnings.extend(r.notes)
            story_findings = r.findings
            if gate.inline_suppressions:  # per story: it needs the story's texts
                story_findings, n, unused, bad = suppress.apply(story_findings, arts)
                report.suppressed += n
                report.warnings.extend(unused)
                report.errors.extend(bad)
            findings.extend(story_findings)
            if cited is not None:
                ids = {e.article for f in story_findings for e in f.evidence}
                for a in arts:
                    if a.article_id not in ids:
                        continue
                    if kept_chars + len(a.text) <= TEXT_BUDGET:
                        cited[a.article_id] = a
                        kept_chars += len(a.text)
                    else:
                        cited[a.article_id] = replace(a, text="")
    finally:
        if hasattr(run.progress, "stop"):
            run.progress.stop()
    report.claims.sort(key=lambda c: (c.article_id, c.start, c.end, c.kind))
    report.pairs.sort(key=lambda p: (p.story, p.a.claim_id, p.b.claim_id))
    report.groups = {cid: gid for gid, cid, _ in aligned_groups(report.pairs)}
    findings.sort(key=finding_order)
    report.findings, report.unrelated, report.baselined = gating.apply(
        findings, changed=gate.changed, baseline=gate.baseline
    )
    if cited is not None:  # only the articles of findings still reported
        shown = {e.article for f in report.findings for e in f.evidence}
        for aid in [k for k in cited if k not in shown]:
            del cited[aid]


def _check_streaming(paths: list[str], config: Config, gate: Gate, run: Run) -> Report:
    """check() for large archives: stories are read, checked and let go one at a time, so
    memory holds a few stories' texts, never the archive's; reports get the articles'
    metadata, and the texts and file positions only of articles in reported findings
    (texts within TEXT_BUDGET)."""
    from consistency import gate as gating
    from consistency import load

    refs, loaded = load.scan(paths, selection(config))
    if gate.changed is not None:
        refs = {
            s: rs for s, rs in refs.items() if any(gating.touches(r.path, gate.changed) for r in rs)
        }
    report = Report(rules=catalogue(), errors=loaded.errors, warnings=loaded.warnings)
    kept: list[Article] = []

    def stories():
        for story in sorted(refs):
            arts = load.read_story(refs[story], report.errors)
            if arts:
                kept.extend(replace(a, text="", positions=()) for a in arts)
                yield arts

    cited: dict[str, Article] = {}
    _run_stories(report, stories(), len(refs), config, gate, run, cited)
    kept = [cited.get(a.article_id, a) for a in kept]
    report.articles = sorted(kept, key=lambda a: (a.story, a.article_id))
    return report


def check(
    paths: list[str],
    config: Config | None = None,
    gate: Gate | None = None,
    run: Run | None = None,
    *,
    stories: str = "given",
) -> Report:
    """Load every article under `paths` and check each story for contradictions; with
    `stories="auto"` the stories are found by clustering instead of taken as given."""
    config = _checked_cache(config or Config())
    gate = gate or Gate(inline_suppressions=config.inline_suppressions)
    run = run or Run()
    if stories == "given" and not run.keep:
        return _check_streaming(paths, config, gate, run)
    loaded = load_articles(paths, selection(config))
    articles = loaded.articles
    if stories == "auto":
        from consistency.run.stories import assign_stories

        articles = assign_stories(articles)
    report = check_articles(articles, config, gate, run)
    report.errors = loaded.errors + report.errors
    report.warnings = loaded.warnings + report.warnings
    return report
