"""Drives the fix plan's page (plan.html, written by `fix plan` beside plan.json) in Debian's
headless chromium through Playwright.

Usage: plan_browser_test.py PLAN_JSON [PLAN_JSON ...]
Each plan's page is the file beside it with the extension replaced by .html. Checks that the page
loads under its Content-Security-Policy with no console error (a violation is one), that its own
script ran and no customer-supplied one did, that it shows every change of the plan per kind and
customer, and that the filters by kind and customer id show what they say. The Swift test
FixPlanPageBrowserTests writes the plans and runs this script. Exits 1 listing every failed check.
"""
import json
import sys
from pathlib import Path

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright
except ImportError:
    sys.exit("python package playwright is missing: install Tests/requirements.txt (make test does)")

CHROMIUM = "/usr/bin/chromium"
KINDS = ["normalization", "merge", "duplicate_marker"]
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def plan_checks(browser, plan_file):
    plan = json.loads(plan_file.read_text(encoding="utf-8"))
    page_file = plan_file.with_suffix(".html")
    name = page_file.name
    context = browser.new_context(viewport={"width": 1360, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    try:
        page.wait_for_selector("body[data-ready=true]", timeout=30000)
    except PlaywrightTimeoutError:
        check(False, f"{name}: the page's script never finished; browser errors: {errors}")
        context.close()
        return
    check(page.locator("#plan-controls").is_visible(), f"{name}: the filters are shown once the script ran")

    changes = [(c["customer_id"], change) for c in plan["customers"] for change in c["changes"]]
    for kind in KINDS:
        of_kind = [(cid, change) for cid, change in changes if change["kind"] == kind]
        rows = page.locator(f"section#kind-{kind} div.plan-group tr").count()
        groups = page.locator(f"section#kind-{kind} div.plan-group").count()
        check(rows == len(of_kind), f"{name}: {kind} shows {len(of_kind)} changes (page: {rows})")
        check(groups == len({cid for cid, _ in of_kind}), f"{name}: {kind} groups its changes by customer ({groups})")
        card = page.text_content(f"a.plan-card[href='#kind-{kind}'] .num")
        check(card == str(len(of_kind)), f"{name}: the {kind} card counts {len(of_kind)} (page: {card})")

    text = page.text_content("main")
    for _, change in changes:
        for value in [change["reason"], change["after"], change["before"]]:
            if value and "<" in value:
                # As the page shows it: the ends marked (not checked here), a direction override as its code point.
                shown = value.strip().replace("\u202e", "\u27e6U+202E\u27e7")
                check(shown in text, f"{name}: markup in a value shows as text: {value[:50]!r}")
    check(page.evaluate("typeof window.__pwned") == "undefined", f"{name}: no customer-supplied script ran")
    check(page.locator("main img, main iframe, main object, main embed, main svg, main script").count() == 0,
          f"{name}: no element a value could have created")
    links = page.locator("main a[href]").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    check(all(href.startswith("#") for href in links), f"{name}: links only point inside the page")

    present = [kind for kind in KINDS if any(change["kind"] == kind for _, change in changes)]
    if present:
        kind = present[-1]
        page.select_option("#plan-kind", kind)
        shown = page.locator("section.plan-kind:not([hidden])").evaluate_all("s => s.map(x => x.dataset.kind)")
        check(shown == [kind], f"{name}: the kind filter shows only {kind} (page: {shown})")
        page.select_option("#plan-kind", "")
    if changes:
        wanted = str(changes[-1][0])
        page.fill("#plan-customer", wanted)
        page.wait_for_selector("#plan-count:not(:empty)")  # the filter waits for typing to pause
        visible = page.locator("div.plan-group:not([hidden])").evaluate_all("g => g.map(x => x.dataset.customer)")
        matching = [(cid, change) for cid, change in changes if str(cid).startswith(wanted)]
        check(visible and all(cid.startswith(wanted) for cid in visible),
              f"{name}: the customer filter shows only customers {wanted}… ({len(visible)} groups)")
        count = page.text_content("#plan-count")
        check(f"showing {len(matching)} changes" in count, f"{name}: the count line says {len(matching)} changes (page: {count!r})")
        page.fill("#plan-customer", "")
        page.wait_for_selector("#plan-count:empty", state="attached")
        check(page.locator("div.plan-group[hidden]").count() == 0, f"{name}: clearing the filter shows every customer again")
    check(not errors, f"{name}: no console errors or policy violations ({errors})")
    context.close()


def main():
    plans = [Path(argument) for argument in sys.argv[1:]]
    if not plans:
        sys.exit(__doc__)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            for plan in plans:
                plan_checks(browser, plan)
        finally:
            browser.close()
    if failures:
        print(f"{len(failures)} browser check(s) failed")
        sys.exit(1)
    print("all plan page checks passed")


if __name__ == "__main__":
    main()
