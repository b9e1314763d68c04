"""Screenshots of a report for the documentation, taken with Debian's headless chromium.

Usage: screenshot_report.py REPORT_DIR OUT_DIR [CARDS_REPORT_DIR]
Writes OUT_DIR/report.png (the overview of REPORT_DIR, whole page) and
OUT_DIR/report-duplicates.png (a duplicate card of CARDS_REPORT_DIR, default REPORT_DIR, opened
through its link: the first one holding a value written two ways, else the first one).
The docs use `bench-reporting --sample DIR` (earlier runs, a trend, a gate) for the overview and
the `customer-audit demo` report (clusters with the matching stage's real evidence) for the card.
"""
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def main():
    report, out = Path(sys.argv[1]) / "report.html", Path(sys.argv[2])
    cards = Path(sys.argv[3]) / "report.html" if len(sys.argv) > 3 else report
    clusters = json.loads((cards.parent / "report.json").read_text(encoding="utf-8"))["clusters"]
    shown = next((c for c in clusters if c.get("written_differently")), clusters[0] if clusters else None)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1360, "height": 1100})
        page.goto(report.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.screenshot(path=str(out / "report.png"), full_page=True)
        page.goto(cards.as_uri() + ("#cluster-" + shown["id"] if shown else "#duplicates"))
        page.reload()
        page.wait_for_selector("body[data-ready=true]")
        page.screenshot(path=str(out / "report-duplicates.png"))
        browser.close()


if __name__ == "__main__":
    main()
