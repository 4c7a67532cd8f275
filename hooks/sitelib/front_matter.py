"""The schema of front matter: what each kind of page must say about itself.

Guide pages (docs/**/*.md) and case studies (case_studies/*.md) are checked here, with errors
that name the file, the line and the allowed values.
"""
from __future__ import annotations

import re
from pathlib import Path

from . import yaml_lines
from .errors import Collector
from .site_data import SiteData

# Pages of these kinds, and these pages, must have Easy Read text: the build stops without it.
EASY_READ_REQUIRED_KINDS = {"principle", "tool", "case-study"}
EASY_READ_REQUIRED_PATHS = {"", "about-co-production/what-it-is"}

PAGE_FIELDS = {
    "title": "the page title, as readers see it",
    "description": "one sentence saying what the page is about (shown in link previews)",
    "kind": "what kind of page it is",
    "principle": "for a principle page: which principle it is",
    "principles": "for a tool page: the principles it builds",
    "sources": "the source documents the facts come from",
    "hide": "parts of the standard layout to hide (for example: toc)",
}
PAGE_REQUIRED = ("title", "description", "kind")
SOURCES_REQUIRED_KINDS = {"guide", "principle", "tool"}

CASE_STUDY_FIELDS = {
    "title": "the name of the project or example",
    "summary": "one sentence saying what it is and why it matters",
    "place": "the town, city, county or region",
    "nation": "the nation or country",
    "organisation_type": "who ran it",
    "settings": "who it is for or about (a list)",
    "principles": "the principles it illustrates (a list)",
    "years": "the years it describes, as the source gives them",
    "sources": "the source documents and sections",
}

# The headings of a case study, in this order. Only 'about' is required.
CASE_STUDY_HEADINGS = {
    "about": "About the project",
    "what-it-meant": "What co-production meant to it",
    "what-helped": "What helped",
    "what-was-hard": "What was hard",
    "outcomes": "Outcomes",
    "reaching-everyone": "How it reached everyone",
    "advice": "Its advice to others",
}

HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
HEADING_ID = re.compile(r"\{[^}]*#(?P<id>[A-Za-z][\w-]*)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def _allowed(data: SiteData, group: str) -> str:
    return ", ".join(data.taxonomy[group])


MAX_SUMMARY_WORDS = 30


def _check_length(meta, key, path, errors: Collector):
    value = meta.get(key)
    if isinstance(value, str) and len(value.split()) > MAX_SUMMARY_WORDS:
        errors.add(path, f"'{key}' has {len(value.split())} words; the most is {MAX_SUMMARY_WORDS}",
                   "shorten it to one plain sentence: it is shown in lists and link previews.",
                   yaml_lines.line_of(meta, key))


def _unknown_fields(meta, allowed: dict, path, errors: Collector):
    for key in meta:
        if key not in allowed:
            errors.add(path, f"unknown field '{key}' in the front matter",
                       "allowed fields: " + ", ".join(allowed) + ".", yaml_lines.line_of(meta, key))


def _need_text(meta, key, path, errors: Collector, what: str):
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.add(path, f"the front matter has no '{key}'", f"add '{key}:' with {what}.",
                   yaml_lines.line_of(meta) or 1)
        return False
    if not isinstance(value, (str, int)):
        errors.add(path, f"'{key}' should be a piece of text", f"write '{key}:' followed by {what}.",
                   yaml_lines.line_of(meta, key))
        return False
    return True


def _check_choice(meta, key, group, path, data, errors, many=False):
    value = meta.get(key)
    values = value if many else [value]
    if many and (not isinstance(value, list) or not value):
        errors.add(path, f"'{key}' should be a list with at least one value",
                   f"write it like: {key}: [{next(iter(data.taxonomy[group]))}]. Allowed values: "
                   f"{_allowed(data, group)}.", yaml_lines.line_of(meta, key) or yaml_lines.line_of(meta))
        return
    for v in values:
        if v not in data.taxonomy[group]:
            errors.add(path, f"'{key}' has the value '{v}', which is not allowed",
                       f"use one of: {_allowed(data, group)} (see data/taxonomy.yml).",
                       yaml_lines.line_of(meta, key))


def check_sources(meta, path, data: SiteData, errors: Collector, required: bool):
    sources = meta.get("sources")
    line = yaml_lines.line_of(meta, "sources")
    if sources is None:
        if required:
            errors.add(path, "the front matter has no 'sources'",
                       "list the source documents this page's facts come from, like:\n"
                       "sources:\n  - scie-2015: the section on principles\n"
                       f"Source names: {', '.join(data.sources)}.", yaml_lines.line_of(meta) or 1)
        return []
    out = []
    if not isinstance(sources, list) or not sources:
        errors.add(path, "'sources' should be a list", "write each source on its own line, starting with '- '.", line)
        return []
    for i, item in enumerate(sources):
        item_line = sources.lines[i] if hasattr(sources, "lines") else line
        if not (isinstance(item, dict) and len(item) == 1):
            errors.add(path, "each source should look like '- scie-2015: the section on principles'",
                       f"source names: {', '.join(data.sources)}.", item_line)
            continue
        (key, where), = item.items()
        if key not in data.sources:
            errors.add(path, f"unknown source '{key}'",
                       f"use one of: {', '.join(data.sources)} (see data/sources.yml).", item_line)
            continue
        if not where or not str(where).strip():
            errors.add(path, f"the source '{key}' does not say which part was used",
                       f"write the section after the colon, like '- {key}: the section on principles'.", item_line)
            continue
        out.append((key, str(where).strip()))
    return out


def check_page(meta, body: str, body_line: int, path: Path, data: SiteData, errors: Collector):
    """Check a guide page's front matter and headings. Returns its sources [(key, where)]."""
    _unknown_fields(meta, PAGE_FIELDS, path, errors)
    for key in PAGE_REQUIRED:
        _need_text(meta, key, path, errors, PAGE_FIELDS[key])
    _check_length(meta, "description", path, errors)
    if "kind" in meta:
        _check_choice(meta, "kind", "kinds", path, data, errors)
    kind = meta.get("kind")
    if kind == "principle":
        if "principle" not in meta:
            errors.add(path, "a principle page needs 'principle:'",
                       f"add 'principle:' with one of: {_allowed(data, 'principles')}.", yaml_lines.line_of(meta))
        else:
            _check_choice(meta, "principle", "principles", path, data, errors)
    if kind == "tool" or "principles" in meta:
        if "principles" not in meta:
            errors.add(path, "a tool page needs 'principles:', the principles it builds",
                       f"add for example 'principles: [assets, mutuality]'. Allowed: {_allowed(data, 'principles')}.",
                       yaml_lines.line_of(meta))
        else:
            _check_choice(meta, "principles", "principles", path, data, errors, many=True)
    sources = check_sources(meta, path, data, errors, required=kind in SOURCES_REQUIRED_KINDS)
    check_headings(body, body_line, path, errors, need_ids=True)
    return sources


def iter_headings(body: str, body_line: int):
    in_fence = False
    for i, line in enumerate(body.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING.match(line)
        if m:
            yield body_line + i, len(m.group("hashes")), m.group("text")


def check_headings(body: str, body_line: int, path: Path, errors: Collector, need_ids: bool):
    seen = {}
    for lineno, level, text in iter_headings(body, body_line):
        if level == 1:
            errors.add(path, "the page has its own '# ' title heading",
                       "remove it: the title comes from 'title:' in the front matter. Start sections with '## '.",
                       lineno)
            continue
        m = HEADING_ID.search(text)
        if level in (2, 3) and need_ids and not m:
            errors.add(path, f"the heading '{text}' has no fixed id",
                       "add an id at the end, like: ## What helped {#what-helped}. Keep it when you "
                       "reword the heading: people link to it.", lineno)
        if m:
            hid = m.group("id")
            if hid in seen:
                errors.add(path, f"the id '#{hid}' is used twice (first at line {seen[hid]})",
                           "give each heading its own id.", lineno)
            seen[hid] = lineno
            if hid == "sources":
                errors.add(path, "the page writes its own Sources heading",
                           "remove it: list sources in the front matter and the site adds the section.", lineno)


def check_case_study(meta, body: str, body_line: int, path: Path, data: SiteData, errors: Collector):
    _unknown_fields(meta, CASE_STUDY_FIELDS, path, errors)
    for key in ("title", "summary", "place", "years"):
        _need_text(meta, key, path, errors, CASE_STUDY_FIELDS[key])
    _check_length(meta, "summary", path, errors)
    for key, group, many in (("nation", "nations", False), ("organisation_type", "organisation_types", False),
                             ("settings", "settings", True), ("principles", "principles", True)):
        if key not in meta:
            errors.add(path, f"the front matter has no '{key}'",
                       f"add '{key}:' ({CASE_STUDY_FIELDS[key]}). Allowed values: {_allowed(data, group)}.",
                       yaml_lines.line_of(meta) or 1)
        else:
            _check_choice(meta, key, group, path, data, errors, many=many)
    sources = check_sources(meta, path, data, errors, required=True)

    order = list(CASE_STUDY_HEADINGS)
    last, found = -1, []
    for lineno, level, text in iter_headings(body, body_line):
        plain = HEADING_ID.sub("", text).strip()
        if level != 2:
            errors.add(path, f"the heading '{text}' is not a case study heading",
                       "use only '## ' headings from the case study template: "
                       + "; ".join(CASE_STUDY_HEADINGS.values()) + ".", lineno)
            continue
        hid = next((k for k, v in CASE_STUDY_HEADINGS.items() if v.lower() == plain.lower()), None)
        if hid is None:
            errors.add(path, f"the heading '{plain}' is not in the case study template",
                       "use these headings, in this order (leave out any the source says nothing about): "
                       + "; ".join(CASE_STUDY_HEADINGS.values()) + ".", lineno)
            continue
        if order.index(hid) <= last:
            errors.add(path, f"the heading '{plain}' is out of order",
                       "keep the template order: " + "; ".join(CASE_STUDY_HEADINGS.values()) + ".", lineno)
        last = order.index(hid)
        found.append(hid)
    if "about" not in found:
        errors.add(path, "the case study has no '## About the project' section",
                   "start the text with '## About the project'.", body_line)
    return sources


def add_case_study_heading_ids(body: str) -> str:
    """Give each template heading its fixed id, so links to sections never change."""
    def fix(m):
        plain = HEADING_ID.sub("", m.group("text")).strip()
        hid = next((k for k, v in CASE_STUDY_HEADINGS.items() if v.lower() == plain.lower()), None)
        return f"## {plain} {{#{hid}}}" if hid else m.group(0)
    return re.sub(r"^(?P<hashes>##)[ \t]+(?P<text>.*?)[ \t]*$", fix, body, flags=re.M)


def read_checked(source: Path, check, data: SiteData, errors: Collector):
    """Read a Markdown file and check its front matter and headings with `check`
    (check_page or check_case_study). Returns (meta, body, sources), or None after adding errors."""
    from .errors import ContentError
    from .site_data import split_front_matter
    try:
        meta, body, body_line = split_front_matter(source.read_text(encoding="utf-8"), source)
    except ContentError as exc:
        errors.extend([exc])
        return None
    before = len(errors.errors)
    sources = check(meta, body, body_line, source, data, errors)
    return None if len(errors.errors) > before else (meta, body, sources)
