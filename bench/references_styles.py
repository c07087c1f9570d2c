#!/usr/bin/env python3
"""Reference-entry field accuracy per source, in one run: AnyStyle's strings (the regression
check), this repository's development set per style, and its held-out part.

Each string is fed, one per line, to `rubricate references --entries -` (one release build, one
process per file) and three fields are compared the way `references_anystyle.py` compares them:
year (exact, `2019a` counts as `2019`; `n.d.` as written), the first author's family name (after
case, accent and punctuation folding) and the title (after case, punctuation and space folding).

Sources:
  anystyle   ../shared/data/references/anystyle.jsonl (not ours; only a check that nothing regressed)
  dev        bench/data/reference-styles.jsonl, per style (tuned on)
  held-out   bench/data/reference-styles-heldout.jsonl (never tuned on)

Usage: bench/references_styles.py [--show N] [--source dev|held-out|anystyle] [--no-build]
                                  [--binary PATH]
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rubricate_cli  # noqa: E402
from references_anystyle import fold, gold_family, norm_title  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {
    "anystyle": os.path.join(rubricate_cli.DATA, "references", "anystyle.jsonl"),
    "dev": os.path.join(HERE, "data", "reference-styles.jsonl"),
    "held-out": os.path.join(HERE, "data", "reference-styles-heldout.jsonl"),
}
FIELDS = ("family", "year", "title")
# Issue 14's targets on strings that are not AnyStyle's.
TARGETS = {"family": 0.95, "year": 0.99, "title": 0.85}


def parse(strings, binary):
    out = subprocess.run([binary, "references", "--entries", "-"],
                         input="\n".join(strings) + "\n", capture_output=True, text=True,
                         check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def expected(record, source):
    """(family, year, title) as labelled; None where a field is not scored."""
    if source == "anystyle":
        year = str(record["year"]) if record["year"] is not None else None
        return gold_family(record["authors"]), year, record["title"]
    return record.get("family"), record.get("year"), record.get("title")


def check(field, want, entry):
    if field == "year":
        got = entry.get("year") or ""
        return (got if got == "n.d." else re.sub(r"[a-z]$", "", got)) == want, got
    if field == "family":
        authors = entry.get("authors") or []
        got = authors[0]["family"] if authors else ""
        return re.sub(r"\W", "", fold(got)) == re.sub(r"\W", "", fold(want)), got
    got = entry.get("title") or ""
    return norm_title(got) == norm_title(want), got


def score(source, records, parsed, show):
    groups = defaultdict(lambda: {f: [0, 0] for f in FIELDS})
    misses = []
    for record, entry in zip(records, parsed):
        wants = dict(zip(FIELDS, expected(record, source)))
        style = record.get("style", "all") if source == "dev" else "all"
        for field in FIELDS:
            if wants[field] is None:
                continue
            ok, got = check(field, wants[field], entry)
            for key in {style, "all"}:
                groups[key][field][0] += ok
                groups[key][field][1] += 1
            if not ok:
                misses.append((field, record["string"], wants[field], got))
    return groups, misses[:show] if show else []


def line(label, counts, total_entries=None):
    cells = []
    for field in FIELDS:
        hits, total = counts[field]
        cells.append(f"{field} {hits / total:6.1%} ({hits}/{total})" if total else f"{field}    —")
    suffix = f"  [{total_entries}]" if total_entries is not None else ""
    return f"  {label:12s} " + "   ".join(cells) + suffix


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N misses per source")
    parser.add_argument("--source", choices=list(SOURCES), action="append")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--binary", default=rubricate_cli.BINARY,
                        help="score another build (implies --no-build)")
    args = parser.parse_args()
    if not args.no_build and args.binary == rubricate_cli.BINARY:
        rubricate_cli.build()
    for source in args.source or list(SOURCES):
        path = SOURCES[source]
        if not os.path.exists(path):
            print(f"{source}: {path} not found, skipped")
            continue
        records = [json.loads(raw) for raw in open(path, encoding="utf-8")]
        parsed = parse([" ".join(r["string"].split()) for r in records], args.binary)
        if len(parsed) != len(records):
            sys.exit(f"{path}: expected {len(records)} entries, got {len(parsed)}")
        groups, misses = score(source, records, parsed, args.show)
        print(f"{source}: {os.path.relpath(path)} ({len(records)} entries)")
        if source == "dev":
            sizes = defaultdict(int)
            for record in records:
                sizes[record["style"]] += 1
            for style in sorted(sizes):
                print(line(style, groups[style], sizes[style]))
        print(line("all", groups["all"]))
        if source != "anystyle":
            verdict = ", ".join(
                f"{f} {'ok' if groups['all'][f][1] and groups['all'][f][0] / groups['all'][f][1] >= t else 'below'}"
                f" (target {t:.0%})" for f, t in TARGETS.items())
            print(f"  targets: {verdict}")
        for field, string, want, got in misses:
            print(f"  MISS {field}: want={want!r} got={got!r}\n      {string}")


if __name__ == "__main__":
    main()
