#!/usr/bin/env python3
"""Throughput on the 2,000 essays in ../shared/data/essays-unlabelled/essays, in one run:
`rubricate analyze --input-format text DIR` (release build, one process), textstat computing
the six readability metrics of every file, and `wc -w`; prints the times and the ratios.

Usage: python3 bench/throughput.py [--no-build] [--repeat N]
"""
import os
import subprocess
import sys
import time

import textstat

from _rubricate import BINARY, DATA, build


def best_of(repeat, run):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    if "--no-build" not in sys.argv:
        build()
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 3
    folder = os.path.join(DATA, "essays-unlabelled", "essays")
    paths = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))

    def rubricate():
        subprocess.run([BINARY, "analyze", "--input-format", "text", folder], check=True,
                       stdout=subprocess.DEVNULL)

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
    ours = best_of(repeat, rubricate)
    theirs = best_of(1, textstat_six)
    wc = best_of(repeat, word_count)
    print("%d files (best of %d; textstat once, dictionaries preloaded)" % (len(paths), repeat))
    print("  rubricate analyze: %7.3f s" % ours)
    print("  textstat (six):    %7.3f s   rubricate is %.1fx faster" % (theirs, theirs / ours))
    print("  wc -w:             %7.3f s   rubricate takes %.1fx as long" % (wc, ours / wc))


if __name__ == "__main__":
    main()
