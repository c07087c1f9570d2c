#!/usr/bin/env python3
"""Throughput on the 2,000 essays in ../shared/data/essays-unlabelled/essays, in one run:
`rubricate analyze --input-format text DIR` (release build, one process), textstat computing
the six readability metrics of every file, and `wc -w`; prints the times and the ratios.

Usage: python3 bench/throughput.py [--no-build] [--repeat N] [--before BINARY]

`--before BINARY` also times another build's `analyze` (say, a release build of an earlier
commit) on the same files in the same run, so a change is judged beside textstat and beside
what it replaced under the same load.
"""
import os
import resource
import subprocess
import sys
import time

import textstat

from rubricate_cli import BINARY, DATA, build, median_ratio


def cpu_seconds():
    """CPU time of this process and its finished children (fair on a shared machine)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(repeat, run):
    """The best wall-clock and the best CPU time of `repeat` runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), cpu_seconds()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(cpu_seconds() - cpu)
    return min(walls), min(cpus)


def paired(repeat, first, second):
    """`first` and `second` run in turn, `repeat` rounds: the best wall-clock and CPU time of
    each, and each round's wall-clock and CPU ratios first/second. On a shared machine whose
    load drifts by tens of percent within a minute, a ratio of two runs made seconds apart is
    the steadier figure; best-of blocks timed one after the other can differ by the drift
    alone."""
    results = ([], [], [], [])
    ratios = ([], [])
    for _ in range(repeat):
        for index, run in enumerate((first, second)):
            wall, cpu = time.perf_counter(), cpu_seconds()
            run()
            results[2 * index].append(time.perf_counter() - wall)
            results[2 * index + 1].append(cpu_seconds() - cpu)
        ratios[0].append(results[0][-1] / results[2][-1])
        ratios[1].append(results[1][-1] / results[3][-1])
    return (min(results[0]), min(results[1])), (min(results[2]), min(results[3])), ratios


def main():
    if "--no-build" not in sys.argv:
        build()
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    folder = os.path.join(DATA, "essays-unlabelled", "essays")
    paths = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))

    def rubricate():
        subprocess.run([BINARY, "analyze", "--input-format", "text", folder], check=True,
                       stdout=subprocess.DEVNULL)

    before_binary = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None

    def rubricate_before():
        subprocess.run([before_binary, "analyze", "--input-format", "text", folder], check=True,
                       stdout=subprocess.DEVNULL)

    def rubricate_text_only():
        subprocess.run([BINARY, "analyze", "--input-format", "text", "--only", "text", folder],
                       check=True, stdout=subprocess.DEVNULL)

    def textstat_six():
        for path in paths:
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            textstat.flesch_reading_ease(text)
            textstat.flesch_kincaid_grade(text)
            textstat.gunning_fog(text)
            textstat.smog_index(text)
            textstat.coleman_liau_index(text)
            textstat.automated_readability_index(text)

    def word_count():
        subprocess.run(["wc", "-w", *paths], check=True, stdout=subprocess.DEVNULL)

    textstat_six()  # load the CMU dictionary and Pyphen once, outside the timing
    ratios = None
    if before_binary:
        ours, before, ratios = paired(repeat, rubricate, rubricate_before)
    else:
        ours, before = best_of(repeat, rubricate), None
    text_only = best_of(repeat, rubricate_text_only)
    theirs = best_of(1, textstat_six)
    wc = best_of(repeat, word_count)
    print("%d files (best of %d; textstat once, dictionaries preloaded)" % (len(paths), repeat))
    print("                     wall      cpu")
    for label, (wall, cpu) in [("rubricate analyze", ours),
                               ("  --only text", text_only), ("textstat (six)", theirs),
                               ("wc -w", wc)]:
        print("  %-18s %6.3f s %6.3f s" % (label, wall, cpu))
    if before:
        print("  %-18s %6.3f s %6.3f s  (%s)" % ("before", before[0], before[1], before_binary))
    print("  rubricate vs textstat: %.1fx faster (wall), %.1fx (cpu)"
          % (theirs[0] / ours[0], theirs[1] / ours[1]))
    if before:
        print("  before vs textstat:    %.1fx faster (wall), %.1fx (cpu); now takes %.2fx the"
              " before's cpu" % (theirs[0] / before[0], theirs[1] / before[1],
                                  ours[1] / before[1]))
        for label, values in zip(("wall", "cpu"), ratios):
            print("  now/before %-4s, run in turn: %s" % (label, median_ratio(values)))
    print("  --only text (the same six metrics) vs textstat: %.1fx faster (wall), %.1fx (cpu)"
          % (theirs[0] / text_only[0], theirs[1] / text_only[1]))
    print("  rubricate vs wc -w:    %.1fx as long (wall), %.1fx (cpu)"
          % (ours[0] / wc[0], ours[1] / max(wc[1], 1e-3)))


if __name__ == "__main__":
    main()
