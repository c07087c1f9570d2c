#!/usr/bin/env python3
"""How well the comment measures agree with people's labels of comment usefulness.

  python3 bench/comments_labelled.py [--set dev|students|both] [--no-build] [--show-misses N]

Feeds every labelled comment, as written, to `rubricate analyze` (release build) as a Markdown
comment in its own file (front matter `post:`; a student comment written against a post of the
sample class is analysed beside that post, the others answer a post the batch does not hold)
and prints, for each human label, Spearman's rho and ROC AUC (label >= 4 positive) of the
matching measure beside two baselines computed in the same run: the word count and a one-line
keyword list.

| label                   | measure         |
|-------------------------|-----------------|
| actionability           | actionability   |
| grounding_specificity   | specificity     |
| helpfulness             | usefulness      |

Data: ../shared/data/peer-review-comments/revutil-dev.jsonl (RevUtil, the development half by
paper; the other half is held out) and bench/data/student-comments-labelled.jsonl (student-style
comments written and labelled for this project, see bench/data/README.md).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import rubricate_cli

REVUTIL = os.path.join(rubricate_cli.DATA, "peer-review-comments", "revutil-dev.jsonl")
STUDENTS = os.path.join(rubricate_cli.REPO, "bench", "data", "student-comments-labelled.jsonl")
LABELS = [("actionability", "actionability"), ("grounding_specificity", "specificity"),
          ("helpfulness", "usefulness")]

# The baselines' keyword lists: the words a reader would think of first, one line each.
KEYWORDS = {
    "actionability": "should could would suggest recommend consider please need needs add include try must",
    "grounding_specificity": "section table figure fig line page paragraph equation eq appendix sentence quote",
    "helpfulness": "should could suggest recommend consider please need add include section table figure line paragraph",
}


def keyword_score(text, label):
    words = re.findall(r"[a-z]+", text.lower())
    keys = set(KEYWORDS[label].split())
    return sum(1 for word in words if word in keys)


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    position = 0
    while position < len(order):
        end = position
        while end + 1 < len(order) and values[order[end + 1]] == values[order[position]]:
            end += 1
        for k in range(position, end + 1):
            result[order[k]] = (position + end) / 2 + 1
        position = end + 1
    return result


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def auc(scores, positive):
    """ROC AUC by the rank-sum formula (ties count one half)."""
    r = ranks(scores)
    n_pos = sum(positive)
    n_neg = len(positive) - n_pos
    if not n_pos or not n_neg:
        return float("nan")
    rank_sum = sum(rank for rank, p in zip(r, positive) if p)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def load(which):
    rows = []
    if which in ("dev", "both"):
        with open(REVUTIL, encoding="utf-8") as handle:
            rows += [dict(json.loads(line), source="revutil") for line in handle if line.strip()]
    if which in ("students", "both"):
        with open(STUDENTS, encoding="utf-8") as handle:
            rows += [dict(json.loads(line), source="students") for line in handle if line.strip()]
    return rows


def analyse(rows):
    """The `comment` object of each row, from one `rubricate analyze` run over a folder."""
    folder = tempfile.mkdtemp(prefix="comments-labelled-")
    try:
        posts = set()
        for index, row in enumerate(rows):
            post = row.get("post")
            if post:
                name = os.path.basename(post)
                if name not in posts:
                    shutil.copy(os.path.join(rubricate_cli.REPO, post), os.path.join(folder, name))
                    posts.add(name)
            else:
                name = "not-in-this-batch.md"
            with open(os.path.join(folder, f"c{index:05d}.md"), "w", encoding="utf-8") as handle:
                handle.write(f"---\npost: {name}\nauthor: reviewer {index}\n---\n\n{row['text']}\n")
        out = subprocess.run([rubricate_cli.BINARY, "analyze", folder], check=True,
                             capture_output=True, text=True).stdout
        by_file = {}
        for line in out.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            match = re.search(r"c(\d{5})\.md$", record["source"])
            if match:
                by_file[int(match.group(1))] = record["submissions"][0]
        return [by_file[index] for index in range(len(rows))]
    finally:
        shutil.rmtree(folder)


def report(rows, analyses, title, misses):
    print(f"\n{title}: {len(rows)} comments")
    print(f"{'label':24} {'n':>4} {'pos':>4} | {'measure':14} {'rho':>6} {'AUC':>6} | "
          f"{'words rho':>9} {'AUC':>6} | {'keywords rho':>12} {'AUC':>6}")
    for label, measure in LABELS:
        kept = [(row, a) for row, a in zip(rows, analyses) if row.get(label) is not None]
        gold = [row[label] for row, _ in kept]
        positive = [g >= 4 for g in gold]
        ours = [a["comment"][measure]["value"] for _, a in kept]
        words = [a["stats"]["words"] for _, a in kept]
        keys = [keyword_score(row["text"], label) for row, _ in kept]
        print(f"{label:24} {len(kept):4} {sum(positive):4} | {measure:14} "
              f"{spearman(ours, gold):6.3f} {auc(ours, positive):6.3f} | "
              f"{spearman(words, gold):9.3f} {auc(words, positive):6.3f} | "
              f"{spearman(keys, gold):12.3f} {auc(keys, positive):6.3f}")
        if misses:
            for row, a in sorted(kept, key=lambda pair: -abs(
                    pair[1]["comment"][measure]["value"] - (pair[0][label] - 1) / 4))[:misses]:
                print(f"    {row[label]} vs {a['comment'][measure]['value']:.2f}: {row['text'][:160]!r}")


# The grid the actionability weights (`CommentAnalyzer.ScoreRule`) were chosen from on this data:
# strength of a suggestion, a question, a problem and a counterpoint, and the share kept by an
# action that names no place or detail.
GRID = {"suggestion": [0.6, 0.8, 0.9], "question": [0.3, 0.5, 0.6, 0.7],
        "problem": [0.2, 0.3, 0.45], "counterpoint": [0.1, 0.15, 0.25],
        "vague": [0.5, 0.6, 0.7, 0.75]}
SHIPPED = {"suggestion": 0.8, "question": 0.6, "problem": 0.3, "counterpoint": 0.2, "vague": 0.7}


def actionability(analysis, weights):
    """The actionability formula of CommentAnalyzer+Scores.swift, from the analyze output."""
    import math
    comment = analysis["comment"]
    missing = 1.0
    for move in comment["actionability"]["evidence"]:
        strength = weights.get(move["kind"], 0.1 if move["kind"] == "evidence" else 0)
        missing *= 1 - strength
    details = sum(1 for e in comment["specificity"]["evidence"] if e["kind"] == "detail")
    concrete = 1.0 if comment["partReferences"] else 1 - math.exp(-details / 4)
    return (1 - missing) * (weights["vague"] + (1 - weights["vague"]) * concrete)


def cross_validate(rows, analyses, folds=5):
    """Chooses the actionability weights on four fifths of the papers and scores the fifth."""
    import hashlib
    import itertools
    kept = [(row, a) for row, a in zip(rows, analyses) if row.get("actionability") is not None]
    fold = [int(hashlib.sha1(row["paper_id"].encode()).hexdigest(), 16) % folds for row, _ in kept]
    grid = [dict(zip(GRID, values)) for values in itertools.product(*GRID.values())]
    held_scores = [0.0] * len(kept)
    for k in range(folds):
        train = [i for i in range(len(kept)) if fold[i] != k]
        gold = [kept[i][0]["actionability"] >= 4 for i in train]
        best = max(grid, key=lambda w: auc([actionability(kept[i][1], w) for i in train], gold))
        for i in range(len(kept)):
            if fold[i] == k:
                held_scores[i] = actionability(kept[i][1], best)
    gold = [row["actionability"] for row, _ in kept]
    shipped = [actionability(a, SHIPPED) for _, a in kept]
    print(f"\nactionability weights, {folds}-fold cross-validated by paper (RevUtil dev): "
          f"held-out rho {spearman(held_scores, gold):.3f}, AUC "
          f"{auc(held_scores, [g >= 4 for g in gold]):.3f}; the shipped weights (chosen on all of "
          f"it): rho {spearman(shipped, gold):.3f}, AUC {auc(shipped, [g >= 4 for g in gold]):.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["dev", "students", "both"], default="both")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    parser.add_argument("--binary", help="run this rubricate instead (implies --no-build)")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N",
                        help="print the N comments furthest from their label, per label")
    options = parser.parse_args()
    if options.binary:
        rubricate_cli.BINARY = os.path.abspath(options.binary)
    elif not options.no_build:
        print("running: " + " ".join(rubricate_cli.RELEASE_BUILD), file=sys.stderr)
        rubricate_cli.build()
    sets = ["dev", "students"] if options.set == "both" else [options.set]
    for name in sets:
        rows = load(name)
        analyses = analyse(rows)
        title = ("RevUtil development half (revutil-dev.jsonl)" if name == "dev"
                 else "student-style comments written for this project")
        report(rows, analyses, title, options.show_misses)
        if name == "dev":
            cross_validate(rows, analyses)
    print("\nPositive: label >= 4. Targets on the RevUtil development half: AUC >= 0.75 for "
          "actionability and specificity, rho >= 0.45 for usefulness, each above both baselines.")


if __name__ == "__main__":
    main()
