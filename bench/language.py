"""How the language measures follow human grading: Spearman correlation of each with the
trait scores of the ELLIPSE learner essays (../shared/data/scored-essays/ellipse-dev.jsonl),
beside body.words in the same run.

    python3 bench/language.py [--no-build]

Targets (issue 19): spelling errors per 100 words with Conventions <= -0.35; MATTR with
Vocabulary >= +0.30.
"""
import json
import os
import sys
import tempfile

import rubricate_cli as cli

ELLIPSE = os.path.join(cli.DATA, "scored-essays", "ellipse-dev.jsonl")
TRAITS = ["Overall", "Vocabulary", "Grammar", "Conventions"]


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return result


def spearman(xs, ys):
    rx, ry = ranks(xs), ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def main():
    if "--no-build" not in sys.argv:
        cli.build()
    records = [json.loads(line) for line in open(ELLIPSE, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, record in enumerate(records):
            path = os.path.join(folder, f"{index:05d}.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(record["text"])
            paths.append(path)
        analyses = cli.analyze(paths)
    measures = {name: [] for name in [
        "language.spellingErrorsPer100Words", "language.mechanicsErrorsPer100Words",
        "vocabulary.mattr", "vocabulary.rareWordShare", "vocabulary.meanWordLength",
        "body.words"]}
    for analysis in analyses:
        submission = analysis["submissions"][0]
        stats, language = submission["stats"], submission["language"]
        words = max(stats["words"], 1)
        measures["language.spellingErrorsPer100Words"].append(100 * stats["spellingErrors"] / words)
        measures["language.mechanicsErrorsPer100Words"].append(
            100 * stats["mechanicsErrors"] / words)
        measures["vocabulary.mattr"].append(language["vocabulary"]["mattr"])
        measures["vocabulary.rareWordShare"].append(language["vocabulary"]["rareWordShare"])
        measures["vocabulary.meanWordLength"].append(language["vocabulary"]["meanWordLength"])
        measures["body.words"].append(stats["words"])
    print(f"ELLIPSE dev: {len(records)} essays; Spearman with each trait")
    print(f"{'measure':40}" + "".join(f"{t:>13}" for t in TRAITS))
    for name, values in measures.items():
        row = [spearman(values, [r["scores"][t] for r in records]) for t in TRAITS]
        print(f"{name:40}" + "".join(f"{v:13.2f}" for v in row))


if __name__ == "__main__":
    main()
