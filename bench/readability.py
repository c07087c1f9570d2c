#!/usr/bin/env python3
"""Readability: share of the essays in ../shared/data/essays-unlabelled/essays on which each of
rubricate's six scores agrees with the textstat package (±5 reading-ease points, ±1.0 grade).

Usage: python3 bench/readability.py [--no-build] [--limit N]
"""
import json
import os
import subprocess
import sys

import textstat

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
BINARY = os.path.join(REPO, ".build", "release", "rubricate")


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "rubricate"], cwd=REPO,
                   check=True, stdout=subprocess.DEVNULL)


def analyze(paths):
    """`rubricate analyze --input-format text` over paths: one JSON object per file, in sorted
    path order."""
    out = subprocess.run([BINARY, "analyze", "--input-format", "text", *paths],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]

METRICS = [  # (JSON key, textstat function, tolerance)
    ("fleschReadingEase", textstat.flesch_reading_ease, 5.0),
    ("fleschKincaidGrade", textstat.flesch_kincaid_grade, 1.0),
    ("gunningFog", textstat.gunning_fog, 1.0),
    ("smogIndex", textstat.smog_index, 1.0),
    ("colemanLiauIndex", textstat.coleman_liau_index, 1.0),
    ("automatedReadabilityIndex", textstat.automated_readability_index, 1.0),
]


def main():
    if "--no-build" not in sys.argv:
        build()
    folder = os.path.join(DATA, "essays-unlabelled", "essays")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    if "--limit" in sys.argv:
        names = names[: int(sys.argv[sys.argv.index("--limit") + 1])]
    paths = [os.path.join(folder, n) for n in names]
    results = analyze(paths)
    within = {key: 0 for key, _, _ in METRICS}
    bias = {key: 0.0 for key, _, _ in METRICS}
    for path, result in zip(paths, results):
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        ours = result["submissions"][0]["stats"]["readability"]
        for key, function, tolerance in METRICS:
            difference = ours[key] - function(text)
            bias[key] += difference
            within[key] += abs(difference) <= tolerance
    count = len(paths)
    print("%d essays; share within tolerance of textstat %s:" % (count, textstat.__version__))
    for key, _, tolerance in METRICS:
        print("  %-26s ±%-4g %5.1f%%   mean difference %+.2f"
              % (key, tolerance, 100 * within[key] / count, bias[key] / count))


if __name__ == "__main__":
    main()
