"""Step: render every PDF the other hooks queued (large-print pages, printable sheets, the whole
guide) with WeasyPrint, on every core at once, reusing the PDFs of the last build when nothing in
them changed."""
from __future__ import annotations

import logging

from .. import pdf_render

log = logging.getLogger("mkdocs.plugins.accessible_formats.pdf_files")


def make(b, config):
    if b.skip_pdfs:
        log.info("No PDFs in this build (pdfs: false, the preview, or SITE_SKIP_PDFS=1).")
        return
    rendered, cached = pdf_render.render_all(b.pdf_jobs, b.workers, b.files.pdf_cache, b.files.pictures_dir)
    b.pdf_jobs = []
    log.info(f"PDFs: {rendered} rendered, {cached} unchanged since the last build")
