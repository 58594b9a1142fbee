#!/usr/bin/env bash
# The app's start reads the start copy its previous run wrote (app/main.cpp: the cache opened
# WhenNeeded, the PIM of the next start given as the app ends), and draws its first frame from
# it; a write to the offline copy by anyone removes it, and the next start reads SQLite again.
#   check_start_copy.sh BENCH_STARTUP APP BARE_WINDOW
# pim-bench-startup seeds a throwaway home with a PIM of 50 cached connections and starts the
# app in it (a warm-up and one counted run, each ending after its first frame).
set -euo pipefail
bench=$1
app=$2
bare=$3
home=$(mktemp -d -t pim-start-copy.XXXXXX)
trap 'rm -rf "$home"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
PIM_BENCH_HOME="$home" "$bench" --runs 1 --connections 50 --app "$app" --bare "$bare" \
    >"$home/bench.log" 2>&1 || { cat "$home/bench.log" >&2; fail "pim-bench-startup failed"; }

data="$home/.local/share/pim-connections/pim-connections"
copy="$data/cache.sqlite.start"
[[ -s $copy ]] || fail "no start copy after the app's runs ($copy)"
[[ $(stat -c %a "$copy") == 600 ]] || fail "the start copy is not private: $(stat -c %a "$copy")"

start() {
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" PIM_CONNECTIONS_FIRST_PAINT_EXIT=1 \
        QT_LOGGING_RULES="pim.store.cache.info=true" timeout 60 "$app" --offline 2>&1
}
out=$(start)
grep -q '^first-paint ' <<<"$out" || fail "no first frame: $out"
grep -q 'the start reads the start copy, not the database' <<<"$out" ||
    fail "the start did not read the start copy: $out"
grep -q 'cache .* ready' <<<"$out" && fail "SQLite was opened before the first frame: $out"

# The copy was current and nothing changed: still there, still used.
[[ -s $copy ]] || fail "the start copy went away after a start that changed nothing"

# Another program changes the SQLite file (sqlite3's shell, an older version of the app):
# the stamp no longer matches, so the start reads SQLite, and writes the copy again as it ends.
touch -d '1 minute ago' "$data/cache.sqlite"
out=$(start)
grep -q '^first-paint ' <<<"$out" || fail "no first frame after a change: $out"
grep -q 'the start reads the start copy' <<<"$out" &&
    fail "a start copy older than the file was used: $out"
out=$(start)
grep -q 'the start reads the start copy, not the database' <<<"$out" ||
    fail "the copy was not written again: $out"
echo "PASS: the start reads the start copy while the file is unchanged"
