#!/usr/bin/env bash
# Shows that a change left behaviour alone: runs `analyze` with two builds of the tool on the same
# inputs (the demo's 3,000 generated customers (seed 2026) and a generated 20k file) and compares every report file
# byte for byte, after blanking what must differ between runs: the time (`generated_at`, the page
# title) and the page's script nonce.
# Usage: Benchmarks/same-report.sh BEFORE_BIN AFTER_BIN   (e.g. a build of main and one of a branch)
set -euo pipefail
before=${1:?usage: same-report.sh BEFORE_BIN AFTER_BIN}
after=${2:?usage: same-report.sh BEFORE_BIN AFTER_BIN}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$after" generate --customers 3000 --seed 2026 --out "$work/demo.json" 2>/dev/null
"$after" generate --customers 20000 --seed 7 --out "$work/20k.json" 2>/dev/null
status=0
for input in demo 20k; do
  for side in before after; do
    bin=$before; [ "$side" = after ] && bin=$after
    "$bin" analyze --input "$work/$input.json" --out "$work/$input-$side" >/dev/null 2>&1 || true
    sed -i -E 's/"generated_at" *: *"[^"]*"/"generated_at":""/; s/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TIME/g; s/nonce(-|=")[a-z0-9]+/nonce\1N/g' \
      "$work/$input-$side"/report.json "$work/$input-$side"/report.html 2>/dev/null || true
  done
  for file in report.json findings.csv merges.csv report.html; do
    if cmp -s "$work/$input-before/$file" "$work/$input-after/$file"; then
      echo "same       $input/$file"
    else
      echo "DIFFERENT  $input/$file"; status=1
    fi
  done
done
exit $status
