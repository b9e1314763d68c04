"""Parses JavaScript files in Debian's headless chromium (through Playwright) without running them.

Usage: script_syntax_check.py FILE...
Each file is compiled as the body of a function that is never called, so its syntax is checked
(V8 reports early errors at compile time) but none of its code runs. Prints one line per file and
exits 1 when any file does not parse, naming the file, the error and its line and column.
"""
import sys
from pathlib import Path

try:
    from playwright.sync_api import sync_playwright
except ImportError:
    sys.exit("python package playwright is missing: install Tests/requirements.txt (make test does)")

CHROMIUM = "/usr/bin/chromium"

# Adds the text as a classic script inside an uncalled function; window.onerror receives a syntax
# error with its position. The wrapper takes one line, so the file's line is one less.
COMPILE = """source => {
  let error = null;
  window.onerror = (message, url, line, column) => { error = {message: String(message), line: line - 1, column: column}; return true; };
  const script = document.createElement('script');
  script.textContent = 'window.__unused = function () {\\n' + source + '\\n};';
  document.head.appendChild(script);
  script.remove();
  window.onerror = null;
  return error;
}"""


def main():
    files = [Path(name) for name in sys.argv[1:]]
    if not files:
        sys.exit("usage: script_syntax_check.py FILE...")
    failed = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.set_content("<!DOCTYPE html><html><head><title>syntax check</title></head><body></body></html>")
            for file in files:
                error = page.evaluate(COMPILE, file.read_text(encoding="utf-8"))
                if error:
                    failed += 1
                    print(f"FAIL {file}:{error['line']}:{error['column']}: {error['message']}")
                else:
                    print(f"ok   {file} parses")
        finally:
            browser.close()
    if failed:
        print(f"{failed} file(s) do not parse")
        sys.exit(1)


if __name__ == "__main__":
    main()
