"""The one page model. Every format (Easy Read, large print, plain text, PDFs, sheets, the
manifest) is made from it, and the checks find pages through the manifest written from it.

The page_model step fills it at the start of each build from the checked content (docs/); the
glossary, sheets and pictures steps add their pages, and a site's own hooks add theirs (its kinds
of content, its tools); later steps only read it (and page_model adds the rendered HTML of each
page). It lives on the build (accessible_formats/build.py).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import formats as format_registry
from .easy_read_source import EasyReadDoc
from .history import long_date
from .site_data import SiteData

NOT_IN_NAV = 10**6


@dataclass
class PageRecord:
    path: str                       # "" for home, "principles/assets" for /principles/assets/
    src_uri: str                    # as MkDocs knows it: "principles/assets.md"
    source_file: Path               # the file an editor edits
    title: str
    description: str
    kind: str
    meta: dict = field(default_factory=dict)
    easy_read_file: Path | None = None                      # where its Easy Read text lives
    easy_read: EasyReadDoc | None = None
    sheets: list = field(default_factory=list)              # sheet slugs that belong to this page
    html: str = ""                                          # rendered main content (standard page)
    nav_index: int = 10**6                                  # reading order in the guide (NOT_IN_NAV: not in the menu)
    last_changed: dt.date | None = None                     # from git history (page_model.on_nav)
    reviewed: dt.date | None = None                         # 'reviewed:' in front matter, or last_changed
    review_due: dt.date | None = None                       # reviewed + 'review_every:' months (or the site's)
    changes: list = field(default_factory=list)             # published versions that changed it (history.py)
    series: str = ""                # pages not in the menu with the same series follow each other, by title
    in_guide: bool = True           # in the whole-guide PDFs (not a list that repeats other pages)

    @property
    def formats(self) -> dict[str, str]:
        return format_registry.page_addresses(self.path)

    @property
    def has_easy_read(self) -> bool:
        return self.easy_read is not None



@dataclass
class Tool:
    """An on-screen tool that a site's hook makes for one of its pages (like this site's
    self-assessment): a page in each of the site's forms, at its page's address in that form, then
    `folder`. The engine links to it from its page's Easy Read page, reads its Easy Read parts
    aloud (`clips`), and lists it in the manifest, where the checks find it."""
    key: str                        # its name; Easy Read text links to it as tool:<key>
    page: str                       # the src_uri of the page it belongs to
    folder: str                     # after the page's address in each form, like "self-assessment/"
    title: str
    easy_title: str
    source: Path                    # the file it is described in
    picture: str                    # its picture on its page's Easy Read page
    easy_heading: str = ""          # the heading above it on its page's Easy Read page
    easy_sentences: list = field(default_factory=list)      # said there after the link to it
    clips: list = field(default_factory=list)               # its Easy Read parts read aloud (speech.Clip)


@dataclass
class Model:
    data: SiteData
    site_url: str
    site_name: str
    root: Path                                              # the project: the folder of mkdocs.yml
    version: str = "unreleased"                             # from CHANGELOG.md
    pages: dict[str, PageRecord] = field(default_factory=dict)
    sheets: dict = field(default_factory=dict)              # slug -> sheet_data.Sheet
    tools: list[Tool] = field(default_factory=list)         # added by a site's hooks (api)
    manifest_fields: dict = field(default_factory=dict)     # name -> record -> value, added by a site's hooks
    words: dict = field(default_factory=dict)               # the words readers see (words.Words)
    language: str = "en-GB"                                 # the site's language (the theme's)
    cite_prefix: str = "site"                               # the start of each page's BibTeX key
    page_formats: tuple = format_registry.PAGE_FORMATS      # the formats this site makes (the plugin's `formats`)
    forms: tuple = format_registry.FORMS                    # the readers' forms it offers
    memo: dict = field(default_factory=dict, repr=False)    # what is worked out once a build (Easy Read layouts, audio)
    _by_src_uri: dict = field(default_factory=dict, repr=False)

    @property
    def answers_kind(self) -> str:
        """The kind of a saved answers file of this site's sheets: a file of another site (or of
        anything else) is refused."""
        return f"{self.cite_prefix}-sheet-answers"

    def has(self, format_key: str) -> bool:
        return any(f.key == format_key for f in self.page_formats)

    def addresses(self, record: PageRecord) -> dict[str, str]:
        """The addresses of a page in the formats this site makes."""
        return {f.key: f.address(record.path) for f in self.page_formats}

    @property
    def sheet_formats(self) -> tuple:
        """The formats of a printable sheet: its page and PDF in each of the site's forms."""
        return tuple(f for f in format_registry.SHEET_FORMATS if f.form in self.forms)

    def sheet_addresses(self, slug: str) -> dict[str, str]:
        return {f.key: f.address(slug=slug) for f in self.sheet_formats}

    def tool_addresses(self, tool: Tool) -> dict[str, str]:
        """A tool's address in each of the site's forms: its page's address in that form, then its folder."""
        page = self.by_src_uri(tool.page)
        assert page is not None, tool.page          # checked when the tool is added
        return {form: page.formats[format_registry.page_format_of(form).key] + tool.folder for form in self.forms}

    def tool_text_address(self, tool: Tool) -> str:
        """The address of a tool's plain-text file: /text/<its page>/<its folder>.txt."""
        page = self.by_src_uri(tool.page)
        assert page is not None, tool.page
        return format_registry.TOOL_TEXT.address(page.path, slug=tool.folder.strip("/"))

    def tool(self, key: str) -> Tool | None:
        return next((t for t in self.tools if t.key == key), None)

    def add(self, record: PageRecord):
        self.pages[record.path] = record
        self._by_src_uri[record.src_uri] = record

    def by_src_uri(self, src_uri: str) -> PageRecord | None:
        return self._by_src_uri.get(src_uri)

    def absolute(self, site_relative: str) -> str:
        return self.site_url.rstrip("/") + "/" + site_relative.lstrip("/")

    def cite(self, record: PageRecord, address: str | None = None, tool: Tool | None = None) -> dict:
        """What 'Cite this page' shows for a page (in the format at `address`), or for a site's
        `tool` on that page: the site's own line, and the same reference in Harvard style, BibTeX
        and RIS for reference managers."""
        url = self.absolute(address if address is not None else record.formats["standard"])
        changed = record.last_changed
        title = tool.title if tool is not None else record.title
        cite = {"title": title, "version": self.version, "date": long_date(changed, self.language) if changed else "",
                "url": url}
        site_name = self.site_name
        if changed:
            key = f"{self.cite_prefix}-" + (record.path.replace("/", "-") or "home")
            key += f"-{tool.folder.strip('/').replace('/', '-')}" if tool is not None else ""
            bib = {k: _bibtex(v) for k, v in (("title", title), ("site", site_name))}
            w = self.words["cite"]
            cite["harvard"] = (f"{site_name} ({changed.year}) {title}. {w['harvard_version']} {self.version}. "
                               f"{w['available_at']} {url} {w['accessed']}")
            # not for readers: BibTeX's own names for its fields
            cite["bibtex"] = (f"@misc{{{key},\n  author = {{{{{bib['site']}}}}},\n  title = {{{bib['title']}}},\n"
                              f"  year = {{{changed.year}}},\n  version = {{{self.version}}},\n"
                              f"  howpublished = {{{bib['site']}}},\n  url = {{{url}}},\n"
                              f"  note = {{{_bibtex(w['last_changed'])} {changed.isoformat()}}}\n}}")
            cite["ris"] = "\n".join([
                "TY  - ELEC", f"TI  - {_one_line(title)}", f"AU  - {site_name}", f"PY  - {changed.year}",
                f"DA  - {changed.strftime('%Y/%m/%d')}", f"ET  - {self.version}", f"PB  - {site_name}",
                f"UR  - {url}", f"LA  - {self.language}", "ER  - "])
        return cite

    def dates(self, record: PageRecord) -> dict:
        """When a page was last reviewed, when its next review is due, and the published versions
        that changed it, for the foot of every page in every format."""
        if record.reviewed is None or record.review_due is None:
            return {}
        return {"reviewed": long_date(record.reviewed, self.language), "reviewed_iso": record.reviewed.isoformat(),
                "due": long_date(record.review_due, self.language), "due_iso": record.review_due.isoformat(),
                "changes": [{"version": c["version"], "date": long_date(c["date"], self.language),
                             "date_iso": c["date"].isoformat(),
                             "summary": c["summary"]} for c in record.changes]}

    def dates_lines(self, record: PageRecord, history: bool = True) -> list[str]:
        """The same as plain lines of text, for the plain text and the PDFs."""
        d = self.dates(record)
        if not d:
            return []
        w = self.words["dates"]
        lines = [f"{w['reviewed']} {d['reviewed']}", f"{w['due']} {d['due']}"]
        if history and d["changes"]:
            lines += ["", f"{w['changes']}:"] + [f"- {w['version']} {c['version']}, {c['date']}: {c['summary']}"
                                                   for c in d["changes"]]
        return lines

    def in_reading_order(self) -> list[PageRecord]:
        return sorted(self.pages.values(), key=lambda p: (p.nav_index, p.path))

    def of_kind(self, kind: str) -> list[PageRecord]:
        return sorted((p for p in self.pages.values() if p.kind == kind), key=lambda p: p.title.lower())

    def onward(self, record: PageRecord) -> dict:
        """The pages before and after this one in reading order, and the page it belongs to, so
        that no page is a dead end. Pages of one series (this site's case studies) follow each other
        by title, under the page above them."""
        in_nav = [r for r in self.in_reading_order() if r.nav_index < NOT_IN_NAV]
        if record.series and record.nav_index >= NOT_IN_NAV:
            row = sorted((p for p in self.pages.values() if p.series == record.series), key=lambda p: p.title.lower())
        elif record.nav_index < NOT_IN_NAV:
            row = in_nav
        else:
            row = [record]
        i = row.index(record)
        previous = row[i - 1] if i > 0 else None
        up = self.parent(record)
        return {"previous": previous, "next": row[i + 1] if i + 1 < len(row) else None,
                "up": up if up is not previous else None}

    def parent(self, record: PageRecord) -> PageRecord | None:
        """The section a page belongs to: the nearest page above it (the home page at the top)."""
        if record.path == "":
            return None
        parts = record.path.split("/")
        while parts:
            parts.pop()
            candidate = self.pages.get("/".join(parts))
            if candidate is not None and candidate is not record:
                return candidate
        return None

    def nearest_with_easy_read(self, path: str) -> PageRecord:
        """The closest page above this one that has Easy Read text (the home page at worst)."""
        parts = path.split("/") if path else []
        while parts:
            parts.pop()
            candidate = self.pages.get("/".join(parts))
            if candidate and candidate.has_easy_read:
                return candidate
        return self.pages[""]


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\^{}"}


def _bibtex(text: str) -> str:
    """Text as BibTeX reads it: its special characters escaped."""
    return re.sub(r"[\\{}&%$#_~^]", lambda m: _BIBTEX_SPECIAL[m.group(0)], _one_line(text))
