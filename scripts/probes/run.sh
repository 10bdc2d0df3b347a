#!/usr/bin/env bash
# Generates one of the synthetic office-document probes and scores piimap on it with the
# shared scorer; the per-item misses and false findings go to target/probes/NAME/diff.txt.
#
#   bash scripts/probes/run.sh office_a|office_b|office_c [PIIMAP]
#
# Needs python3 and ../shared/eval/score_piimap.py; builds nothing (PIIMAP defaults to
# target/release/piimap). The corpus is made under target/probes/NAME (deterministic).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
NAME=${1:?usage: bash scripts/probes/run.sh office_a|office_b|office_c [PIIMAP]}
BIN=$(realpath "${2:-target/release/piimap}")
SCORER=${SCORER:-$ROOT/../shared/eval/score_piimap.py}
OUT=$ROOT/target/probes/$NAME
rm -rf "$OUT"
mkdir -p "$OUT"
PROBE_OUT=$OUT/corpus python3 "scripts/probes/$NAME/gen.py" >/dev/null
(cd "$OUT/corpus/files" && "$BIN" scan . --format jsonl --no-progress --show-values >"$OUT/pred.jsonl") || true
python3 "$SCORER" "$OUT/pred.jsonl" --truth "$OUT/corpus" | sed -n '1,14p'
python3 scripts/probes/diff.py "$OUT/pred.jsonl" "$OUT/corpus" >"$OUT/diff.txt"
echo "misses and false findings: $OUT/diff.txt"
