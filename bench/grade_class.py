#!/usr/bin/env python3
"""Times `rubricate grade` on the 2,000 PERSUADE essays as one class against `wc -w`.

Issue 8's target: grading the whole class, all report formats, in a release build, takes at
most 40 times as long as `wc -w` over the same files, measured in the same run.

Four figures, each the best of --runs: grading into a fresh folder on the disk; writing the
same 8,003 files (names and sizes) with plain Python just before, which is what creating them
costs on this disk at that moment; grading into a fresh folder in memory (tmpfs), which leaves
out the disk; and grading again into a folder that already holds the reports.

    python3 bench/grade_class.py [--essays DIR] [--runs 3]

With --memory it instead reports the peak resident memory (max RSS, from wait4's rusage of
the one `grade` process) for classes of 100, 1,000, 3,000 and 10,000 essays (or --sizes): the
first N of the essays, and past their number, copies under other names, all made in a
temporary folder (the shared data is never changed). Issue 15's target: under 500 MB for
10,000.

    python3 bench/grade_class.py --memory [--sizes 100,1000,3000,10000] [--binary PATH]

With --before BINARY it also grades the class into tmpfs with another build (say, a release
build of an earlier commit), the two in turn for --runs rounds, and prints each one's best
wall-clock and CPU time and the median of the rounds' ratios (issue 12: within 10%). On a
shared machine whose load drifts by tens of percent within a minute, the ratio of two runs
made seconds apart is the steadier figure.

    python3 bench/grade_class.py --before PATH [--runs 7] [--binary PATH]
"""
import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import rubricate_cli
from rubricate_cli import median_ratio

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
    parser.add_argument("--memory", action="store_true",
                        help="report peak memory per class size instead of times")
    parser.add_argument("--sizes", default="100,1000,3000,10000",
                        help="class sizes for --memory")
    parser.add_argument("--binary", type=pathlib.Path,
                        help="a rubricate binary to measure instead of building one")
    parser.add_argument("--before", type=pathlib.Path,
                        help="another build to compare with, run in turn (tmpfs only)")
    args = parser.parse_args()
    if args.binary:
        binary = args.binary.resolve()
    else:
        rubricate_cli.build()
        binary = ROOT / ".build" / "release" / "rubricate"
    files = sorted(str(p) for p in args.essays.glob("*.txt"))
    if not files:
        sys.exit(f"no essays under {args.essays}")
    if args.memory:
        memory_mode(binary, files, [int(size) for size in args.sizes.split(",")])
        return
    command = [str(binary), "grade", str(args.essays), "--format", "text", "--format", "markdown",
               "--format", "json", "--format", "html", "--quiet", "--no-progress"]
    if args.before:
        compare_mode(command, args.before.resolve(), args.runs)
        return
    memory = pathlib.Path("/dev/shm")
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="rubricate-bench-"))
    in_memory = (pathlib.Path(tempfile.mkdtemp(prefix="rubricate-bench-", dir=memory))
                 if memory.is_dir() and os.access(memory, os.W_OK) else None)
    try:
        wc = best_of(args.runs, ["wc", "-w", *files])
        # A fresh output folder for each run: every report is created. The folders are removed
        # only at the end, as deleting thousands of files just before creating thousands more
        # can make the file system's inode allocation, not grading, the cost.
        # The floor for any program that writes these reports on this disk: the same files
        # (names and sizes), each written to a temporary name and renamed, by Python. Taken
        # just before each grading run, as the cost of creating files on a disk varies with
        # what was written in the seconds before (here from 0.5 s to 4 s for these files).
        fresh, floor = [], []
        for run in range(args.runs):
            if run > 0:
                floor.append(write_files(reports, scratch / f"floor{run}"))
            fresh += fresh_runs(command, scratch, f"run{run}-", 1)
            if run == 0:
                reports = sorted((scratch / "run0-0").iterdir())
                floor.append(write_files(reports, scratch / "floor0"))
        floor = min(floor)
        # The same grading with the reports in memory (tmpfs), where creating a file is cheap.
        memory_time = (min(fresh_runs(command, in_memory, "run", args.runs))
                       if in_memory else None)
        # Grading again into a folder that holds the reports: unchanged files are left alone.
        again = best_of(args.runs, command + ["--out", str(scratch / "run0-0")])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if in_memory:
            shutil.rmtree(in_memory, ignore_errors=True)
    grade = min(fresh)
    print(f"essays: {len(files)}  reports written: {len(reports)}  cores: {os.cpu_count()}")
    print(f"wc -w:                        {wc:8.3f} s")
    print(f"rubricate grade, fresh folder: {grade:8.3f} s  {grade / wc:6.1f}x wc -w"
          f"  ({len(files) / grade:,.0f} submissions/s)")
    print(f"  writing the same files alone: {floor:7.3f} s  {floor / wc:6.1f}x wc -w"
          "  (this disk's cost to create them, Python)")
    if memory_time is not None:
        print(f"rubricate grade, tmpfs folder: {memory_time:8.3f} s  {memory_time / wc:6.1f}x wc -w")
    print(f"rubricate grade, again:        {again:8.3f} s  {again / wc:6.1f}x wc -w"
          "  (same class, reports already there)")
    print("target: at most 40x wc -w")


def memory_mode(binary, files, sizes):
    """Peak RSS of `grade` (all four formats) on classes of each size."""
    print(f"{'essays':>8} {'peak RSS':>10} {'per essay':>10} {'seconds':>8}")
    for size in sizes:
        scratch = pathlib.Path(tempfile.mkdtemp(prefix="rubricate-memory-"))
        try:
            essays = scratch / "essays"
            essays.mkdir()
            for index in range(size):
                source = pathlib.Path(files[index % len(files)])
                copy = index // len(files)
                name = source.name if copy == 0 else f"{source.stem}-copy{copy}{source.suffix}"
                shutil.copyfile(source, essays / name)
            command = [str(binary), "grade", str(essays), "--format", "text", "--format",
                       "markdown", "--format", "json", "--format", "html", "--quiet",
                       "--no-progress", "--out", str(scratch / "reports")]
            seconds, _, usage = timed(command, f"on {size} essays")
            peak = usage.ru_maxrss / 1024  # KiB on Linux
            print(f"{size:>8,} {peak:>7,.0f} MB {peak * 1024 / size:>7,.0f} KB {seconds:>8.1f}")
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    print("target: under 500 MB for 10,000 essays")


def timed(command, context=""):
    """Wall-clock and CPU seconds (user + system) of one run of `command`, and its rusage
    from wait4 (peak memory); exits, naming `context`, if the command fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{command[0]} {command[1]} exited with {os.waitstatus_to_exitcode(status)}"
                 f" {context}".rstrip())
    return wall, usage.ru_utime + usage.ru_stime, usage


def compare_mode(command, before, runs):
    """This build and `before` grading the class into tmpfs in turn, `runs` rounds."""
    memory = pathlib.Path("/dev/shm")
    parent = pathlib.Path(tempfile.mkdtemp(prefix="rubricate-bench-",
                                           dir=memory if memory.is_dir() else None))
    builds = [("now", command), ("before", [str(before)] + command[1:])]
    times = {label: [] for label, _ in builds}
    try:
        for run in range(runs):
            for label, build in builds:
                wall, cpu, _ = timed(build + ["--out", str(parent / f"{label}{run}")])
                times[label].append((wall, cpu))
                shutil.rmtree(parent / f"{label}{run}")
    finally:
        shutil.rmtree(parent, ignore_errors=True)
    print(f"grade, four formats, into {parent.parent}, {runs} rounds in turn")
    for label, _ in builds:
        walls, cpus = zip(*times[label])
        print(f"  {label:<7} best {min(walls):6.3f} s wall {min(cpus):6.3f} s cpu")
    for index, unit in enumerate(("wall", "cpu")):
        ratios = [now[index] / then[index] for now, then in zip(times["now"], times["before"])]
        print(f"  now/before {unit:<4}: {median_ratio(ratios)}")
    print(f"before: {before}")
    print("target (issue 12): within 1.10x")


def fresh_runs(command, parent, prefix, runs):
    """Times `runs` gradings, each into a new folder under `parent`."""
    times = []
    for run in range(runs):
        start = time.perf_counter()
        subprocess.run(command + ["--out", str(parent / f"{prefix}{run}")], check=True,
                       stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def write_files(reports, folder):
    """Seconds to write files of the reports' names and sizes into a new folder, each to a
    temporary name first and then renamed, as rubricate does."""
    contents = [(path.name, path.read_bytes()) for path in reports]
    folder.mkdir()
    start = time.perf_counter()
    for name, data in contents:
        temporary = folder / f".{name}.partial"
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.rename(temporary, folder / name)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
