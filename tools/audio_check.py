#!/usr/bin/env python3
"""Transcribe every Easy Read audio file and compare it with its words (make audio-check).

    make audio-check

`make test` transcribes a fixed sample, a point from every page; this transcribes all of them,
on every core, and prints the site-wide word error rate, the worst points, and the words the
recogniser does not know (left out of the count: see checks/audio.py). Record the figures in
README.md ("Audio") with the date when you change the engine, the voice or the encoder. It takes
about half as long as the audio lasts on 2 cores.
"""
from __future__ import annotations

import collections
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accessible_formats.checks import audio  # noqa: E402

SITE = ROOT / "site"


def _hear(point: dict):
    return audio.hear(SITE, point["address"], point["sentences"]), point["source"]


def main() -> int:
    manifest = audio.load_manifest(SITE)
    points = audio.points(manifest)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(_hear, points, chunksize=8))
    errors = sum(h.errors for h, _src in results)
    words = sum(h.words for h, _src in results)
    seconds = sum(h.seconds for h, _src in results)
    unknown = collections.Counter(w for h, _src in results for w in audio.out_of_vocabulary(h.expected))
    over = [r for r in results if r[0].wer > audio.MOST_POINT_WER]
    print(f"Audio: {len(results)} files, {seconds / 3600:.2f} hours, transcribed in {time.perf_counter() - start:.0f} s")
    print(f"Word error rate, every file: {errors / words:.3f} ({errors} errors in {words} words counted; "
          f"the sample gate in make test is {audio.MOST_WER})")
    print(f"Points above the gate for one point ({audio.MOST_POINT_WER}): {len(over)}")
    print("Worst 10:")
    for h, source in sorted(results, key=lambda r: -r[0].wer)[:10]:
        print(f"  {h.wer:.2f}  /{h.address}  ({source})\n        said:  {h.expected}\n        heard: {h.heard}")
    print(f"Words the recogniser does not know, left out of the count ({len(unknown)}): "
          + ", ".join(f"{w} ({n})" for w, n in unknown.most_common(40)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
