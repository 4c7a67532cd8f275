"""Hook: render every queued PDF (large-print pages and printable sheets) with WeasyPrint, on
every core at once, reusing the PDFs of the last build when nothing in them changed.
Keep this hook last under hooks: in mkdocs.yml: the others queue their PDFs before it runs.
"""
from __future__ import annotations

import logging

from sitelib import pdf_render

log = logging.getLogger("mkdocs.hooks.pdf_files")
def on_startup(command, dirty):
    pdf_render.set_serving(command == "serve")


def on_post_build(config):
    if pdf_render.skipping():
        log.info("No PDFs in this build (the preview, or SITE_SKIP_PDFS=1): make site makes them.")
        return
    rendered, cached = pdf_render.render_all()
    log.info(f"PDFs: {rendered} rendered, {cached} unchanged since the last build")
