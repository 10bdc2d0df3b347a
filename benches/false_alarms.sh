#!/usr/bin/env bash
# False alarms on real-world text that holds no personal data of customers: the system's
# documentation, licences, manual pages, headers, data files and Python/Perl libraries.
# Counts findings per category at the default threshold, per 100 MB scanned, for one or
# two binaries (the second to compare, e.g. an older build).
#
#   bash benches/false_alarms.sh [BIN [OLD_BIN]]
#
# Names and e-mail addresses are left out: these trees are full of real authors and
# maintainers (changelogs, copyright files), which piimap rightly reports.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/piimap}
OLD=${2:-}
CATS=phone,national_id,iban,payment_card,ip_address,date_of_birth,postal_address
SETS=(
    "doc+licences|/usr/share/doc /usr/share/common-licenses"
    "man pages|/usr/share/man"
    "headers, data, libraries|/usr/include /usr/share/i18n /usr/share/perl /usr/share/zoneinfo /usr/lib/python3"
)
count() { # bin dirs... -> "category count" lines
    local bin=$1
    shift
    "$bin" scan "$@" --format jsonl --no-progress -j2 --categories "$CATS" 2>/dev/null |
        python3 -c 'import json,sys,collections
c=collections.Counter(json.loads(l)["category"] for l in sys.stdin)
print(" ".join(f"{k}={c[k]}" for k in sys.argv[1].split(",")))' "$CATS"
}
for set in "${SETS[@]}"; do
    label=${set%%|*}
    read -r -a dirs <<<"${set#*|}"
    existing=()
    for d in "${dirs[@]}"; do [[ -e $d ]] && existing+=("$d"); done
    [[ ${#existing[@]} -gt 0 ]] || continue
    bytes=$(du -scb "${existing[@]}" | tail -1 | cut -f1)
    echo "== $label: ${existing[*]} ($((bytes / 1000000)) MB on disk)"
    echo "   now:    $(count "$BIN" "${existing[@]}")"
    if [[ -n $OLD ]]; then
        echo "   before: $(count "$OLD" "${existing[@]}")"
    fi
done
