"""The formats of the site: one record each, in one place.

Every page has each page format, at the address its pattern gives; every printable sheet has each
sheet format. These addresses are a published contract: commissioners paste them into documents
that stay in use for years. Never change a pattern; add a format instead.

The format links on every page, the manifest, the moved-page redirects, the ledger, the bench
and the tests all read this registry. Adding a format is one record here, its words in
the words file (words/en-GB.yml), and one step that makes it.

Patterns: {dir} is the page's folder address ('principles/assets/', '' for the home page);
{file} is its file name ('principles/assets', 'index' for the home page); {slug} is a sheet's name;
{n} is a point's number on its Easy Read page (from 1, the same as its #point-n anchor).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    key: str            # the name in code, the manifest and the tests; also its words' key
    pattern: str        # its address (see above)
    media_type: str
    page: bool          # an HTML page that people read in a browser (the browser checks run on it)
    moved: str          # how an old address keeps working when a page moves:
                        # "plugin" (mkdocs-redirects), "redirect" (a redirect page) or "copy" (a copy)
    made_by: str        # the hook that makes it ("" for the standard page: MkDocs and Material make it)
    form: str = ""      # the reader's form it is in: "standard", "easy-read", "large-print" ("" for none)
    linked: bool = True     # offered in 'This page in other formats'
    cite: bool = False      # carries 'Cite this page' (not Easy Read: its readers are not citing it in a tender)

    def address(self, path: str = "", slug: str = "", n: int = 0) -> str:
        folder = f"{path}/" if path else ""
        return self.pattern.format(dir=folder, file=path or "index", slug=slug, n=n)


PAGE_FORMATS: tuple[Format, ...] = (
    Format("standard", "{dir}", "text/html", page=True, moved="plugin", made_by="", form="standard", cite=True),
    Format("easy_read", "easy-read/{dir}", "text/html", page=True, moved="redirect", made_by="easy_read_pages.py",
           form="easy-read"),
    Format("large_print", "large-print/{dir}", "text/html", page=True, moved="redirect", made_by="large_print_pages.py",
           form="large-print", cite=True),
    Format("large_print_pdf", "large-print/{file}.pdf", "application/pdf", page=False, moved="copy",
           made_by="large_print_pages.py", form="large-print"),
    Format("text", "text/{file}.txt", "text/plain; charset=utf-8", page=False, moved="copy", made_by="plain_text_files.py"),
)

SHEET_FORMATS: tuple[Format, ...] = (
    Format("page", "sheets/{slug}/", "text/html", page=True, moved="redirect", made_by="sheet_pages.py", form="standard"),
    Format("easy_read_page", "easy-read/sheets/{slug}/", "text/html", page=True, moved="redirect",
           made_by="sheet_pages.py", form="easy-read"),
    Format("large_print_page", "large-print/sheets/{slug}/", "text/html", page=True, moved="redirect",
           made_by="sheet_pages.py", form="large-print"),
    Format("pdf", "sheets/{slug}.pdf", "application/pdf", page=False, moved="copy", made_by="sheet_pages.py",
           form="standard"),
    Format("easy_read_pdf", "sheets/{slug}-easy-read.pdf", "application/pdf", page=False, moved="copy",
           made_by="sheet_pages.py", form="easy-read"),
    Format("large_print_pdf", "sheets/{slug}-large-print.pdf", "application/pdf", page=False, moved="copy",
           made_by="sheet_pages.py", form="large-print"),
)
# Every point of a page's Easy Read form has each point format: its audio, read aloud. A point's
# audio follows its number, as its #point-n anchor does.
POINT_FORMATS: tuple[Format, ...] = (
    Format("easy_read_audio", "easy-read/{dir}audio/point-{n}.mp3", "audio/mpeg", page=False, moved="copy",
           made_by="audio_files.py", form="easy-read", linked=False),
)
AUDIO = POINT_FORMATS[0]
# Every part of an Easy Read sheet (its title and instructions, then each question) is read aloud too.
SHEET_POINT_FORMATS: tuple[Format, ...] = (
    Format("easy_read_sheet_audio", "easy-read/sheets/{slug}/audio/point-{n}.mp3", "audio/mpeg", page=False,
           moved="copy", made_by="audio_files.py", form="easy-read", linked=False),
)
SHEET_AUDIO = SHEET_POINT_FORMATS[0]
# A site's on-screen tool (model.Tool) is at its page's address in each form, then its folder
# ({slug}, like "self-assessment/"); every part of its Easy Read form is read aloud.
TOOL_POINT_FORMATS: tuple[Format, ...] = (
    Format("easy_read_tool_audio", "easy-read/{dir}{slug}audio/point-{n}.mp3", "audio/mpeg", page=False,
           moved="copy", made_by="audio_files.py", form="easy-read", linked=False),
)
TOOL_AUDIO = TOOL_POINT_FORMATS[0]
# A site's tool in plain text, beside its page's: /text/<page>/<the tool's folder>.txt.
TOOL_TEXT = Format("tool_text", "text/{dir}{slug}.txt", "text/plain; charset=utf-8", page=False, moved="copy",
                   made_by="tool_texts.py")


@dataclass(frozen=True)
class ReaderForm:
    """A form a reader can choose, in which the site writes every page, sheet and tool: standard,
    Easy Read or large print. The steps that write pages in a form, the sheets, a site's tools, the
    footers, the downloads and the layout checks all read its record here."""
    key: str                        # "easy-read": its pages' class, and its part of a tool's addresses
    page_format: str                # the format of its pages (a PAGE_FORMATS key): its home is that format's address of ""
    stylesheets: tuple[str, ...]    # the engine's stylesheets of a page written in this form
    audio_stylesheets: tuple[str, ...]  # and of a page in it that is read aloud (Easy Read)
    words: str                      # its name in the words file, under sheets: (form_easy_read)
    sheet_page_words: str           # the name of a sheet's page in it, under sheets: (page_easy_read)
    all_sheets_words: str           # the link to every sheet in it, under sheets: (all_sheets_easy_read)
    pack_suffix: str                # the end of the name of its PDF of every sheet (all-sheets-easy-read.pdf)
    pack_words: str                 # that PDF's name among the downloads, under downloads: (sheets_easy_read_pdf)
    min_text_px: float = 0          # the smallest text its layout check allows on screen (0: not checked)
    min_print_pt: float = 0         # and in print

    @property
    def easy(self) -> bool:
        """Written in Easy Read: pictures beside the words, Easy Read titles, read aloud."""
        return bool(self.audio_stylesheets)

    @property
    def home(self) -> str:
        return BY_KEY[self.page_format].address("")


READER_FORMS: tuple[ReaderForm, ...] = (
    ReaderForm("standard", "standard", ("assets/css/formats.css",), (), "form_standard", "page_standard",
               "all_sheets_standard", "", "sheets_pdf"),
    ReaderForm("easy-read", "easy_read", ("assets/css/formats.css", "assets/css/easy-read.css"), ("assets/css/listen.css",),
               "form_easy_read", "page_easy_read", "all_sheets_easy_read", "-easy-read", "sheets_easy_read_pdf",
               min_text_px=20, min_print_pt=14),
    ReaderForm("large-print", "large_print", ("assets/css/formats.css", "assets/css/large-print.css"), (),
               "form_large_print", "page_large_print", "all_sheets_large_print", "-large-print", "sheets_large_print_pdf",
               min_text_px=24, min_print_pt=18),
)
READER_FORM = {f.key: f for f in READER_FORMS}
FORMS = tuple(f.key for f in READER_FORMS)   # the forms a reader can choose: every sheet has a page and a PDF in each

BY_KEY = {f.key: f for f in PAGE_FORMATS}
# The forms each of the site's chosen formats (the plugin's `formats` option) brings with it.
FORMS_OF_CHOICE = {"easy_read": ("easy-read",), "large_print": ("large-print",), "text": ()}
FORMATS_OF_CHOICE = {"easy_read": ("easy_read",), "large_print": ("large_print", "large_print_pdf"), "text": ("text",)}


def chosen_page_formats(choices) -> tuple[Format, ...]:
    """The page formats a site makes: the standard page, and the formats it chose, in the registry's order."""
    keys = {"standard"} | {key for choice in choices for key in FORMATS_OF_CHOICE[choice]}
    return tuple(f for f in PAGE_FORMATS if f.key in keys)


def chosen_forms(choices) -> tuple[str, ...]:
    """The readers' forms a site offers (its sheets and tools come in each), in the order of FORMS."""
    chosen = {"standard"} | {form for choice in choices for form in FORMS_OF_CHOICE[choice]}
    return tuple(form for form in FORMS if form in chosen)
HTML_PAGE_FORMATS = tuple(f for f in PAGE_FORMATS if f.page)


@functools.cache      # asked 10,000 times a build: the same dict each time, so never change it
def page_addresses(path: str) -> dict[str, str]:
    """Site-relative addresses (no leading slash) of every format of the page at `path`."""
    return {f.key: f.address(path) for f in PAGE_FORMATS}


def sheet_addresses(slug: str) -> dict[str, str]:
    return {f.key: f.address(slug=slug) for f in SHEET_FORMATS}


def page_path_from_url(url: str) -> str:
    """MkDocs page.url ('principles/assets/', or './' for the home page) to our page path."""
    return "" if url in ("", "./", ".") else url.strip("/")


def path_of_src_uri(src_uri: str) -> str:
    """'how-to/culture.md' -> 'how-to/culture'; 'index.md' -> ''; 'tools/index.md' -> 'tools'."""
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    return stem[: -len("/index")] if stem.endswith("/index") else stem


# Downloads of the whole site: (address, key of its words in the words file under 'downloads'),
# with what each needs (the offline copy's address is the plugin's `offline_zip`).
GUIDE_PDF = "downloads/guide.pdf"
GUIDE_LARGE_PRINT_PDF = "downloads/guide-large-print.pdf"
GUIDE_TEXT = "text/guide.txt"
SHEET_PACK = "sheets/all-sheets{suffix}.pdf"


def site_downloads(page_formats, forms, *, pdfs: bool, sheets: bool, offline: str | None,
                   feed: bool) -> list[tuple[str, str]]:
    """The whole-site downloads a site has, in the order readers see them."""
    keys = {f.key for f in page_formats}
    out = []
    if pdfs:
        out.append((GUIDE_PDF, "guide_pdf"))
        if "large_print" in keys:
            out.append((GUIDE_LARGE_PRINT_PDF, "guide_large_print_pdf"))
    if "text" in keys:
        out.append((GUIDE_TEXT, "guide_text"))
    if pdfs and sheets:
        out += [(SHEET_PACK.format(suffix=READER_FORM[form].pack_suffix), READER_FORM[form].pack_words) for form in forms]
    if offline:
        out.append((offline, "offline_copy"))
    out.append(("manifest.json", "manifest"))
    if feed:
        out.append(("feed.xml", "change_feed"))
    return out


def sheet_format(form: str, page: bool) -> Format:
    """The sheet's page (page=True) or PDF in a form."""
    return next(f for f in SHEET_FORMATS if f.form == form and f.page == page)


def page_format_of(form: str) -> Format:
    """The HTML page format of a form: standard, easy_read or large_print."""
    return next(f for f in PAGE_FORMATS if f.form == form and f.page)
