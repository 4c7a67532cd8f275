#!/usr/bin/env python3
"""Copy the pictures named in data/pictures.yml from OpenMoji into overrides/assets/pictures/.

Run it with `make pictures` after you add a picture to data/pictures.yml. It downloads the
OpenMoji package from the npm registry once (into build/openmoji), copies each picture the list
names as <name>.svg, and removes pictures that are no longer on the list.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
LIST = ROOT / "data" / "pictures.yml"
OUT = ROOT / "overrides" / "assets" / "pictures"
OPENMOJI_VERSION = "17.0.0"
CACHE = ROOT / "build" / "openmoji"


def openmoji_dir() -> Path:
    svg_dir = CACHE / "node_modules" / "openmoji" / "color" / "svg"
    if not svg_dir.is_dir():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(CACHE), "--no-save", "--ignore-scripts",
             "--no-audit", "--no-fund", f"openmoji@{OPENMOJI_VERSION}"],
            check=True,
        )
    return svg_dir


def main() -> int:
    pictures = yaml.safe_load(LIST.read_text(encoding="utf-8"))
    svg_dir = openmoji_dir()
    OUT.mkdir(parents=True, exist_ok=True)
    problems = []
    for name, (code, _shows) in pictures.items():
        src = svg_dir / f"{code}.svg"
        if not src.exists():
            problems.append(f"{LIST.relative_to(ROOT)}: picture '{name}': OpenMoji has no picture "
                            f"with code {code}. Check the code on openmoji.org.")
            continue
        shutil.copyfile(src, OUT / f"{name}.svg")
    for old in OUT.glob("*.svg"):
        if old.stem not in pictures:
            old.unlink()
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(pictures) - len(problems)} pictures in {OUT.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
