"""Drives report.html in Debian's headless chromium (through Playwright; no browser download).

Usage: report_browser_test.py PLAIN_REPORT_DIR HOSTILE_REPORT_DIR [GENERATED_REPORT_DIR]
Each folder holds report.html and report.json written by the real ReportWriter (the Swift test
BrowserReportTests writes them and runs this script); the generated one is `analyze` run on
generated customers, so its clusters carry real evidence. Exits 1 listing every failed check.
"""
import json
import re
import sys
import tempfile
from pathlib import Path

try:
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright
except ImportError:
    sys.exit("python package playwright is missing: install Tests/requirements.txt (make test does)")

CHROMIUM = "/usr/bin/chromium"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def open_report(browser, folder):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((folder / "report.html").as_uri())
    try:
        page.wait_for_selector("body[data-ready=true]", timeout=30000)
    except PlaywrightTimeoutError:
        # A script that does not parse (or throws before the end) never marks the page ready; every
        # later check would only time out, so stop here with what the browser said.
        print(f"FAIL {folder.name}/report.html: the page script never finished; browser errors: {errors}")
        sys.exit(1)
    return context, page, errors


def number(text):
    return int(re.sub(r"[^0-9]", "", text))


def plain_report_checks(browser, folder):
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    context, page, errors = open_report(browser, folder)

    summary = report["summary"]
    expected = {"customers": summary["customers"], "error": summary["findings"]["error"],
                "warning": summary["findings"]["warning"], "info": summary["findings"]["info"],
                "clusters": summary["clusters"], "customers_in_clusters": summary["customers_in_clusters"]}
    for key, value in expected.items():
        shown = number(page.text_content(f"[data-count={key}] .num"))
        check(shown == value, f"overview shows {key} = {value} (page: {shown})")
    check(number(page.text_content("#tab-findings-count")) == len(report["findings"]), "findings tab count matches report.json")
    check(number(page.text_content("#tab-clusters-count")) == len(report["clusters"]), "clusters tab count matches report.json")
    check(page.locator("#chart-histogram svg rect.hist").count() == len(report["model"]["pair_scores"]["bins"]),
          "histogram has one bar per bin")
    check(page.locator("#chart-histogram line.threshold").count() == len(report["model"]["band_thresholds"]),
          "histogram marks every band threshold")
    if report.get("changes"):
        check(page.locator("#changes-table").count() == 1, "changes since the previous run are shown")
    if report.get("trend"):
        check(page.locator("#trend svg path.line").count() == 3, "trend chart draws three series")

    page.click("nav#tabs button[data-tab=findings]")
    total = len(report["findings"])
    rows = page.locator("#findings-body tr")
    check(rows.count() == min(100, total), f"findings table shows the first page ({rows.count()} rows)")
    rules = sorted({f["rule"] for f in report["findings"]})
    rule = min(rules, key=lambda r: sum(1 for f in report["findings"] if f["rule"] == r))
    expected_rows = sum(1 for f in report["findings"] if f["rule"] == rule)
    page.select_option("#f-rule", rule)
    check(rows.count() == expected_rows and expected_rows < total,
          f"filtering by rule {rule} narrows {total} rows to {expected_rows} (page: {rows.count()})")
    shown_rules = {r.strip() for r in page.locator("#findings-body td.rule").all_text_contents()}
    check(all(r.startswith(rule) for r in shown_rules), "every remaining row has that rule")
    page.select_option("#f-rule", "")
    page.select_option("#f-severity", "error")
    check(rows.count() == min(100, report["summary"]["findings"]["error"]), "filtering by severity error")
    page.select_option("#f-severity", "")
    first = report["findings"][-1]
    page.fill("#f-search", str(first["message"])[:20])
    page.wait_for_timeout(400)
    check(0 < rows.count() <= total and first["message"][:20] in page.text_content("#findings-body"), "search finds a message")
    page.fill("#f-search", "")
    page.wait_for_timeout(400)
    page.click("#findings-table th[data-key=severity]")
    check(page.locator("#findings-body tr").first.locator(".badge").first.text_content() == "error", "sorting by severity puts errors first")

    page.click("nav#tabs button[data-tab=clusters]")
    card = page.locator("article.cluster-card").first
    cluster = report["clusters"][0]
    check(card.get_attribute("data-cluster-id") == cluster["id"], "first card is the first cluster of report.json")
    heads = card.locator("table.members thead th.member")
    check(heads.count() == len(cluster["customer_ids"]), f"card shows {len(cluster['customer_ids'])} members")
    boxes = [heads.nth(i).bounding_box() for i in range(heads.count())]
    side_by_side = all(abs(b["y"] - boxes[0]["y"]) < 2 for b in boxes) and all(
        boxes[i + 1]["x"] >= boxes[i]["x"] + boxes[i]["width"] - 1 for i in range(len(boxes) - 1))
    check(side_by_side, "members are side by side")
    check(card.locator("th.member.survivor").count() == 1 and "survivor" in card.locator("th.survivor").text_content(),
          "survivor is marked")
    check(card.locator("tr.differs").count() > 0, "differing fields are highlighted")
    check(card.locator(".waterfall").count() == len(cluster["pairs"]), "every pair has a waterfall")

    page.fill("#reviewer", "Test Reviewer")
    page.dispatch_event("#reviewer", "change")
    card.locator("button[data-decision=same]").click()
    check(card.locator("button[data-decision=same]").get_attribute("aria-pressed") == "true", "decision 'same' is shown as made")
    second = page.locator("article.cluster-card").nth(1)
    second.locator("input.note").fill("different birth dates")
    second.locator("button[data-decision=distinct]").click()
    third = page.locator("article.cluster-card").nth(2)
    third.locator("button[data-decision=skip]").click()
    check(page.get_attribute("#export", "data-decisions") == "2", "two decisions to export (skip is not one)")
    with page.expect_download() as download_info:
        page.click("#export")
    download = download_info.value
    target = Path(tempfile.mkdtemp()) / "decisions.json"
    download.save_as(target)
    exported = json.loads(target.read_text(encoding="utf-8"))
    decisions = exported.get("decisions", [])
    check(download.suggested_filename == "decisions.json", "download is named decisions.json")
    check(len(decisions) == 2, f"export holds 2 decisions ({len(decisions)})")
    if len(decisions) == 2:
        same, distinct = decisions
        check(same["customer_ids"] == sorted(cluster["customer_ids"]) and same["decision"] == "same", "exported 'same' decision")
        check(same["by"] == "Test Reviewer", "decision carries the reviewer")
        check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", same["at"]) is not None, "decision time is ISO 8601")
        check(distinct["decision"] == "distinct" and distinct["note"] == "different birth dates", "exported 'distinct' decision with note")
        check(set(same) == {"customer_ids", "decision", "by", "at", "note"}, "decision has exactly the --decisions keys")

    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    page.click("nav#tabs button[data-tab=clusters]")
    kept = page.locator("article.cluster-card").first.locator("button[data-decision=same]").get_attribute("aria-pressed")
    check(kept == "true", "decisions survive a reload (local storage)")
    page.select_option("#c-review", "same")
    check(page.locator("article.cluster-card").count() == 1, "review filter shows decided clusters")

    page.emulate_media(media="print")
    check(page.is_visible("#findings-table") and not page.is_visible("nav#tabs"), "print shows every section, no controls")
    check(not errors, f"no console errors ({errors})")
    context.close()


def hostile_report_checks(browser, folder):
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    context, page, errors = open_report(browser, folder)
    for tab in ["findings", "clusters", "overview"]:
        page.click(f"nav#tabs button[data-tab={tab}]")
        page.wait_for_timeout(100)
    page.mouse.move(200, 200)
    page.wait_for_timeout(300)
    check(page.evaluate("typeof window.__pwned") == "undefined", "no payload ran (window.__pwned unset)")
    page.click("nav#tabs button[data-tab=findings]")
    table_text = page.text_content("#findings-body")
    for finding in report["findings"]:
        value = finding["value"]
        if "\u202e" in value:
            check("\u27e6U+202E\u27e7" in table_text, "right-to-left override is shown as a visible code point")
        else:
            check(value in table_text, f"payload shows as text: {value[:40]!r}")
    check(page.locator("img, iframe, object, embed, a[href]:not(.cluster-link)").count() == 0, "no element a payload could have created")
    page.click("nav#tabs button[data-tab=clusters]")
    check(page.locator("article.cluster-card").count() == len(report["clusters"]), "all hostile clusters render")
    links = page.locator("a.cluster-link").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    check(all(href.startswith("#cluster-") for href in links), "cluster links only point inside the page")
    check(page.evaluate("typeof window.__pwned") == "undefined", "still no payload ran after rendering clusters")
    check(not errors, f"no console errors ({errors})")
    context.close()


# Per card, what a reviewer sees: evidence rows (label and both values), the prior rows of each
# waterfall, waterfall labels, and whether the decision sits above the evidence.
CARD_FACTS = """() => Array.from(document.querySelectorAll('article.cluster-card')).map(card => {
  const evidence = Array.from(card.querySelectorAll('table.evidence tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent));
  const review = card.querySelector('.review').getBoundingClientRect();
  const firstEvidence = card.querySelector('table.evidence');
  return {
    id: card.getAttribute('data-cluster-id'),
    evidence: evidence,
    priorRows: Array.from(card.querySelectorAll('.waterfall')).map(w => w.querySelectorAll('.wf-row-prior').length),
    waterfallLabels: Array.from(card.querySelectorAll('.waterfall .wf-label')).map(l => l.textContent),
    decisionAbove: !!firstEvidence && review.bottom <= firstEvidence.getBoundingClientRect().top
      && review.bottom <= card.querySelector('table.members').getBoundingClientRect().top,
    writtenDifferently: Array.from(card.querySelectorAll('table.members tr.written-differently th')).map(th => th.firstChild.textContent),
    differs: Array.from(card.querySelectorAll('table.members tr.differs th')).map(th => th.firstChild.textContent),
  };
})"""


def generated_report_checks(browser, folder):
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    clusters = report["clusters"]
    check(len(clusters) > 10, f"generated customers give more than a page of clusters ({len(clusters)})")
    labels = {e["label"] for c in clusters for p in c["pairs"] for e in p["evidence"]} | {"Total match weight"}
    context, page, errors = open_report(browser, folder)
    page.click("nav#tabs button[data-tab=clusters]")
    check(page.evaluate("location.hash") == "#duplicates", "the duplicates tab has its own link (#duplicates)")

    cards = []
    while True:
        cards += page.evaluate(CARD_FACTS)
        if page.locator("#c-pager button").last.is_disabled():
            break
        page.locator("#c-pager button").last.click()
    check(len(cards) == len(clusters), f"every cluster has a card ({len(cards)} of {len(clusters)})")
    dash = "\u2014"
    lying = [(c["id"], row[1]) for c in cards for row in c["evidence"] if "missing" in row[1] and row[2] != dash and row[3] != dash]
    check(not lying, f"no evidence says 'missing' where both values are shown ({lying[:5]})")
    neutral = [row[1] for c in cards for row in c["evidence"] if "counts neither way" in row[1] or "not compared" in row[1]
               or "postcode comparison weighs" in row[1]]
    check(len(neutral) > 0, "neutral outcomes are shown with their own label")
    check(all(n == 1 for c in cards for n in c["priorRows"]), "every waterfall has exactly one prior row")
    cut = [l for c in cards for l in c["waterfallLabels"] if l not in labels]
    check(not cut, f"waterfall labels are whole, never cut ({cut[:3]})")
    check(all(c["decisionAbove"] for c in cards), "the decision buttons sit above the members and the evidence")
    by_id = {c["id"]: c for c in clusters}
    for card in cards:
        expected = set(by_id[card["id"]].get("written_differently", []))
        if set(card["writtenDifferently"]) != expected or expected & set(card["differs"]):
            check(False, f"{card['id']}: rows written differently {card['writtenDifferently']}, expected {sorted(expected)}")
    written = [c for c in clusters if c.get("written_differently")]
    check(len(written) > 0, "some generated clusters hold a value written two ways")
    phone_pairs = [(m1, m2) for c in written for f in c["written_differently"] if f.startswith("phone_numbers[")
                   for m1, m2 in [(c["members"][0]["fields"][f], c["members"][1]["fields"][f])]]
    check(len(phone_pairs) > 0, f"a phone number written two ways is one value, not a conflict ({phone_pairs[:2]})")

    # A link to a cluster on a later page opens the duplicates tab at that card.
    target = clusters[-1]["id"]
    page.goto((folder / "report.html").as_uri() + "#cluster-" + target)
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    card = page.locator(f"article.cluster-card[data-cluster-id='{target}']")
    check(page.is_visible("#clusters") and not page.is_visible("#overview"), "a cluster link opens the duplicates tab")
    check(card.count() == 1 and card.is_visible(), f"a cluster link shows its card ({target}, on the last page)")
    in_view = card.evaluate("c => { const r = c.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }") if card.count() else False
    check(in_view, "the linked card is scrolled into view")
    check("targeted" in (card.get_attribute("class") or ""), "the linked card is marked")
    page.locator("a.cluster-link").first.click()
    page.wait_for_timeout(200)
    check(page.evaluate("location.hash") == "#cluster-" + page.locator("article.cluster-card.targeted").get_attribute("data-cluster-id"),
          "a card's own link names it")
    page.goto((folder / "report.html").as_uri() + "#findings")
    page.reload()
    page.wait_for_selector("body[data-ready=true]")
    check(page.is_visible("#findings") and not page.is_visible("#clusters"), "#findings opens the findings tab")
    check(not errors, f"no console errors ({errors})")
    context.close()


def main():
    plain, hostile = Path(sys.argv[1]), Path(sys.argv[2])
    generated = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            plain_report_checks(browser, plain)
            hostile_report_checks(browser, hostile)
            if generated:
                generated_report_checks(browser, generated)
        finally:
            browser.close()
    if failures:
        print(f"{len(failures)} browser check(s) failed")
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()
