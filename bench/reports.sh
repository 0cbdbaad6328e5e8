#!/usr/bin/env bash
# Benchmark: the reports of a national sweep against the JSON output of the same check.
# Usage: bench/reports.sh [COMMUNES [PROVINCES [KEEP]]]   (default 3321 34 0.25)
# bench/sweep.py writes COMMUNES communes in PROVINCES provinces, each keeping KEEP of its
# template's meetings, documents, dossiers and feedback; the data is imported once, a run is
# recorded as of 10/06/2026 (so the reports have a trend), then the check as of 24/11/2026 is
# timed as JSON, as the paged HTML report and as the sweep workbook (wall and CPU time, peak
# memory); all three stream the check locality by locality.
# KEEP_STORE=FILE keeps the imported store; BENCH_STORE=FILE reuses one (no generation, import),
# copied, or used in place with BENCH_STORE_IN_PLACE=1 (it then keeps the June run it records).
set -euo pipefail
cd "$(dirname "$0")/.."
communes="${1:-3321}"
provinces="${2:-34}"
keep="${3:-0.25}"
build_dir="${TUANTHU_BUILD_DIR:-build}"
tool="$build_dir/tuanthu"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

store="$work/store.db"
if [ -n "${BENCH_STORE:-}" ] && [ -n "${BENCH_STORE_IN_PLACE:-}" ]; then
  # A store too big to copy (the national year): used where it is; it gains the recorded run.
  store="$BENCH_STORE"
elif [ -n "${BENCH_STORE:-}" ]; then
  # A store made by an earlier run of this script (import is the slow part): copied, then used.
  cp "$BENCH_STORE" "$work/store.db"
else
  python3 bench/sweep.py "$communes" "$provinces" "$work/data" --keep "$keep"
  echo "data set: $communes communes in $provinces provinces, $(cat "$work"/data/*.csv | wc -l) CSV lines"
  /usr/bin/time -f "import: %e s wall, %U+%S s CPU, peak %M KiB" \
    "$tool" import --quiet --data "$work/data" --db "$work/store.db"
  if [ -n "${KEEP_STORE:-}" ]; then cp "$work/store.db" "$KEEP_STORE"; fi
fi
"$tool" check --data "$store" --as-of 2026-06-10 --record --quiet --fail-on never \
  --format json --out "$work/june.json"

check=("$tool" check --data "$store" --as-of 2026-11-24 --fail-on never)
/usr/bin/time -f "json: %e s wall, %U+%S s CPU, peak %M KiB" "${check[@]}" --format json --out "$work/all.json"
/usr/bin/time -f "json --include-pass: %e s wall, %U+%S s CPU, peak %M KiB" \
  "${check[@]}" --include-pass --format json --out "$work/all-pass.json"
/usr/bin/time -f "csv: %e s wall, %U+%S s CPU, peak %M KiB" "${check[@]}" --format csv --out "$work/all.csv"
/usr/bin/time -f "table: %e s wall, %U+%S s CPU, peak %M KiB" "${check[@]}" --format table --out "$work/all.txt"
/usr/bin/time -f "html (paged): %e s wall, %U+%S s CPU, peak %M KiB" "${check[@]}" --format html --out "$work/site"
/usr/bin/time -f "xlsx (sweep): %e s wall, %U+%S s CPU, peak %M KiB" "${check[@]}" --format xlsx --out "$work/sweep.xlsx"

echo "findings: $(grep -c '"rule"' "$work/all.json") (with passes: $(grep -c '"rule"' "$work/all-pass.json"))"
echo "json: $(du -h "$work/all.json" | cut -f1), with passes $(du -h "$work/all-pass.json" | cut -f1)"
echo "html: index.html $(du -h "$work/site/index.html" | cut -f1)," \
  "largest province page $(du -h "$work"/site/p/*.html | sort -h | tail -1 | cut -f1)," \
  "$(ls "$work/site/c" | wc -l) commune pages, folder $(du -sh "$work/site" | cut -f1)"
echo "xlsx: $(du -h "$work/sweep.xlsx" | cut -f1)"
if [ -x /usr/bin/chromium ]; then
  start=$(date +%s.%N)
  timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/profile" --screenshot="$work/index.png" --window-size=1000,1400 \
    "file://$work/site/index.html" >/dev/null 2>&1
  echo "chromium: index.html opened and captured in" \
    "$(python3 -c "print(round($(date +%s.%N) - $start, 2))") s"
fi
# The writers alone, fed one locality at a time (what a streaming check would give them).
if [ -x "$build_dir/tuanthu_bench_report_writers" ]; then
  /usr/bin/time -f "writers alone, html: %e s wall, %U+%S s CPU, peak %M KiB" \
    "$build_dir/tuanthu_bench_report_writers" html "$communes" "$provinces" "$work/site-fed"
  /usr/bin/time -f "writers alone, xlsx: %e s wall, %U+%S s CPU, peak %M KiB" \
    "$build_dir/tuanthu_bench_report_writers" xlsx "$communes" "$provinces" "$work/fed.xlsx"
fi
