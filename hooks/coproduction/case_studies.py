"""This site's case studies: one Markdown file each in case_studies/, with its Easy Read text
beside it, read and checked with the rest of the content in the build's one pass (a kind of content
of the site's own: api.ContentKind), and the pages made from them: each case study at
/case-studies/<name>/, their index, and the lists by principle, setting and nation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from accessible_formats.api import ContentCheck, ContentKind, EasyReadDoc, front_matter, md_text
from accessible_formats.site_data import SiteData

FOLDER = "case_studies"
SECTION = "case-studies"
EASY = ".easy.md"
# case study field -> (address part, taxonomy group, heading on the index)
FILTERS = {
    "principles": ("by-principle", "principles", "By principle"),
    "settings": ("by-setting", "settings", "By setting or group"),
    "nation": ("by-nation", "nations", "By nation or country"),
}
INDEX = f"{SECTION}/index.md"
# Case study file names that would take the address of a made page.
RESERVED_NAMES = {"index"} | {part for part, _g, _h in FILTERS.values()}


@dataclass
class CaseStudySource:
    slug: str
    file: Path
    meta: dict
    body: str
    easy_read: EasyReadDoc | None = None

    @property
    def src_uri(self) -> str:
        return src_uri_of(self.slug)


def src_uri_of(slug: str) -> str:
    return f"{SECTION}/{slug}.md"


def filter_values(meta: dict, field: str) -> list[str]:
    value = meta.get(field)
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value is not None else []


def filter_src_uri(field: str, value: str) -> str:
    return f"{SECTION}/{FILTERS[field][0]}/{value}.md"


def facts(record, data) -> str:
    """The short line under a case study's card: its place and nation."""
    nation = data.label("nations", record.meta["nation"])
    place = str(record.meta.get("place") or "")
    if not place or place.lower().startswith("not ") or place.lower() == nation.lower():
        return md_text(nation) + "."
    return f"{md_text(place)}, {md_text(nation)}."


class CaseStudies(ContentKind):
    """The case studies of one build, read and checked in its one pass."""

    def __init__(self):
        self.studies: list[CaseStudySource] = []
        self.folder: Path | None = None

    def folders(self, files) -> list[Path]:
        return [files.root / FOLDER]

    def load(self, check: ContentCheck) -> None:
        self.folder = folder = check.files.root / FOLDER
        errors, data = check.errors, check.data
        if not folder.is_dir():
            return
        for source in sorted(folder.glob("*.md")):
            if source.name.endswith(EASY):
                continue
            slug = source.stem
            if not check.name_ok(source, folder):
                continue
            if slug in RESERVED_NAMES:
                errors.add(source, f"a case study cannot be called '{source.name}': the site makes the page "
                                   f"/{SECTION}/{slug}/ itself",
                           "rename the file after the project, like sandwell-peoples-parliament.md.")
                continue
            read = check.front_matter(source)
            if read is None:
                continue
            meta, body, body_line = read
            check_case_study(meta, body, body_line, source, data, errors)
            study = CaseStudySource(slug, source, meta, body)
            easy_file = source.with_name(slug + EASY)
            if easy_file.exists():
                study.easy_read = check.easy_read(easy_file)
            else:
                errors.add(easy_file, f"the case study '{meta.get('title')}' has no Easy Read text, and this file is "
                                      "missing", "write it: see 'Easy Read text' in CONTRIBUTING.md for the format.")
            self.studies.append(study)
        for easy_file in sorted(folder.glob("*" + EASY)):
            if not (folder / (easy_file.name[: -len(EASY)] + ".md")).exists():
                errors.add(easy_file, "this Easy Read text has no case study with the same name",
                           "rename it to <case study file name>.easy.md, or delete it.", 1)
        for other in sorted(folder.iterdir()):
            if other.is_file() and other.suffix != ".md" and not other.name.startswith("."):
                errors.add(other, "this folder holds only case studies (.md files) and their Easy Read texts",
                           "move the file elsewhere, or rename it to end in .md if it is a case study.")

    def pages(self) -> dict[str, Path]:
        """Each case study's page, the index and the lists by principle, setting and nation."""
        folder = self.folder or Path(FOLDER)
        made = {study.src_uri: study.file for study in self.studies}
        if self.studies:
            made[INDEX] = folder
        for study in self.studies:
            for field in FILTERS:
                made.update({filter_src_uri(field, v): study.file for v in filter_values(study.meta, field)})
        return made

    def easy_read_texts(self) -> list[tuple[str, EasyReadDoc]]:
        return [(study.src_uri, study.easy_read) for study in self.studies if study.easy_read is not None]


def sections_of(data: SiteData) -> dict[str, str]:
    """id -> heading, in order, from the case study schema."""
    sections = dict(data.schemas.document("case-study")["x-sections"])
    sections.pop("description", None)
    return sections




def check_case_study(meta, body: str, body_line: int, path: Path, data: SiteData, errors) -> None:
    """A case study's front matter (schemas/case-study.schema.json) and its headings, in the template's order."""
    data.schemas.check("case-study", meta, path, errors)
    sections = sections_of(data)
    order = list(sections)
    template = "; ".join(sections.values())
    front_matter.check_text(body, body_line, path, errors)
    last, found = -1, []
    for lineno, level, text in front_matter.iter_headings(body, body_line):
        plain = front_matter.plain_heading(text)
        if level != 2:
            errors.add(path, f"the heading '{text}' is not a case study heading",
                       f"use only '## ' headings from the case study template: {template}.", lineno)
            continue
        hid = next((k for k, v in sections.items() if v.lower() == plain.lower()), None)
        if hid is None:
            errors.add(path, f"the heading '{plain}' is not in the case study template",
                       f"use these headings, in this order (leave out any the source says nothing about): {template}.",
                       lineno)
            continue
        if order.index(hid) <= last:
            errors.add(path, f"the heading '{plain}' is out of order", f"keep the template order: {template}.", lineno)
        last = max(last, order.index(hid))
        found.append(hid)
    if "about" not in found:
        errors.add(path, "the case study has no '## About the project' section",
                   "start the text with '## About the project'.", body_line)


def add_heading_ids(body: str, data: SiteData) -> str:
    """Give each template heading its fixed id, so links to sections never change."""
    sections = sections_of(data)

    def fix(m):
        plain = front_matter.plain_heading(m.group("text"))
        hid = next((k for k, v in sections.items() if v.lower() == plain.lower()), None)
        return f"## {plain} {{#{hid}}}" if hid else m.group(0)
    return re.sub(r"^(?P<hashes>##)[ \t]+(?P<text>.*?)[ \t]*$", fix, body, flags=re.M)
