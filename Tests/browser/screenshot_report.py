"""Screenshots of a report for the documentation, taken with Debian's headless chromium.

Usage: screenshot_report.py REPORT_DIR OUT_DIR
Writes OUT_DIR/report.png (the overview, whole page) and OUT_DIR/report-duplicates.png (the
first duplicate cards). The docs use `bench-reporting --sample DIR` as REPORT_DIR.
"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def main():
    report, out = Path(sys.argv[1]) / "report.html", Path(sys.argv[2])
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1360, "height": 1100})
        page.goto(report.as_uri())
        page.wait_for_selector("body[data-ready=true]")
        page.screenshot(path=str(out / "report.png"), full_page=True)
        page.click("nav#tabs button[data-tab=clusters]")
        page.screenshot(path=str(out / "report-duplicates.png"))
        browser.close()


if __name__ == "__main__":
    main()
