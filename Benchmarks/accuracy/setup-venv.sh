#!/usr/bin/env bash
# One venv for both Splink benchmarks, inside the ignored build folder; prints its python.
# Reinstalls only when requirements.txt changed since the last install.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=${BENCH_VENV:-$here/../../.build/bench-venv}
[ -x "$venv/bin/python" ] || python3 -m venv "$venv" >&2
if ! cmp -s "$here/requirements.txt" "$venv/.requirements.txt"; then
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt" >&2
  cp "$here/requirements.txt" "$venv/.requirements.txt"
fi
echo "$venv/bin/python"
