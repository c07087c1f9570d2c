"""What the bench scripts share: where the repository, the evaluation data and the release
binary are, building it, and reading `rubricate analyze` the way an evaluation script would."""
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
BINARY = os.path.join(REPO, ".build", "release", "rubricate")


# The release build as the README gives it. On Linux the Swift runtime and Foundation are
# linked into the binary (`--static-swift-stdlib`): it then runs without a toolchain and
# without dynamic symbol look-ups (bench/README.md, "Linking the runtime in"). Every script
# builds with these flags, so that no two scripts rebuild the same `.build/release` in turn.
RELEASE_BUILD = ["swift", "build", "-c", "release"] + (
    ["--static-swift-stdlib"] if sys.platform.startswith("linux") else [])


def build(product="rubricate", quiet=False):
    """The release build of `product` (the command-line tool unless told otherwise)."""
    subprocess.run(RELEASE_BUILD + ["--product", product], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if quiet else None)


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
