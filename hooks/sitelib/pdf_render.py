"""Render HTML to tagged PDFs with WeasyPrint: on every core at once, and only again when the
HTML or its stylesheets changed (the PDFs are kept in .cache/pdf between builds).
"""
from __future__ import annotations

import hashlib
import os
import shutil
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import build
from .errors import ROOT, ContentError, ContentErrors

CACHE = Path(os.environ.get("SITE_PDF_CACHE") or ROOT / ".cache" / "pdf")
CSS_DIR = ROOT / "overrides" / "assets" / "css"
PDF_CSS = ("fonts.css", "large-print-pdf.css", "sheets.css", "guide-pdf.css")   # the stylesheets PDFs use
FONTS_DIR = ROOT / "overrides" / "assets" / "fonts"
PICTURES_DIR = ROOT / "overrides" / "assets" / "pictures"


@dataclass
class PdfJob:
    html: str            # the whole document
    base_url: str        # where relative addresses in it resolve (a folder in the built site)
    out: Path            # where the PDF goes in the built site
    label: str           # the page or sheet it comes from (for messages; part of the cache key)


def skipping() -> bool:
    """No PDFs in this build: the live preview (mkdocs serve), or SITE_SKIP_PDFS=1 (make bench).
    Hooks then need not even write the documents to render."""
    return build.current().skip_pdfs


def add(job: PdfJob):
    """Queue a PDF on this build, for hooks/pdf_files.py to render."""
    if not skipping():
        build.current().pdf_jobs.append(job)


def _assets_fingerprint() -> str:
    h = hashlib.sha256()
    import weasyprint
    h.update(weasyprint.__version__.encode())
    files = [CSS_DIR / name for name in PDF_CSS] + sorted(FONTS_DIR.glob("*")) + sorted(PICTURES_DIR.glob("*"))
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def _render(args) -> tuple[str, str | None]:
    html, base_url, out, cached = args
    try:
        from weasyprint import HTML
        Path(cached).parent.mkdir(parents=True, exist_ok=True)
        tmp = f"{cached}.{os.getpid()}.tmp"
        HTML(string=html, base_url=base_url).write_pdf(tmp, pdf_variant="pdf/ua-1", uncompressed_pdf=False)
        os.replace(tmp, cached)
        return out, None
    except Exception as exc:  # reported with the page's name by render_all
        return out, f"{type(exc).__name__}: {exc}"


def render_all(jobs: list[PdfJob], workers: int | None = None) -> tuple[int, int]:
    """Render these PDFs. Returns (rendered, taken from the cache)."""
    fingerprint = _assets_fingerprint()
    todo, from_cache = [], 0
    for job in jobs:
        key = hashlib.sha256((fingerprint + job.label + job.html).encode()).hexdigest()
        cached = CACHE / key[:2] / f"{key}.pdf"
        job.cached = cached
        if cached.exists():
            from_cache += 1
        else:
            todo.append(job)
    if todo:
        workers = workers or max(1, os.cpu_count() or 1)
        todo.sort(key=lambda j: len(j.html), reverse=True)    # the longest first, so both cores finish together
        args = [(j.html, j.base_url, str(j.out), str(j.cached)) for j in todo]
        workers = min(workers, len(todo))
        if workers == 1:
            results = list(map(_render, args))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(_render, args, chunksize=1))
        by_out = {str(j.out): j for j in todo}
        failures = [ContentError(by_out[out].label, f"the PDF could not be made ({error})")
                    for out, error in results if error]
        if failures:
            raise ContentErrors(failures)
    try:
        for job in jobs:
            job.out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(job.cached, job.out)
    except OSError as exc:
        raise ContentError(job.label, f"the PDF could not be written ({exc.strerror}: {exc.filename})",
                           "check that the disk has room and the site folder can be written to, then build again.") from None
    return len(todo), from_cache
