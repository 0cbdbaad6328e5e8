#!/usr/bin/env bash
# Regenerates the table in rules/README.md ("How good the drafts are"): drafts the five plans of
# data/plans/ with `tuanthu rules draft` and measures each draft against the pack written by hand
# (the same test ctest runs, tests/adapters/draft_test.cpp). Run after changing the drafter or a
# shipped pack:   scripts/draft_report.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-${TUANTHU_BUILD_DIR:-build}}"
cmake --build "$build_dir" -j2 --target tuanthu_tests >/dev/null
report="$(mktemp)"
trap 'rm -f "$report" "$report.readme"' EXIT
TUANTHU_DRAFT_REPORT="$report" "$build_dir/tuanthu_tests" \
  -tc='draft: the five plans drafted against the hand-written packs' >/dev/null
begin='<!-- draft-report:begin -->'
end='<!-- draft-report:end -->'
grep -q "$begin" rules/README.md || { echo "rules/README.md has no $begin marker" >&2; exit 2; }
awk -v begin="$begin" -v end="$end" -v report="$report" '
  $0 == begin { print; while ((getline line < report) > 0) print line; skipping = 1; next }
  $0 == end { skipping = 0 }
  !skipping { print }
' rules/README.md > "$report.readme"
mv "$report.readme" rules/README.md
echo "rules/README.md: draft report updated"
