#!/usr/bin/env bash
# Runs every test: the C++ unit and end-to-end tests (doctest, through ctest) and the rule
# packs' own tests (`tuanthu rules test`, also registered with ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --no-run --tests
build_dir="${TUANTHU_BUILD_DIR:-build}"
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
