"""The site's version (from CHANGELOG.md) and the date each page last changed (from git)."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

VERSION_HEADING = re.compile(r"^## (\d+\.\d+\.\d+)\b", re.M)


def site_version(root: Path) -> str:
    changelog = root / "CHANGELOG.md"
    m = VERSION_HEADING.search(changelog.read_text(encoding="utf-8")) if changelog.exists() else None
    return m.group(1) if m else "unreleased"


def last_changed_dates(root: Path) -> dict[str, dt.date]:
    """The date of the last commit that changed each file, by path relative to root. Empty when
    git or its history is not available (for example in a copy without .git)."""
    try:
        out = subprocess.run(["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."],
                             cwd=root, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return {}
    if out.returncode != 0:
        return {}
    top = subprocess.run(["git", "rev-parse", "--show-prefix"], cwd=root, capture_output=True, text=True).stdout.strip()
    dates: dict[str, dt.date] = {}
    current = None
    for line in out.stdout.splitlines():
        if line.startswith("\x00"):
            current = dt.date.fromisoformat(line[1:].strip())
        elif line.strip() and current:
            path = line.strip()
            if top and path.startswith(top):
                path = path[len(top):]
            dates.setdefault(path, current)   # git log lists the newest commit first
    return dates


def last_changed(paths: list[Path], root: Path, dates: dict[str, dt.date]) -> dt.date:
    """The newest of the dates of these files (folders count as all their files). A file with no
    commit yet (new, or not in git) counts by its modification time."""
    best = None
    for p in paths:
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            try:
                rel = f.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                rel = None
            d = dates.get(rel) if rel else None
            if d is None and f.exists():
                d = dt.date.fromtimestamp(f.stat().st_mtime)
            if d and (best is None or d > best):
                best = d
    return best or dt.date.today()


def long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"
