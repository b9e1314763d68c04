#!/usr/bin/env bash
# Accuracy of customer-audit beside Splink 5 on FEBRL 1-4 and generated customers; see run.py --help.
# Usage: Benchmarks/accuracy/run.sh [--bin PATH] [--with-200k] [--sets febrl1 gen20k ...]
set -euo pipefail
# Time and peak memory come from GNU time (Debian package "time").
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install time" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
python=$("$here/setup-venv.sh")
exec "$python" "$here/run.py" "$@"
