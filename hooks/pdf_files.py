"""Hook: render every queued PDF (large-print pages and printable sheets) with WeasyPrint, on
every core at once, reusing the PDFs of the last build when nothing in them changed.
Keep this hook last under hooks: in mkdocs.yml: the others queue their PDFs before it runs.
"""
from __future__ import annotations

import logging
import os

from sitelib import pdf_render

log = logging.getLogger("mkdocs.hooks.pdf_files")
_serving = False


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_post_build(config):
    if _serving or os.environ.get("SITE_SKIP_PDFS") == "1":
        pdf_render.reset()
        log.info("PDFs are not made in the preview (make site makes them)" if _serving
                 else "PDFs skipped (SITE_SKIP_PDFS=1)")
        return
    rendered, cached = pdf_render.render_all()
    log.info(f"PDFs: {rendered} rendered, {cached} unchanged since the last build")
