#!/usr/bin/env bash
# Benchmark: import and check a national-scale data set. Usage: bench/run.sh [COPIES]
# Each copy is the five sample localities (about 39,000 records), renamed.
set -euo pipefail
cd "$(dirname "$0")/.."
copies="${1:-40}"
build_dir="${TUANTHU_BUILD_DIR:-build}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/scale.py data/province-sweep "$work/data" "$copies"
echo "data set: $copies copies, $(cat "$work"/data/*.csv | wc -l) CSV lines"
/usr/bin/time -f "import: %e s, peak %M KiB" \
  "$build_dir/tuanthu" import --data "$work/data" --db "$work/store.db" >/dev/null
/usr/bin/time -f "check (all localities): %e s, peak %M KiB" \
  "$build_dir/tuanthu" check --data "$work/store.db" --as-of 2026-11-24 --format json \
  --out "$work/findings.json" --fail-on never
/usr/bin/time -f "check (one locality): %e s, peak %M KiB" \
  "$build_dir/tuanthu" check --data "$work/store.db" --locality B0-03199 --as-of 2026-11-24 \
  --format json --out "$work/one.json" --fail-on never
echo "findings: $(grep -c '"rule"' "$work/findings.json")"
