"""The lists in data/: taxonomy, sources, pictures, the glossary and the pronunciation list,
loaded and checked once, against their schemas (schemas/*.schema.json)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import own_files
from .errors import Collector, ContentError, where
from .phonemes import unknown_phonemes
from .project_files import ProjectFiles, of_config_file
from .schema import Schemas
from .source_files import read_yaml, split_front_matter  # noqa: F401  (split_front_matter: for tools)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Picture:
    name: str
    code: str
    shows: str

    @property
    def site_path(self) -> str:
        return f"assets/pictures/{self.name}.svg"


@dataclass
class SiteNote:
    """A fact from outside the five sources, as this site's own note, with the date it was checked
    (a glossary entry's or a sheet question's site_note)."""
    text: str
    checked: dt.date
    easy_read: str = ""       # a sheet's note, in Easy Read words


def site_note(raw) -> SiteNote | None:
    """The site_note of a glossary entry or sheet question, checked by its schema already."""
    if not raw:
        return None
    return SiteNote(text=" ".join(str(raw["text"]).split()), checked=dt.date.fromisoformat(str(raw["checked"])),
                    easy_read=" ".join(str(raw.get("easy_read") or "").split()))


@dataclass
class Term:
    term: str
    id: str
    means: str
    easy_read: str
    picture: str
    forms: list[str]          # every form matched in text, longest first
    stands_for: str = ""
    line: int = 0
    site_note: SiteNote | None = None


@dataclass
class SiteData:
    taxonomy: dict
    sources: dict
    pictures: dict[str, Picture]
    schemas: Schemas
    pictures_dir: Path | None = None                               # where the pictures' files are
    glossary: list[Term] = field(default_factory=list)
    pronunciations: dict[str, str] = field(default_factory=dict)   # word -> how the audio says it
    search_words: dict[str, list[str]] = field(default_factory=dict)   # what people type -> the site's words

    def label(self, group: str, value: str) -> str:
        return self.taxonomy[group][value]


def _read(path: Path, errors: Collector, empty):
    try:
        value = read_yaml(path)
    except ContentError as exc:
        errors.extend([exc])
        return None
    return empty if value is None else value


def _engine_pictures() -> dict[str, str]:
    """The pictures the engine's own pages use (own_files.PICTURES): name -> what it shows."""
    raw = read_yaml(own_files.PICTURES) or {}
    return {str(name): str(entry[1] if isinstance(entry, list) else entry) for name, entry in raw.items()}


def load(files: ProjectFiles, errors: Collector | None = None) -> SiteData | None:
    """Read and check the project's lists: its taxonomy and sources (each optional, in its data
    folder), its pictures, glossary and pronunciations. With `errors`, problems are added there and
    None is returned when the lists cannot be used; without, they are raised at once."""
    own = errors is None
    errors = errors if errors is not None else Collector()
    before = len(errors)
    folders = files.schema_folders
    plain = Schemas({}, folders)
    lists_read = {}
    for name, path in (("taxonomy", files.data / "taxonomy.yml"), ("sources", files.data / "sources.yml"),
                       ("pictures", files.pictures)):
        value = _read(path, errors, {}) if path.exists() else {}
        if value is not None and path.exists() and plain.has(name):
            plain.check(name, value, path, errors)
        lists_read[name] = value
    taxonomy, sources, raw_pictures = lists_read["taxonomy"], lists_read["sources"], lists_read["pictures"]
    if len(errors) > before:
        if own:
            errors.raise_if_any()
        return None

    pictures = {}
    lines = getattr(raw_pictures, "lines", {})
    for name, shows in _engine_pictures().items():          # the engine's own, unless the site names its own
        if name not in raw_pictures:
            pictures[name] = Picture(name, "", shows)
    for name, entry in raw_pictures.items():
        code, shows = (entry[0], entry[1]) if isinstance(entry, list) else ("", entry)
        pictures[name] = Picture(name, str(code), str(shows))
        if not (files.pictures_dir / f"{name}.svg").exists():
            errors.add(files.pictures, f"the picture '{name}' has no file {where(files.pictures_dir / (name + '.svg'))}",
                       "put the picture's SVG file there (on this project, `make pictures` copies it from OpenMoji), "
                       "or take the picture out of the list.", lines.get(name))
    lists = {group: values for group, values in taxonomy.items()}
    lists.update(sources=sources, pictures=pictures)
    data = SiteData(taxonomy=taxonomy, sources=sources, pictures=pictures, schemas=Schemas(lists, folders),
                    pictures_dir=files.pictures_dir)
    data.glossary = _load_glossary(files.glossary, data, errors)
    data.pronunciations = _load_pronunciations(files.pronunciations, data, errors)
    data.search_words = _load_search_words(files.search_words, data, errors)
    if own:
        errors.raise_if_any()
    return data if len(errors) == before else None


def load_for(config_file: Path) -> SiteData | None:
    """The lists of the project whose mkdocs.yml this is (for tools and tests outside a build)."""
    return load(of_config_file(config_file)[0])


def _load_pronunciations(path: Path, data: SiteData, errors: Collector) -> dict[str, str]:
    if not path.exists():
        return {}
    raw = _read(path, errors, {})
    if raw is None or not data.schemas.check("pronunciations", raw, path, errors):
        return {}
    for word, how in raw.items():
        if how.startswith("/") and (unknown := unknown_phonemes(how.strip("/"))):
            errors.add(path, f"the phonemes for '{word}' use signs the speech engine does not know: {unknown}",
                       "copy the signs from another entry, or from the engine's own reading "
                       "(.venv/bin/hibari \"the word\" --phonemes; see 'Audio' in CONTRIBUTING.md), or write how "
                       "to say the word in ordinary letters instead.", raw.lines.get(word))
    return {str(word): str(how).strip() for word, how in raw.items()}


def _load_search_words(path: Path, data: SiteData, errors: Collector) -> dict[str, list[str]]:
    """What people type in the search box, and the site's words for it (data/search-words.yml)."""
    if not path.exists():
        return {}
    raw = _read(path, errors, {})
    if raw is None or not data.schemas.check("search-words", raw, path, errors):
        return {}
    return {str(typed): [str(v) for v in (ours if isinstance(ours, list) else [ours])] for typed, ours in raw.items()}


def _load_glossary(path: Path, data: SiteData, errors: Collector) -> list[Term]:
    if not path.exists():
        return []
    raw = _read(path, errors, [])
    if raw is None or not data.schemas.check("glossary", raw, path, errors):
        return []
    terms: list[Term] = []
    seen: dict[str, int] = {}
    forms_seen: dict[str, tuple[str, str]] = {}
    for entry in raw:
        line = entry.line
        term_id = entry.get("id") or slugify(entry["term"])
        if term_id in seen:
            errors.add(path, f"the term '{entry['term']}' is in the glossary twice (first at line {seen[term_id]})",
                       "merge the two entries.", line)
            continue
        seen[term_id] = line
        forms = [entry["term"], *(entry.get("also") or [])]
        forms = sorted({f.strip() for f in forms if f and f.strip()}, key=len, reverse=True)
        for form in forms:
            key = form if form.isupper() else form.lower()
            if key in forms_seen and forms_seen[key][0] != term_id:
                errors.add(path, f"'{form}' is a form of two terms: '{forms_seen[key][1]}' and '{entry['term']}'",
                           "keep it on the term it belongs to: a word can link to only one meaning.", line)
            forms_seen.setdefault(key, (term_id, entry["term"]))
        terms.append(Term(term=entry["term"], id=term_id, means=entry["means"].strip(),
                          easy_read=entry["easy_read"].strip(), picture=entry["picture"],
                          forms=forms, stands_for=str(entry.get("stands_for") or ""), line=line,
                          site_note=site_note(entry.get("site_note"))))
    return sorted(terms, key=lambda t: t.term.lower())
