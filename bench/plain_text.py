#!/usr/bin/env python3
"""Plain text as people save it, in one run (issue 14): sentence boundaries beside pySBD on the
same cases, claim / evidence F1 on the argument essays given as their files are, and reference
field accuracy per source.

Usage: python3 bench/plain_text.py [--no-build]

1. Sentences: bench/sbd.py (rubricate's exact-match share on ../shared/data/sbd/pysbd-dev.jsonl
   through `rubricate analyze`, pySBD's on the same cases).
2. Claims and evidence: bench/train_claims.py --no-write, which reads every essay file exactly
   as it is (one paragraph a line, the title line first; nothing added) and prints 5-fold
   cross-validated held-out P/R/F1 split by essay, for the files as they are and for the same
   essays with no line breaks. Never a training fit.
3. Reference fields: bench/references_styles.py (family name, year and title per source:
   AnyStyle's strings as the regression check, the style development set per style, and its
   held-out part).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    sbd = [sys.executable, os.path.join(HERE, "sbd.py")]
    if "--no-build" in sys.argv:
        sbd.append("--no-build")
    print("== sentence boundaries (pySBD dev cases) ==", flush=True)
    subprocess.run(sbd, check=True)
    print("== claims and evidence (argument essays as their files are, held-out) ==", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "train_claims.py"), "--no-write"],
                   check=True)
    # sbd.py has built the release binary (unless told not to): no second build here.
    print("== reference fields (per source) ==", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "references_styles.py"), "--no-build"],
                   check=True)


if __name__ == "__main__":
    main()
