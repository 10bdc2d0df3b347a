#!/usr/bin/env bash
# The engine alone, an older commit against the working tree, on the compare.sh tree's own
# text: the way to judge a change to the engine on a noisy machine. Whole runs of the CLI
# swing by 15 % and more within minutes, and instruction counts (callgrind) mislead here: the
# main pass's loop is bound by its dependent loads, so fewer instructions can take longer
# (benches/README.md, "Results, 2026-12-07 morning").
#
#   bash benches/engine_ab.sh OLD_COMMIT [FILE...]
#
# Builds benches/engine_rounds.rs at OLD_COMMIT (old_builds.sh) and in the working tree,
# then runs the two alternately, PAIRS processes each (default 7), each its best of ROUNDS
# rounds (10) over every FILE in memory; prints each file's best MB/s of either and the
# median of the pairs' ratios (old time / new time: above 1, the working tree is faster).
# CATEGORIES: the detector set (default the pipeline issue's five; empty: every detector).
# FILE: default a 15 MB sample of the compare.sh tree (made once from it: its files in a
# fixed shuffled order, concatenated).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
(($# >= 1)) || { echo "usage: bash benches/engine_ab.sh OLD_COMMIT [FILE...]" >&2; exit 2; }
COMMIT=$(git rev-parse --short "$1")
shift
PAIRS=${PAIRS:-7}
ROUNDS=${ROUNDS:-10}
CATEGORIES=${CATEGORIES-email,iban,payment_card,ip_address,phone}
# shellcheck source=benches/old_builds.sh
source "$ROOT/benches/old_builds.sh"

FILES=("$@")
if ((${#FILES[@]} == 0)); then
    TREE=$ROOT/target/bench-data/tree
    SAMPLE=$ROOT/target/bench-data/tree-sample-15MB.txt
    [[ -d $TREE ]] || { echo "no $TREE: run benches/compare.sh once (it makes the tree)" >&2; exit 2; }
    if [[ ! -f $SAMPLE ]]; then
        python3 - "$TREE" "$SAMPLE" <<'PY'
import os, random, sys
tree, out = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(tree) for f in fs)
random.Random(7).shuffle(files)
data = bytearray()
for f in files:
    data += open(f, "rb").read()
    if len(data) >= 15_000_000:
        break
open(out, "wb").write(bytes(data[:15_000_000]))
PY
    fi
    FILES=("$SAMPLE")
fi

OLD_BIN=$(rounds_old "$COMMIT")
NEW_BIN=$(rounds_now)
ARGS=(--rounds "$ROUNDS")
[[ -n $CATEGORIES ]] && ARGS+=(--categories "$CATEGORIES")
echo "engine alone: $COMMIT against the working tree ($(git describe --always --dirty)), ${CATEGORIES:-every detector}, $PAIRS pairs x $ROUNDS rounds; load:$(uptime | sed 's/.*load average://')"
OUT=$ROOT/target/bench-data/engine_ab.txt
: >"$OUT"
for _ in $(seq "$PAIRS"); do
    "$OLD_BIN" "${ARGS[@]}" "${FILES[@]}" | sed 's/^/old /' >>"$OUT"
    "$NEW_BIN" "${ARGS[@]}" "${FILES[@]}" | sed 's/^/new /' >>"$OUT"
done
python3 - "$OUT" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    who, name, size, best, _median, found = line.split()
    runs.setdefault(name, {}).setdefault(who, []).append((float(best), int(size), int(found)))
print(f"{'text':24} {'old MB/s':>9} {'new MB/s':>9} {'pairs':>6}  detections")
for name, r in runs.items():
    old, new = r["old"], r["new"]
    size = old[0][1]
    pairs = statistics.median(o[0] / n[0] for o, n in zip(old, new))
    same = "same" if old[0][2] == new[0][2] else f"{old[0][2]} -> {new[0][2]}"
    print(f"{name:24} {size / 1e6 / min(t for t, _, _ in old):9.1f} {size / 1e6 / min(t for t, _, _ in new):9.1f} {pairs:6.2f}  {same}")
PY
