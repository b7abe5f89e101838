"""The audit report in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright).

.ci/run installs Chromium; nothing is downloaded here (never `playwright install`).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extract.models import Record, iter_spans
from extract.report import write_report
from extract.runner import run
from extract.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser tests need Debian's chromium at /usr/bin/chromium "
    "(apt-get install chromium; .ci/run does this)",
)

HOSTILE_NAME = "<img src=x onerror=alert(4)>.txt"
HOSTILE = (
    "Protest In Lima <script>alert(1)</script>\n\n"
    "Protesters marched in Lima on Monday, January 16, 2023 "
    '<img src=x onerror="window.__pwned=1;alert(2)"> and 200 people were detained by the '
    "police. </textarea><script>window.__pwned=1</script> The minister said "
    '"</script><script>alert(3)</script>" &amp; left.\n'
)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    yield page
    page.close()


def open_report(page, path: Path) -> None:
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.__reportReady === true")


def load(out: Path) -> list[Record]:
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [Record.model_validate_json(line) for line in lines]


def test_seed_report_shows_every_span_and_details_on_click(page, corpus_run, tmp_path):
    out, _, _ = corpus_run
    records = load(out)
    spans = {(r.record_id, path): span for r in records for path, span in iter_spans(r)}
    report = write_report(out, tmp_path / "report.html")
    open_report(page, report)

    # One highlight element per span of events.jsonl, each covering exactly its characters.
    assert page.locator(".hl").count() == len(spans) > 100
    shown = page.evaluate(
        """() => { const m = {};
        document.querySelectorAll('.hl, .hl-cont').forEach(e => {
          const k = e.dataset.record + ' ' + e.dataset.path;
          m[k] = (m[k] || '') + e.textContent; });
        return m; }"""
    )
    assert shown == {f"{rid} {path}": span.text for (rid, path), span in spans.items()}

    # Click a resolved date (not also the event date, which would sit on top of it):
    # the side panel shows its ISO value, precision and resolution.
    record, path, date = next(
        (r, f"dates[{i}]", d)
        for r in records
        for i, d in enumerate(r.dates)
        if d.value and (r.event_date is None or r.event_date.start != d.start)
    )
    target = page.locator(f'.hl[data-record="{record.record_id}"][data-path="{path}"]')
    assert target.get_attribute("title") == f"Date: {date.value} · {date.precision} · " + str(
        date.resolution
    )
    target.click()
    panel = page.locator("#panel").inner_text()
    assert panel.startswith("Date\n" + date.text) and f" · {path} · " in panel
    assert f"value\n{date.value}" in panel
    assert f"precision\n{date.precision}" in panel and f"resolution\n{date.resolution}" in panel

    # A count: value, qualifier and category in the panel.
    record, i, count = next((r, i, c) for r in records for i, c in enumerate(r.counts))
    page.locator(f'.hl[data-record="{record.record_id}"][data-path="counts[{i}]"]').click()
    panel = page.locator("#panel").inner_text()
    assert panel.startswith("Count\n" + count.text)
    assert f"value\n{count.value}" in panel and f"category\n{count.category}" in panel

    target.click()  # the screenshot shows the date's details
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seed.png"))
    assert page.errors == [] and page.dialogs == []


def test_seed_report_filters(page, corpus_run, tmp_path):
    out, raw, _ = corpus_run
    open_report(page, write_report(out, tmp_path / "report.html"))
    assert page.locator("article.item").count() == len(raw)
    page.check("#f-counts")
    assert page.locator("article.item").count() == sum(1 for r in raw if r["counts"])
    page.uncheck("#f-counts")
    page.check("#f-unresolved")
    unresolved = sum(1 for r in raw if any(d["value"] is None for d in r["dates"]))
    assert page.locator("article.item").count() == unresolved
    page.uncheck("#f-unresolved")
    event = raw[0]["event_types"][0]
    label = event["event"] + (f"/{event['mode']}" if event["mode"] else "")
    page.select_option("#f-event", label)
    with_event = [
        r
        for r in raw
        if any((e["event"], e["mode"]) == (event["event"], event["mode"]) for e in r["event_types"])
    ]
    assert page.locator("article.item").count() == len(with_event)
    page.select_option("#f-event", "")
    page.check("#f-unreviewed")
    assert page.locator("article.item").count() == len(raw)  # nothing reviewed yet
    assert page.errors == []


def test_hostile_text_is_shown_literally_and_never_runs(page, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    run([inputs], out, Settings())
    (record,) = load(out)
    assert "<script>alert(1)</script>" in record.text and "</textarea>" in record.text
    report = write_report(out)
    page.add_init_script("window.__pwned = undefined;")
    open_report(page, report)
    page.wait_for_timeout(300)  # give any injected handler the time to fire

    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    assert page.errors == []
    assert page.locator("img").count() == 0
    assert page.locator("textarea").count() == 0
    assert page.locator("script").count() == 2  # the data block and the report's own script
    shown = page.locator("article.item .text").inner_text()
    for literal in (
        "<script>alert(1)</script>",
        '<img src=x onerror="window.__pwned=1;alert(2)">',
        "</textarea><script>window.__pwned=1</script>",
        '"</script><script>alert(3)</script>" &amp; left.',
    ):
        assert literal in shown
    assert HOSTILE_NAME in page.locator("h2.doc").inner_text()
    assert page.locator(".hl").count() == len(iter_spans(record))


def test_large_run_is_paginated(page, corpus_run, tmp_path):
    out, raw, _ = corpus_run
    big = tmp_path / "big"
    big.mkdir()
    shutil.copy(out / "run.json", big / "run.json")
    lines = []
    for n in range(20):  # 20 copies of the seed's records, as 20 documents
        for r in raw:
            lines.append(
                json.dumps(
                    {**r, "doc_id": f"doc{n:02d}", "record_id": f"{n:02d}{r['record_id'][2:]}"}
                )
            )
    (big / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    open_report(page, write_report(big))
    assert page.locator("article.item").count() == 25
    assert "items 1–25 of 300" in page.locator(".pager").inner_text()
    page.locator(".pager button", has_text="next").click()
    assert "items 26–50 of 300" in page.locator(".pager").inner_text()
    assert (
        page.locator("article.item").first.get_attribute("id") == f"r-01{raw[10]['record_id'][2:]}"
    )
    page.fill("#f-search", raw[3]["record_id"][2:])
    assert page.locator("article.item").count() == 20
    assert page.errors == []


def test_nested_and_crossing_spans_all_show(page, tmp_path):
    from .test_report import TEXT, sample_record, span

    data = sample_record().model_dump(mode="json")
    # a person mention that crosses the date ("Puno on Jan" / "Jan. 19, 2023")
    data["people"] = [{"name": "X", "mentions": [span(TEXT, "Puno on Jan")]}]
    record = Record.model_validate(data)
    (tmp_path / "events.jsonl").write_text(record.model_dump_json() + "\n", encoding="utf-8")
    open_report(page, write_report(tmp_path))
    spans = iter_spans(record)
    assert page.locator(".hl").count() == len(spans)
    assert page.locator(".hl-cont").count() >= 1
    shown = page.evaluate(
        """() => { const m = {};
        document.querySelectorAll('.hl, .hl-cont').forEach(e => {
          m[e.dataset.path] = (m[e.dataset.path] || '') + e.textContent; });
        return m; }"""
    )
    assert shown == {path: s.text for path, s in spans}
    assert page.locator(".text").inner_text() == TEXT
    # "Lima" sits inside the organisation "Lima Police HQ": both clickable, panel per span
    page.locator('.hl[data-path="places[1].mentions[0]"]').click()
    assert page.locator("#panel").inner_text().startswith("Place\nLima")
    assert "Organisation: Lima Police (LP)" in page.locator("#panel").inner_text()
    assert page.errors == []
