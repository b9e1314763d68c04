"""A screenshot of a fix plan's page for the documentation, taken with Debian's headless chromium.

Usage: screenshot_plan.py PLAN_HTML OUT_PNG [HEIGHT] [CUSTOMER_FILTER]
Writes the top of the page (1360 pixels wide, HEIGHT tall, default 1100): header, counts per kind
and the first customers, or with CUSTOMER_FILTER the customers whose id starts with it, so one
picture can hold a normalization, a survivor and a marked member. The docs use the page
`fix plan --include-certain` writes for the `customer-audit demo` snapshot.
"""
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def main():
    page_file, out = Path(sys.argv[1]), Path(sys.argv[2])
    height = int(sys.argv[3]) if len(sys.argv) > 3 else 1100
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1360, "height": height})
        page.goto(page_file.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]")
        if len(sys.argv) > 4:
            page.fill("#plan-customer", sys.argv[4])
            page.wait_for_selector("#plan-count:not(:empty)")  # the filter waits for typing to pause
        page.screenshot(path=str(out))
        browser.close()


if __name__ == "__main__":
    main()
