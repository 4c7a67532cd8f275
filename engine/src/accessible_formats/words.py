"""The words readers see around the content (data/words.yml), in one place.

    words.say("formats", "easy_read")  ->  "Easy Read"

Templates have them as `words.formats.easy_read`. A missing word is a programming error (a key
used in the code but not in the file), reported with the key.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import ROOT, Collector, ContentError
from .history import long_date
from .schema import Schemas
from .source_files import read_yaml

FILE = ROOT / "data" / "words.yml"


class Words(dict):
    def say(self, group: str, name: str) -> str:
        try:
            return self[group][name]
        except KeyError:
            raise ContentError(FILE, f"the words '{group}: {name}' are missing",
                               f"add '{name}:' under '{group}:' in data/words.yml.") from None

    def site_note(self, checked: dt.date) -> str:
        """The heading of a site note with its date: "This site's note (...), checked 7 December 2026"."""
        return f"{self.say('notes', 'site_note')}, {self.say('notes', 'checked').replace('{date}', long_date(checked))}"


def load(path: Path, errors: Collector) -> Words:
    try:
        raw = read_yaml(path)
    except ContentError as exc:
        errors.extend([exc])
        return Words()
    if raw is None or not Schemas({}).check("words", raw, path, errors):
        return Words()
    return Words({group: dict(values) for group, values in raw.items()})
