#!/usr/bin/env python3
"""Time the build and say where the time goes: every figure of the README's speed table.

    make bench            (or: .venv/bin/python tools/bench.py [--runs 3] [--no-cold] [--no-lighthouse])

1. The build with and without the formats (PDFs left out, SITE_SKIP_PDFS=1), median of --runs
   builds each: their ratio (the formats must keep it at 1.5 or less) and the time per page. The
   build without them turns off, with the plugin's own options, every format but the standard
   pages (Easy Read, large print, plain text, audio, PDFs, the offline copy, the compressed
   copies) and leaves out the site's hook that makes the self-assessment; the standard form of each
   printable sheet and the manifest are still made.
2. A cold build with every PDF (an empty PDF cache, as on a fresh clone with its packages
   installed), and the PDF rendering time split by kind: the whole-guide PDFs, the large-print
   page PDFs, the sheets and the sheet packs (CPU seconds, from accessible_formats/pdf_render.py).
3. The audio made cold: every Easy Read point read aloud from an empty audio cache, on every core
   (accessible_formats/speech.py), apart from the cold build (audio has a budget of its own).
4. Lighthouse's mobile performance score of the home page and one page of each format, as a
   host serving the compressed copies sends them (tools/lighthouse_budget.py), median of --runs.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from accessible_formats import site_data, speech

ROOT = Path(__file__).resolve().parent.parent
# The build without the formats: the plugin with every format and whole-site file turned off (its
# options), and the site's own hook that makes the self-assessment in its three forms. What is left
# is the standard pages, the standard form of each printable sheet and the manifest.
FORMATS_OFF = ("      formats: []\n      pdfs: false\n      audio: false\n"
               "      offline_copy: false\n      compressed_copies: false\n")
FORMAT_HOOKS = ("self_assessment_pages.py",)
COLD_BUILD_BUDGET = 60        # seconds, on 2 cores (issue 12)
COLD_AUDIO_BUDGET = 180       # seconds, on 2 cores (issue 17)
# The search index as a reader's browser downloads it (brotli), when they start to search: 230 KB
# measured with the sheets, the self-assessment and the expansions in it (issue 32).
SEARCH_INDEX_BUDGET_KB = 260


def config_without_formats(name: str) -> Path:
    """mkdocs.yml with the formats turned off (see FORMATS_OFF)."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    # after the plugin's own options (a later key wins in YAML), so that its files are still found
    text = re.sub(r"(  - accessible-formats:\n(      .*\n)*)", lambda m: m.group(1) + FORMATS_OFF, text, count=1)
    lines = [line for line in text.splitlines() if not any(line.strip() == f"- hooks/{h}" for h in FORMAT_HOOKS)]
    return _config(lines, name)


def config_with_formats(name: str) -> Path:
    return _config((ROOT / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), name)


def _config(lines: list[str], name: str) -> Path:
    path = ROOT / f".bench-{name}-{os.getpid()}.yml"   # beside mkdocs.yml, so relative paths work
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed_build(config: Path, site: Path, env: dict | None = None) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", **(env or {}))
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def pdf_kind(label: str) -> str:
    if label.startswith("downloads/"):
        return "whole-guide PDFs"
    if "/all-sheets" in label:
        return "sheet packs"
    if label.startswith("sheets/"):
        return "sheets (3 forms each)"
    return "large-print page PDFs"


def formats_ratio(tmp: Path, runs: int) -> dict:
    with_cfg = config_with_formats("with")
    without_cfg = config_without_formats("without")
    skip = {"SITE_SKIP_PDFS": "1"}
    try:
        timed_build(with_cfg, tmp / "warm", skip)     # warm the file cache and Python's bytecode
        with_times, without_times = [], []
        for _ in range(runs):
            without_times.append(timed_build(without_cfg, tmp / "without", skip))
            with_times.append(timed_build(with_cfg, tmp / "with", skip))
    finally:
        with_cfg.unlink(missing_ok=True)
        without_cfg.unlink(missing_ok=True)
    manifest = json.loads((tmp / "with" / "manifest.json").read_text())
    return {"with": with_times, "without": without_times, "pages": len(manifest["pages"]),
            "sheets": len(manifest["sheets"])}


def cold_build(tmp: Path) -> dict:
    times_file = tmp / "pdf-times.json"
    env = {"SITE_PDF_CACHE": str(tmp / "empty-pdf-cache"), "SITE_PDF_TIMES": str(times_file),
           "SITE_SKIP_AUDIO": "1"}
    seconds = timed_build(ROOT / "mkdocs.yml", tmp / "cold", env)
    times = json.loads(times_file.read_text())
    split: dict[str, list[float]] = {}
    for label, cpu in times.items():
        split.setdefault(pdf_kind(label), []).append(cpu)
    return {"seconds": seconds, "pdfs": len(times), "split": split, "longest": max(times.items(), key=lambda kv: kv[1])}


def cold_audio(tmp: Path) -> dict:
    """Every point and part of the built site (site/manifest.json: pages, sheets, the self-assessment)
    read aloud again into an empty cache."""
    manifest = json.loads((ROOT / "site" / "manifest.json").read_text(encoding="utf-8"))
    every = [a for kind in ("pages", "sheets") for page in manifest[kind] for a in page.get("audio", [])]
    every += [a for tool in manifest.get("tools", []) for a in tool.get("audio", [])]
    clips = [speech.Clip(address=a["address"], sentences=a["says"], source=Path(a["source"]), line=0) for a in every]
    data = site_data.load_for(ROOT / "mkdocs.yml")
    start = time.perf_counter()
    made, _cached = speech.make_all(clips, tmp / "audio-site", data.pronunciations if data else {}, None,
                                    tmp / "empty-audio-cache")
    seconds = time.perf_counter() - start
    files = list((tmp / "empty-audio-cache").rglob("*.mp3"))
    return {"seconds": seconds, "points": len(clips), "made": made,
            "megabytes": sum(f.stat().st_size for f in files) / 1e6}


def search_index_kb(site: Path) -> float:
    """The size of the built site's search index as the server sends it (its brotli copy)."""
    return (site / "search" / "search_index.json.br").stat().st_size / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-cold", action="store_true", help="leave out the cold build with every PDF")
    ap.add_argument("--no-lighthouse", action="store_true", help="leave out the Lighthouse scores")
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        r = formats_ratio(tmp, args.runs)
        m_with, m_without = statistics.median(r["with"]), statistics.median(r["without"])
        ratio = m_with / m_without
        ok &= ratio <= 1.5
        print(f"Builds without PDFs, {args.runs} each ({r['pages']} pages, {r['sheets']} sheets):")
        print(f"  without the format hooks: median {m_without:.2f} s  ({', '.join(f'{t:.2f}' for t in r['without'])})")
        print(f"  with the format hooks:    median {m_with:.2f} s  ({', '.join(f'{t:.2f}' for t in r['with'])})")
        print(f"  ratio: {ratio:.2f} (must be 1.5 or less)")
        print(f"  time per page, every format: {1000 * m_with / r['pages']:.0f} ms")
        if not args.no_cold:
            c = cold_build(tmp)
            ok &= c["seconds"] <= COLD_BUILD_BUDGET
            total = sum(sum(v) for v in c["split"].values())
            print(f"Cold build with every PDF (empty PDF cache), {os.cpu_count()} cores: {c['seconds']:.1f} s "
                  f"(budget {COLD_BUILD_BUDGET} s)")
            print(f"  {c['pdfs']} PDFs, {total:.0f} s of CPU to render:")
            for kind, cpus in sorted(c["split"].items(), key=lambda kv: -sum(kv[1])):
                print(f"    {kind:24} {len(cpus):4} PDFs  {sum(cpus):6.1f} s  ({100 * sum(cpus) / total:.0f}%)")
            print(f"  the longest: {c['longest'][0]}, {c['longest'][1]:.1f} s")
            a = cold_audio(tmp)
            ok &= a["seconds"] <= COLD_AUDIO_BUDGET
            print(f"Audio made cold (empty audio cache), {os.cpu_count()} cores: {a['seconds']:.1f} s "
                  f"(budget {COLD_AUDIO_BUDGET} s): {a['points']} points and parts, {a['made']} different files, "
                  f"{a['megabytes']:.1f} MB")
    index = search_index_kb(ROOT / "site")
    ok &= index <= SEARCH_INDEX_BUDGET_KB
    print(f"Search index, compressed (brotli) as a browser downloads it: {index:.0f} KB (budget {SEARCH_INDEX_BUDGET_KB} KB)")
    if not args.no_lighthouse:
        import lighthouse_budget  # noqa: PLC0415 (a tool beside this one, loaded only when Lighthouse runs)
        results = lighthouse_budget.measure(ROOT / "site", args.runs)
        print(f"Lighthouse mobile performance of the built site (site/), served compressed, median of {args.runs} runs "
              f"(budget {lighthouse_budget.BUDGET}):")
        print(lighthouse_budget.table(results))
        ok &= all(r["score"] >= lighthouse_budget.BUDGET for r in results.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
