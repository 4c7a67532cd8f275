"""CHANGELOG.md: every published version of the site, newest first.

Each version is a heading '## 1.1.0 (2026-12-04)' followed by what changed, in plain words. The
newest version is the site's version (footer, "Cite this page", PDFs)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import Collector, ContentError
from .source_files import read_text

HEADING = re.compile(r"^## (?P<rest>.*)$")
VERSION = re.compile(r"^(?P<version>\d+\.\d+\.\d+) \((?P<date>\d{4}-\d{2}-\d{2})\)\s*$")
EXAMPLE = "## 1.1.0 (2026-12-04)"


@dataclass
class Release:
    version: str
    date: dt.date
    notes: str          # Markdown: what changed
    line: int

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(int(n) for n in self.version.split("."))


def load(path: Path, errors: Collector) -> list[Release]:
    if not path.exists():
        return []
    try:
        text = read_text(path)
    except ContentError as exc:
        errors.extend([exc])
        return []
    releases: list[Release] = []
    current = None
    body: list[str] = []
    for n, line in enumerate(text.split("\n"), 1):
        m = HEADING.match(line)
        if not m:
            if current is not None:
                body.append(line)
            continue
        if current is not None:
            current.notes = "\n".join(body).strip()
        body = []
        v = VERSION.match(m.group("rest").strip())
        if not v:
            errors.add(path, f"the heading '{line.strip()}' is not a version heading",
                       f"write the version number and the date, like: {EXAMPLE}", n)
            current = None
            continue
        try:
            date = dt.date.fromisoformat(v.group("date"))
        except ValueError:
            errors.add(path, f"'{v.group('date')}' is not a real date", f"write the date as year-month-day, like: {EXAMPLE}", n)
            current = None
            continue
        current = Release(v.group("version"), date, "", n)
        releases.append(current)
    if current is not None:
        current.notes = "\n".join(body).strip()
    for newer, older in zip(releases, releases[1:], strict=False):
        if not (newer.key > older.key and newer.date >= older.date):
            errors.add(path, f"version {newer.version} is not newer than {older.version} below it",
                       "put the newest version first, with a higher number and the same or a later date.", newer.line)
    for r in releases:
        if not r.notes:
            errors.add(path, f"version {r.version} does not say what changed",
                       "write a line or a short list under the heading.", r.line)
    return releases
