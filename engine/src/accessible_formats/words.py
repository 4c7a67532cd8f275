"""The words readers see around the content, in one place: the engine's own (words/<language>.yml
in the package) for the site's language, and the project's words file over them (the plugin's
`words` option), where a site changes any word or adds its own.

    words.say("formats", "easy_read")  ->  "Easy Read"

Templates have them as `words.formats.easy_read`. A word the engine needs and nobody wrote (a
site in a language the engine has no words for, or a words file missing a phrase) is one message
that lists what is missing and where to add it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel import UnknownLocaleError

from . import own_files
from .errors import Collector, ContentError, where
from .history import date_locale, long_date
from .schema import ENGINE_ONLY, Schemas
from .source_files import read_yaml

REFERENCE = "en-GB"          # the language every word of the engine is written in first


class Words(dict):
    def __init__(self, *args, file: Path | None = None, language: str = REFERENCE, **kwargs):
        super().__init__(*args, **kwargs)
        self.file = file
        self.language = language

    def say(self, group: str, name: str) -> str:
        try:
            return self[group][name]
        except KeyError:
            shown = where(self.file) if self.file else "the words file"  # not for readers: a build message
            raise ContentError(self.file or "words.yml", f"the words '{group}: {name}' are missing",
                               f"add '{name}:' under '{group}:' in {shown}.") from None

    def site_note(self, checked: dt.date) -> str:
        """The heading of a site note with its date: "This site's note (...), checked 7 December 2026"."""
        checked_on = self.say("notes", "checked").replace("{date}", long_date(checked, self.language))
        return f"{self.say('notes', 'site_note')}, {checked_on}"


def engine_file(language: str) -> Path | None:
    """The engine's words in a language: that language's file, or else one of the same language
    in another region ('en' and 'en-US' take 'en-GB'), or None when the engine has none."""
    exact = own_files.WORDS / f"{language}.yml"
    if exact.is_file():
        return exact
    base = language.split("-", maxsplit=1)[0].lower()
    return next((p for p in sorted(own_files.WORDS.glob("*.yml")) if p.stem.split("-")[0].lower() == base), None)


def _read(path: Path, errors: Collector, schemas: Schemas) -> dict[str, dict] | None:
    try:
        raw = read_yaml(path)
    except ContentError as exc:
        errors.extend([exc])
        return None
    if raw is None:
        return {}
    if not schemas.check("words", raw, path, errors):
        return None
    return {str(group): dict(values) for group, values in raw.items()}


def load(path: Path, errors: Collector, schema_folders: tuple[Path, ...] = ENGINE_ONLY,
         language: str = REFERENCE, config_file: Path = Path("mkdocs.yml")) -> Words:
    """The words of a site in `language`: the engine's, then the project's file at `path` (if any)
    over them. A language that is not a language code Babel knows is one message, on `config_file`."""
    try:
        date_locale(language)
    except (UnknownLocaleError, ValueError):
        errors.add(config_file, f"the site's language is '{language}', which is not a language code the engine knows",
                   "write a language code under theme: in mkdocs.yml, like language: en-GB or language: cy "
                   "(the codes of the Unicode CLDR, which Babel uses for dates).")
        language = REFERENCE
    schemas = Schemas({}, schema_folders)
    merged: dict[str, dict] = {}
    ours = engine_file(language)
    for source in [ours, path if path.exists() else None]:
        read = _read(source, errors, schemas) if source is not None else {}
        for group, values in (read or {}).items():
            merged.setdefault(group, {}).update(values)
    reference = _read(own_files.WORDS / f"{REFERENCE}.yml", errors, schemas) or {}
    missing = [f"{group}: {name}" for group, values in reference.items() for name in values
               if name not in merged.get(group, {})]
    if missing:
        # not for readers: a build message
        shown = ", ".join(missing[:6]) + (f" and {len(missing) - 6} more" if len(missing) > 6 else "")
        errors.add(path, f"the site's language is {language}, and {len(missing)} of the words the engine "
                         f"puts in front of readers are not written in it ({shown})",
                   f"write them in {where(path)}, under the same groups and names: the engine's words in "
                   f"British English ({where(own_files.WORDS / (REFERENCE + '.yml'))}) are the list to translate.")
    return Words(merged, file=path, language=language)
