"""Shared helpers for the text-core bench scripts: find the repo, build, run `rubricate`."""
import json
import os
import subprocess

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.normpath(os.path.join(REPO, "..", "shared", "data"))
BINARY = os.path.join(REPO, ".build", "release", "rubricate")


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "rubricate"], cwd=REPO,
                   check=True, stdout=subprocess.DEVNULL)


def analyze(paths):
    """`rubricate analyze --input-format text` over paths: one JSON object per file, in sorted
    path order."""
    out = subprocess.run([BINARY, "analyze", "--input-format", "text", *paths],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]
