#!/usr/bin/env bash
# Runs a validator and fails on any error or warning it reports (hints and infos are shown).
#   validate.sh desktop FILE    desktop-file-validate
#   validate.sh appstream FILE  appstreamcli validate --no-net
set -uo pipefail
case $1 in
    desktop) output=$(desktop-file-validate "$2" 2>&1); status=$? ;;
    appstream) output=$(appstreamcli validate --no-net --explain "$2" 2>&1); status=$? ;;
    *) echo "validate.sh: unknown kind $1" >&2; exit 2 ;;
esac
echo "$output"
[[ $status -eq 0 ]] || exit 1
# desktop-file-validate: "error:" and "warning:" lines; appstreamcli: "E:" and "W:".
if grep -Eq '(^| )(error|warning):|^[EW]: ' <<<"$output"; then
    exit 1
fi
exit 0
