"""The editor's report: one self-contained HTML file (inline CSS and JS, nothing fetched).

Every piece of article text is escaped; a Content-Security-Policy allows no network and
only this page's own script (by its hash), so even a slip in escaping could not run a
script an article carried.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter, defaultdict
from html import escape
from importlib.resources import files

from consistency import __version__
from consistency.model import Article, Finding, Report
from consistency.reporting.common import RenderOptions, counts, majority, plural, shown
from consistency.reporting.html_sides import e_, page_text, sides


def _asset(name: str) -> str:
    return (files("consistency.reporting") / "assets" / name).read_text(encoding="utf-8")


_e = e_


def _card(
    f: Finding,
    summaries: dict[str, str],
    articles: dict[str, Article] | None = None,
    shared: set[str] | None = None,
    texts: dict[str, str] | None = None,
) -> str:
    articles, shared = articles or {}, shared or set()
    summary = summaries.get(f.rule, "")
    srcs = sorted({e.source for e in f.evidence})
    search = " ".join([f.rule, f.name, f.message, *srcs, *(e.sentence for e in f.evidence)]).lower()
    sides_key = sorted(f"{e.article}={e.value}" for e in f.evidence)  # as the baseline has it
    lead = majority(f)
    lead_html = (
        f'<p class="majority">Most sources give <b>{_e(lead)}</b>.</p>' if lead is not None else ""
    )
    return (
        f'<article class="finding sev-{f.severity.value}" tabindex="0" '
        f'data-severity="{f.severity.value}" data-rule="{_e(f.rule)}" '
        f'data-sources="{_e(json.dumps(srcs, ensure_ascii=False))}" '
        f'data-search="{_e(search)}" id="f-{_e(f.id)}">'
        f'<div><span class="badge">{f.severity.value.upper()}</span> <code>{_e(f.rule)}</code> '
        f'{_e(f.name)} <span class="rule-summary">— {_e(summary)}</span></div>'
        f'<p class="message">{_e(f.message)}</p>{lead_html}'
        f"{sides(f, articles, shared, texts or {})}"
        f'<details class="explain" data-rule="{_e(f.rule)}"><summary>About {_e(f.rule)}: why it '
        "matters, known limits</summary></details>"
        f'<div class="triage" data-id="{_e(f.id)}" data-rule="{_e(f.rule)}" '
        f'data-story="{_e(f.story)}" data-sides="{_e(json.dumps(sides_key, ensure_ascii=False))}">'
        f'<label>Reason <input type="text" class="reason" maxlength="300" '
        f'placeholder="why (required)"></label> '
        f'<button type="button" data-state="confirmed">Confirm</button> '
        f'<button type="button" data-state="dismissed">Dismiss (false alarm)</button> '
        f'<button type="button" data-state="wont-fix">Won\'t fix</button> '
        f'<span class="decision" aria-live="polite"></span></div>'
        f'<div class="fid">finding {_e(f.id)}</div></article>'
    )


def _table(head: list[str], rows: list[list[str]], caption: str) -> str:
    th = "".join(f'<th scope="col">{h}</th>' for h in head)
    body = "".join("<tr>" + "".join(r) + "</tr>" for r in rows)
    return (
        f'<div class="scroll"><table><caption>{caption}</caption><thead><tr>{th}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _story(story: str, report: Report, findings: list[Finding], texts: dict[str, str]) -> str:
    arts = [a for a in report.articles if a.story == story]
    src_rows = []
    for a in arts:
        url = _e(a.url)
        link = (
            f'<a href="{url}" rel="noopener noreferrer">{url}</a>'
            if a.url.startswith(("https://", "http://"))
            else url
        )
        src_rows.append(
            [
                f"<td>{_e(a.source)}</td>",
                f"<td>{_e(a.published or 'unknown')} ({_e(a.published_origin)})</td>",
                f"<td>{_e(a.path)}</td>",
                f"<td>{link}</td>",
            ]
        )
    parts = [_table(["source", "published", "file", "url"], src_rows, "Sources")]
    by_rule = Counter((f.rule, f.name, f.severity.value) for f in findings)
    if by_rule:
        rows = [
            [f"<td><code>{_e(r)}</code> {_e(n)}</td>", f"<td>{s}</td>", f'<td class="num">{k}</td>']
            for (r, n, s), k in sorted(by_rule.items())
        ]
        parts.append(_table(["rule", "severity", "findings"], rows, "Findings by rule"))
    sources = sorted({a.source for a in arts})
    pair = defaultdict(int)
    for f in findings:
        srcs = sorted({e.source for e in f.evidence})
        for i, x in enumerate(srcs):
            for y in srcs[i + 1 :]:
                pair[x, y] += 1
                pair[y, x] += 1
    if len(sources) > 1:
        rows = []
        for x in sources:
            cells = [f'<th scope="row">{_e(x)}</th>']
            for y in sources:
                k = pair.get((x, y), 0)
                cls = "num hot" if k else "num"
                cells.append(f'<td class="{cls}">{"–" if x == y else k}</td>')
            rows.append(cells)
        parts.append(
            _table(
                ["", *(_e(s) for s in sources)], rows, "How often each pair of sources disagrees"
            )
        )
    summaries = {r.code: r.summary for r in report.rules}
    by_id = {a.article_id: a for a in arts}
    outlets = Counter(a.source for a in arts)
    shared = {s for s, n in outlets.items() if n > 1}  # told apart by article id
    cards = (
        "".join(_card(f, summaries, by_id, shared, texts) for f in findings)
        or '<p class="empty">No findings.</p>'
    )
    c = counts(findings)
    return (
        f'<section class="story" aria-labelledby="s-{_e(story)}">'
        f'<h2 id="s-{_e(story)}">Story {_e(story)}</h2>'
        f"<p>{plural(len(arts), 'article')} · {plural(c['error'], 'error')}, "
        f"{plural(c['warning'], 'warning')}, {c['info']} info</p>"
        f'<div class="overview">{"".join(parts)}</div>{cards}</section>'
    )


def render(report: Report, opts: RenderOptions) -> str:
    findings = shown(report, opts)
    stories = sorted({a.story for a in report.articles})
    by_story = defaultdict(list)
    for f in findings:
        by_story[f.story].append(f)
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'sha256-{digest}'; base-uri 'none'; form-action 'none'"
    )
    rules = sorted({f.rule for f in findings})
    sources = sorted({e.source for f in findings for e in f.evidence})
    c = counts(findings)
    sev_boxes = "".join(
        f'<label><input type="checkbox" data-severity="{s}" checked> {s}</label>'
        for s in ("error", "warning", "info")
    )
    rule_opts = "".join(f'<option value="{_e(r)}">{_e(r)}</option>' for r in rules)
    src_opts = "".join(f'<option value="{_e(s)}">{_e(s)}</option>' for s in sources)
    problems = ""
    if report.failure:
        problems = (
            f'<p class="failure" role="alert">The check could not run: {_e(report.failure)}</p>'
        )
    if report.errors:
        items = "".join(f"<li>{_e(e)}</li>" for e in report.errors)
        problems += f"<p>{plural(len(report.errors), 'input problem')}:</p><ul>{items}</ul>"
    # each article of a shown finding once, each rule's documentation once; a card's
    # "Whole article" and "About" open them in place
    cited = sorted({e.article for f in findings for e in f.evidence})
    text_of = {a.article_id: a.text for a in report.articles if a.text}
    texts = {aid: f"t-{n}" for n, aid in enumerate(a for a in cited if a in text_of)}
    kept = "".join(
        f'<pre id="{texts[a]}">{escape(page_text(text_of[a]), quote=True)}</pre>' for a in texts
    )
    docs = "".join(
        f'<pre id="doc-{_e(r.code)}">{_e(r.doc.strip())}</pre>'
        for r in report.rules
        if r.code in rules
    )
    body = "".join(_story(s, report, by_story.get(s, []), texts) for s in stories)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="generator" content="consistency {_e(__version__)}">
<title>consistency report</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header class="top"><h1>Consistency report</h1>
<p>{plural(len(report.articles), "article")} in {plural(len(stories), "story", "stories")}:
<b>{plural(c["error"], "error")}</b>, <b>{plural(c["warning"], "warning")}</b>, {c["info"]} info.</p>
<p class="help">Keys: <kbd>/</kbd> search, <kbd>j</kbd>/<kbd>k</kbd> next and previous finding.
Decisions made here stay in this browser until exported; record them with
<code>consistency triage --import decisions.json</code>.</p>
{problems}</header>
<form class="filters" id="filters" aria-label="Filter findings">
<fieldset class="plain"><legend class="sr">Severity</legend>{sev_boxes}</fieldset>
<label>Rule <select id="f-rule"><option value="">all</option>{rule_opts}</select></label>
<label>Source <select id="f-source"><option value="">all</option>{src_opts}</select></label>
<label>Search <input type="search" id="f-search" placeholder="words, source, rule"></label>
<label><input type="checkbox" id="f-undecided"> only undecided</label>
<label>Your name <input type="text" id="triage-by" maxlength="80" autocomplete="name"
 placeholder="who decides (asked once)"></label>
<span id="f-count" role="status" aria-live="polite"></span>
<button type="button" id="export-decisions">Export decisions</button>
<span id="export-count"></span>
</form>
<main>{body}</main>
<div id="kept" hidden>{kept}{docs}</div>
<script>{script}</script>
</body>
</html>
"""
