#!/usr/bin/env bash
# Installs tuanthu the way an administrator does and checks the result, with no source tree left:
#   1. copies the source tree (without its build folders and .git), configures and builds the
#      program from the copy (-O0: this test is about the installation, not the code),
#   2. `cmake --install --prefix STAGE/usr`, and `cpack -G DEB`,
#   3. removes the copy and its build folder,
#   4. runs the installed binary: its packs come from STAGE/usr/share/tuanthu/rules, their tests
#      pass, the sample data checks as expected; again after moving the whole installation;
#      the nightly job runs twice; the .deb's contents, Depends and scripts are what they should be.
# Usage: install_and_package.sh SOURCE_DIR WORK_DIR
set -euo pipefail

source_dir=$(cd "$1" && pwd)
work=$2
rm -rf "$work"
mkdir -p "$work"
trap 'status=$?; [ "$status" = 0 ] && rm -rf "$work"; exit "$status"' EXIT
unset TUANTHU_RULES

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "--- $*"; }

step "copying the source tree"
excludes=(--exclude=./.git)
while IFS= read -r cache; do
  excludes+=("--exclude=./$(dirname "${cache#"$source_dir"/}")")
done < <(find "$source_dir" -maxdepth 3 -name CMakeCache.txt)
mkdir "$work/src"
tar -C "$source_dir" "${excludes[@]}" -cf - . | tar -C "$work/src" -xf -

step "configuring and building from the copy"
cmake -S "$work/src" -B "$work/build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g0" \
  -DCMAKE_SKIP_INSTALL_ALL_DEPENDENCY=ON >"$work/configure.log" || {
  cat "$work/configure.log"
  fail "configure"
}
cmake --build "$work/build" -j "${TUANTHU_TEST_JOBS:-2}" --target tuanthu tuanthu_man_page \
  >"$work/build.log" 2>&1 || {
  tail -50 "$work/build.log"
  fail "build"
}

step "installing into a staging folder"
cmake --install "$work/build" --prefix "$work/stage/usr" >"$work/install.log"

step "packaging (cpack -G DEB)"
(cd "$work/build" && cpack -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log"
  fail "cpack"
}

rm -rf "$work/src" "$work/build"
prefix=$work/stage/usr
tuanthu=$prefix/bin/tuanthu
examples=$prefix/share/doc/tuanthu/examples

step "the installed binary finds its installed packs"
list=$("$tuanthu" rules list --format json) || fail "rules list"
python3 - "$list" "$prefix/share/tuanthu/rules" <<'PY' || fail "rules list: folders"
import json, sys
packs = json.loads(sys.argv[1])
folder = sys.argv[2]
ids = {p["id"] for p in packs}
want = {"vn", "vn/lai-chau/si-lo-lau", "vn/bac-ninh/yen-dinh", "vn/hai-phong/an-phu",
        "vn/lang-son/thien-tan", "vn/ha-noi/ngoc-ha"}
assert want <= ids, f"missing packs: {want - ids}"
for p in packs:
    if p["origin"] == "system":  # a machine with /etc/tuanthu/rules of its own
        continue
    assert p["folder"] == folder and p["origin"] == "installed", p
print(f"{len(packs)} packs from {folder}")
PY
# (Outputs are captured before grep: with pipefail, `grep -q` closing a pipe early fails it.)
contains() { grep -qF -- "$2" <<<"$1"; }
contains "$("$tuanthu" rules path)" "$prefix/share/tuanthu/rules  (" || fail "rules path"
contains "$("$tuanthu" rules list)" "← $prefix/share/tuanthu/rules" || fail "rules list: folder"

step "the installed packs' tests pass"
"$tuanthu" rules test >"$work/rules-test.log" || {
  cat "$work/rules-test.log"
  fail "rules test"
}
tail -1 "$work/rules-test.log"

check_sample() {
  local binary=$1 status=0
  (cd "$2" && "$binary" check --data data/si-lo-lau --pack vn/lai-chau/si-lo-lau \
    --as-of 2026-06-10 --format json) >"$work/check.json" || status=$?
  [ "$status" = 1 ] || fail "check of the sample data exited $status, not 1 (violations)"
  cmp -s "$work/check.json" "$source_dir/tests/e2e/expected/si-lo-lau-2026-06-10.json" ||
    fail "check of the installed sample data differs from tests/e2e/expected"
}
step "the sample data checks as expected"
check_sample "$tuanthu" "$examples"

step "version without a git checkout"
version=$("$tuanthu" --version)
[ "$version" = "tuanthu $(sed -n 's/^project(tuanthu VERSION \([0-9.]*\).*/\1/p' \
  "$source_dir/CMakeLists.txt") (commit unknown)" ] || fail "version: $version"
echo "$version"
changelog=$(zcat "$prefix/share/doc/tuanthu/changelog.gz")
[[ $changelog == "tuanthu ($(echo "$version" | cut -d' ' -f2)) "* ]] || fail "changelog.gz: not this version"

step "man page, completion, nightly job, systemd units"
contains "$(zcat "$prefix/share/man/man1/tuanthu.1.gz")" '.TH TUANTHU 1' || fail "man page"
bash -n "$prefix/share/bash-completion/completions/tuanthu" || fail "completion"
nightly=$prefix/libexec/tuanthu/tuanthu-nightly
[ -x "$nightly" ] || fail "nightly job not executable"
grep -qx "ExecStart=$nightly" "$prefix/lib/systemd/system/tuanthu-nightly.service" ||
  fail "the service does not run $nightly"
grep -qx "OnCalendar=\*-\*-\* 02:30:00" "$prefix/lib/systemd/system/tuanthu-nightly.timer" ||
  fail "timer"
grep -qx "TUANTHU=\${TUANTHU:-$tuanthu}" "$nightly" || fail "the nightly job does not run $tuanthu"
for night in 1 2; do
  TUANTHU_DB=$work/nightly.db TUANTHU_EXPORTS=$examples/data/si-lo-lau \
    TUANTHU_REPORTS=$work/reports "$nightly" || fail "nightly run $night"
done
[ "$("$tuanthu" runs --db "$work/nightly.db" --format json | grep -c '"id"')" = 2 ] ||
  fail "the nightly job did not record two runs"
ls "$work"/reports/new-*.json >/dev/null || fail "the nightly job wrote no diff"
status=0
TUANTHU_DB=$work/nightly.db TUANTHU_EXPORTS=$work/absent "$nightly" 2>/dev/null || status=$?
[ "$status" = 2 ] || fail "the nightly job with no exports exited $status, not 2"

step "a moved installation still finds its packs"
mv "$work/stage" "$work/moved"
prefix=$work/moved/usr
contains "$("$prefix/bin/tuanthu" rules list --format json)" "\"folder\": \"$prefix/share/tuanthu/rules\"" ||
  fail "moved: packs not found beside the binary"
check_sample "$prefix/bin/tuanthu" "$prefix/share/doc/tuanthu/examples"

step "the .deb"
debs=("$work"/pkg/tuanthu_*.deb)
if [ "${#debs[@]}" != 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "no single tuanthu_*.deb in $work/pkg"
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "tuanthu_$(dpkg-deb -f "$deb" Version)_$arch.deb" ] ||
  fail "file name $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = tuanthu ] || fail "Package"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$arch" ] || fail "Architecture"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libc6 'libstdc\+\+6' libgcc-s1 'liblua5\.4-0' libsqlite3-0 \
  'libboost-program-options[0-9.]+' 'libxlsxwriter[0-9]+' adduser; do
  [[ ", $depends," =~ ,\ ${library}[\ ,] ]] || fail "Depends lacks $library"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/tuanthu ./usr/share/tuanthu/rules/vn/pack.lua \
  ./usr/share/tuanthu/rules/testing.lua ./usr/share/tuanthu/rules/README.md \
  ./usr/share/tuanthu/rules/vn/lai-chau/si-lo-lau/pack_test.lua \
  ./usr/share/man/man1/tuanthu.1.gz ./usr/share/bash-completion/completions/tuanthu \
  ./usr/libexec/tuanthu/tuanthu-nightly ./usr/lib/systemd/system/tuanthu-nightly.service \
  ./usr/lib/systemd/system/tuanthu-nightly.timer ./usr/share/doc/tuanthu/copyright \
  ./usr/share/doc/tuanthu/changelog.gz ./usr/share/doc/tuanthu/README.md \
  ./usr/share/doc/tuanthu/examples/data/si-lo-lau/meetings.csv; do
  grep -qxF "$path" <<<"$contents" || fail "the .deb lacks $path"
done
! grep -q '^\./etc/systemd' <<<"$contents" || fail "the .deb enables the timer"
! grep -q "$work" <<<"$contents" || fail "the .deb holds build paths"
mkdir "$work/control"
dpkg-deb -e "$deb" "$work/control"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "no $script"
  sh -n "$work/control/$script" || fail "$script: syntax"
done
grep -q 'adduser --system' "$work/control/postinst" || fail "postinst creates no user"
grep -q '/var/lib/tuanthu' "$work/control/postinst" || fail "postinst creates no /var/lib/tuanthu"
service=$(dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/lib/systemd/system/tuanthu-nightly.service)
grep -qx 'ExecStart=/usr/libexec/tuanthu/tuanthu-nightly' <<<"$service" ||
  fail "the .deb's service ExecStart"
echo "ok: $(basename "$deb")"
