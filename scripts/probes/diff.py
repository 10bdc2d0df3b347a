#!/usr/bin/env python3
"""List, per category, missed truth items and false findings of a piimap jsonl run.

usage: diff.py PRED.jsonl CORPUS_DIR [--max N]
A truth item counts as found if a prediction of the same category covers >= 50% of it (the
scorer's overlap50 rule). A false finding is a prediction overlapping no truth item of its
category; it is tagged with the hard-negative kind it hits, if any.
"""
import argparse
import json
import os
from collections import defaultdict, Counter

CATS = ["person_name", "postal_address", "email", "phone", "iban", "payment_card", "national_id",
        "ip_address", "date_of_birth"]


def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def ctx(data, s, e, w=60):
    a = data[max(0, s - w // 2):s].decode("utf-8", "replace")
    b = data[s:e].decode("utf-8", "replace")
    c = data[e:e + w // 2].decode("utf-8", "replace")
    return (a + "[" + b + "]" + c).replace("\n", "⏎").replace("\t", "→")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("corpus")
    ap.add_argument("--max", type=int, default=10**9, help="max lines per section")
    a = ap.parse_args()
    truth = load(os.path.join(a.corpus, "truth.jsonl"))
    negs = load(os.path.join(a.corpus, "negatives.jsonl"))
    preds = []
    for x in load(a.pred):
        if x.get("source", "file") != "file" or x.get("category") not in CATS:
            continue
        p = x["path"]
        while p.startswith("./"):
            p = p[2:]
        loc = x.get("location") or {}
        if loc.get("start") is None:
            continue
        preds.append({"path": p, "start": loc["start"], "end": loc["end"], "category": x["category"],
                      "detector": x.get("detector"), "value": x.get("value")})
    tby = defaultdict(list)
    for t in truth:
        tby[(t["path"], t["category"])].append(t)
    pby = defaultdict(list)
    for p in preds:
        pby[(p["path"], p["category"])].append(p)
    nby = defaultdict(list)
    for n in negs:
        nby[n["path"]].append(n)
    cache = {}

    def data(path):
        if path not in cache:
            cache[path] = open(os.path.join(a.corpus, "files", path), "rb").read()
        return cache[path]

    def ov(s1, e1, s2, e2):
        return max(0, min(e1, e2) - max(s1, s2))

    for c in CATS:
        missed, false = [], []
        for (path, cat), ts in tby.items():
            if cat != c:
                continue
            ps = pby.get((path, cat), [])
            for t in ts:
                if not any(ov(p["start"], p["end"], t["start"], t["end"]) * 2 >= t["end"] - t["start"] for p in ps):
                    part = [p for p in ps if ov(p["start"], p["end"], t["start"], t["end"]) > 0]
                    missed.append((t, part))
        for (path, cat), ps in pby.items():
            if cat != c:
                continue
            ts = tby.get((path, cat), [])
            for p in ps:
                if not any(ov(p["start"], p["end"], t["start"], t["end"]) > 0 for t in ts):
                    kinds = [n["kind"] for n in nby.get(path, []) if ov(p["start"], p["end"], n["start"], n["end"]) > 0]
                    false.append((p, kinds))
        print(f"\n######## {c}: {len(missed)} missed, {len(false)} false findings")
        if false:
            print("  false findings by detector:", dict(Counter(p["detector"] for p, _ in false).most_common()))
            kc = Counter(k for _, ks in false for k in ks)
            if kc:
                print("  false findings on hard negatives:", dict(kc.most_common()))
        print(f"  -- missed ({len(missed)})")
        for t, part in sorted(missed, key=lambda x: (x[0]["path"], x[0]["start"]))[:a.max]:
            extra = f"  partial: {[p['value'] for p in part]}" if part else ""
            print(f"  {t['path']}:{t['start']}  {t['value']!r}  | {ctx(data(t['path']), t['start'], t['end'])}{extra}")
        print(f"  -- false ({len(false)})")
        for p, kinds in sorted(false, key=lambda x: (x[0]["path"], x[0]["start"]))[:a.max]:
            k = f"  [neg: {','.join(kinds)}]" if kinds else ""
            print(f"  {p['path']}:{p['start']}  {p['detector']}  {p['value']!r}  | {ctx(data(p['path']), p['start'], p['end'])}{k}")


if __name__ == "__main__":
    main()
