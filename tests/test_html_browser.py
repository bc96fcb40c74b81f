"""The HTML report in a real headless browser (Debian's chromium through Playwright).

Skipped when Playwright or chromium is missing, unless CONSISTENCY_REQUIRE_BROWSER=1 (as
in .ci/run), where a missing browser fails. The screenshot goes to
$CONSISTENCY_ARTIFACTS (default: the test's temporary folder).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from consistency.api import Run, check
from consistency.reporting import render

from .test_reports import HOSTILE_A, HOSTILE_B

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("CONSISTENCY_REQUIRE_BROWSER") == "1"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            pytest.fail("Playwright is not installed (pip install playwright)")
        pytest.skip("Playwright is not installed")
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, html: str, tmp_path: Path):
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.goto(path.as_uri())
    return page, problems


def _visible(page) -> int:
    return page.locator("article.finding:not(.hidden)").count()


def test_loads_without_console_errors_and_filters_work(browser, seed_report, tmp_path):
    page, problems = _open(browser, render("html", seed_report), tmp_path)
    total = len(seed_report.findings)
    assert _visible(page) == total
    assert page.locator("#f-count").inner_text() == f"{total} of {total} findings shown"
    warnings = sum(f.severity.value == "warning" for f in seed_report.findings)
    page.uncheck("input[data-severity=warning]")
    assert _visible(page) == total - warnings
    page.check("input[data-severity=warning]")
    page.select_option("#f-rule", "DUR001")
    assert _visible(page) == 1
    page.select_option("#f-rule", "")
    page.fill("#f-search", "sergio gor")
    assert _visible(page) == sum("Gor" in f.message for f in seed_report.findings)
    page.fill("#f-search", "")
    page.select_option("#f-source", "PTI")
    assert _visible(page) == sum(
        any(e.source == "PTI" for e in f.evidence) for f in seed_report.findings
    )
    # keyboard: "/" focuses the search box
    page.select_option("#f-source", "")
    page.locator("h1").click()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-search"
    out = Path(os.environ.get("CONSISTENCY_ARTIFACTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    shot = out / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    assert problems == []


def test_hostile_article_runs_no_script_and_fetches_nothing(browser, tmp_path):
    d = tmp_path / "story"
    d.mkdir()
    (d / "a.md").write_text(HOSTILE_A, encoding="utf-8")
    (d / "b.md").write_text(HOSTILE_B, encoding="utf-8")
    report = check([str(d)])
    page, problems = _open(browser, render("html", report), tmp_path)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("article.finding").inner_text()
    assert problems == []


def test_editor_marks_findings_and_exports_decisions(browser, seed_report, tmp_path):
    from typer.testing import CliRunner

    from consistency.cli import app

    path = tmp_path / "report.html"
    path.write_text(render("html", seed_report), encoding="utf-8")
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.goto(path.as_uri())
    card = page.locator("article.finding").first
    fid = card.locator(".triage").get_attribute("data-id")
    card.locator("button[data-state=dismissed]").click()
    assert "reason first" in card.locator(".decision").inner_text()  # a reason is required
    card.locator("input.reason").fill("both figures are sourced")
    card.locator("button[data-state=dismissed]").click()
    assert "your name first" in card.locator(".decision").inner_text()  # asked once
    page.fill("#triage-by", "Ana")
    page.locator("#triage-by").dispatch_event("change")
    card.locator("button[data-state=dismissed]").click()
    assert card.locator(".decision").inner_text() == "Decided: dismissed"
    page.reload()  # decisions and the name stay in this browser
    card = page.locator("article.finding").first
    assert card.locator(".decision").inner_text() == "Decided: dismissed"
    assert page.input_value("#triage-by") == "Ana"
    total = len(seed_report.findings)
    page.check("#f-undecided")
    assert page.locator("article.finding:not(.hidden)").count() == total - 1
    with page.expect_download() as info:
        page.click("#export-decisions")
    exported = tmp_path / "decisions.json"
    info.value.save_as(exported)
    context.close()
    base = tmp_path / "base.json"
    r = CliRunner().invoke(
        app, ["triage", "--import", str(exported), "--baseline", str(base), "--by", "ed"]
    )
    assert r.exit_code == 0, r.stderr
    entry = json.loads(base.read_text())["findings"][fid]
    finding = next(f for f in seed_report.findings if f.id == fid)
    assert entry == {  # who decided in the page, and what the finding is
        "by": "Ana",
        "reason": "both figures are sourced",
        "rule": fid.split("-")[0],
        "sides": sorted(f"{e.article}={e.value}" for e in finding.evidence),
        "state": "dismissed",
        "story": finding.story,
    }


def _wide_report(tmp_path: Path):
    """A story of eight outlets with long names and a long URL: wide tables."""
    d = tmp_path / "wide"
    d.mkdir()
    for i in range(8):
        n = 12 + i
        (d / f"outlet{i}.md").write_text(
            f"---\nid: w{i}\nsource: Very Long Outlet Name Number {i}\npublished: 2025-03-04\n"
            f"url: https://example.com/{'a-very-long-path-segment-' * 8}{i}?q={'x' * 240}\n---\n"
            f"At least {n} people were killed in the blast on Monday, police said.\n",
            encoding="utf-8",
        )
    return check([str(d)])


@pytest.mark.parametrize("width", [390, 1366])
def test_page_fits_the_viewport(browser, tmp_path, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    path = tmp_path / "report.html"
    path.write_text(render("html", _wide_report(tmp_path)), encoding="utf-8")
    page.goto(path.as_uri())
    wide = page.evaluate(
        "Array.from(document.querySelectorAll('body *')).filter(e => !e.closest('.scroll') && "
        f" e.getBoundingClientRect().right > {width}).map(e => e.tagName + '.' + e.className)"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width, wide
    assert page.locator("table").count() >= 2
    page.close()


def test_keys_work_after_a_checkbox_or_select_was_clicked(browser, seed_report, tmp_path):
    page, problems = _open(browser, render("html", seed_report), tmp_path)
    page.locator("input[data-severity=info]").click()
    page.locator("input[data-severity=info]").click()
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.tagName") == "ARTICLE"
    page.select_option("#f-rule", "")
    page.locator("#f-rule").focus()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-search"
    page.keyboard.type("jk")  # in a text field letters are typed, not keys
    assert page.locator("#f-search").input_value() == "jk"
    assert problems == []


def _story_of(tmp_path: Path, name: str, bodies: dict[str, str]) -> Path:
    d = tmp_path / name
    d.mkdir()
    for i, (src, body) in enumerate(sorted(bodies.items())):
        (d / f"{src.lower()}.md").write_text(
            f"---\nid: {name}-{i}\nsource: {src}\npublished: 2025-03-04\n---\n"
            f"Opening words of the {src} piece.\n\n{body}\n\nClosing words of {src}.\n",
            encoding="utf-8",
        )
    return d


def test_misquote_words_marked_in_both_quotes_and_article_opens_in_place(browser, tmp_path):
    d = _story_of(
        tmp_path,
        "quotes",
        {
            "Alpha": "Mayor Ann Lee said: “We will rebuild every home in the valley by spring.”",
            "Beta": "Mayor Ann Lee said: “We will rebuild every school in the valley by spring.”",
        },
    )
    report = check([str(d)], run=Run(keep=False))  # a plain check drops unused texts
    page, problems = _open(browser, render("html", report), tmp_path)
    card = page.locator("article.finding[data-rule=QUO001]")
    assert sorted(card.locator("mark .diff").all_inner_texts()) == ["home", "school"]
    whole = card.locator("details.article").first
    whole.locator("summary").click()
    text = whole.locator("pre.fulltext").inner_text()
    assert text.startswith("Opening words of the") and "Closing words of" in text
    assert whole.locator("pre.fulltext mark").inner_text().startswith("We will rebuild every")
    about = card.locator("details.explain")
    about.locator("summary").click()
    assert "QUO001" in about.inner_text() or "quot" in about.locator("pre.doc").inner_text()
    assert page.locator("#kept pre").count() >= 2 and problems == []


def test_sides_grouped_by_value_with_the_majority(browser, tmp_path):
    killed = "{n} people were killed in the blast on Monday, police said."
    d = _story_of(
        tmp_path,
        "blast",
        {
            "Alpha": killed.format(n="Twelve"),
            "Beta": killed.format(n="Twelve"),
            "Gamma": killed.format(n="Forty"),
        },
    )
    page, problems = _open(browser, render("html", check([str(d)])), tmp_path)
    card = page.locator("article.finding[data-rule=NUM001]").first
    groups = card.locator(".group")
    assert groups.count() == 2
    first = groups.first
    assert "majority" in first.get_attribute("class")
    assert first.locator(".side").count() == 2 and "Alpha, Beta" in first.inner_text()
    assert "Most sources give" in card.inner_text() and problems == []
