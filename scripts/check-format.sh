#!/usr/bin/env bash
# Fails, naming the files, when a C++ source does not follow .clang-format (Debian's clang-format).
#   scripts/check-format.sh          # check
#   scripts/check-format.sh --fix    # rewrite the files in place
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || {
  echo "check-format: clang-format is missing (scripts/setup.sh --tests installs it)" >&2
  exit 2
}
mapfile -t files < <(find engine adapters tests fuzz bench -name '*.cpp' -o -name '*.h' | sort)
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
unformatted=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
done
if [ "${#unformatted[@]}" -gt 0 ]; then
  echo "check-format: ${#unformatted[@]} file(s) do not follow .clang-format (scripts/check-format.sh --fix):" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
