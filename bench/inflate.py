#!/usr/bin/env python3
"""DEFLATE decoding speed: rubricate's own decoder against Python's zlib, in the same run.

The 2,000 PERSUADE essays (../shared/data/essays-unlabelled) are joined into one text (about
7 MB, the size of a long Word document's XML many times over) and compressed once with zlib
(level 6, raw DEFLATE, as Word and LibreOffice write their parts). Both sides then decode the
same stream and compute its CRC-32, as a ZIP reader must: Python with `zlib.decompress` and
`zlib.crc32` (C), rubricate through its ZIP reader in the release build of the `FuzzArchive`
replay driver (`--inflate-bench`). Best of several runs each; the ratio is what to watch.
"""
import glob
import os
import subprocess
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rubricate_cli  # noqa: E402
from rubricate_cli import DATA, REPO  # noqa: E402

REPEATS = 7


def main():
    rubricate_cli.build("FuzzArchive")
    paths = sorted(glob.glob(os.path.join(DATA, "essays-unlabelled", "essays", "*.txt")))
    text = b"\n\n".join(open(path, "rb").read() for path in paths)
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    stream = compressor.compress(text) + compressor.flush()
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        out = zlib.decompress(stream, -15)
        zlib.crc32(out)
        best = min(best, time.perf_counter() - start)
    assert out == text
    with tempfile.NamedTemporaryFile(suffix=".deflate") as handle:
        handle.write(stream)
        handle.flush()
        binary = os.path.join(REPO, ".build", "release", "FuzzArchive")
        result = subprocess.run([binary, "--inflate-bench", str(REPEATS), str(len(text)),
                                 handle.name], check=True, capture_output=True, text=True)
    ours = float(result.stdout.strip())
    megabytes = len(text) / 1e6
    print(f"input: {len(paths)} essays, {megabytes:.1f} MB, compressed to "
          f"{len(stream) / 1e6:.1f} MB (level 6)")
    print(f"zlib (C):  {best * 1000:7.1f} ms  {megabytes / best:7.1f} MB/s")
    print(f"rubricate: {ours * 1000:7.1f} ms  {megabytes / ours:7.1f} MB/s")
    print(f"rubricate / zlib time: {ours / best:.2f}x")


if __name__ == "__main__":
    main()
