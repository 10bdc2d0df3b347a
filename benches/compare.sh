#!/usr/bin/env bash
# Whole-process comparison: piimap vs ripgrep on a ~1 GB tree of nl/fr/de/en text,
# 1 and 2 threads, then peak memory of piimap on one 2 GB file (with ordinary lines,
# and with no newline at all).
#
#   cargo build --release && bash benches/compare.sh
#
# Needs bash, python3, rg (apt-get install -y ripgrep) and the release build.
# Data is generated once (deterministic, benches/gen_tree.py) and cached under
# target/bench-data/; the 2 GB files are deleted after use (KEEP_BIG=1 keeps them).
# Environment knobs: RUNS (default 3, best of), TREE_BYTES (1e9), BIG_BYTES (2e9),
# SKIP_BIG=1 (tree comparison only), PIIMAP (binary, default target/release/piimap),
# CATEGORIES=email,iban,... (only these detectors: piimap --categories, and rg given
# only those patterns' regexes), PII_RATE (share of words that are personal data,
# default gen_tree.py's 0.0075; another rate makes its own tree, tree-pii<RATE>, with a
# third as many look-alikes; 0 is text with no personal data).
# Timings are wall-clock on a shared machine: compare figures of one run only.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${PIIMAP:-target/release/piimap}
DATA=target/bench-data
PII_RATE=${PII_RATE:-}
if [[ -z $PII_RATE ]]; then
    TREE=$DATA/tree
    GEN_RATES=()
else
    TREE=$DATA/tree-pii$PII_RATE
    GEN_RATES=(--pii-rate "$PII_RATE" --lookalike-rate "$(python3 -c "print(float('$PII_RATE') / 3)")")
fi
RUNS=${RUNS:-3}
TREE_BYTES=${TREE_BYTES:-1000000000}
BIG_BYTES=${BIG_BYTES:-2000000000}
SKIP_BIG=${SKIP_BIG:-0}
KEEP_BIG=${KEEP_BIG:-0}
CATEGORIES=${CATEGORIES:-}
SEED=20261129

die() { echo "compare.sh: $*" >&2; exit 1; }
[[ -x $BIN ]] || die "no $BIN: run 'cargo build --release' first"
command -v python3 > /dev/null || die "python3 is needed"
command -v rg > /dev/null || die "ripgrep is needed: apt-get install -y ripgrep"
mkdir -p "$DATA"

# Fixed fingerprint key, so the runs never touch the user's configuration.
KEY=$DATA/key.hex
[[ -f $KEY ]] || echo "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" > "$KEY"

echo "== piimap vs ripgrep, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "host: $(nproc) CPUs; load:$(uptime | sed 's/.*load average://')"
echo "piimap: $("$BIN" --version) ($(git describe --always --dirty 2> /dev/null || echo '?')); $(rg --version 2> /dev/null | head -1)"

# ---- data -------------------------------------------------------------------------
STAMP="seed=$SEED bytes=$TREE_BYTES${PII_RATE:+ pii=$PII_RATE} gen=$(python3 -c 'import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],"rb").read()).hexdigest()[:12])' benches/gen_tree.py)"
if [[ ! -f $TREE.done || $(cat "$TREE.done") != "$STAMP" ]]; then
    echo "generating $TREE (about $TREE_BYTES bytes, once)..."
    rm -rf "$TREE"
    python3 benches/gen_tree.py tree "$TREE" --bytes "$TREE_BYTES" --seed "$SEED" "${GEN_RATES[@]}"
    echo "$STAMP" > "$TREE.done"
fi
read -r FILES BYTES < <(python3 - "$TREE" << 'EOF'
import os, sys
n = b = 0
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        n += 1
        b += os.path.getsize(os.path.join(d, f))
print(n, b)
EOF
)
echo "tree: $TREE, $FILES files, $BYTES bytes"

# piimap's candidate regexes (every pattern file's `regex` array) for ripgrep:
#  - rg-bytes.txt as written (ASCII classes and (?-u:\b), \x80-\xFF meaning bytes),
#    non-ASCII literals spelt as their UTF-8 bytes, for `rg --no-unicode`, which then
#    matches bytes as piimap does;
#  - rg-unicode.txt with \x80-\xFF widened to every non-ASCII character, for rg's
#    default Unicode mode (same matches on UTF-8 text; \b stays ASCII).
python3 - "$DATA" patterns "$CATEGORIES" << 'EOF'
import glob, os, re, sys
out, root = sys.argv[1], sys.argv[2]
wanted = set(filter(None, sys.argv[3].split(",")))
regexes = []
for path in sorted(glob.glob(os.path.join(root, "**", "*.toml"), recursive=True)):
    text = open(path, encoding="utf-8").read()
    try:
        import tomllib
        for p in tomllib.loads(text).get("pattern", []):
            if not wanted or p.get("category") in wanted:
                regexes += p.get("regex", [])
    except ImportError:  # Python < 3.11: the regexes are '''literal''' strings in `regex = [...]`
        for block in re.findall(r"^regex\s*=\s*\[(.*?)^\]", text, re.S | re.M):
            regexes += re.findall(r"'''(.*?)'''", block, re.S)
def as_bytes(r):
    # piimap compiles without Unicode: a non-ASCII literal is its UTF-8 bytes (and
    # (?i) leaves it alone). Spell those bytes out, which rg --no-unicode accepts.
    out, in_class, escaped = [], False, False
    for c in r:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        if ord(c) < 0x80:
            out.append(c)
        elif in_class:
            sys.exit(f"non-ASCII character {c!r} in a class: no byte equivalent for rg: {r}")
        else:
            out.append("".join(f"\\x{b:02X}" for b in c.encode()))
    return "".join(out)
# ripgrep 13 (Ubuntu's) does not know the CRLF flag `R` of `(?mR:^)`; `(?m:^)` is the same
# line start on the tree's LF text.
# Nor does rg match a newline without -U (multiline, a slower search): the IBAN's line
# break inside a value (`|\r?\n`) is left out for it, a line-wrapped IBAN being rare.
regexes = [r.replace("(?mR:", "(?m:").replace("|\\r?\\n", "") for r in regexes]
with open(os.path.join(out, "rg-bytes.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(as_bytes(r) for r in regexes) + "\n")
with open(os.path.join(out, "rg-unicode.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(r.replace(r"\x80-\xFF", r"\x{80}-\x{10FFFF}") for r in regexes) + "\n")
print(f"{len(regexes)} regexes from {root}/**/*.toml", file=sys.stderr)
EOF

# ---- timing helpers ---------------------------------------------------------------
# measure CMD...: runs CMD (stdout to /dev/null, stderr to $DATA/last.stderr) and
# prints "<wall seconds> <max RSS KiB>" of it.
measure() {
    python3 - "$@" << 'EOF'
import resource, subprocess, sys, time
t = time.perf_counter()
with open("target/bench-data/last.stderr", "wb") as err:
    rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=err).returncode
dt = time.perf_counter() - t
if rc not in (0, 1):  # rg: 1 = no match
    sys.exit(f"{sys.argv[1:]} failed with status {rc}; see target/bench-data/last.stderr")
print(f"{dt:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
EOF
}

piimap_cmd() {
    echo "$BIN" scan "$1" --format jsonl --no-progress --key-file "$KEY" --threads "$2" \
        ${CATEGORIES:+--categories "$CATEGORIES"}
}
# --no-ignore --hidden: scan every file, as piimap does (the tree lies under target/).
rg_cmd() { echo rg --no-config --no-ignore --hidden --no-messages --count-matches -j"$2" "${@:3}" "$1"; }

# name | command (word-split; no spaces in paths)
CONFIGS=(
    "piimap -j1|$(piimap_cmd "$TREE" 1)"
    "piimap -j2|$(piimap_cmd "$TREE" 2)"
    "rg -j1|$(rg_cmd "$TREE" 1 -f "$DATA/rg-unicode.txt")"
    "rg -j2|$(rg_cmd "$TREE" 2 -f "$DATA/rg-unicode.txt")"
    "rg --no-unicode -j1|$(rg_cmd "$TREE" 1 --no-unicode -f "$DATA/rg-bytes.txt")"
    "rg --no-unicode -j2|$(rg_cmd "$TREE" 2 --no-unicode -f "$DATA/rg-bytes.txt")"
)

echo "warming the page cache..."
find "$TREE" -type f -exec cat {} + > /dev/null

declare -A BEST RSS
for ((run = 1; run <= RUNS; run++)); do
    for cfg in "${CONFIGS[@]}"; do
        name=${cfg%%|*}
        # shellcheck disable=SC2086 # the command is word-split on purpose
        read -r secs kib < <(measure ${cfg#*|})
        printf '  run %d  %-22s %7.2f s  %6d MiB\n' "$run" "$name" "$secs" $((kib / 1024))
        if [[ -z ${BEST[$name]:-} ]] || python3 -c "import sys; sys.exit(not $secs < ${BEST[$name]})"; then
            BEST[$name]=$secs
        fi
        RSS[$name]=$kib
    done
done

# Match counts, once (untimed): piimap findings vs rg's candidate matches.
# shellcheck disable=SC2046
FINDINGS=$($(piimap_cmd "$TREE" 2) 2> /dev/null | python3 -c 'import sys; print(sum(1 for _ in sys.stdin))')
# shellcheck disable=SC2046
RG_MATCHES=$($(rg_cmd "$TREE" 2 --no-unicode -f "$DATA/rg-bytes.txt") | python3 -c 'import sys; print(sum(int(l.rsplit(":", 1)[1]) for l in sys.stdin))')

python3 - "$BYTES" "$FINDINGS" "$RG_MATCHES" "$RUNS" << EOF
import sys
nbytes, findings, rg_matches, runs = (int(x) for x in sys.argv[1:])
best = {$(for k in "${!BEST[@]}"; do printf '"%s": %s, ' "$k" "${BEST[$k]}"; done)}
rss = {$(for k in "${!RSS[@]}"; do printf '"%s": %s, ' "$k" "${RSS[$k]}"; done)}
mbs = {k: nbytes / v / 1e6 for k, v in best.items()}
print(f"\nbest of {runs} over {nbytes / 1e6:.0f} MB (MB = 10^6 bytes):")
print(f"  {'':22} {'seconds':>8} {'MB/s':>8} {'max RSS':>9}")
for k in ["piimap -j1", "piimap -j2", "rg -j1", "rg -j2", "rg --no-unicode -j1", "rg --no-unicode -j2"]:
    print(f"  {k:22} {best[k]:8.2f} {mbs[k]:8.1f} {rss[k] // 1024:6d} MiB")
print("ratios:")
for rg in ["rg", "rg --no-unicode"]:
    for j in ("-j1", "-j2"):
        print(f"  piimap/{rg} {j}: {mbs['piimap ' + j] / mbs[rg + ' ' + j]:.2f}")
for k in ["piimap", "rg", "rg --no-unicode"]:
    print(f"  {k} 2 threads / 1 thread: {mbs[k + ' -j2'] / mbs[k + ' -j1']:.2f}")
print(f"counts: piimap {findings} findings (validated); rg {rg_matches} candidate matches")
EOF

# ---- memory on one 2 GB file ------------------------------------------------------
[[ $SKIP_BIG == 1 ]] && exit 0
rss_of() { # prints "<elapsed> <max RSS KiB>" of the command, via /usr/bin/time -v if present
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v "$@" > /dev/null 2> "$DATA/time.txt" || die "$* failed; see $DATA/time.txt"
        python3 - "$DATA/time.txt" << 'EOF'
import re, sys
t = open(sys.argv[1]).read()
h, m, s = ([0] + t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split()[0].split(":"))[-3:]
print(f"{int(h) * 3600 + int(m) * 60 + float(s):.2f}", re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)[1])
EOF
    else
        measure "$@"
    fi
}
for kind in lines no-newline; do
    dir=$DATA/big-$kind
    rm -rf "$dir" && mkdir -p "$dir"
    flag=()
    [[ $kind == no-newline ]] && flag=(--no-newline)
    echo
    echo "generating $dir/big.txt ($BIG_BYTES bytes, $kind)..."
    python3 benches/gen_tree.py single "$dir/big.txt" --bytes "$BIG_BYTES" --seed $((SEED + 1)) "${flag[@]}"
    size=$(python3 -c 'import os, sys; print(os.path.getsize(sys.argv[1]))' "$dir/big.txt")
    cat "$dir/big.txt" > /dev/null
    for j in 1 2; do
        # shellcheck disable=SC2046
        read -r secs kib < <(rss_of $(piimap_cmd "$dir" "$j"))
        python3 -c "print(f'  piimap -j$j on one {$size / 1e9:.2f} GB file ($kind): {$secs:.1f} s, {$size / $secs / 1e6:.0f} MB/s, max RSS {$kib / 1024:.0f} MiB')"
    done
    # shellcheck disable=SC2046
    read -r secs kib < <(rss_of $(rg_cmd "$dir" 1 --no-unicode -f "$DATA/rg-bytes.txt"))
    python3 -c "print(f'  (rg --no-unicode -j1 on the same: {$secs:.1f} s, max RSS {$kib / 1024:.0f} MiB)')"
    [[ $KEEP_BIG == 1 ]] || rm -rf "$dir"
done
echo "load at the end:$(uptime | sed 's/.*load average://')"
