"""Measures how fast headless chromium opens report.html files (figures, not a pass/fail test).

Usage: measure_report_load.py REPORT_DIR...   (e.g. the folders bench-reporting writes)
Prints, per report: HTML size, first contentful paint, load event, the script's ready mark
(data parsed, overview drawn, first pages rendered), and the time to filter the findings by a
rule and to show the next page of cluster cards. Median of three fresh page loads.
"""
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

RUNS = 3


def measure(browser, html):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(html.as_uri(), wait_until="load", timeout=120000)
    page.wait_for_selector("body[data-ready=true]", timeout=120000)
    timing = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const ready = performance.getEntriesByName('report-ready')[0];
        return {fcp: paint ? paint.startTime : null, load: nav.loadEventEnd, ready: ready ? ready.startTime : null};
    }""")
    page.click("nav#tabs button[data-tab=findings]")
    rule = page.eval_on_selector("#f-rule", "s => s.options[1] && s.options[1].value")
    timing["filter"] = page.evaluate("""(rule) => {
        const select = document.getElementById('f-rule');
        const start = performance.now();
        select.value = rule;
        select.dispatchEvent(new Event('change'));
        return performance.now() - start;
    }""", rule)
    page.click("nav#tabs button[data-tab=clusters]")
    timing["next_page"] = page.evaluate("""() => {
        const start = performance.now();
        document.querySelector('#c-pager button:last-child').click();
        return performance.now() - start;
    }""")
    timing["dom_nodes"] = page.evaluate("document.getElementsByTagName('*').length")
    page.close()
    return timing


def main():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for folder in sys.argv[1:]:
            html = Path(folder) / "report.html"
            runs = [measure(browser, html) for _ in range(RUNS)]
            med = {key: statistics.median(r[key] for r in runs) for key in runs[0] if runs[0][key] is not None}
            print(f"{folder}: report.html {html.stat().st_size / 1e6:.1f} MB; "
                  f"first paint {med.get('fcp', 0):.0f} ms, load event {med['load']:.0f} ms, "
                  f"ready {med.get('ready', 0):.0f} ms, filter by rule {med['filter']:.0f} ms, "
                  f"next cluster page {med['next_page']:.0f} ms, {med['dom_nodes']:.0f} DOM elements")
        browser.close()


if __name__ == "__main__":
    main()
