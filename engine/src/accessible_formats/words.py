"""The words readers see around the content (data/words.yml), in one place.

    words.say("formats", "easy_read")  ->  "Easy Read"

Templates have them as `words.formats.easy_read`. A missing word is a programming error (a key
used in the code but not in the file), reported with the key.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .errors import Collector, ContentError, where
from .history import long_date
from .schema import ENGINE_ONLY, Schemas
from .source_files import read_yaml


class Words(dict):
    def __init__(self, *args, file: Path | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.file = file

    def say(self, group: str, name: str) -> str:
        try:
            return self[group][name]
        except KeyError:
            shown = where(self.file) if self.file else "the words file"
            raise ContentError(self.file or "words.yml", f"the words '{group}: {name}' are missing",
                               f"add '{name}:' under '{group}:' in {shown}.") from None

    def site_note(self, checked: dt.date) -> str:
        """The heading of a site note with its date: "This site's note (...), checked 7 December 2026"."""
        return f"{self.say('notes', 'site_note')}, {self.say('notes', 'checked').replace('{date}', long_date(checked))}"


def load(path: Path, errors: Collector, schema_folders: tuple[Path, ...] = ENGINE_ONLY) -> Words:
    try:
        raw = read_yaml(path)
    except ContentError as exc:
        errors.extend([exc])
        return Words(file=path)
    if raw is None or not Schemas({}, schema_folders).check("words", raw, path, errors):
        return Words(file=path)
    return Words({group: dict(values) for group, values in raw.items()}, file=path)
