"""What `grade --previous` adds to grading a class: pairing finals with drafts and diffing them.

The finals are 300 PERSUADE essays copied as they are (the files a teacher would get). Each
draft is written from its final the way revisions go: one paragraph moved, one sentence
dropped, one reworded, a closing paragraph added in the final only. The drafts are graded once
(`grade --format json`) so their `results.jsonl` can be the PREVIOUS; then the finals are graded
with and without `--previous` in the same run, best of five, and the difference is the cost of
pairing and diffing. Also: one long text (all 300 essays in one file, about 120,000 words)
diffed against a shuffled revision of itself, to show the sentence alignment stays near-linear.

    python3 bench/revision.py
"""
import os
import random
import shutil
import subprocess
import tempfile
import time

from rubricate_cli import BINARY, DATA, build

ESSAYS = os.path.join(DATA, "essays-unlabelled", "essays")


def draft_of(text, rng):
    """An earlier version: drop the last paragraph, swap two paragraphs, drop one sentence and
    reword another (text outside those edits is byte-identical)."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) >= 3:
        paragraphs = paragraphs[:-1]
        i = rng.randrange(len(paragraphs) - 1)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    body = "\n\n".join(paragraphs)
    sentences = body.split(". ")
    if len(sentences) > 4:
        del sentences[rng.randrange(1, len(sentences) - 1)]
        j = rng.randrange(1, len(sentences) - 1)
        sentences[j] = sentences[j].replace(" the ", " a ", 1) + " in my opinion"
    return ". ".join(sentences) + "\n"


def timed(args, repeat=5):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    build()
    rng = random.Random(5)
    names = sorted(os.listdir(ESSAYS))[:300]
    work = tempfile.mkdtemp(prefix="rubricate-revision-")
    try:
        finals = os.path.join(work, "finals")
        drafts = os.path.join(work, "drafts")
        os.makedirs(finals)
        os.makedirs(drafts)
        for name in names:
            source = os.path.join(ESSAYS, name)
            shutil.copyfile(source, os.path.join(finals, name))
            with open(source, encoding="utf-8") as f:
                text = f.read()
            stem, ext = os.path.splitext(name)
            with open(os.path.join(drafts, stem + "-draft" + ext), "w", encoding="utf-8") as f:
                f.write(draft_of(text, rng))
        previous = os.path.join(work, "previous")
        subprocess.run([BINARY, "grade", drafts, "--out", previous, "--format", "json",
                        "--quiet", "--no-progress"], check=True)
        out = os.path.join(work, "out")
        common = ["--input-format", "text", "--format", "json", "--quiet", "--no-progress",
                  "--out", out]
        plain = timed([BINARY, "grade", finals] + common)
        with_previous = timed([BINARY, "grade", finals, "--previous",
                               os.path.join(previous, "results.jsonl")] + common)
        summary = subprocess.run([BINARY, "grade", finals, "--previous",
                                  os.path.join(previous, "results.jsonl"), "--input-format",
                                  "text", "--format", "json", "--no-progress", "--out", out],
                                 check=True, capture_output=True, text=True).stdout
        paired = [l for l in summary.splitlines() if l.startswith("Compared with drafts")]
        print(f"300 essays: grade {plain:.3f} s; with --previous (results.jsonl) "
              f"{with_previous:.3f} s; pairing and diffing add {with_previous - plain:+.3f} s "
              f"({paired[0] if paired else 'no summary'})")

        # One long text against a reordered revision of itself.
        texts = []
        for name in names:
            with open(os.path.join(ESSAYS, name), encoding="utf-8") as f:
                texts.append(f.read().strip())
        long_old = os.path.join(work, "long-draft.txt")
        long_new = os.path.join(work, "long.txt")
        with open(long_old, "w", encoding="utf-8") as f:
            f.write("\n\n".join(texts) + "\n")
        shuffled = texts[:]
        rng.shuffle(shuffled)
        with open(long_new, "w", encoding="utf-8") as f:
            f.write("\n\n".join(draft_of(t, rng).strip() for t in shuffled) + "\n")
        words = sum(len(t.split()) for t in texts)
        for label, old in (("same text", long_new), ("reordered and edited", long_old)):
            seconds = timed([BINARY, "diff", old, long_new, "--input-format", "text",
                             "--format", "json"], repeat=3)
            print(f"diff of one {words:,}-word text ({label}): {seconds:.3f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
