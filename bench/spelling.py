"""Spelling check quality: the Birkbeck misspellings of Norvig's test set 1 (share flagged,
share whose first suggestion is the intended word), beside pyspellchecker in the same run; and
false flags per 1,000 words on the MICUSP papers (upper-level, proofread writing).

    python3 bench/spelling.py [--no-build] [--show N]

pyspellchecker: `pip install pyspellchecker` (MIT; its English list is built from OpenSubtitles
frequencies). Targets: flagged >= 98%, first suggestion right >= 75%, false flags <= 2 per
1,000 words.
"""
import collections
import glob
import json
import os
import subprocess
import sys
import time

import rubricate_cli as cli

NORVIG = os.path.join(cli.DATA, "spelling", "norvig-testset1.txt")
PAPERS = os.path.join(cli.DATA, "student-papers", "papers")


def pairs():
    result = []
    with open(NORVIG, encoding="utf-8") as handle:
        for line in handle:
            correct, _, wrong = line.partition(":")
            for word in wrong.split():
                result.append((word, correct.strip()))
    return result


def spell(text):
    out = subprocess.run([cli.BINARY, "spell", "-"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def norvig_rubricate(cases):
    text = "\n\n".join(wrong for wrong, _ in cases) + "\n"
    starts, offset = {}, 0
    for index, (wrong, _) in enumerate(cases):
        starts[offset] = index
        offset += len(wrong) + 2
    began = time.perf_counter()
    flagged = {starts[item["start"]]: item["suggestions"] for item in spell(text)}
    return flagged, time.perf_counter() - began


def norvig_peer(cases):
    from spellchecker import SpellChecker
    checker = SpellChecker()
    began = time.perf_counter()
    flagged = {}
    for index, (wrong, _) in enumerate(cases):
        if checker.unknown([wrong]):
            best = checker.correction(wrong)
            flagged[index] = [best] if best else []
    return flagged, time.perf_counter() - began


def score(name, cases, flagged, seconds, show=0):
    right = sum(1 for index, (_, correct) in enumerate(cases)
                if flagged.get(index) and flagged[index][0].lower() == correct.lower())
    print(f"{name:16} flagged {len(flagged) / len(cases):6.1%}   first suggestion right "
          f"{right / len(cases):6.1%}   ({seconds:.2f} s)")
    misses = [(wrong, correct, flagged.get(index)) for index, (wrong, correct) in enumerate(cases)
              if not flagged.get(index) or flagged[index][0].lower() != correct.lower()]
    for wrong, correct, got in misses[:show]:
        print(f"    {wrong} -> {correct}: {got}")


def false_flags(show=0):
    paths = sorted(glob.glob(os.path.join(PAPERS, "*.txt")))
    out = subprocess.run([cli.BINARY, "analyze", *paths], check=True, capture_output=True,
                         text=True).stdout
    words = flags = 0
    counter = collections.Counter()
    for line in out.splitlines():
        if not line.strip():
            continue
        for submission in json.loads(line)["submissions"]:
            if submission["kind"] != "post":
                continue
            words += submission["stats"]["words"]
            for item in submission["language"]["spelling"]:
                flags += 1
                counter[item["text"]] += 1
    print(f"MICUSP papers: {len(paths)} papers, {words} body words, {flags} flagged: "
          f"{1000 * flags / max(words, 1):.2f} per 1,000 words (every flag counted as false)")
    if show:
        print("    most flagged: " + ", ".join(f"{w} {n}" for w, n in counter.most_common(show)))


def main():
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    if "--no-build" not in sys.argv:
        cli.build()
    cases = pairs()
    print(f"Norvig test set 1: {len(cases)} misspellings")
    flagged, seconds = norvig_rubricate(cases)
    score("rubricate", cases, flagged, seconds, show)
    try:
        flagged, seconds = norvig_peer(cases)
        score("pyspellchecker", cases, flagged, seconds)
    except ImportError:
        print("pyspellchecker: not installed (pip install pyspellchecker)")
    false_flags(show)


if __name__ == "__main__":
    main()
