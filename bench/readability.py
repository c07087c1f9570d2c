#!/usr/bin/env python3
"""Readability: share of the essays in ../shared/data/essays-unlabelled/essays on which each of
rubricate's six scores agrees with the textstat package (±5 reading-ease points, ±1.0 grade).

Usage: python3 bench/readability.py [--no-build] [--limit N]
"""
import os
import sys

import textstat

from rubricate_cli import DATA, analyze, build

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
