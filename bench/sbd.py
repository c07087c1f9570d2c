#!/usr/bin/env python3
"""Sentence boundaries: exact-match rate on the pySBD dev cases (../shared/data/sbd).

A case matches when its sentence list equals the expected one after white space is collapsed.
Runs `rubricate analyze --input-format text` once over a folder holding one file per case, and
pySBD itself (when installed) for comparison.
Usage: python3 bench/sbd.py [--no-build] [--show-failures]
"""
import json
import os
import sys
import tempfile

from rubricate_cli import DATA, analyze, build


def collapse(sentences):
    return [" ".join(s.split()) for s in sentences]


def main():
    if "--no-build" not in sys.argv:
        build()
    cases = [json.loads(line) for line in open(os.path.join(DATA, "sbd", "pysbd-dev.jsonl"))]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index, case in enumerate(cases):
            path = os.path.join(folder, "case-%04d.txt" % index)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(case["text"])
            paths.append(path)
        results = analyze(paths)
    ours = 0
    for case, result in zip(cases, results):
        got = collapse(s["text"] for sub in result["submissions"] for s in sub["sentences"])
        if got == collapse(case["expected_sentences"]):
            ours += 1
        elif "--show-failures" in sys.argv:
            print("FAIL", case["id"], json.dumps(got, ensure_ascii=False))
    print("rubricate: %d/%d exact (%.1f%%)" % (ours, len(cases), 100 * ours / len(cases)))
    try:
        import pysbd
    except ImportError:
        print("pysbd: not installed")
        return
    theirs = 0
    for case in cases:
        segmenter = pysbd.Segmenter(language="en", clean=case.get("clean", False))
        got = collapse(s for s in segmenter.segment(case["text"]) if s.strip())
        theirs += got == collapse(case["expected_sentences"])
    print("pysbd:     %d/%d exact (%.1f%%)" % (theirs, len(cases), 100 * theirs / len(cases)))


if __name__ == "__main__":
    main()
