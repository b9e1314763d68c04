#!/usr/bin/env bash
# End-to-end figure for issue-sized inputs: `customer-audit analyze --input` of N generated customers
# (default 1,000,000, about 670 MB of JSON), reports written, with wall time, peak memory and the
# time of each stage. Usage: Benchmarks/analyze-end-to-end.sh [N] [BIN]
set -euo pipefail
count=${1:-1000000}
bin=${2:-.build/release/customer-audit}
work=${BENCH_DIR:-/tmp/customer-audit-bench}
mkdir -p "$work"
input="$work/customers-$count.json"
if [ ! -s "$input" ]; then
  echo "generating $count customers into $input"
  "$bin" generate --customers "$count" --seed 1 --out "$input" --truth "$work/truth-$count.json"
fi
echo "input: $(du -m "$input" | cut -f1) MB"
rm -rf "$work/report-$count"
/usr/bin/time -v "$bin" analyze --input "$input" --out "$work/report-$count" --timings 2> "$work/analyze-$count.log" >/dev/null || true
grep -E "^  [a-z]" "$work/analyze-$count.log" || true
# CPU seconds beside the wall time: on a machine shared with other work the wall time says little,
# user + system time compares two builds measured back to back.
grep -E "Elapsed \(wall|Maximum resident|User time|System time" "$work/analyze-$count.log"
