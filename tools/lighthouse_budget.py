#!/usr/bin/env python3
"""Lighthouse's mobile performance score for the home page and one page of each format, served
as a web host set up as README.md says serves them (with the compressed copies), median of 3
runs each. Part of `make bench`; run alone with `python tools/lighthouse_budget.py [--runs N]`.

Lighthouse (npm, installed by `make test-deps`) throttles as its mobile default does: a slow 4G
connection and a CPU 4 times slower than this machine's. Scores vary from run to run, so the
budget is on the median."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accessible_formats.checks.browser import chromium_path, serve  # noqa: E402

BUDGET = 95           # the least median score a page may have
PAGES = {             # one page of each format, and the home page
    "Home page": "",
    "Standard page": "principles/assets/",
    "Easy Read page": "easy-read/principles/assets/",
    "Large print page": "large-print/principles/assets/",
    "Printable sheet (form)": "sheets/action-plan/",
    "Easy Read sheet (form)": "easy-read/sheets/action-plan/",
    "Self-assessment": "tools/how-are-you-doing/self-assessment/",
    "Easy Read self-assessment": "easy-read/tools/how-are-you-doing/self-assessment/",
}
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift")


def lighthouse_bin() -> Path:
    path = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not path.exists():
        raise SystemExit("Lighthouse is not installed: run `make test-deps` (it runs npm ci).")
    return path


def run_once(url: str, out: Path) -> dict:
    subprocess.run([str(lighthouse_bin()), url, "--only-categories=performance", "--output=json",
                    f"--output-path={out}", "--quiet",
                    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"],
                   check=True, env={**os.environ, "CHROME_PATH": chromium_path()}, timeout=300)
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    return {"score": round(100 * report["categories"]["performance"]["score"]),
            **{m: audits[m]["numericValue"] for m in METRICS},
            "bytes": audits["total-byte-weight"]["numericValue"]}


def measure(site: Path, runs: int) -> dict[str, dict]:
    results = {}
    with serve(site, compressed=True) as base, tempfile.TemporaryDirectory() as tmp:
        for name, address in PAGES.items():
            found = [run_once(base + address, Path(tmp) / "report.json") for _ in range(runs)]
            median = {k: statistics.median(r[k] for r in found) for k in found[0]}
            median["scores"] = [r["score"] for r in found]
            results[name] = median
    return results


def table(results: dict[str, dict]) -> str:
    lines = ["| Page | Score (median) | Runs | First paint | Largest paint | Blocking | Layout shift | Bytes |",
             "|---|---|---|---|---|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['score']:.0f} | {', '.join(map(str, r['scores']))} | "
                     f"{r['first-contentful-paint'] / 1000:.1f} s | {r['largest-contentful-paint'] / 1000:.1f} s | "
                     f"{r['total-blocking-time']:.0f} ms | {r['cumulative-layout-shift']:.3f} | "
                     f"{r['bytes'] / 1024:.0f} KB |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    results = measure(ROOT / "site", args.runs)
    print(f"Lighthouse mobile performance, median of {args.runs} runs (budget {BUDGET}):")
    print(table(results))
    under = [name for name, r in results.items() if r["score"] < BUDGET]
    if under:
        print(f"Under the budget: {', '.join(under)}")
    return 1 if under else 0


if __name__ == "__main__":
    sys.exit(main())
