#!/usr/bin/env bash
# Issue 12: how long and how much memory Splink 5 and customer-audit take on the same customers.
# Generates N customers (default 200,000, seed 1: the accuracy benchmark's gen200k file), then runs
#   customer-audit analyze --input FILE   (every report format, as a user runs it)
#   Splink 5, set up as in Benchmarks/accuracy/splink_dedupe.py (reading the JSON counts in its time)
# one after the other and prints wall time and peak RSS of both, and Splink's over ours.
# Usage: Benchmarks/splink-speed/run.sh [BIN] [N]
set -euo pipefail
bin=$(realpath "${1:-.build/release/customer-audit}")
count=${2:-200000}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=$repo/.build/splink-speed
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 2; }
python=$("$here/../accuracy/setup-venv.sh")
mkdir -p "$work"
input=$work/customers-$count.json
if [ ! -s "$input" ]; then
  echo "generating $count customers"
  "$bin" generate --customers "$count" --seed 1 --out "$input" --truth "$work/truth-$count.json" \
    > "$work/generate.log" 2>&1 || { echo "generate failed, see $work/generate.log" >&2; exit 1; }
fi
echo "input: $input ($(du -m "$input" | cut -f1) MB)"

# GNU time writes "seconds peak-KiB"; the tools' own output goes to a log beside it.
cd "$repo"
rm -rf "$work/report"
/usr/bin/time -f "%e %M" -o "$work/ours.time" "$bin" analyze --input "$input" --out "$work/report" --quiet \
  > "$work/ours.log" 2>&1 || { echo "customer-audit failed, see $work/ours.log" >&2; exit 1; }
/usr/bin/time -f "%e %M" -o "$work/splink.time" "$python" "$here/../accuracy/splink_dedupe.py" "$input" "$work/splink" \
  > "$work/splink.log" 2>&1 || { echo "Splink failed, see $work/splink.log" >&2; exit 1; }
grep "splink steps" "$work/splink.log" || true

read -r ours_s ours_k < <(tail -1 "$work/ours.time")
read -r splink_s splink_k < <(tail -1 "$work/splink.time")
awk -v n="$count" -v os="$ours_s" -v ok="$ours_k" -v ss="$splink_s" -v sk="$splink_k" 'BEGIN {
  printf "| %d customers | wall time s | peak RSS MiB |\n|---|---|---|\n", n
  printf "| customer-audit analyze | %.1f | %.0f |\n", os, ok / 1024
  printf "| Splink 5 (DuckDB) | %.1f | %.0f |\n", ss, sk / 1024
  printf "| Splink / customer-audit | %.1fx | %.1fx |\n", ss / os, sk / ok
}'
