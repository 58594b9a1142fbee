#!/usr/bin/env bash
# The package test: CPack makes the .deb (as scripts/package does, into a throwaway folder),
# dpkg -x unpacks it into a throwaway root, check_installed.sh checks that; the control file
# depends on the Qt libraries (dpkg-shlibdeps) and on the SQLite driver.
#   deb_tree.sh BUILD_DIR EXPECTED_FILE_LIST VERSION SOURCE_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack --config "$1/CPackConfig.cmake" -B "$work/out" >/dev/null
deb=$(ls "$work"/out/pim-connections_"$3"_*.deb)
dpkg -x "$deb" "$work/root"
"$here/check_installed.sh" "$work/root" "$2" "$3" "$4"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6widgets6 libqt6network6 libqt6sql6-sqlite libqt6keychain1 libqt6charts6; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || { echo "FAIL: Depends lacks $package: $depends" >&2; exit 1; }
done
echo "$(basename "$deb"): Depends: $depends"
