"""Hook: write site/manifest.json, the list of every page with its formats and sheets.
The tests and tools find pages through it."""
from __future__ import annotations

import json
from pathlib import Path

from sitelib import addresses, model
from sitelib.errors import where


def on_post_build(config):
    m = model.current()
    pages = []
    for record in m.in_reading_order():
        pages.append({
            "path": record.path,
            "title": record.title,
            "kind": record.kind,
            "description": record.description,
            "source": where(record.source_file),
            "easy_read": easy_read_status(record),
            "easy_read_source": where(record.easy_read_file) if record.easy_read_file else None,
            "formats": record.formats,
            "sheets": {slug: addresses.sheet(slug) for slug in record.sheets},
            "principles": record.principles,
        })
    sheets = [{"slug": s.slug, "title": s.title, "page": m.by_src_uri(s.page).path if m.by_src_uri(s.page) else None,
               "purpose": s.purpose, "addresses": addresses.sheet(s.slug), "source": where(s.file)}
              for s in m.sheets.values()]
    manifest = {"site_name": config.site_name, "site_url": m.site_url, "version": m.version,
                "pages": pages, "sheets": sheets, "downloads": [target for target, _ in addresses.SITE_DOWNLOADS]}
    (Path(config.site_dir) / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                                         encoding="utf-8")


def easy_read_status(record) -> str:
    """'written' by an editor, 'made from data' (lists and the glossary), or 'missing'."""
    if record.easy_read is None:
        return "missing"
    return "made from data" if record.meta.get("generated") else "written"
