#!/usr/bin/env python3
"""Times `rubricate grade` on the 2,000 PERSUADE essays as one class against `wc -w`.

Issue 8's target: grading the whole class, all report formats, in a release build, takes at
most 40 times as long as `wc -w` over the same files, measured in the same run.

    python3 bench/grade_class.py [--essays DIR] [--runs 3]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_ESSAYS = ROOT.parent / "shared" / "data" / "essays-unlabelled" / "essays"


def best_of(runs, command, **kwargs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, **kwargs)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--essays", type=pathlib.Path, default=DEFAULT_ESSAYS)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "rubricate"], cwd=ROOT,
                   check=True, stdout=subprocess.DEVNULL)
    binary = ROOT / ".build" / "release" / "rubricate"
    files = sorted(str(p) for p in args.essays.glob("*.txt"))
    if not files:
        sys.exit(f"no essays under {args.essays}")
    command = [str(binary), "grade", str(args.essays), "--format", "text", "--format", "markdown",
               "--format", "json", "--format", "html", "--quiet", "--no-progress"]
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="rubricate-bench-"))
    try:
        wc = best_of(args.runs, ["wc", "-w", *files])
        # A fresh output folder for each run: every report is created. The folders are removed
        # only at the end, as deleting thousands of files just before creating thousands more
        # makes ext4's inode allocation, not grading, the cost.
        fresh = []
        for run in range(args.runs):
            out = scratch / f"run{run}"
            start = time.perf_counter()
            subprocess.run(command + ["--out", str(out)], check=True, stdout=subprocess.DEVNULL)
            fresh.append(time.perf_counter() - start)
        reports = len(os.listdir(scratch / "run0"))
        # Grading again into a folder that holds the reports: unchanged files are left alone.
        again = best_of(args.runs, command + ["--out", str(scratch / "run0")])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    grade = min(fresh)
    print(f"essays: {len(files)}  reports written: {reports}  cores: {os.cpu_count()}")
    print(f"wc -w:                    {wc:8.3f} s")
    print(f"rubricate grade (fresh):  {grade:8.3f} s  ({len(files) / grade:,.0f} submissions/s)")
    print(f"rubricate grade (again):  {again:8.3f} s  (same class, reports already there)")
    print(f"ratio grade / wc: {grade / wc:8.1f}x fresh, {again / wc:.1f}x again  (target: at most 40x)")


if __name__ == "__main__":
    main()
