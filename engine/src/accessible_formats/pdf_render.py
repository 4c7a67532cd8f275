"""Render HTML to tagged PDFs with WeasyPrint: on every core at once, and only again when the
HTML or its stylesheets changed (the PDFs are kept in .cache/pdf between builds).
"""
from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.metadata
import json
import multiprocessing.util
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from . import cache_files, cores, own_files
from .errors import ContentError, ContentErrors

CSS_DIR = own_files.CSS
PDF_CSS = ("fonts.css", "large-print-pdf.css", "sheets.css", "guide-pdf.css")   # the stylesheets PDFs use
FONTS_DIR = own_files.FONTS


@dataclass
class PdfJob:
    html: str            # the whole document
    base_url: str        # where relative addresses in it resolve (a folder in the built site)
    out: Path            # where the PDF goes in the built site
    label: str           # the page or sheet it comes from (for messages; part of the cache key)
    # A PDF made of other PDFs' pages, in this order (a sheet pack): each part is laid out once,
    # for its own PDF and for this one. `html` then gives only the title, description and language.
    pages_of: list[PdfJob] = field(default_factory=list)
    cached: Path | None = None   # its place in the cache (set by render_all)


VARIANT = "pdf/ua-1"       # tagged for accessibility: PDF/UA-1

# Change this when you change how a PDF is made here (not only its HTML or CSS): every PDF is made again.
# not for readers: part of the cache key
HOW_MADE = "weasyprint pdf/ua-1, a font for each file, header_scopes as it writes; a pack from its parts' pages"


def _assets_fingerprint(pictures_dir: Path | None) -> str:
    h = hashlib.sha256()
    # WeasyPrint's version from its package's metadata: importing WeasyPrint takes half a second,
    # which a build that takes every PDF from the cache does not need.
    h.update(importlib.metadata.version("weasyprint").encode())
    h.update(HOW_MADE.encode())
    files = [CSS_DIR / name for name in PDF_CSS] + sorted(FONTS_DIR.glob("*"))
    files += sorted(pictures_dir.glob("*")) if pictures_dir is not None else []
    files += sorted(own_files.PICTURES_DIR.glob("*"))       # the engine's own pictures
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def quicker_page_references() -> None:
    """pydyf (WeasyPrint's PDF writer) makes the list of every page's reference afresh each time
    a tagged element asks for its page: for the 990-page guide that is 50,000 lists of 990, about
    a third of the guide's rendering time. Keep the list until a page is added. The PDF is the
    same byte for byte (tests/unit/test_pdf_render.py)."""
    import pydyf  # noqa: PLC0415 (WeasyPrint's PDF writer: the pdf extra, loaded only when a PDF is rendered)

    if getattr(pydyf.PDF, "_quicker_page_references", False):
        return

    def page_references(self):
        kids = self.pages["Kids"]  # not for readers: PDF names
        kept = self.__dict__.get("_page_references")
        if kept is None or kept[0] != len(kids):
            kept = (len(kids), tuple(f"{number} 0 R".encode("ascii") for number in kids[::3]))
            self.__dict__["_page_references"] = kept
        return kept[1]

    pydyf.PDF._plain_page_references = pydyf.PDF.page_references      # for the test that compares them
    pydyf.PDF.page_references = property(page_references)
    pydyf.PDF._quicker_page_references = True


def fonts_told_apart() -> None:
    """WeasyPrint tells fonts apart by their description (family, weight, style) alone: it draws
    the glyphs of every file of one description with the first file's font, and embeds that file
    only. The site's fonts come as two files for each style, Latin and extended Latin (@font-face
    rules split by unicode-range, as browsers load them), so the "ŵ" of "Grŵp Gwalia" printed as
    ";". Tell them apart by their file as well (tests/unit/test_pdf_render.py)."""
    from weasyprint.pdf import fonts, stream  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    from weasyprint.text.ffi import ffi, harfbuzz, pango  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)

    if getattr(stream.Stream, "_fonts_told_apart", False):
        return
    made = fonts.Font.__init__

    def __init__(self, *args, **kwargs):
        made(self, *args, **kwargs)
        digest = hashlib.md5(self.hash.encode() + self.file_content, usedforsecurity=False).digest()
        self.hash = "".join(chr(65 + letter % 26) for letter in digest[:6])    # as WeasyPrint makes it
        self.name = b"/" + self.hash.encode() + b"+" + self.name.split(b"+", 1)[1]

    def add_font(self, pango_font):
        described, description, font_size = stream.get_pango_font_key(pango_font)
        blob = harfbuzz.hb_face_reference_blob(harfbuzz.hb_font_get_face(pango.pango_font_get_hb_font(pango_font)))
        length = ffi.new("unsigned int *")  # not for readers: a C type
        data = harfbuzz.hb_blob_get_data(blob, length)
        # The file's size and the start of its table directory, which holds each table's checksum:
        # the same file, from any document (a pack's pages come from many), is the same font.
        key = (described, length[0], ffi.unpack(data, min(512, length[0])) if data != ffi.NULL else b"")
        harfbuzz.hb_blob_destroy(blob)
        if key not in self._fonts:
            self._fonts[key] = fonts.Font(pango_font, description, font_size)
        return self._fonts[key], font_size

    fonts.Font.__init__ = __init__
    stream.Stream.add_font = add_font
    stream.Stream._fonts_told_apart = True


def stylesheets_read_once() -> None:
    """WeasyPrint reads and parses each stylesheet a document links to again for every document:
    about a twelfth of the time of a sheet or a large-print page. Keep each parsed stylesheet in
    the process and give it to every document that links to the same file, unchanged since, with
    the counter styles and colour profiles it adds to its document (WeasyPrint reads its @page
    rules from the stylesheet itself). Only with the process's one font configuration
    (_font_config), which has its @font-face rules already. The same PDFs, byte for byte
    (tests/unit/test_pdf_render.py)."""
    import weasyprint.css  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)

    if getattr(weasyprint.css, "_stylesheets_read_once", False):
        return
    read = weasyprint.css.CSS       # find_stylesheets makes each linked stylesheet with it

    def css(*args, url=None, font_config=None, counter_style=None, color_profiles=None, **options):
        path = Path(url2pathname(urlsplit(url).path)) if url and url.startswith("file:") and not args else None
        if path is None or font_config is not _font_config() or not path.is_file():
            return read(*args, url=url, font_config=font_config, counter_style=counter_style,
                        color_profiles=color_profiles, **options)
        kept = vars(font_config).setdefault("_stylesheets_read_once", {})    # kept with the fonts they declared
        stat = path.stat()
        key = (url, stat.st_mtime_ns, stat.st_size, options.get("media_type"))
        if key not in kept:
            added: tuple[dict, dict] = ({}, {})
            options.update(page_rules=None, layers=None)       # its own, not its first document's
            kept[key] = (read(url=url, font_config=font_config, counter_style=added[0],
                              color_profiles=added[1], **options), added)
        sheet, (counters, profiles) = kept[key]
        for mine, theirs in ((counter_style, counters), (color_profiles, profiles)):
            if mine is not None:
                mine.update(theirs)
        return sheet

    weasyprint.css.CSS = css
    weasyprint.css._stylesheets_read_once = True


def header_scopes(_document, pdf) -> None:
    """Say which cells each table header cell heads (PDF/UA-1 7.5, the /Scope attribute): WeasyPrint
    tags <th> as /TH but drops its scope. A header in a table's head row heads its column; one that
    starts a body row heads its row. Checked by pdfua's rule UA-15-003 (tests/test_sheets.py).

    A finisher for WeasyPrint's write_pdf: it changes the PDF's objects before they are written,
    so the PDF is not opened and written a second time."""
    import pydyf  # noqa: PLC0415 (WeasyPrint's PDF writer: the pdf extra, loaded only when a PDF is rendered)
    objects = pdf.objects

    def at(reference: bytes):
        return objects[int(reference.split()[0])]

    for element in objects:
        if not isinstance(element, pydyf.Dictionary) or element.get("S") != "/TH":
            continue
        attributes = element.get("A")
        if attributes is not None and "Scope" in attributes:  # not for readers: PDF names
            continue
        row = at(element["P"])
        in_head = "P" in row and at(row["P"]).get("S") == "/THead"
        scope = "/Column" if in_head or list(row["K"]).index(element.reference) > 0 else "/Row"  # not for readers: PDF names
        if attributes is None:
            element["A"] = pydyf.Dictionary({"O": "/Table", "Scope": scope})  # not for readers: PDF names
        else:
            attributes["Scope"] = scope  # not for readers: PDF names


# How often Python's cycle collector runs while a PDF is made (see fewer_collections).
COLLECT_EVERY = (1_000_000, 100, 100)


@contextlib.contextmanager
def fewer_collections():
    """WeasyPrint makes millions of small objects for a long document (boxes, styles, lines), and
    Python's cycle collector, at its default settings, looks through them after every 700 new
    ones. Collecting after every million instead made the whole guide a quarter quicker (31 s to
    24 s of CPU) and the large-print pages a sixth, for a fifth more memory at the peak (570 to
    680 MB for the guide). The PDF is the same, byte for byte. The settings are put back afterwards."""
    kept = gc.get_threshold()
    gc.set_threshold(*COLLECT_EVERY)
    try:
        yield
    finally:
        gc.set_threshold(*kept)


@functools.lru_cache(maxsize=1)
def _font_config():
    """One font configuration for every PDF a process renders: WeasyPrint then fetches and unpacks
    each of the site's WOFF2 fonts once, not once for each document (in pure Python, that was half
    the time of a printable sheet), and sets up its fonts once (a large-print page or a sheet a
    further twelfth quicker). The same PDFs, byte for byte. Every PDF takes its fonts from fonts.css, and from no other stylesheet
    (tests/unit/test_pdf_render.py): a document's @font-face rules stay in the configuration for
    the next. Its folder of unpacked fonts is removed when the process ends, which WeasyPrint's own
    cleaning, when a document is let go, missed for the last PDFs of each worker."""
    from weasyprint.text.fonts import FontConfiguration  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    config = FontConfiguration()
    multiprocessing.util.Finalize(None, _clean_fonts, args=(config,), exitpriority=0)
    return config


def _clean_fonts(config) -> None:
    """Remove the folder of unpacked fonts, once: WeasyPrint's own cleaning, if it runs later as the
    interpreter ends, then finds nothing to do (and not a module already torn down)."""
    config.__del__()
    config._folder = None


@functools.lru_cache(maxsize=1)
def _patched() -> None:
    """WeasyPrint as this module makes PDFs with it: each change once in each process."""
    quicker_page_references()
    fonts_told_apart()
    stylesheets_read_once()


Result = tuple[str, "str | None", float]    # not for readers (a type); a PDF's address, the error if any, seconds of CPU it took


def _render(task: tuple) -> list[Result]:
    """Render one PDF, or a pack with its parts, into the cache."""
    with fewer_collections():
        return _render_now(*task)


def _render_now(job: tuple[str, str, str, str], parts: tuple[tuple[str, str, str, str | None], ...] = ()) -> list[Result]:
    """`job` is (html, base url, address, place in the cache). With `parts`, each (html, base url,
    address, place in the cache, or None when its PDF is cached already), the job's PDF is made
    of the parts' pages, as laid out for their own PDFs (WeasyPrint's Document.copy)."""
    _patched()
    pages: list = []

    def part(html: str, base_url: str, cached: str | None) -> None:
        document = _laid_out(html, base_url)
        if cached:
            _write(document, cached)
        pages.extend(document.pages)

    def whole(html: str, base_url: str, cached: str) -> None:
        document = _laid_out(html, base_url)
        _write(document.copy(pages) if parts else document, cached)

    results = [_attempt(out, part, html, base_url, cached) for html, base_url, out, cached in parts]
    html, base_url, out, cached = job
    if any(error for _out, error, _seconds in results):
        return results + [(out, "a PDF it is made of could not be made", 0.0)]  # not for readers: a build message
    return results + [_attempt(out, whole, html, base_url, cached)]


def _attempt(out: str, make, *args) -> Result:
    """Make one PDF: (its address, the error if any, seconds of CPU it took). An error is reported
    with the page's or sheet's name by render_all."""
    start = time.process_time()
    try:
        make(*args)
        return out, None, time.process_time() - start
    except Exception as exc:
        return out, f"{type(exc).__name__}: {exc}", time.process_time() - start


def _laid_out(html: str, base_url: str):
    from weasyprint import HTML  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    return HTML(string=html, base_url=base_url).render(
        pdf_variant=VARIANT, font_config=_font_config())


def _write(document, cached: str) -> None:
    Path(cached).parent.mkdir(parents=True, exist_ok=True)
    tmp = f"{cached}.{os.getpid()}.tmp"
    document.write_pdf(tmp, pdf_variant=VARIANT, uncompressed_pdf=False, finisher=header_scopes)
    os.replace(tmp, cached)
    cache_files.record(Path(cached))


def _key(fingerprint: str, job: PdfJob) -> str:
    parts = "".join(_key(fingerprint, part) for part in job.pages_of)
    return hashlib.sha256((fingerprint + job.label + job.html + parts).encode()).hexdigest()


def render_all(jobs: list[PdfJob], workers: int | None, cache: Path, pictures_dir: Path | None = None) -> tuple[int, int]:
    """Render these PDFs, keeping each in `cache` (by its HTML, stylesheets, fonts and pictures).
    Returns (rendered, taken from the cache)."""
    fingerprint = _assets_fingerprint(pictures_dir)
    for job in jobs:
        key = _key(fingerprint, job)
        job.cached = cache / key[:2] / f"{key}.pdf"
    missing = {job.cached for job in jobs
               if job.cached is not None and not cache_files.intact(job.cached, "PDF", job.label)}
    made_in_a_pack = {part.cached for job in jobs if job.cached in missing for part in job.pages_of}
    tasks = []      # (how much HTML, (the job, its parts)) for _render
    for job in jobs:
        if job.cached in missing and job.cached not in made_in_a_pack:
            parts = tuple((p.html, p.base_url, str(p.out), str(p.cached) if p.cached in missing else None)
                          for p in job.pages_of)
            size = len(job.html) + sum(len(p.html) for p in job.pages_of)
            tasks.append((size, ((job.html, job.base_url, str(job.out), str(job.cached)), parts)))
    if tasks:
        workers = min(workers or cores.cpus(), len(tasks))
        tasks.sort(key=lambda t: t[0], reverse=True)    # the longest first, so both cores finish together
        args = [task for _size, task in tasks]
        if workers == 1:
            results = [r for rs in map(_render, args) for r in rs]
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = [r for rs in pool.map(_render, args, chunksize=1) for r in rs]
        by_out = {str(j.out): j for j in jobs}
        failures = [ContentError(by_out[out].label, f"the PDF could not be made ({error})")
                    for out, error, _seconds in results if error]
        if os.environ.get("SITE_PDF_TIMES"):       # make bench: where the time goes
            Path(os.environ["SITE_PDF_TIMES"]).write_text(
                json.dumps({by_out[out].label: seconds for out, _e, seconds in results}, indent=0), encoding="utf-8")
        if failures:
            raise ContentErrors(failures)
    try:
        for job in jobs:
            job.out.parent.mkdir(parents=True, exist_ok=True)
            assert job.cached is not None      # set above, for every job
            cache_files.copy_out(job.cached, job.out)
    except OSError as exc:
        raise ContentError(job.label, f"the PDF could not be written ({exc.strerror}: {exc.filename})",
                           "check that the disk has room and the site folder can be written to, then build again.") from None
    return len(missing), len(jobs) - len(missing)
