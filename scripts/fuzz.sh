#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz, with ASan and UBSan) and runs each for a
# fixed time, starting from seed corpora made from data/ and rules/ and from fuzz/regressions/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default: 120 s; all five targets)
# A crash, hang or leak stops that target and leaves its input in build-fuzz/artifacts/; copy it
# into fuzz/regressions/<target>/ once fixed, so the test suite replays it (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-120}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(csv_reader json_source values pack_load xlsx_reader)
build_dir="${TUANTHU_FUZZ_BUILD_DIR:-build-fuzz}"

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DTUANTHU_FUZZ=ON >/dev/null
build_targets=("${targets[@]/#/fuzz_}")
# The xlsx seeds are workbooks tuanthu itself writes: the same build's binary writes them.
[[ " ${targets[*]} " == *" xlsx_reader "* ]] && build_targets+=(tuanthu)
cmake --build "$build_dir" -j "$(nproc)" --target "${build_targets[@]}"

corpus="$build_dir/corpus"
mkdir -p "$corpus"/{csv_reader,json_source,values,pack_load,xlsx_reader} "$build_dir/artifacts"
# Seeds: every sample CSV and JSON file, every pack, and each distinct cell of the sample CSVs.
for file in data/*/*.csv; do
  cp "$file" "$corpus/csv_reader/$(basename "$(dirname "$file")")-$(basename "$file")"
done
cp data/*/*.json "$corpus/json_source/"
for file in $(find rules -name '*.lua'); do
  cp "$file" "$corpus/pack_load/$(echo "$file" | tr '/' '-')"
done
cat data/*/*.csv | tr ',;' '\n\n' | sed 's/^"//; s/"$//' | sort -u | awk 'NR <= 2000' |
  while IFS= read -r cell; do
    [ -n "$cell" ] && printf '%s' "$cell" >"$corpus/values/$(printf '%s' "$cell" | md5sum | cut -c1-16)"
  done

# Workbooks: the blank template in both languages, a findings workbook, and the sample data of
# Sì Lở Lầu (its first rows, to keep each execution fast) filled in by openpyxl as an office
# would (tests/e2e/fill_workbook.py: plain, mixed cell kinds, 1904 dates, shared strings); each
# also rewritten uncompressed, so that mutations reach the XML rather than the deflate stream.
if [[ " ${targets[*]} " == *" xlsx_reader "* ]]; then
  seeds="$corpus/xlsx_reader"
  work="$build_dir/xlsx-seeds"
  rm -rf "$work" && mkdir -p "$work/data"
  "$build_dir/tuanthu" template --out "$seeds/template-vi.xlsx"
  "$build_dir/tuanthu" template --out "$seeds/template-en.xlsx" --lang en
  "$build_dir/tuanthu" check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau \
    --as-of 2026-06-10 --format xlsx --out "$seeds/findings.xlsx" --fail-on never --quiet
  for file in data/si-lo-lau/*.csv; do head -n 8 "$file" >"$work/data/$(basename "$file")"; done
  if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    for variant in plain mixed 1904 shared; do
      flag="--$variant"
      [ "$variant" = plain ] && flag=""
      # shellcheck disable=SC2086
      /usr/bin/python3 tests/e2e/fill_workbook.py "$seeds/template-vi.xlsx" "$work/data" \
        "$seeds/si-lo-lau-$variant.xlsx" $flag
    done
  else
    echo "fuzz.sh: no openpyxl (scripts/setup.sh --tests): xlsx seeds without filled samples" >&2
  fi
  for book in "$seeds"/*.xlsx; do
    /usr/bin/python3 - "$book" "${book%.xlsx}-stored.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as source, \
        zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_STORED) as stored:
    for info in source.infolist():
        stored.writestr(info.filename, source.read(info.filename))
PY
  done
fi

status=0
for target in "${targets[@]}"; do
  echo "== fuzz_$target: ${seconds} s" >&2
  start=$(date +%s)
  if ! "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$build_dir/artifacts/$target-" \
      "$corpus/$target" "fuzz/regressions/$target" 2>"$build_dir/fuzz_$target.log"; then
    status=1
    echo "fuzz_$target FOUND A PROBLEM: see $build_dir/fuzz_$target.log and $build_dir/artifacts/" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+.*DONE' \
    "$build_dir/fuzz_$target.log" >&2 || true
  echo "fuzz_$target ran $(( $(date +%s) - start )) s" >&2
done
exit "$status"
