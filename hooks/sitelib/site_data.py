"""The lists in data/: taxonomy, sources, pictures and the glossary, loaded and checked once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import yaml_lines
from .errors import ROOT, Collector

DATA = ROOT / "data"
PICTURES_DIR = ROOT / "overrides" / "assets" / "pictures"


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
class Term:
    term: str
    id: str
    means: str
    easy_read: str
    picture: str
    forms: list[str]          # every form matched in text, longest first
    stands_for: str = ""
    line: int = 0


@dataclass
class SiteData:
    taxonomy: dict
    sources: dict
    pictures: dict[str, Picture]
    glossary: list[Term] = field(default_factory=list)

    def label(self, group: str, value: str) -> str:
        return self.taxonomy[group][value]



TAXONOMY_GROUPS = ("principles", "settings", "nations", "organisation_types", "kinds", "sheet_purposes")


def load(data_dir: Path = DATA) -> SiteData:
    errors = Collector()
    taxonomy_path = data_dir / "taxonomy.yml"
    taxonomy = yaml_lines.load(taxonomy_path)
    for group in TAXONOMY_GROUPS:
        if not isinstance(taxonomy.get(group), dict) or not taxonomy[group]:
            errors.add(taxonomy_path, f"the list '{group}' is missing or empty",
                       f"add '{group}:' with at least one value.")

    sources_path = data_dir / "sources.yml"
    sources = yaml_lines.load(sources_path)
    for key, src in sources.items():
        for needed in ("author", "title", "date"):
            if not src.get(needed):
                errors.add(sources_path, f"source '{key}' has no '{needed}'",
                           f"add '{needed}:' to it.", yaml_lines.line_of(src))

    pictures_path = data_dir / "pictures.yml"
    pictures = {}
    raw = yaml_lines.load(pictures_path)
    for name, value in raw.items():
        line = yaml_lines.line_of(raw, name)
        if isinstance(value, list) and len(value) == 2 and isinstance(value[0], int):
            value = [str(value[0]), value[1]]          # YAML reads a code like 2139 as a number
        if not (isinstance(name, str) and isinstance(value, list) and len(value) == 2
                and all(isinstance(v, str) for v in value)):
            errors.add(pictures_path, f"picture '{name}' should be [OpenMoji code, what it shows]",
                       "write it like: talk: [1F5E3, A person speaking]", line)
            continue
        pictures[name] = Picture(name, value[0], value[1])
        if not (PICTURES_DIR / f"{name}.svg").exists():
            errors.add(pictures_path, f"picture '{name}' has no file {PICTURES_DIR.relative_to(ROOT)}/{name}.svg",
                       "run `make pictures` to copy it from OpenMoji.", line)

    data = SiteData(taxonomy=taxonomy, sources=sources, pictures=pictures)
    data.glossary = _load_glossary(data_dir / "glossary.yml", pictures, errors)
    errors.raise_if_any()
    return data


def _load_glossary(path: Path, pictures: dict, errors: Collector) -> list[Term]:
    if not path.exists():
        return []
    raw = yaml_lines.load(path) or []
    terms, seen = [], {}
    for entry in raw:
        line = yaml_lines.line_of(entry)
        if not isinstance(entry, dict):
            errors.add(path, "each glossary entry must start with '- term:'", "see the entries above it.", line)
            continue
        missing = [k for k in ("term", "means", "easy_read", "picture") if not entry.get(k)]
        if missing:
            errors.add(path, f"the entry '{entry.get('term', '?')}' has no {', '.join(missing)}",
                       "every term needs: term, means (plain English), easy_read (1 or 2 short "
                       "sentences) and picture (a name from data/pictures.yml).", line)
            continue
        unknown = set(entry) - {"term", "id", "also", "means", "easy_read", "picture", "stands_for"}
        if unknown:
            errors.add(path, f"the entry '{entry['term']}' has unknown field(s): {', '.join(sorted(unknown))}",
                       "allowed fields: term, id, also, means, easy_read, picture, stands_for.", line)
        if entry["picture"] not in pictures:
            errors.add(path, f"the entry '{entry['term']}' uses picture '{entry['picture']}', which is not in data/pictures.yml",
                       "choose a picture from data/pictures.yml or add one (see CONTRIBUTING.md).",
                       yaml_lines.line_of(entry, "picture"))
        term_id = entry.get("id") or slugify(entry["term"])
        if term_id in seen:
            errors.add(path, f"the term '{entry['term']}' is in the glossary twice (first at line {seen[term_id]})",
                       "merge the two entries.", line)
            continue
        seen[term_id] = line
        forms = [entry["term"], *(entry.get("also") or [])]
        forms = sorted({f.strip() for f in forms if f and f.strip()}, key=len, reverse=True)
        terms.append(Term(term=entry["term"], id=term_id, means=str(entry["means"]).strip(),
                          easy_read=str(entry["easy_read"]).strip(), picture=entry["picture"],
                          forms=forms, stands_for=str(entry.get("stands_for") or ""), line=line))
    return sorted(terms, key=lambda t: t.term.lower())


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def split_front_matter(text: str, path: Path):
    """Return (front matter mapping, body, line number where the body starts)."""
    m = FRONT_MATTER.match(text)
    if not m:
        return yaml_lines.LineDict(), text, 1
    meta = yaml_lines.parse(m.group(1), path, line_offset=1) or yaml_lines.LineDict()
    body_line = text[: m.end()].count("\n") + 1
    return meta, text[m.end():], body_line
