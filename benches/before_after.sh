#!/usr/bin/env bash
# Whole-process throughput of piimap before and after the detection issues, in one run:
# the binary of the last commit before national IDs (issue 3), the last before names and
# addresses (issue 4), and the working tree, each with the detector set of its time, on
# the engine bench's three texts (clean, typical, dense) repeated to ~42 MB.
#
#   bash benches/before_after.sh            # RUNS=3 best-of; PRE3=... PRE4=... commits; LONG=50
#   ENGINE_ONLY=1 bash benches/before_after.sh   # only the engine-alone table (PAIRS, ENGINE_ROUNDS)
#
# Old binaries are built once from `git worktree`s under target/bench-old/ (a minute or
# two each). One thread (-j1), output to /dev/null. "MB/s" includes start-up; "steady
# MB/s" leaves it out (ten copies' time minus one copy's). Figures of one run compare
# with each other only: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-3}
PRE3=${PRE3:-abf8ffa} # "Lazy-DFA cache of 8 MiB": the pipeline issue, before national IDs
PRE4=${PRE4:-396c0cb} # README catalogue: national IDs done, before names and addresses
DATA=$ROOT/target/bench-data/before-after
KEY=$DATA/bench.key
mkdir -p "$DATA"
# shellcheck source=benches/old_builds.sh
source "$ROOT/benches/old_builds.sh"

BIN3=$(build_old "$PRE3")
BIN4=$(build_old "$PRE4")
cargo build --release --quiet
NOW=$ROOT/target/release/piimap

# The engine alone (benches/engine_rounds.rs), today's and the pipeline commit's.
ROUNDS3=$(rounds_old "$PRE3")
ROUNDS_NOW=$(rounds_now)

# The engine bench's texts, each copied 10 times (about 42 MB a directory), and once
# (`<text>-1/`): the difference of the two runs is nine copies without start-up.
if [[ ! -f $DATA/dense/10.txt ]]; then
    BENCH_DUMP_DIR=$DATA/texts cargo bench --quiet --bench engine -- --list >/dev/null
    for t in clean typical dense; do
        mkdir -p "$DATA/$t"
        for i in $(seq 1 10); do cp "$DATA/texts/$t.txt" "$DATA/$t/$i.txt"; done
    done
fi
for t in clean typical dense; do
    mkdir -p "$DATA/$t-1"
    [[ -f $DATA/$t-1/1.txt ]] || cp "$DATA/$t/1.txt" "$DATA/$t-1/1.txt"
done
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$KEY" # 64 hex digits

PIPELINE=--categories=email,iban,payment_card,ip_address,phone
IDS=--categories=email,iban,payment_card,ip_address,phone,national_id,date_of_birth
best_of() { # bin dir args... -> seconds (wall clock, to the microsecond)
    local bin=$1 dir=$2 best=
    shift 2
    for _ in $(seq "$RUNS"); do
        local t0 t1 err
        t0=$(date +%s%N)
        if ! err=$("$bin" scan "$dir" --format jsonl --no-progress --key-file "$KEY" -j1 "$@" 2>&1 >/dev/null); then
            echo "$bin failed: $err" >&2
            exit 1
        fi
        t1=$(date +%s%N)
        best=$(python3 -c "print(min(($t1 - $t0) / 1e9, float('${best:-inf}')))")
    done
    echo "$best"
}
uptime
# The engine alone, as issue 3 asks ("the engine's throughput figures from the pipeline
# issue"): each text scanned whole in memory, ENGINE_ROUNDS rounds a process, the best
# round kept; PAIRS processes of each binary, alternated so that the machine's slow
# moments hit both. MB/s of the best round of all; "pairs" is the median of the ratios
# of each alternated pair's best rounds.
PAIRS=${PAIRS:-5}
ENGINE_ROUNDS=${ENGINE_ROUNDS:-20}
TEXTS=("$DATA/texts/clean.txt" "$DATA/texts/typical.txt" "$DATA/texts/dense.txt")
printf '%-34s %-8s %12s %12s %8s %8s\n' "engine alone, best of $PAIRS x $ENGINE_ROUNDS" text "$PRE3 MB/s" "ids MB/s" ratio pairs
: >"$DATA/rounds.txt"
for _ in $(seq "$PAIRS"); do
    "$ROUNDS3" --rounds "$ENGINE_ROUNDS" "${TEXTS[@]}" | sed 's/^/old /' >>"$DATA/rounds.txt"
    "$ROUNDS_NOW" --rounds "$ENGINE_ROUNDS" --categories "${IDS#--categories=}" "${TEXTS[@]}" | sed 's/^/now /' >>"$DATA/rounds.txt"
done
python3 - "$DATA/rounds.txt" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    who, name, size, best, _median, _found = line.split()
    runs.setdefault((who, name), []).append((float(best), int(size)))
for name in ("clean", "typical", "dense"):
    old, now = runs[("old", name)], runs[("now", name)]
    size = old[0][1]
    a, b = min(t for t, _ in old), min(t for t, _ in now)
    pairs = statistics.median(o / n for (o, _), (n, _) in zip(old, now))
    print("%-34s %-8s %12.1f %12.1f %8.2f %8.2f" % ("", name, size / 1e6 / a, size / 1e6 / b, a / b, pairs))
EOF
echo
[[ ${ENGINE_ONLY:-0} == 1 ]] && exit 0

# "steady": nine copies' bytes over the time ten copies take more than one, i.e. the
# throughput once started (start-up, the first file's lazy-DFA warm-up excluded).
printf '%-34s %-8s %8s %10s %12s\n' binary text seconds MB/s "steady MB/s"
for t in clean typical dense; do
    dir=$DATA/$t
    bytes=$(du -sb "$dir" | cut -f1)
    one=$(du -sb "$DATA/$t-1" | cut -f1)
    while IFS='|' read -r label bin args; do
        # shellcheck disable=SC2086
        s=$(best_of "$bin" "$dir" $args)
        # shellcheck disable=SC2086
        s1=$(best_of "$bin" "$DATA/$t-1" $args)
        python3 -c "print('%-34s %-8s %8.3f %10.1f %12.1f' % ('$label', '$t', $s, $bytes / 1e6 / $s, ($bytes - $one) / 1e6 / max($s - $s1, 1e-6)))"
    done <<EOF
before issue 3 ($PRE3, all)|$BIN3|
now, issue-2 detectors|$NOW|$PIPELINE
before issue 4 ($PRE4, all)|$BIN4|
now, issue-2 and -3 detectors|$NOW|$IDS
now, all detectors|$NOW|
EOF
done

# The ratio issue 3 asks about, without start-up and with less noise than "steady" above:
# the pipeline binary against today's ids set on LONG (default 50) hard-linked copies of
# each text (~210 MB, no more disk), as (time of LONG copies - time of one) per byte.
LONG=${LONG:-50}
if [[ $LONG -gt 1 ]]; then
    printf '\n%-34s %-8s %12s %12s\n' "steady, $LONG copies" text "$PRE3 MB/s" "ids MB/s"
    for t in clean typical dense; do
        dir=$DATA/$t-$LONG
        if [[ ! -f $dir/$LONG.txt ]]; then
            mkdir -p "$dir"
            for i in $(seq 1 "$LONG"); do ln -f "$DATA/texts/$t.txt" "$dir/$i.txt"; done
        fi
        size=$(stat -c %s "$DATA/texts/$t.txt")
        # shellcheck disable=SC2086
        a=$(best_of "$BIN3" "$dir") a1=$(best_of "$BIN3" "$DATA/$t-1")
        # shellcheck disable=SC2086
        b=$(best_of "$NOW" "$dir" $IDS) b1=$(best_of "$NOW" "$DATA/$t-1" $IDS)
        python3 -c "
x = ($LONG - 1) * $size / 1e6
ra, rb = x / max($a - $a1, 1e-6), x / max($b - $b1, 1e-6)
print('%-34s %-8s %12.1f %12.1f   ids / $PRE3 = %.2f' % ('', '$t', ra, rb, rb / ra))"
    done
fi
uptime
