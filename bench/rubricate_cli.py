"""What the bench scripts share: where the repository, the evaluation data and the release
binary are, building it, and reading `rubricate analyze` the way an evaluation script would."""
import json
import os
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
BINARY = os.path.join(REPO, ".build", "release", "rubricate")


def build():
    """`swift build -c release` of the command-line tool."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "rubricate"], cwd=REPO,
                   check=True, stdout=subprocess.DEVNULL)


def analyze(paths):
    """`rubricate analyze --input-format text` over paths: one JSON object per file, in sorted
    path order."""
    out = subprocess.run([BINARY, "analyze", "--input-format", "text", *paths],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def median_ratio(ratios):
    """Per-round ratios of two builds run in turn, as the speed scripts print them: the median,
    the number of rounds and the range."""
    ordered = sorted(ratios)
    return "median %.2fx of %d rounds (%.2f-%.2f)" % (
        ordered[len(ordered) // 2], len(ordered), ordered[0], ordered[-1])
