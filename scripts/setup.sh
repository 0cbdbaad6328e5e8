#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages only), builds tuanthu, and runs the main job:
# a compliance check of the bundled sample data of xã Sì Lở Lầu.
#   scripts/setup.sh            # install, build, check data/si-lo-lau
#   scripts/setup.sh --no-run   # install and build only
#   scripts/setup.sh --tests    # also install what the tests need (Chromium, openpyxl, clang,
#                               # PostgreSQL 15 for the throwaway test server)
#   scripts/setup.sh --bench    # also install what bench/run.sh needs (time, sqlite3,
#                               # PostgreSQL 15 for the PostgreSQL sweep)
set -euo pipefail
cd "$(dirname "$0")/.."

run_check=1
with_tests=0
with_bench=0
for arg in "$@"; do
  case "$arg" in
    --no-run) run_check=0 ;;
    --tests) with_tests=1 ;;
    --bench) with_bench=1 ;;
    *) echo "usage: scripts/setup.sh [--no-run] [--tests] [--bench]" >&2; exit 2 ;;
  esac
done

packages=(build-essential cmake pkg-config liblua5.4-dev libsqlite3-dev
          libboost-program-options-dev doctest-dev nlohmann-json3-dev libxlsxwriter-dev
          zlib1g-dev   # libxlsxwriter.pc links -lz but its -dev package does not pull zlib1g-dev
          dpkg-dev     # dpkg-shlibdeps: `cpack -G DEB` declares the libraries the package needs
          libutf8proc-dev             # Unicode normalisation (NFC) of headers, values and plans
          libzip-dev libexpat1-dev    # the workbook (.xlsx) and document (.docx) reader
          libpq-dev libpq5)           # PostgreSQL stores (--db postgresql://...)
if [ "$with_tests" = 1 ]; then
  # clang and its runtime: the libFuzzer targets (scripts/fuzz.sh); g++-12 named for the
  # Release build of scripts/test.sh; PostgreSQL: the tests start their own server;
  # clang-format: the source_format test.
  packages+=(python3 python3-openpyxl chromium clang libclang-rt-14-dev g++-12 postgresql
             clang-format)
fi
if [ "$with_bench" = 1 ]; then
  packages+=(python3 time sqlite3 postgresql)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "tuanthu: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build_dir="${TUANTHU_BUILD_DIR:-build}"
# TUANTHU_CMAKE_ARGS: extra configuration (scripts/test.sh passes -DTUANTHU_WERROR=ON).
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo ${TUANTHU_CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir" -j "$(nproc)"

if [ "$run_check" = 1 ]; then
  echo
  status=0
  "$build_dir/tuanthu" check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau \
    --as-of 2026-11-24 || status=$?
  # Exit 1 means the check found violations: that is the check's answer, not a failure here.
  [ "$status" -le 1 ] || exit "$status"
fi
