#!/usr/bin/env python3
"""Score reference-entry parsing on ../shared/data/references/anystyle.jsonl.

Each labelled string is fed, one per line, to `rubricate references --entries -` (release build)
and three fields are compared: year (exact), the first author's family name (exact after case and
accent folding) and the title (after normalising case, punctuation and white space).

Usage: bench/references_anystyle.py [--data FILE] [--parsed JSONL] [--show N]
  --parsed  score an existing JSON Lines output instead of running the CLI.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import unicodedata

import rubricate_cli

REPO = pathlib.Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data" / "references" / "anystyle.jsonl"
TARGETS = {"year": 0.95, "family": 0.90, "title": 0.80}
PARTICLES = {"van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "des",
             "dos", "ter", "ten", "bin", "al", "el"}
# Initials: `R.`, `R.M.`, `Th.`, `J.-P.`, Vancouver `WC`; not short names such as `Lu` or `To`.
INITIAL = re.compile(r"^\(?(?:[A-Z](?:[a-z]\.|\.)?-?){1,4}\)?$")
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
GLUE = {"of", "for", "the", "on", "and"}


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def norm_title(text):
    text = fold(text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def gold_family(authors):
    """The first author's family name from a raw author string (the gold has no split)."""
    if not authors:
        return None
    text = authors.strip()
    first = re.split(r"\s*(?:;|&|\band\b|\bund\b|\bet\b)\s*", text)[0]
    parts = [p.strip() for p in first.split(",") if p.strip()]
    if not parts:
        return None
    head = [w for w in parts[0].split() if w not in SUFFIXES]
    if not head:
        return None
    if any(w in GLUE for w in head):
        return parts[0]  # an organisation: `Federal Reserve Bank of Chicago`
    words = [w for w in head if not INITIAL.match(w)]
    if len(parts) >= 2:
        second = [w for w in parts[1].split() if w not in SUFFIXES] or ["X."]
        inverted = len(words) == len(head) and (
            len(head) == 1 or all(INITIAL.match(w) for w in second) or len(second) == 1)
        if inverted:
            return parts[0]
    if len(head) >= 2 and all(INITIAL.match(w) for w in head[1:]) and not INITIAL.match(head[0]):
        return head[0]  # Vancouver: Family INITIALS
    if not words:
        return head[-1] if head else None
    # Given names first: the last word with its particles.
    family = [head[-1]]
    index = len(head) - 2
    while index >= 0 and head[index].lower() in PARTICLES:
        family.insert(0, head[index])
        index -= 1
    return " ".join(family)


def run_cli(strings):
    rubricate_cli.build()
    binary = REPO / ".build" / "release" / "rubricate"
    result = subprocess.run([str(binary), "references", "--entries", "-"],
                            input="\n".join(strings) + "\n", capture_output=True, text=True,
                            check=True)
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--parsed")
    parser.add_argument("--show", type=int, default=0, help="print N misses per field")
    args = parser.parse_args()
    records = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    strings = [" ".join(r["string"].split()) for r in records]
    if args.parsed:
        parsed = [json.loads(line) for line in open(args.parsed, encoding="utf-8")]
    else:
        parsed = run_cli(strings)
    if len(parsed) != len(records):
        sys.exit(f"expected {len(records)} entries, got {len(parsed)}")
    scores = {key: [0, 0] for key in TARGETS}
    misses = {key: [] for key in TARGETS}
    for record, entry in zip(records, parsed):
        if record["year"] is not None:
            got = entry.get("year") or ""
            ok = re.sub(r"[a-z]$", "", got) == str(record["year"])
            scores["year"][0] += ok
            scores["year"][1] += 1
            if not ok:
                misses["year"].append((record["string"], record["year"], got))
        family = gold_family(record["authors"])
        if family:
            authors = entry.get("authors") or []
            got = authors[0]["family"] if authors else ""
            ok = re.sub(r"\W", "", fold(got)) == re.sub(r"\W", "", fold(family))
            scores["family"][0] += ok
            scores["family"][1] += 1
            if not ok:
                misses["family"].append((record["string"], family, got))
        if record["title"]:
            got = entry.get("title") or ""
            ok = norm_title(got) == norm_title(record["title"])
            scores["title"][0] += ok
            scores["title"][1] += 1
            if not ok:
                misses["title"].append((record["string"], record["title"], got))
    print(f"references/anystyle.jsonl: {len(records)} entries")
    for key, (hits, total) in scores.items():
        rate = hits / total if total else 0.0
        mark = "ok" if rate >= TARGETS[key] else "below target"
        print(f"  {key:7s} {hits}/{total} = {rate:.1%} (target {TARGETS[key]:.0%}, {mark})")
    for key in TARGETS:
        for string, want, got in misses[key][: args.show]:
            print(f"  MISS {key}: want={want!r} got={got!r}\n      {string}")


if __name__ == "__main__":
    main()
