#!/usr/bin/env python3
"""`rubricate calibrate` against human scores, through the CLI as a teacher would use it.

For each ASAP prompt and for ELLIPSE (English learners' essays, Overall score), draw k = 10, 30
and 100 "teacher-graded" essays (seeded random draws), run `calibrate --write-rubric` on their
files with a grades file, then `grade --rubric` on the other essays' files, and print the mean
QWK of the graded points against the human scores, beside two baselines computed in the same
run on the same held-out essays:

- length alone: ln(1 + body words) fitted to the graded essays the same way (a one-measure
  ridge fit stretched to the graded essays' mean and standard deviation, i.e. the standardised
  length mapped onto the teacher's spread), clipped and rounded to the scale seen;
- the uncalibrated rubric: the shipped blog-post rubric's percentage mapped onto the prompt's
  score range and rounded.

Usage: python3 bench/calibrate.py [--draws N] [--sets 1,2,...] [--no-build]
"""
import argparse
import csv
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rubricate_cli  # noqa: E402

SCORED = os.path.join(rubricate_cli.DATA, "scored-essays")
KS = (10, 30, 100)


def qwk(a, b):
    """Quadratic weighted kappa of two integer ratings over their joint range."""
    low, high = min(a + b), max(a + b)
    if high == low:
        return 0.0
    size = high - low + 1
    observed = [[0] * size for _ in range(size)]
    for x, y in zip(a, b):
        observed[x - low][y - low] += 1
    rows = [sum(r) for r in observed]
    cols = [sum(observed[i][j] for i in range(size)) for j in range(size)]
    n = len(a)
    num = den = 0.0
    for i in range(size):
        for j in range(size):
            w = (i - j) ** 2 / (size - 1) ** 2
            num += w * observed[i][j]
            den += w * rows[i] * cols[j] / n
    return 1 - num / den if den else 0.0


def load_sets(wanted):
    ranges = json.load(open(os.path.join(SCORED, "asap-score-ranges.json")))
    sets = []
    asap = [json.loads(l) for l in open(os.path.join(SCORED, "asap-dev.jsonl"))]
    for number in range(1, 9):
        if wanted and str(number) not in wanted:
            continue
        r = ranges[str(number)]
        essays = [(f"asap{e['essay_id']}", e["text"], float(e["domain1_score"]))
                  for e in asap if e["essay_set"] == number]
        sets.append((f"ASAP {number}", essays, r["domain1_score_min"], r["domain1_score_max"], 1))
    if not wanted or "ellipse" in wanted:
        ellipse = [json.loads(l) for l in open(os.path.join(SCORED, "ellipse-dev.jsonl"))]
        essays = [(f"ell{e['text_id']}", e["text"], float(e["scores"]["Overall"]))
                  for e in ellipse]
        sets.append(("ELLIPSE", essays, 1, 5, 0.5))
    return sets


def run(args):
    subprocess.run([rubricate_cli.BINARY, *args], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def results(out):
    by_file = {}
    for line in open(os.path.join(out, "results.jsonl")):
        record = json.loads(line)
        by_file[os.path.basename(record["source"])] = record
    return by_file


def snap(value, low, high, step):
    value = min(high, max(low, value))
    return low + round((value - low) / step) * step


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--draws", type=int, default=3)
    parser.add_argument("--sets", default="")
    parser.add_argument("--no-build", action="store_true")
    options = parser.parse_args()
    if not options.no_build:
        rubricate_cli.build()
    wanted = set(options.sets.split(",")) - {""}
    work = tempfile.mkdtemp(prefix="rubricate-calibrate-")
    table = []
    try:
        for name, essays, low, high, step in load_sets(wanted):
            folder = os.path.join(work, name.replace(" ", ""))
            os.makedirs(folder)
            paths = {}
            for essay_id, text, _ in essays:
                paths[essay_id] = os.path.join(folder, essay_id + ".txt")
                with open(paths[essay_id], "w", encoding="utf-8") as handle:
                    handle.write(text)
            # The shipped rubric on every essay, once: its percentage and the body words.
            base_out = os.path.join(work, name.replace(" ", "") + "-base")
            run(["grade", folder, "--out", base_out, "--format", "text", "--quiet",
                 "--no-progress"])
            base = results(base_out)

            def words(essay_id):
                record = base[essay_id + ".txt"]
                return record["analysis"]["stats"]["words"] if "stats" in record["analysis"] \
                    else next(c["value"] for c in record["criteria"] if c["id"] == "length")

            def index(score):
                return round((score - low) / step)

            for k in KS:
                figures = {"calibrated": [], "length": [], "rubric": []}
                for draw in range(options.draws):
                    rng = random.Random(f"{name}-{k}-{draw}")
                    graded = rng.sample(essays, k)
                    graded_ids = {e[0] for e in graded}
                    rest = [e for e in essays if e[0] not in graded_ids]
                    run_dir = os.path.join(work, f"{name.replace(' ', '')}-{k}-{draw}")
                    os.makedirs(run_dir)
                    grades = os.path.join(run_dir, "grades.csv")
                    with open(grades, "w", newline="") as handle:
                        writer = csv.writer(handle)
                        writer.writerow(["file", "score"])
                        for essay_id, _, score in graded:
                            writer.writerow([essay_id + ".txt",
                                             int(score) if score == int(score) else score])
                    rubric = os.path.join(run_dir, "calibrated.json")
                    run(["calibrate", *[paths[e[0]] for e in graded], "--grades", grades,
                         "--out", os.path.join(run_dir, "report"), "--write-rubric", rubric,
                         "--quiet"])
                    out = os.path.join(run_dir, "graded")
                    run(["grade", *[paths[e[0]] for e in rest], "--rubric", rubric, "--out", out,
                         "--format", "text", "--quiet", "--no-progress"])
                    graded_points = results(out)
                    human = [index(e[2]) for e in rest]
                    calibrated = [index(graded_points[e[0] + ".txt"]["points"]) for e in rest]
                    figures["calibrated"].append(qwk(human, calibrated))
                    # Length alone, fitted the same way: standardised ln(1 + words), stretched
                    # to the graded essays' mean and spread, on the scale they show.
                    seen = [e[2] for e in graded]
                    mean_y = sum(seen) / k
                    sd_y = math.sqrt(sum((s - mean_y) ** 2 for s in seen) / k)
                    logs = [math.log1p(words(e[0])) for e in graded]
                    mean_x = sum(logs) / k
                    sd_x = math.sqrt(sum((x - mean_x) ** 2 for x in logs) / k) or 1
                    sign = 1 if sum((x - mean_x) * (s - mean_y) for x, s in zip(logs, seen)) >= 0 \
                        else -1
                    seen_step = 1 if all(s == int(s) for s in seen) else step
                    length = [index(snap(mean_y + sign * (math.log1p(words(e[0])) - mean_x) / sd_x
                                         * sd_y, min(seen), max(seen), seen_step)) for e in rest]
                    figures["length"].append(qwk(human, length))
                    mapped = [index(snap(low + base[e[0] + ".txt"]["percentage"] / 100
                                         * (high - low), low, high, step)) for e in rest]
                    figures["rubric"].append(qwk(human, mapped))
                    shutil.rmtree(run_dir)
                row = (name, k, *(sum(v) / len(v) for v in
                                  (figures["calibrated"], figures["length"], figures["rubric"])),
                       min(figures["calibrated"]), max(figures["calibrated"]))
                table.append(row)
                print(f"{row[0]:10} k={k:3}  calibrated {row[2]:.3f} (draws {row[5]:.3f}–{row[6]:.3f})"
                      f"  length {row[3]:.3f}  rubric {row[4]:.3f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print("| set | k | calibrated QWK | length alone | rubric total mapped |")
    print("|---|---|---|---|---|")
    for row in table:
        print(f"| {row[0]} | {row[1]} | {row[2]:.3f} | {row[3]:.3f} | {row[4]:.3f} |")
    asap = [r for r in table if r[0].startswith("ASAP")]
    for k in KS:
        rows = [r for r in asap if r[1] == k]
        if rows:
            print(f"| ASAP mean | {k} | {sum(r[2] for r in rows) / len(rows):.3f} | "
                  f"{sum(r[3] for r in rows) / len(rows):.3f} | "
                  f"{sum(r[4] for r in rows) / len(rows):.3f} |")


if __name__ == "__main__":
    main()
