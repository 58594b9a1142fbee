#!/usr/bin/env bash
# The install test: `cmake --install` into a throwaway DESTDIR under /usr, then
# check_installed.sh on it.
#   install_tree.sh BUILD_DIR EXPECTED_FILE_LIST VERSION SOURCE_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR=$root cmake --install "$1" --prefix /usr >/dev/null
"$here/check_installed.sh" "$root" "$2" "$3" "$4"
