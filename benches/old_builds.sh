# Sourced by before_after.sh and engine_ab.sh: binaries of older commits, built once from
# `git worktree`s under target/bench-old/ (a few minutes the first time: their own target
# directory, shared between the old commits only), and today's engine_rounds.
# Needs ROOT (the repository) set by the caller.
OLD=$ROOT/target/bench-old
mkdir -p "$OLD"

build_old() { # commit -> path of its release binary
    local c=$1 wt=$OLD/wt-$1
    if [[ ! -x $OLD/piimap-$c ]]; then
        [[ -d $wt ]] || git worktree add -f --detach "$wt" "$c" >&2
        # Touched: the worktrees share a target directory, and their build scripts (which
        # embed patterns/) must run for each, not be taken from the other commit.
        touch "$wt/build.rs"
        (cd "$wt" && CARGO_TARGET_DIR=$OLD/target cargo build --release --quiet >&2)
        cp "$OLD/target/release/piimap" "$OLD/piimap-$c"
    fi
    echo "$OLD/piimap-$c"
}

# The engine alone (benches/engine_rounds.rs) at an old commit: today's source of it
# built in the old worktree as an example (the API it uses is old).
rounds_old() { # commit -> path of its engine_rounds binary
    local c=$1 wt=$OLD/wt-$1
    if [[ ! -x $OLD/engine_rounds-$c || $ROOT/benches/engine_rounds.rs -nt $OLD/engine_rounds-$c ]]; then
        [[ -d $wt ]] || git worktree add -f --detach "$wt" "$c" >&2
        mkdir -p "$wt/examples"
        cp "$ROOT/benches/engine_rounds.rs" "$wt/examples/engine_rounds.rs"
        touch "$wt/build.rs"
        (cd "$wt" && CARGO_TARGET_DIR=$OLD/target cargo build --release --quiet --example engine_rounds >&2)
        cp "$OLD/target/release/examples/engine_rounds" "$OLD/engine_rounds-$c"
    fi
    echo "$OLD/engine_rounds-$c"
}

rounds_now() { # -> path of the working tree's engine_rounds binary (built if needed)
    (cd "$ROOT" && cargo bench --quiet --bench engine_rounds --no-run --message-format=json 2>/dev/null) |
        python3 -c "
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get('reason') == 'compiler-artifact' and m['target']['name'] == 'engine_rounds' and m.get('executable'):
        print(m['executable'])"
}
