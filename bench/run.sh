#!/usr/bin/env bash
# Benchmark at national scale, in one run: import, the sweep, one locality, and the same checks
# written by hand in SQL over a plain `sqlite3 .import` of the same CSV files.
#
#   bench/run.sh [--scale S] [--volume V] [--threads N] [--keep DIR]
#
# --scale 1 is 3,321 localities (bench/generate_national.py); --volume 1 about a quarter of a
# year (22-26 million records at --scale 1), 4 a full year. Needs /usr/bin/time and sqlite3
# (scripts/setup.sh --bench). Prints wall time, CPU time (user + system) and peak memory
# (maximum resident set) of each step, and the ratios between them. On a shared machine wall
# time includes waiting for a core; CPU time does not.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=0.1 volume=1 threads=0 keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale="$2"; shift 2 ;;
    --volume) volume="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "usage: bench/run.sh [--scale S] [--volume V] [--threads N] [--keep DIR]" >&2; exit 2 ;;
  esac
done
for tool in /usr/bin/time sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (scripts/setup.sh --bench)" >&2; exit 2; }
done
tuanthu="$(realpath "${TUANTHU_BUILD_DIR:-build}/tuanthu")"
if [ -n "$keep" ]; then work="$keep"; mkdir -p "$work"; else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fi
as_of=2026-11-24
declare -A wall cpu peak

# measure NAME COMMAND...: runs it under /usr/bin/time -v, records wall, CPU and peak memory.
measure() {
  local name="$1"; shift
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || {
    local status=$?
    [ "$status" -le 1 ] || { echo "bench: $name failed ($status)" >&2; cat "$work/$name.err" >&2; exit 1; }
  }
  wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/ {
    n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/$name.time")
  cpu[$name]=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$work/$name.time")
  peak[$name]=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/$name.time")
  printf '%-28s wall %8.2f s   cpu %8.2f s   peak %6d MiB\n' "$name" "${wall[$name]}" "${cpu[$name]}" "${peak[$name]}"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

if [ ! -f "$work/data/localities.csv" ]; then
  python3 bench/generate_national.py "$work/data" --scale "$scale" --volume "$volume" 2>/dev/null
fi
records=$(( $(cat "$work"/data/*.csv | wc -l) - $(ls "$work"/data/*.csv | wc -l) ))
echo "data set: $(du -shL "$work/data" | cut -f1) of CSV, $records records, scale $scale, volume $volume"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -z "${BENCH_SKIP_IMPORT:-}" ] || [ ! -f "$work/store.db" ]; then
rm -f "$work"/store.db* "$work"/plain.db*
measure import "$tuanthu" import --quiet --data "$work/data" --db "$work/store.db"
# The user's alternative: sqlite3's own CSV import, then the indexes the checks need.
{
  for f in "$work"/data/*.csv; do echo ".import --csv '$f' $(basename "$f" .csv)"; done
  echo "CREATE INDEX units_locality ON units(locality_code, unit_id);"
  echo "CREATE INDEX meetings_unit ON meetings(unit_id, start_date);"
  echo "CREATE INDEX documents_unit ON documents(unit_id, date);"
  echo "CREATE INDEX dossiers_unit ON dossiers(unit_id, received_date);"
  echo "CREATE INDEX reports_unit ON reports(unit_id, submitted_date);"
} >"$work/plain-import.sql"
measure sqlite3_import sqlite3 "$work/plain.db" ".read $work/plain-import.sql"
else
  wall[import]=0 cpu[import]=0 wall[sqlite3_import]=0 cpu[sqlite3_import]=0
fi

base=(--data "$work/store.db" --as-of "$as_of" --fail-on never)
common=("${base[@]}" --threads "$threads")
measure sweep_si_lo_lau "$tuanthu" check "${common[@]}" --pack vn/lai-chau/si-lo-lau \
  --format json --out "$work/sweep.json"
measure sweep_own_packs "$tuanthu" check "${common[@]}" --format json --out "$work/own.json"
measure sweep_1_thread "$tuanthu" check "${base[@]}" --threads 1 --pack vn/lai-chau/si-lo-lau \
  --format json --out "$work/sweep1.json"
cmp -s "$work/sweep.json" "$work/sweep1.json" || { echo "bench: 1 and N threads differ" >&2; exit 1; }
measure one_locality "$tuanthu" check "${common[@]}" --locality 00100 --format json \
  --out "$work/one.json"
measure one_province "$tuanthu" check "${common[@]}" --province 01 --format json \
  --out "$work/province.json"
measure sql_by_hand sqlite3 "$work/plain.db" ".read bench/checks.sql"

echo
echo "findings (Sì Lở Lầu pack over all): $(grep -c '"rule"' "$work/sweep.json")"
echo "import / sqlite3 .import:            $(ratio "${wall[import]}" "${wall[sqlite3_import]}") wall, $(ratio "${cpu[import]}" "${cpu[sqlite3_import]}") cpu"
[ "${cpu[import]}" = 0 ] || echo "import rate:                         $(awk -v r="$records" -v t="${wall[import]}" 'BEGIN {printf "%.0f", r / t}') records/s wall, $(awk -v r="$records" -v t="${cpu[import]}" 'BEGIN {printf "%.0f", r / t}') per cpu-second"
echo "sweep / hand-written SQL:            $(ratio "${wall[sweep_si_lo_lau]}" "${wall[sql_by_hand]}") wall, $(ratio "${cpu[sweep_si_lo_lau]}" "${cpu[sql_by_hand]}") cpu"
echo "sweep N threads / 1 thread:          $(ratio "${wall[sweep_si_lo_lau]}" "${wall[sweep_1_thread]}") wall"
