"""Dates: the date each page last changed (from git), and the build's own date (from the commit)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path


def build_date() -> dt.date:
    """The date this build stands for: SOURCE_DATE_EPOCH (set from the commit by page_model), so
    that two builds of one commit are the same, whatever day they run."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date() if epoch else dt.date.today()


def commit_epoch(root: Path) -> int | None:
    """The time of the last commit, in seconds since 1970, or None without git."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return int(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip().isdigit() else None


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
    commit yet (new, or not in git) counts as changed on the build's date."""
    best = None
    for p in paths:
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            try:
                rel = f.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                rel = None
            d = dates.get(rel) if rel else None
            if d is None:
                d = build_date()
            if d and (best is None or d > best):
                best = d
    return best or build_date()


def long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%B %Y')}"
