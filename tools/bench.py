#!/usr/bin/env python3
"""Time the build with and without the format hooks, and weigh a standard page.

    make bench            (or: .venv/bin/python tools/bench.py [--runs 5])

Both builds skip the PDFs (SITE_SKIP_PDFS=1): PDFs render in parallel, only when their page
changed. 'Without the format hooks' leaves out
easy_read_pages, large_print_pages, plain_text_files, manifest_file, guide_pdfs, moved_pages and
offline_copy. It prints the medians,
their ratio (the formats must keep it at 1.5 or less), the time per page, and the first-visit
weight of a standard page (HTML, CSS, JS and fonts, compressed as a server would send them).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMAT_HOOKS = ("easy_read_pages.py", "large_print_pages.py", "plain_text_files.py", "manifest_file.py",
                "guide_pdfs.py", "moved_pages.py", "offline_copy.py")


def config_without(hooks: tuple[str, ...], name: str) -> Path:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not any(line.strip() == f"- hooks/{h}" for h in hooks)]
    path = ROOT / f".bench-{name}-{os.getpid()}.yml"   # beside mkdocs.yml, so relative paths work
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed_build(config: Path, site: Path, skip_pdfs: bool = True) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    if skip_pdfs:
        env["SITE_SKIP_PDFS"] = "1"
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def page_weight(site: Path, address: str) -> dict[str, int]:
    html_path = site / address / "index.html"
    html = html_path.read_text(encoding="utf-8")
    sizes = {"html": len(gzip.compress(html.encode(), 6))}
    css = js = fonts = 0
    for href in re.findall(r'<link rel="stylesheet"(?: media="[^"]*")? href="([^"]+)"', html):
        f = (html_path.parent / href).resolve()
        text = f.read_text(encoding="utf-8")
        css += len(gzip.compress(text.encode(), 6))
        if f.name == "fonts.css":   # a browser fetches only the faces the page uses: regular and bold, Latin
            for woff in re.findall(r'url\("([^"]+latin-(?:400|700)-normal\.woff2)"\)', text):
                fonts += (f.parent / woff).resolve().stat().st_size
    for src in re.findall(r'<script src="([^"]+)"', html):
        js += len(gzip.compress((html_path.parent / src).resolve().read_bytes(), 6))
    sizes.update(css=css, js=js, fonts=fonts)
    sizes["total"] = sum(sizes.values())
    return sizes


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        with_cfg = config_without((), "with")
        without_cfg = config_without(FORMAT_HOOKS, "without")
        try:
            timed_build(with_cfg, tmp / "warm")     # warm the file cache and Python's bytecode
            with_times, without_times = [], []
            for _ in range(args.runs):
                without_times.append(timed_build(without_cfg, tmp / "without"))
                with_times.append(timed_build(with_cfg, tmp / "with"))
            manifest = json.loads((tmp / "with" / "manifest.json").read_text())
            pages = len(manifest["pages"])
            made = pages * 3 + len(manifest["sheets"])
        finally:
            with_cfg.unlink(missing_ok=True)
            without_cfg.unlink(missing_ok=True)
        m_with, m_without = statistics.median(with_times), statistics.median(without_times)
        weight = page_weight(tmp / "with", "principles/assets/")
    print(f"Builds: {args.runs} each, PDFs excluded")
    print(f"  without the format hooks: median {m_without:.2f} s  ({', '.join(f'{t:.2f}' for t in without_times)})")
    print(f"  with the format hooks:    median {m_with:.2f} s  ({', '.join(f'{t:.2f}' for t in with_times)})")
    print(f"  ratio: {m_with / m_without:.2f} (must be 1.5 or less)")
    print(f"  pages: {pages} (each in 4 formats; {made} HTML pages and files made by the hooks)")
    print(f"  time per page: {1000 * m_with / pages:.0f} ms with every format, {1000 * m_without / pages:.0f} ms standard only")
    print("First visit to a standard page (/principles/assets/), compressed:")
    for k in ("html", "css", "js", "fonts", "total"):
        print(f"  {k:6} {weight[k] / 1024:7.1f} KB")
    return 0 if m_with / m_without <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
