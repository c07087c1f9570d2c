#!/usr/bin/env python3
"""Score sentence roles (claim / evidence) on the argument-annotated essays, read as they are.

Usage: python3 bench/claims.py [--data DIR] [--harness] [--no-build]

A sentence is a gold claim when it overlaps a Claim or MajorClaim span and gold evidence
when it overlaps a Premise span (../shared/data/argument-essays/, essays 1..322, the train
split); the script prints precision, recall and F1 of the predicted roles for both.

The essays are handed to `rubricate analyze --input-format text` exactly as their files are
(title line first, one paragraph a line, no blank lines): nothing is reformatted, so the
offsets the CLI prints index the files themselves. An earlier version added blank lines
between paragraphs, which hid that one-paragraph-a-line files were read as one paragraph.

The shipped model was trained on this split, so this is a training fit, printed beside the
held-out figure: the 5-fold cross-validated P/R/F1 by essay from `bench/train_claims.py
--no-write` (add --no-cv to skip it).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

import rubricate_cli

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "argument-essays"))


def load_gold(data):
    spans = collections.defaultdict(list)
    with open(os.path.join(data, "spans.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            span = json.loads(line)
            spans[span["essay_id"]].append(span)
    return spans


def cli_sentences(data, essays, build):
    if build:
        rubricate_cli.build()
    binary = os.path.join(ROOT, ".build", "release", "rubricate")
    paths = [os.path.join(data, "essays", essay + ".txt") for essay in essays]
    result = subprocess.run([binary, "analyze", "--input-format", "text", *paths],
                            check=True, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != len(essays):
        sys.exit(f"expected {len(essays)} JSON lines from the CLI, got {len(lines)}")
    sentences = {}
    for essay, line in zip(essays, lines):  # JSON Lines come in the order of the paths
        record = json.loads(line)
        sentences[essay] = [(sentence["start"], sentence["end"], sentence["role"])
                            for submission in record["submissions"]
                            for sentence in submission["sentences"]]
    return sentences


def harness_sentences(data):
    sentences = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "dump.jsonl")
        env = dict(os.environ, RUBRICATE_ARGUMENT_CORPUS=data, RUBRICATE_ARGUMENT_DUMP=path)
        subprocess.run(["swift", "test", "--filter", "ArgumentCorpusDump"], cwd=ROOT, env=env,
                       check=True, stdout=subprocess.DEVNULL)
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                sentences[record["essay"]].append(
                    (record["start"], record["end"], record["role"]))
    return sentences


def prf(tp, predicted, gold):
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--harness", action="store_true")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-cv", action="store_true")
    args = parser.parse_args()

    gold = load_gold(args.data)
    essays = sorted(name[:-4] for name in os.listdir(os.path.join(args.data, "essays"))
                    if name.endswith(".txt"))
    if args.harness:
        sentences = harness_sentences(args.data)
    else:
        sentences = cli_sentences(args.data, essays, not args.no_build)

    counts = collections.Counter()
    for essay in essays:
        for start, end, role in sentences.get(essay, []):
            overlapping = [s for s in gold[essay] if s["start"] < end and start < s["end"]]
            is_claim = any(s["type"] in ("Claim", "MajorClaim") for s in overlapping)
            is_evidence = any(s["type"] == "Premise" for s in overlapping)
            counts["sentences"] += 1
            counts["gold claim"] += is_claim
            counts["gold evidence"] += is_evidence
            counts["predicted claim"] += role == "claim"
            counts["predicted evidence"] += role == "evidence"
            counts["tp claim"] += role == "claim" and is_claim
            counts["tp evidence"] += role == "evidence" and is_evidence
    print(f"{len(essays)} essays, {counts['sentences']} sentences "
          f"({'Swift harness' if args.harness else 'rubricate analyze --input-format text'})")
    for role in ("claim", "evidence"):
        precision, recall, f1 = prf(counts["tp " + role], counts["predicted " + role],
                                    counts["gold " + role])
        print(f"{role:8}  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  "
              f"(predicted {counts['predicted ' + role]}, gold {counts['gold ' + role]}; "
              "training fit)")
    if not args.no_cv:
        print("held-out (5-fold cross-validated by essay, bench/train_claims.py --no-write):",
              flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "train_claims.py"),
                        "--no-write"], check=True)


if __name__ == "__main__":
    main()
