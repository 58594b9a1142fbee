#!/usr/bin/env bash
# The app is linked in its start-up order (cmake/StartupOrder.cmake):
#  - the list (app/startup-order.txt) still names the program's functions: at least 90 % of its
#    symbols are functions the program defines (else it is stale: run scripts/startup-order);
#  - those functions are laid out together: the span of the program's code they cover is at most
#    1.5 times the sum of their sizes (alignment padding included).
#   check_startup_order.sh APP LIST
set -euo pipefail
app=$1
list=$2

nm --defined-only -S "$app" | awk '
    function hex(text,   i, n) {
        n = 0
        text = tolower(text)
        for (i = 1; i <= length(text); i++)
            n = n * 16 + index("0123456789abcdef", substr(text, i, 1)) - 1
        return n
    }
    FNR == NR {
        if ($0 !~ /^#/ && NF == 1) { listed[$1] = 1; count++ }
        next
    }
    NF == 4 && $3 ~ /^[tTwW]$/ && ($4 in listed) {
        found[$4] = 1
        address = hex($1)
        if (!(address in sizes)) {
            sizes[address] = hex($2)
            total += hex($2)
            if (first == "" || address < first) first = address
            if (address + hex($2) > last) last = address + hex($2)
        }
    }
    END {
        for (symbol in found) defined++
        if (count < 100) {
            printf "FAIL: %d functions in the list: run scripts/startup-order\n", count
            exit 1
        }
        printf "%d of %d listed functions are defined in the program\n", defined, count
        if (defined < 0.9 * count) {
            print "FAIL: the list is stale: run scripts/startup-order"
            exit 1
        }
        printf "they cover %d bytes of code, %d bytes with what lies between them\n", total, last - first
        if (last - first > 1.5 * total) {
            print "FAIL: they are not laid out together (was the app linked with lld and the list?)"
            exit 1
        }
    }' "$list" -
