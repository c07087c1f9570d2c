#!/usr/bin/env python3
"""Score in-text citation detection on ../shared/data/in-text-citations/articles.jsonl.

Each article body is analysed with `rubricate analyze - --input-format text` (release build) and
the found citations (links and weak attributions left out) are compared with the gold callouts:
a gold callout is found when a predicted citation overlaps it, a prediction is correct when it
overlaps a gold callout. Prints precision, recall and F1 (target F1 >= 0.85).

Usage: bench/citations_intext.py [--data FILE] [--parsed JSONL] [--show N]
  --parsed  score an existing JSON Lines file of {"citations": [...]} objects instead.
"""
import argparse
import json
import pathlib
import subprocess
import sys

import rubricate_cli

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "in-text-citations" / "articles.jsonl"
KINDS = {"parenthetical", "narrative", "numeric"}


def run_cli(texts):
    rubricate_cli.build()
    binary = REPO / ".build" / "release" / "rubricate"
    results = []
    for text in texts:
        out = subprocess.run([str(binary), "analyze", "-", "--input-format", "text",
                              "--format", "json"], input=text, capture_output=True, text=True,
                             check=True)
        analysis = json.loads(out.stdout)
        submissions = analysis.get("submissions") or [{}]
        results.append({"citations": submissions[0].get("citations") or []})
    return results


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--parsed")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    if args.parsed:
        parsed = [json.loads(line) for line in open(args.parsed, encoding="utf-8")]
    else:
        parsed = run_cli([r["text"] for r in records])
    if len(parsed) != len(records):
        sys.exit(f"expected {len(records)} documents, got {len(parsed)}")
    tp_pred = n_pred = tp_gold = n_gold = 0
    by_style = {}
    misses, false = [], []
    for record, result in zip(records, parsed):
        gold = record["citations"]
        pred = [c for c in result["citations"] if c["kind"] in KINDS]
        hit_pred = sum(1 for p in pred if any(overlaps(p, g) for g in gold))
        hit_gold = sum(1 for g in gold if any(overlaps(p, g) for p in pred))
        tp_pred += hit_pred
        n_pred += len(pred)
        tp_gold += hit_gold
        n_gold += len(gold)
        style = by_style.setdefault(record["style"], [0, 0, 0, 0])
        style[0] += hit_pred
        style[1] += len(pred)
        style[2] += hit_gold
        style[3] += len(gold)
        text = record["text"]
        for g in gold:
            if not any(overlaps(p, g) for p in pred):
                misses.append((record["doc_id"], text[max(0, g["start"] - 40):g["start"]] + "⟦"
                               + text[g["start"]:g["end"]] + "⟧" + text[g["end"]:g["end"] + 20]))
        for p in pred:
            if not any(overlaps(p, g) for g in gold):
                false.append((record["doc_id"], text[max(0, p["start"] - 40):p["start"]] + "⟦"
                              + text[p["start"]:p["end"]] + "⟧" + text[p["end"]:p["end"] + 20]))

    def prf(a, b, c, d):
        p = a / b if b else 0.0
        r = c / d if d else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = prf(tp_pred, n_pred, tp_gold, n_gold)
    print(f"in-text-citations/articles.jsonl: {len(records)} documents, {n_gold} callouts")
    print(f"  precision {tp_pred}/{n_pred} = {p:.3f}  recall {tp_gold}/{n_gold} = {r:.3f}  "
          f"F1 = {f:.3f} (target 0.85, {'ok' if f >= 0.85 else 'below target'})")
    for style, counts in sorted(by_style.items()):
        sp, sr, sf = prf(*counts)
        print(f"  {style:12s} P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    for doc, context in misses[: args.show]:
        print(f"  MISSED {doc[:20]}: {context!r}")
    for doc, context in false[: args.show]:
        print(f"  FALSE  {doc[:20]}: {context!r}")


if __name__ == "__main__":
    main()
