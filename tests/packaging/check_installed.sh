#!/usr/bin/env bash
# Checks an installed tree (a DESTDIR, or a .deb unpacked with dpkg -x):
#   check_installed.sh ROOT EXPECTED_FILE_LIST VERSION SOURCE_DIR
# the files are exactly the expected ones; the programs run and print the version; each PNG
# icon has its folder's size; the man pages are gzip files that groff reads without warning;
# the metainfo names the installed binaries, the README's screenshots and this version.
set -uo pipefail
root=$1 expected=$2 version=$3 source_dir=$4
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

actual=$(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | LC_ALL=C sort)
wanted=$(LC_ALL=C sort "$expected")
if [[ "$actual" != "$wanted" ]]; then
    fail "the installed files differ from $expected:"
    diff <(echo "$wanted") <(echo "$actual") >&2
fi

for program in pim-connections-cli pim-connections pim-sandbox; do
    binary=$root/usr/bin/$program
    [[ -x $binary ]] || { fail "$program is not executable"; continue; }
done
for program in pim-connections-cli pim-connections; do
    out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$program" --version 2>/dev/null)
    [[ "$out" == "$program $version" ]] || fail "$program --version printed \"$out\""
done

# Qt Charts is the charts module's, loaded when a chart is first made: the window program does
# not link it, the module does and exports its entry point.
module=$(ls "$root"/usr/lib*/pim-connections/libpim-connections-charts.so "$root"/usr/lib/*/pim-connections/libpim-connections-charts.so 2>/dev/null | head -n1)
if [[ -z "$module" ]]; then
    fail "the charts module is not installed"
else
    readelf -d "$module" | grep -q 'libQt6Charts' || fail "the charts module does not link Qt Charts"
    readelf -W --dyn-syms "$module" | grep -q ' pim_create_day_chart$' ||
        fail "the charts module does not export pim_create_day_chart"
fi
readelf -d "$root/usr/bin/pim-connections" | grep -q 'libQt6Charts' &&
    fail "pim-connections links Qt Charts at start"

for png in "$root"/usr/share/icons/hicolor/*x*/apps/pim-connections.png; do
    folder=$(basename "$(dirname "$(dirname "$png")")") # 48x48
    # The PNG header: width and height, big-endian, at bytes 16 to 23.
    read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$png")
    size="$(((w1 << 24) + (w2 << 16) + (w3 << 8) + w4))x$(((h1 << 24) + (h2 << 16) + (h3 << 8) + h4))"
    [[ "$size" == "$folder" ]] || fail "$png is $size"
done

for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(gzip -dc "$page" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff failed on $page"
    [[ -z "$warnings" ]] || fail "groff warns on $page: $warnings"
done

metainfo=$(ls "$root"/usr/share/metainfo/*.metainfo.xml)
for program in $(sed -n 's|.*<binary>\(.*\)</binary>.*|\1|p' "$metainfo"); do
    [[ -x "$root/usr/bin/$program" ]] || fail "the metainfo provides $program, not installed"
done
[[ $(grep -c '<binary>' "$metainfo") -eq 3 ]] || fail "the metainfo does not provide the 3 binaries"
screenshots=$(sed -n 's|.*<image[^>]*>.*/\([^/]*\.png\)</image>.*|\1|p' "$metainfo")
[[ -n "$screenshots" ]] || fail "the metainfo has no screenshot"
for picture in $screenshots; do
    [[ -f "$source_dir/docs/screenshots/$picture" ]] || fail "screenshot $picture is not in docs/screenshots"
    grep -q "docs/screenshots/$picture" "$source_dir/README.md" || fail "the README does not show $picture"
done
newest=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n1)
[[ "$newest" == "$version" ]] || fail "the metainfo's newest release is $newest, the project's $version"

if ((failures > 0)); then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "$root: $(echo "$actual" | wc -l) files, as expected"
