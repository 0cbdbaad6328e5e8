#!/usr/bin/env bash
# Runs every test, as CI does (.ci/run):
#   1. build/        RelWithDebInfo, warnings as errors: the C++ unit and end-to-end tests
#                    (doctest, through ctest) and the rule packs' own tests (`tuanthu rules test`)
#   2. build-release Release (-O3) with g++ 12, warnings as errors: every target must build
#   3. build-asan    AddressSanitizer + UndefinedBehaviorSanitizer: the same suite again (but the
#                    installation test, which never runs the sanitized binary); a report fails
#                    the run
# Each stage prints its time. TUANTHU_TEST_STAGES="suite release asan" picks stages.
set -euo pipefail
cd "$(dirname "$0")/.."

stages="${TUANTHU_TEST_STAGES:-suite release asan}"
jobs="$(nproc)"
build_dir="${TUANTHU_BUILD_DIR:-build}"
TUANTHU_CMAKE_ARGS="-DTUANTHU_WERROR=ON" TUANTHU_BUILD_DIR="$build_dir" \
  scripts/setup.sh --no-run --tests

stage() {
  echo "== $1: $(($(date +%s) - started)) s" >&2
}

if [[ " $stages " == *" suite "* ]]; then
  started=$(date +%s)
  ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
  stage "suite (build/)"
fi

if [[ " $stages " == *" release "* ]]; then
  started=$(date +%s)
  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=g++-12 \
    -DTUANTHU_WERROR=ON >/dev/null
  cmake --build build-release -j "$jobs"
  stage "release build (build-release/, g++ 12 -O3 -Werror)"
fi

if [[ " $stages " == *" asan "* ]]; then
  started=$(date +%s)
  # -O1 and line tables only: the quickest build whose reports still name file and line.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DTUANTHU_SANITIZE=ON -DTUANTHU_WERROR=ON >/dev/null
  # Every test but one runs again under the sanitizers, and any report fails the run.
  # install_and_package is left out here: it builds its own unsanitized copy of the program from a
  # copy of the source (at -O0) to test the installation and the .deb, so it never runs the
  # sanitized code and would only add its ~12 minutes again; the suite stage runs it.
  asan_status=0
  {
    cmake --build build-asan -j "$jobs" &&
      ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1" \
      UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^install_and_package$'
  } > build-asan-suite.log 2>&1 || asan_status=$?
  mkdir -p build-asan && mv build-asan-suite.log build-asan/sanitizer-suite.log
  if [ "$asan_status" -ne 0 ]; then
    echo "the sanitizer stage failed (status $asan_status); see build-asan/sanitizer-suite.log:" >&2
    grep -E 'ERROR|error:|runtime error|\*\*\*Failed' build-asan/sanitizer-suite.log | head -40 >&2 || true
    exit "$asan_status"
  fi
  echo "sanitizer suite: every test passed under ASan + UBSan" >&2
  stage "sanitizer suite (build-asan/, ASan + UBSan)"
fi
