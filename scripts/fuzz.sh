#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz, with ASan and UBSan) and runs each for a
# fixed time, starting from seed corpora made from data/ and rules/ and from fuzz/regressions/.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default: 120 s; all four targets)
# A crash, hang or leak stops that target and leaves its input in build-fuzz/artifacts/; copy it
# into fuzz/regressions/<target>/ once fixed, so the test suite replays it (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-120}"
shift || true
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(csv_reader json_source values pack_load)
build_dir="${TUANTHU_FUZZ_BUILD_DIR:-build-fuzz}"

cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DTUANTHU_FUZZ=ON >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

corpus="$build_dir/corpus"
mkdir -p "$corpus"/{csv_reader,json_source,values,pack_load} "$build_dir/artifacts"
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
