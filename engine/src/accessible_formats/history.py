"""Dates: when each page changed (from git), when it is next due for review, which published
versions changed it, and the build's own date (from the commit)."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
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


def change_dates(root: Path) -> dict[str, list[dt.date]]:
    """The dates of every commit that changed each file, newest first, by path relative to root.
    Empty when git or its history is not available (for example in a copy without .git)."""
    try:
        out = subprocess.run(["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."],
                             cwd=root, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return {}
    if out.returncode != 0:
        return {}
    top = subprocess.run(["git", "rev-parse", "--show-prefix"], cwd=root, capture_output=True, text=True).stdout.strip()
    dates: dict[str, list[dt.date]] = {}
    current = None
    for line in out.stdout.splitlines():
        if line.startswith("\x00"):
            current = dt.date.fromisoformat(line[1:].strip())
        elif line.strip() and current:
            path = line.strip()
            if top and path.startswith(top):
                path = path[len(top):]
            dates.setdefault(path, []).append(current)   # git log lists the newest commit first
    return dates


def dates_of(paths: list[Path], root: Path, dates: dict[str, list[dt.date]]) -> list[dt.date]:
    """Every date on which any of these files changed, newest first (a folder: any file in it).
    A file with no commit yet (new, or not in git) counts as changed on the build's date."""
    found: set[dt.date] = set()
    files = [f for p in paths for f in (sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])]
    for p in files:
        try:
            rel = p.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:             # outside the project: no history
            rel = ""
        found.update(dates.get(rel) or [build_date()])
    return sorted(found, reverse=True)


def add_months(d: dt.date, months: int) -> dt.date:
    """The same day `months` later (the last day of the month when that month is shorter)."""
    year, month = divmod(d.month - 1 + months, 12)
    year += d.year
    return dt.date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def summary(notes: str) -> str:
    """The first line of a version's notes in CHANGELOG.md: what it changed, in one line (its
    first paragraph, or the first item of a list)."""
    lines = notes.strip().split("\n\n")[0].split("\n")
    if lines[0].startswith(("- ", "* ")):
        rest = []
        for line in lines[1:]:
            if not line.startswith("  "):
                break
            rest.append(line)
        lines = [lines[0][2:]] + rest
    return " ".join(line.strip() for line in lines)


def versions_that_changed(dates: list[dt.date], releases: list) -> list[dict]:
    """The published versions in which a page changed, newest first: each change belongs to the
    first version published on or after its date. Changes after the newest version are left
    out: they are not published yet. `releases` are CHANGELOG.md's, newest first (as it checks)."""
    hit = {next((r.version for r in reversed(releases) if r.date >= d), None) for d in dates}
    return [{"version": r.version, "date": r.date, "summary": summary(r.notes)} for r in releases if r.version in hit]


def long_date(d: dt.date, language: str = "en-GB") -> str:
    """A date as readers of `language` write it in full, from the Unicode CLDR by Babel, never
    from the machine's locale: "7 December 2026" in en-GB, "December 7, 2026" in en-US, "7 Rhagfyr
    2026" in cy."""
    from babel.dates import format_date  # noqa: PLC0415 (Babel's date data: loaded when a date is written)
    return format_date(d, format="long", locale=date_locale(language))


@functools.cache
def date_locale(language: str) -> str:
    """The Babel locale for a site's language (en-GB: en_GB), or for its language without the
    region where Babel has no data for the region (a test language like en-XA: en). A language
    Babel does not know at all raises babel.UnknownLocaleError (words.load says so first)."""
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415
    try:
        return str(Locale.parse(language, sep="-"))
    except (UnknownLocaleError, ValueError):
        return str(Locale.parse(language.split("-", maxsplit=1)[0]))
