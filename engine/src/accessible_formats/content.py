"""Read and check everything editors write, in one pass, before anything is built.

docs/ (pages and their Easy Read texts), case_studies/, sheets/, data/, CHANGELOG.md and the
redirects in mkdocs.yml are read here, each against its schema and rules, and every problem is
collected into one message (see errors.py). What comes out has been checked: the hooks that make
the formats can rely on it.
"""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from . import changelog, easy_read_source, front_matter, made_pages, self_assessment, sheet_data, site_data, words
from .config import setting
from .easy_read_source import EasyReadDoc
from .errors import Collector, ContentError, where
from .project_files import ProjectFiles
from .source_files import read_text, split_front_matter

EASY = ".easy.md"
NAME_PART = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ADDRESS_RULE = ("use only lower-case letters (a to z, no accents), digits and hyphens, like "
                "'user-led-commissioning.md': the name becomes part of the page's address.")


@dataclass
class PageSource:
    """A page written as a Markdown file in docs/, after its checks."""
    src_uri: str
    file: Path
    meta: dict
    body: str
    body_line: int
    sources: list
    easy_read: EasyReadDoc | None = None


@dataclass
class CaseStudySource:
    slug: str
    file: Path
    meta: dict
    body: str
    sources: list
    easy_read: EasyReadDoc | None = None


@dataclass
class Content:
    data: site_data.SiteData
    words: words.Words
    pages: dict[str, PageSource] = field(default_factory=dict)           # by src_uri
    case_studies: list[CaseStudySource] = field(default_factory=list)
    sheets: dict[str, sheet_data.Sheet] = field(default_factory=dict)     # by slug
    self_assessment: self_assessment.SelfAssessment | None = None        # data/self-assessment.yml
    releases: list[changelog.Release] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)


def easy_read_file_for(source: Path) -> Path:
    return source.with_name(source.name[: -len(".md")] + EASY)


def needs_easy_read(kind, src_uri: str, options=None) -> bool:
    """Whether a page must have Easy Read text (the plugin's easy_read_required_kinds and _pages)."""
    return kind in setting(options, "easy_read_required_kinds") or src_uri in setting(options, "easy_read_required_pages")


def load(files: ProjectFiles, docs_dir: Path, doc_pages: list[tuple[str, Path]], redirects: dict,
         config_file: Path, options=None) -> Content:
    """Read and check all content. Raises ContentErrors with every problem found. `options`: the
    plugin's settings (or its entry in mkdocs.yml, as a dict)."""
    errors = Collector()
    data = site_data.load(files, errors)
    site_words = words.load(files.words, errors, files.schema_folders)
    if data is None:              # without the lists nothing else can be checked
        errors.raise_if_any()
        raise AssertionError("site_data.load returned nothing without saying why")
    content = Content(data=data, words=site_words)
    content.releases = changelog.load(files.changelog, errors)
    root = files.root

    _load_pages(content, docs_dir, doc_pages, errors, options)
    if "index.md" not in content.pages and not any(src == "index.md" for src, _ in doc_pages):
        errors.add(docs_dir / "index.md", "the site has no home page", "write docs/index.md (kind: home).")
    _load_case_studies(content, root / "case_studies", errors)
    _load_sheets(content, files.sheets, docs_dir, errors)
    content.self_assessment = self_assessment.load(root / "data" / self_assessment.FILE, data, content.sheets,
                                                   docs_dir, errors)
    made = made_pages.src_uris([c.meta for c in content.case_studies])
    _check_addresses(content, docs_dir, made, errors)
    _check_easy_read_links(content, made, errors)
    content.redirects = _check_redirects(redirects, content, made, config_file, errors)
    errors.raise_if_any()
    return content


def _name_ok(path: Path, base: Path, errors: Collector, suffix: str) -> bool:
    rel = path.relative_to(base).as_posix()
    parts = rel[: -len(suffix)].split("/")
    bad = next((p for p in parts if not NAME_PART.match(p)), None)
    if bad is not None:
        errors.add(path, f"the name '{bad}' cannot be part of a web address", ADDRESS_RULE)
        return False
    return True


def _load_pages(content: Content, docs_dir: Path, doc_pages, errors: Collector, options=None):
    data = content.data
    page_files = {path: src_uri for src_uri, path in doc_pages}
    for src_uri, source in doc_pages:
        if not _name_ok(source, docs_dir, errors, ".md"):
            continue
        try:
            meta, body, body_line = split_front_matter(read_text(source), source)
        except ContentError as exc:
            errors.extend([exc])
            meta, body, body_line = None, "", 1
        sources = front_matter.check_page(meta, body, body_line, source, data, errors) if meta is not None else []
        page = PageSource(src_uri, source, meta or {}, body, body_line, sources)
        content.pages[src_uri] = page
        easy_file = easy_read_file_for(source)
        kind = page.meta.get("kind")
        if easy_file.exists():
            page.easy_read = easy_read_source.parse(easy_file, data, errors)
        elif meta is not None and needs_easy_read(kind, src_uri, options):
            title = page.meta.get("title")
            errors.add(easy_file, f"the page '{title}' must have Easy Read text, and this file is missing",
                       "write it: see 'Easy Read text' in CONTRIBUTING.md for the format, and "
                       "templates/page.easy.md.")
    for easy_file in sorted(docs_dir.rglob("*" + EASY)):
        page_file = easy_file.with_name(easy_file.name[: -len(EASY)] + ".md")
        if page_file not in page_files:
            errors.add(easy_file, f"this Easy Read text has no page: there is no "
                                  f"{where(page_file)}",
                       "rename it to match its page (<page name>.easy.md, in the same folder), or delete it.", 1)


def _load_case_studies(content: Content, folder: Path, errors: Collector):
    data = content.data
    if not folder.is_dir():
        return
    for source in sorted(folder.glob("*.md")):
        if source.name.endswith(EASY):
            continue
        slug = source.stem
        if not _name_ok(source, folder, errors, ".md"):
            continue
        if slug in made_pages.RESERVED_CASE_STUDY_NAMES:
            errors.add(source, f"a case study cannot be called '{source.name}': the site makes the page "
                               f"/{made_pages.CASE_STUDIES}/{slug}/ itself",
                       "rename the file after the project, like sandwell-peoples-parliament.md.")
            continue
        try:
            meta, body, body_line = split_front_matter(read_text(source), source)
        except ContentError as exc:
            errors.extend([exc])
            continue
        sources = front_matter.check_case_study(meta, body, body_line, source, data, errors)
        study = CaseStudySource(slug, source, meta, body, sources)
        easy_file = source.with_name(slug + EASY)
        if easy_file.exists():
            study.easy_read = easy_read_source.parse(easy_file, data, errors)
        else:
            errors.add(easy_file, f"the case study '{meta.get('title')}' has no Easy Read text, and this file is missing",
                       "write it: see 'Easy Read text' in CONTRIBUTING.md for the format.")
        content.case_studies.append(study)
    for easy_file in sorted(folder.glob("*" + EASY)):
        if not (folder / (easy_file.name[: -len(EASY)] + ".md")).exists():
            errors.add(easy_file, "this Easy Read text has no case study with the same name",
                       "rename it to <case study file name>.easy.md, or delete it.", 1)
    for other in sorted(folder.iterdir()):
        if other.is_file() and other.suffix != ".md" and not other.name.startswith("."):
            errors.add(other, "this folder holds only case studies (.md files) and their Easy Read texts",
                       "move the file elsewhere, or rename it to end in .md if it is a case study.")


def _load_sheets(content: Content, folder: Path, docs_dir: Path, errors: Collector):
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.suffix not in (".yml", ".yaml"):
            errors.add(path, "this folder holds only printable sheets (.yml files)",
                       "move the file elsewhere, or rename it to end in .yml if it is a sheet.")
            continue
        if not _name_ok(path, folder, errors, path.suffix):
            continue
        sheet = sheet_data.load_sheet(path, content.data, errors, docs_dir)
        if sheet:
            content.sheets[sheet.slug] = sheet


def _check_addresses(content: Content, docs_dir: Path, made: set[str], errors: Collector):
    for src_uri, page in content.pages.items():
        if src_uri in made:
            errors.add(page.file, f"the site makes the page /{src_uri[:-3]}/ itself, from data, so this "
                                  "file cannot have its address",
                       "rename or move the file.")
    studies = {made_pages.case_study_src_uri(c.slug) for c in content.case_studies}
    for src_uri in set(content.pages) & studies:
        errors.add(content.pages[src_uri].file, "a case study in case_studies/ has the same address as this page",
                   "rename one of them.")


def _known_pages(content: Content, made: set[str]) -> set[str]:
    return set(content.pages) | made | {made_pages.case_study_src_uri(c.slug) for c in content.case_studies}


def resolve_easy_link(from_src_uri: str, target: str) -> str:
    """The src_uri an Easy Read link points to ('../tools/index.md' from 'principles/assets.md')."""
    path, _frag = urldefrag(target)
    return posixpath.normpath(posixpath.join(posixpath.dirname(from_src_uri), path))


def _check_easy_read_links(content: Content, made: set[str], errors: Collector):
    known = _known_pages(content, made)
    docs = [(p.src_uri, p.easy_read) for p in content.pages.values()]
    docs += [(made_pages.case_study_src_uri(c.slug), c.easy_read) for c in content.case_studies]
    for src_uri, doc in docs:
        if doc is None:
            continue
        for target, sentence in doc.links():
            if urlsplit(target).scheme in ("http", "https", "mailto"):
                continue
            if target.startswith("sheet:"):
                if target[6:] not in content.sheets:
                    errors.add(doc.path, f"the link to '{target}' names no printable sheet",
                               "write sheet: and the sheet's file name without .yml, like sheet:circle-of-support.",
                               sentence.line)
                continue
            if target.startswith("std:"):
                target = target[4:]
            if resolve_easy_link(src_uri, target) not in known:
                errors.add(doc.path, f"the link to '{target}' does not go to a page of this site",
                           "link to a page's .md file, relative to this file, like ../tools/index.md.", sentence.line)


def _check_redirects(redirects: dict, content: Content, made: set[str], config_file: Path,
                     errors: Collector) -> dict[str, str]:
    known = _known_pages(content, made)
    text = config_file.read_text(encoding="utf-8") if config_file.exists() else ""

    def line_of(key: str) -> int | None:
        for n, line in enumerate(text.split("\n"), 1):
            if line.strip().startswith(f"{key}:") or line.strip().startswith(f"'{key}':"):
                return n
        return None

    out = {}
    for old, new in (redirects or {}).items():
        old, new = str(old), str(new)
        line = line_of(old)
        if not old.endswith(".md") or old.startswith("/"):
            errors.add(config_file, f"the redirect from '{old}' does not name a page file",
                       "write the old page's file name inside docs/, like how-to/old-name.md: how-to/new-name.md", line)
            continue
        if old in known:
            errors.add(config_file, f"the redirect from '{old}' would hide a page that still exists",
                       "remove the redirect, or move the page first (see 'Addresses that last' in CONTRIBUTING.md).", line)
            continue
        if "://" not in new and urldefrag(new)[0] not in known:
            errors.add(config_file, f"the redirect from '{old}' goes to '{new}', which is not a page of this site",
                       "write the new page's file name inside docs/, like how-to/new-name.md.", line)
            continue
        out[old] = new
    return out
