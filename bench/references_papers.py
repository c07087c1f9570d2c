#!/usr/bin/env python3
"""Score reference-list detection on ../shared/data/student-papers/ (real student papers).

Each paper is given to `rubricate references --input-format text FILE` (release build), which
prints one JSON line per entry of the reference list it finds. Scored: the section is found in papers that have one
(target >= 95%), falsely found in papers that have none (target <= 5%), the entry count is exactly
right (target >= 80% of papers with a section) and entry boundaries (share of gold entries whose
span is matched exactly, white space trimmed).

Usage: bench/references_papers.py [--data DIR] [--parsed JSONL] [--show N]
  --parsed  score an existing JSON Lines file of {"paper", "entries"} objects instead.
"""
import argparse
import json
import pathlib
import subprocess
import sys

import rubricate_cli

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "student-papers"


def run_cli(data, papers):
    rubricate_cli.build()
    binary = REPO / ".build" / "release" / "rubricate"
    results = {}
    for paper in papers:
        path = data / "papers" / f"{paper['paper_id']}.txt"
        # The papers are plain text (no blog page around them): read them as such.
        out = subprocess.run([str(binary), "references", "--input-format", "text", str(path)],
                             capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"rubricate references failed on {path}: {out.stderr.strip()}")
        entries = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        results[paper["paper_id"]] = entries
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--parsed")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    data = pathlib.Path(args.data)
    papers = [json.loads(line) for line in open(data / "papers.jsonl", encoding="utf-8")]
    if args.parsed:
        results = {}
        for line in open(args.parsed, encoding="utf-8"):
            record = json.loads(line)
            results[record["paper"]] = record["entries"]
    else:
        results = run_cli(data, papers)
    with_section = [p for p in papers if p["ref_section"]]
    without = [p for p in papers if not p["ref_section"]]
    found = [p for p in with_section if results.get(p["paper_id"])]
    false = [p for p in without if results.get(p["paper_id"])]
    exact = [p for p in with_section if len(results.get(p["paper_id"]) or []) == len(p["references"])]
    gold_entries = boundary_hits = 0
    for p in with_section:
        text = (data / "papers" / f"{p['paper_id']}.txt").read_text(encoding="utf-8")
        got = {(e["start"], e["end"]) for e in results.get(p["paper_id"]) or []}
        for ref in p["references"]:
            start, end = ref["start"], ref["end"]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            gold_entries += 1
            boundary_hits += (start, end) in got
    n, m = len(with_section), len(without)
    print(f"student-papers: {len(papers)} papers, {n} with a reference section, {m} without")
    print(f"  section found       {len(found)}/{n} = {len(found) / n:.1%} (target >= 95%)")
    print(f"  falsely found       {len(false)}/{m} = {len(false) / m:.1%} (target <= 5%)")
    print(f"  entry count exact   {len(exact)}/{n} = {len(exact) / n:.1%} (target >= 80%)")
    print(f"  entry spans exact   {boundary_hits}/{gold_entries} = "
          f"{boundary_hits / gold_entries:.1%}")
    if args.show:
        for p in [p for p in with_section if p not in found][: args.show]:
            print(f"  MISSED {p['paper_id']} heading={p['ref_section'].get('heading')!r}")
        for p in false[: args.show]:
            print(f"  FALSE  {p['paper_id']} ({len(results[p['paper_id']])} entries)")
        for p in [p for p in found if p not in exact][: args.show]:
            print(f"  COUNT  {p['paper_id']} want {len(p['references'])} "
                  f"got {len(results[p['paper_id']])}")


if __name__ == "__main__":
    main()
