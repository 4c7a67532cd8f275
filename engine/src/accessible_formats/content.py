"""Read and check everything editors write, in one pass, before anything is built.

docs/ (pages and their Easy Read texts), the sheets, the lists and glossary, the changelog and the
redirects in mkdocs.yml are read here, each against its schema and rules, with the kinds of
content a site adds with its own hooks (ContentKind: this site's case studies, say), and every
problem is collected into one message (see errors.py). What comes out has been checked: the steps
that make the formats can rely on it.
"""
from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

from . import changelog, easy_read_source, front_matter, made_pages, sheet_data, site_data, words
from .config import PAGE_ROLES, setting
from .easy_read_source import EasyReadDoc
from .errors import Collector, ContentError, where
from .formats import path_of_src_uri
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
    easy_read: EasyReadDoc | None = None


@dataclass
class Content:
    data: site_data.SiteData
    words: words.Words
    pages: dict[str, PageSource] = field(default_factory=dict)           # by src_uri
    sheets: dict[str, sheet_data.Sheet] = field(default_factory=dict)     # by slug
    releases: list[changelog.Release] = field(default_factory=list)
    redirects: dict[str, str] = field(default_factory=dict)
    site_pages: dict[str, str] = field(default_factory=dict)   # the pages the engine links to (site_pages())


@dataclass
class ContentCheck:
    """What a site's own kind of content is given to read and check its files in the build's one
    pass (ContentKind.load): the project's files, its checked lists and words, the pages and sheets
    read so far, and the one collector of problems."""
    files: ProjectFiles
    docs_dir: Path
    data: site_data.SiteData
    words: words.Words
    content: Content
    errors: Collector

    def front_matter(self, path: Path) -> tuple[dict, str, int] | None:
        """A Markdown file's front matter, text and the line its text starts on (None, with the
        problem added, when it cannot be read)."""
        try:
            meta, body, body_line = split_front_matter(read_text(path), path)
        except ContentError as exc:
            self.errors.extend([exc])
            return None
        return meta, body, body_line

    def easy_read(self, path: Path) -> EasyReadDoc | None:
        """An Easy Read text, read and checked as the engine reads a page's."""
        return easy_read_source.parse(path, self.data, self.errors)

    def name_ok(self, path: Path, base: Path, suffix: str = ".md") -> bool:
        """A file name that can be part of a web address (the problem added when it cannot)."""
        return _name_ok(path, base, self.errors, suffix)


class ContentKind:
    """A kind of content a site adds with its own hook (api.add_content_kind), read and checked in
    the build's one pass with the engine's own. Its hook then adds its pages to the model."""

    def load(self, check: ContentCheck) -> None:
        """Read and check the kind's files, adding every problem to check.errors."""

    def pages(self) -> dict[str, Path]:
        """The pages it will make, by their place as if they were files in docs/ ('case-studies/x.md'),
        with the file each comes from: no page in docs/ may take their address, and Easy Read
        links and redirects may lead to them."""
        return {}

    def easy_read_texts(self) -> list[tuple[str, EasyReadDoc]]:
        """Its Easy Read texts, by the page each belongs to: their links are checked as a page's are."""
        return []

    def folders(self, files: ProjectFiles) -> list[Path]:
        """The folders its files are in: like docs/, they may hold no symbolic links."""
        return []


def links_out(folders, root: Path) -> list[ContentError]:
    """Symbolic links in the folders whose files the build reads or publishes. MkDocs follows
    them, so a link in docs/ to /etc/passwd, or to a key outside the project, would publish the
    file it points to: none is followed, wherever it points. A folder that is itself a link is
    allowed only when it stays inside the project."""
    found: list[ContentError] = []
    fix = ("put the file or folder itself here instead of a link to it (copy it in), or delete the link: "
           "the build never follows links, so that nothing from outside the project is published.")
    for folder in dict.fromkeys(Path(f) for f in folders):
        if not folder.exists():
            continue
        if folder.is_symlink() and not folder.resolve().is_relative_to(root.resolve()):
            found.append(ContentError(folder, f"this folder is a symbolic link to {os.readlink(folder)}, outside the "
                                              "project", fix))
            continue
        for parent, dirnames, filenames in os.walk(folder):
            for name in sorted(dirnames + filenames):
                path = Path(parent) / name
                if path.is_symlink():
                    found.append(ContentError(path, f"this is a symbolic link to {os.readlink(path)}", fix))
            dirnames[:] = [d for d in dirnames if not (Path(parent) / d).is_symlink()]
    return found


# What makes a picture (an SVG file) run a script when it is opened by itself: a <script>, an
# on...= attribute, a javascript: address, or HTML inside it (<foreignObject>).
_SVG_SCRIPT = re.compile(r"<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b", re.I)


def scripts_in_pictures(folders) -> list[ContentError]:
    """SVG pictures in the folders the site publishes that hold a script: a page shows a picture
    without running it, but a reader who opens the picture by itself would run it on the site's
    address (the server's policy for pictures stops it too, where the host sends it)."""
    found: list[ContentError] = []
    for folder in dict.fromkeys(Path(f) for f in folders):
        for svg in sorted(folder.rglob("*.svg")) if folder.is_dir() else []:
            if svg.is_symlink() or not svg.is_file():
                continue
            text = svg.read_text(encoding="utf-8", errors="replace")
            m = _SVG_SCRIPT.search(text)
            if m:
                found.append(ContentError(svg, f"this picture holds a script ({m.group(0).strip()}...), and a picture "
                                               "must be only a drawing",
                                          "save it again without scripts (in Inkscape: Save As, Optimized SVG), or "
                                          "use a PNG file instead.", text[: m.start()].count("\n") + 1))
    return found


def easy_read_file_for(source: Path) -> Path:
    return source.with_name(source.name[: -len(".md")] + EASY)


def needs_easy_read(kind, src_uri: str, options=None) -> bool:
    """Whether a page must have Easy Read text (the plugin's easy_read_required_kinds and _pages)."""
    return kind in setting(options, "easy_read_required_kinds") or src_uri in setting(options, "easy_read_required_pages")


def load(files: ProjectFiles, docs_dir: Path, doc_pages: list[tuple[str, Path]], redirects: dict,
         config_file: Path, options=None, kinds=(), page_checks=(), language: str = "en-GB") -> Content:
    """Read and check all content. Raises ContentErrors with every problem found. `options`: the
    plugin's settings (or its entry in mkdocs.yml, as a dict); `kinds`: a site's own kinds of
    content (ContentKind); `page_checks`: a site's own rules for every page in docs/, each called
    with (PageSource, ContentCheck); `language`: the site's (the theme's language)."""
    errors = Collector()
    data = site_data.load(files, errors)
    site_words = words.load(files.words, errors, files.schema_folders, language, config_file)
    if data is None:              # without the lists nothing else can be checked
        errors.raise_if_any()
        raise AssertionError("site_data.load returned nothing without saying why")
    content = Content(data=data, words=site_words)
    if "easy_read" in setting(options, "formats"):
        _check_engine_pictures(site_words, data, files, errors)
    content.releases = changelog.load(files.changelog, errors)
    _check_glossary_forms(data.glossary, site_words, files.glossary, errors)

    _load_pages(content, docs_dir, doc_pages, errors, options)
    if "index.md" not in content.pages and not any(src == "index.md" for src, _ in doc_pages):
        errors.add(docs_dir / "index.md", "the site has no home page", "write docs/index.md (kind: home).")
    _load_sheets(content, files.sheets, docs_dir, errors)
    check = ContentCheck(files=files, docs_dir=docs_dir, data=data, words=site_words, content=content, errors=errors)
    for page in content.pages.values():
        for page_check in page_checks:
            page_check(page, check)
    for kind in kinds:
        kind.load(check)
    made = made_pages.made_by_engine(files, data, content.sheets)
    for kind in kinds:
        made.update(kind.pages())
    _check_addresses(content, made, errors)
    easy_texts = [(p.src_uri, p.easy_read) for p in content.pages.values()]
    easy_texts += [text for kind in kinds for text in kind.easy_read_texts()]
    _check_easy_read_links(content, set(made), easy_texts, errors)
    content.redirects = _check_redirects(redirects, content, set(made), config_file, errors)
    content.site_pages = site_pages(content, options, config_file, errors)
    errors.raise_if_any()
    return content


def _check_glossary_forms(glossary, site_words, path: Path, errors: Collector) -> None:
    """No form of a glossary term may be a common word (the words file's glossary_forms:
    too_common): the first 'and' of every page would become a link to the glossary. A form in
    capitals (IT, US) is an abbreviation, matched only in capitals, so it may be one."""
    common = set(str((site_words.get("glossary_forms") or {}).get("too_common", "")).lower().split())
    for term in glossary:
        for form in term.forms:
            if not form.isupper() and form.lower() in common:
                errors.add(path, f"'{form}' is too common a word to be a form of the glossary term '{term.term}': "
                                 "the first one on every page would become a glossary link",
                           "remove it from the term's also: list (a glossary form must be a word or phrase "
                           "with a meaning of its own).", term.line)


def _check_engine_pictures(site_words, data, files: ProjectFiles, errors: Collector) -> None:
    """The pictures the engine's own Easy Read pages use (named in the words file, made_pages:
    *_picture) must be in the site's list of pictures."""
    for key, name in (site_words.get("made_pages") or {}).items():
        if key.endswith("_picture") and name not in data.pictures:
            errors.add(files.words, f"the engine's Easy Read pages use the picture '{name}' (made_pages: {key}), and "
                                    f"{where(files.pictures)} has no such picture",
                       f"add '{name}' to the list of pictures (with its SVG file), or set made_pages: {key}: to "
                       "a picture of yours in your words file.")


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
        if meta is not None:
            front_matter.check_page(meta, body, body_line, source, data, errors)
        page = PageSource(src_uri, source, meta or {}, body, body_line)
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


def _check_addresses(content: Content, made: dict[str, Path], errors: Collector):
    for src_uri, page in content.pages.items():
        if src_uri in made:
            errors.add(page.file, f"the site makes the page /{path_of_src_uri(src_uri)}/ itself, from "
                                  f"{where(made[src_uri])}, so this file cannot have its address",
                       "rename or move one of them.")


def _known_pages(content: Content, made: set[str]) -> set[str]:
    return set(content.pages) | made


def resolve_easy_link(from_src_uri: str, target: str) -> str:
    """The src_uri an Easy Read link points to ('../tools/index.md' from 'principles/assets.md')."""
    path, _frag = urldefrag(target)
    if path.endswith(EASY):              # an Easy Read text stands for its page
        path = path[: -len(EASY)] + ".md"
    return posixpath.normpath(posixpath.join(posixpath.dirname(from_src_uri), path))


def _check_easy_read_links(content: Content, made: set[str], docs, errors: Collector):
    known = _known_pages(content, made)
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


ACCESSIBILITY_MARKER = "<!-- accessibility-contact -->"
CHANGELOG_MARKER = "<!-- changelog -->"


def _folder_address(src_uri: str) -> str:
    path = path_of_src_uri(src_uri)
    return f"{path}/" if path else ""


def site_pages(content: Content, options, config_file: Path, errors: Collector) -> dict[str, str]:
    """The pages the engine's templates link to, by their address ('about/'), where the site has
    them: its About, formats and tools pages (the plugin's `pages`), the accessibility statement (the
    page with the contact marker: every site needs one), the list of versions (the page with the
    changelog marker, at the heading above it), the glossary and the change feed."""
    found: dict[str, str] = {}
    chosen = setting(options, "pages") or {}
    for role, default in PAGE_ROLES.items():
        page = chosen.get(role) or default
        if page in content.pages:
            found[role] = _folder_address(page)
        elif role in chosen:
            errors.add(config_file, f"the plugin's pages: {role}: is {page}, which is not a page in docs/",
                       f"write the file of a page in docs/, like {role}: {default or 'start/' + role + '.md'}, or take "
                       "the line out (the link is then left out).")
    holders = {marker: next((p for p in content.pages.values() if marker in p.body), None)
               for marker in (ACCESSIBILITY_MARKER, CHANGELOG_MARKER)}
    statement = holders[ACCESSIBILITY_MARKER]
    if statement is None:
        errors.add(config_file, "the site has no accessibility statement, and every page links to it",
                   f"write one (docs/accessibility.md, say), with the line {ACCESSIBILITY_MARKER} where its contact "
                   "goes: the engine fills in the contact and how the site was tested.")
    else:
        found["accessibility"] = _folder_address(statement.src_uri)
    listing = holders[CHANGELOG_MARKER]
    if content.releases:
        found["feed"] = "feed.xml"
        if listing is None:
            errors.add(config_file, "the changelog lists published versions, and no page shows them",
                       f"add the line {CHANGELOG_MARKER} to a page (the About page, say) under a heading like "
                       "'## Versions {#versions}'.")
        else:
            ids = [front_matter.heading_id(text) for _line, _level, text in
                   front_matter.iter_headings(listing.body[:listing.body.index(CHANGELOG_MARKER)], 0)]
            anchor = next((i for i in reversed(ids) if i), "")
            found["versions_page"] = _folder_address(listing.src_uri)
            found["versions_id"] = anchor
            found["versions"] = found["versions_page"] + (f"#{anchor}" if anchor else "")
    if content.data.glossary:
        found["glossary"] = made_pages.GLOSSARY[:-3] + "/"
    return found


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
