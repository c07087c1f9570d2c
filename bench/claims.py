#!/usr/bin/env python3
"""Score sentence roles (claim / evidence) on the argument-annotated essays.

Usage: python3 bench/claims.py [--data DIR] [--harness] [--no-build]

A sentence is a gold claim when it overlaps a Claim or MajorClaim span and gold evidence
when it overlaps a Premise span (../shared/data/argument-essays/, essays 1..322, the train
split); the script prints precision, recall and F1 of the predicted roles for both.

How the essays are given to Rubricate: an essay file's first line is its title and each
further line is a paragraph. `rubricate analyze --input-format text` treats the whole input
as body text and only a blank line ends a paragraph, so the script leaves the title line out
(it is not body prose, and scoring it would count a non-sentence) and writes the paragraphs
separated by blank lines into a temporary directory; the CLI's sentence offsets are mapped
back to the original file. The title is therefore not available to the analyzer here (the
thesis vocabulary comes from the introduction's last sentence alone).

By default the release CLI is built and run once over the whole directory (JSON Lines).
--harness scores the roles that the opt-in Swift test ArgumentCorpusDump computes instead
(same splitter, same paragraphs), for use before the CLI prints sentence roles.

Note that the shipped model was trained on this very split: the figures printed here are a
training fit. The honest held-out figure is the cross-validated one printed by
bench/train_claims.py.
"""
import argparse
import bisect
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "argument-essays"))


def load_gold(data):
    spans = collections.defaultdict(list)
    with open(os.path.join(data, "spans.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            span = json.loads(line)
            spans[span["essay_id"]].append(span)
    return spans


def body_text(text):
    """The essay without its title line, paragraphs separated by blank lines, and for each
    paragraph (offset in the new text, offset in the original)."""
    first = text.find("\n")
    if first < 0:
        return "", []
    parts, anchors, position, cursor = [], [], 0, first + 1
    for line in text[first + 1:].split("\n"):
        if line.strip():
            anchors.append((position, cursor))
            parts.append(line)
            position += len(line) + 2
        cursor += len(line) + 1
    return "\n\n".join(parts), anchors


def to_original(offset, anchors):
    starts = [new for new, _ in anchors]
    index = max(0, bisect.bisect_right(starts, offset) - 1)
    new, original = anchors[index]
    return original + (offset - new)


def cli_sentences(data, essays, build):
    if build:
        subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "rubricate")
    anchors = {}
    with tempfile.TemporaryDirectory() as directory:
        for essay in essays:
            with open(os.path.join(data, "essays", essay + ".txt"), encoding="utf-8") as handle:
                body, anchors[essay] = body_text(handle.read())
            with open(os.path.join(directory, essay + ".txt"), "w", encoding="utf-8") as handle:
                handle.write(body)
        result = subprocess.run([binary, "analyze", directory, "--input-format", "text"],
                                check=True, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != len(essays):
        sys.exit(f"expected {len(essays)} JSON lines from the CLI, got {len(lines)}")
    sentences = {}
    for essay, line in zip(essays, lines):  # JSON Lines come in sorted path order
        record = json.loads(line)
        found = []
        for submission in record["submissions"]:
            for sentence in submission["sentences"]:
                if "role" not in sentence:
                    sys.exit("the CLI does not print sentence roles yet: use --harness")
                found.append((to_original(sentence["start"], anchors[essay]),
                              to_original(sentence["end"] - 1, anchors[essay]) + 1,
                              sentence["role"]))
        sentences[essay] = found
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
              f"(predicted {counts['predicted ' + role]}, gold {counts['gold ' + role]})")


if __name__ == "__main__":
    main()
