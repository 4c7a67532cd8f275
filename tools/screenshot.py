#!/usr/bin/env python3
"""Take screenshots of built pages, to look at them as a reader would.

    .venv/bin/python tools/screenshot.py [--site site] [--width 1280] [--full] PATH [PATH ...]

PATH is an address in the site, like `easy-read/principles/assets/`. Screenshots go to
build/screenshots/. A PATH ending in .pdf is printed to PNG pages with pdftoppm instead.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from accessible_formats.checks.browser import browser, serve  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default=str(ROOT / "site"))
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--full", action="store_true", help="the whole page, not just the first screen")
    ap.add_argument("--print", action="store_true", help="print the page to PDF as a browser would, then to PNGs")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    out = ROOT / "build" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    site = Path(args.site)
    web = [p for p in args.paths if not p.endswith(".pdf")]
    for p in args.paths:
        if p.endswith(".pdf"):
            stem = out / p.replace("/", "_")[:-4]
            subprocess.run(["pdftoppm", "-png", "-r", "60", str(site / p), str(stem)], check=True)
            print(f"{stem}-*.png")
    if web:
        with serve(site) as base, browser() as b:
            page = b.new_page(viewport={"width": args.width, "height": args.height})
            for p in web:
                page.goto(base + p.lstrip("/"))
                name = (p.strip("/").replace("/", "_") or "home") + f"-{args.width}"
                if args.print:
                    page.emulate_media(media="print")
                    pdf = out / f"{name}-print.pdf"
                    page.pdf(path=str(pdf), format="A4", print_background=True)
                    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / f"{name}-print")], check=True)
                    print(f"{out / name}-print-*.png")
                    page.emulate_media(media="screen")
                else:
                    shot = out / f"{name}.png"
                    page.screenshot(path=str(shot), full_page=args.full)
                    print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main())
