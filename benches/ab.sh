#!/usr/bin/env bash
# Two (or more) piimap binaries on one tree, runs alternating, so that a noisy machine
# slows each about alike; prints every run's wall time and each binary's best, and checks
# that their findings are the same (sorted JSON Lines).
#
#   bash benches/ab.sh OLD_BINARY NEW_BINARY [MORE...]
#
# Environment: TREE (default target/bench-data/tree, made by compare.sh), J (threads, 1),
# RUNS (3), CATEGORIES (e.g. email,iban,payment_card,ip_address,phone; default all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TREE=${TREE:-target/bench-data/tree}
J=${J:-1}
RUNS=${RUNS:-3}
CATEGORIES=${CATEGORIES:-}
KEY=target/bench-data/key.hex
OUT=target/bench-data/ab
(($# >= 2)) || { echo "usage: bash benches/ab.sh BINARY BINARY [BINARY...]" >&2; exit 2; }
[[ -d $TREE ]] || { echo "no $TREE: run benches/compare.sh once (it makes the tree)" >&2; exit 2; }
mkdir -p "$OUT"
[[ -f $KEY ]] || echo "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" > "$KEY"
declare -A BEST
for ((r = 1; r <= RUNS; r++)); do
    for i in $(seq 1 $#); do
        bin=${!i}
        start=$(date +%s.%N)
        "$bin" scan "$TREE" --format jsonl --no-progress --key-file "$KEY" -j"$J" \
            ${CATEGORIES:+--categories "$CATEGORIES"} > "$OUT/$i.jsonl"
        secs=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
        echo "run $r  #$i $bin  $secs s"
        if [[ -z ${BEST[$i]:-} ]] || python3 -c "import sys; sys.exit(not $secs < ${BEST[$i]})"; then
            BEST[$i]=$secs
        fi
    done
done
for i in $(seq 1 $#); do echo "best #$i ${!i}: ${BEST[$i]} s"; done
for i in $(seq 2 $#); do
    if cmp -s <(sort "$OUT/1.jsonl") <(sort "$OUT/$i.jsonl"); then
        echo "#$i: same findings as #1"
    else
        echo "#$i: findings DIFFER from #1"
    fi
done
