"""Step: write site/manifest.json, the list of every page with its formats, sheets and audio, a
site's on-screen tools, and the formats themselves (from the registry, formats.py). The checks
and tools find pages through it. A site's hooks may add fields of their own to each page's entry
(api.add_manifest_field)."""
from __future__ import annotations

import json
from pathlib import Path

from .. import speech
from ..errors import where
from ..formats import POINT_FORMATS, SHEET_POINT_FORMATS, TOOL_POINT_FORMATS


def make(b, config):
    m = b.model
    pages = []
    for record in m.in_reading_order():
        entry = {
            "path": record.path,
            "title": record.title,
            "kind": record.kind,
            "description": record.description,
            "source": where(record.source_file),
            "easy_read": easy_read_status(record),
            "easy_read_source": where(record.easy_read_file) if record.easy_read_file else None,
            "formats": m.addresses(record),
            "sheets": {slug: m.sheet_addresses(slug) for slug in record.sheets},
            **{name: field(record) for name, field in m.manifest_fields.items()},
            "last_changed": record.last_changed.isoformat() if record.last_changed else None,
            "reviewed": record.reviewed.isoformat() if record.reviewed else None,
            "review_due": record.review_due.isoformat() if record.review_due else None,
            "changed_in": [c["version"] for c in record.changes],
            "audio": _audio(speech.page_clips(record, m)),
        }
        pages.append(entry)
    sheets = [{"slug": s.slug, "title": s.title, "page": m.by_src_uri(s.page).path if m.by_src_uri(s.page) else None,
               "purpose": s.purpose, "addresses": m.sheet_addresses(s.slug), "source": where(s.file),
               "audio": _audio(speech.sheet_clips(s, m.words))}
              for s in m.sheets.values()]
    tools = [{"key": t.key, "title": t.title, "page": m.by_src_uri(t.page).path, "source": where(t.source),
              "addresses": {form.replace("-", "_"): address for form, address in m.tool_addresses(t).items()},
              **({"text": m.tool_text_address(t)} if b.makes("text") else {}),
              "audio": _audio(t.clips)} for t in m.tools]
    easy = m.has("easy_read")
    registry = {"page": [_format(f, m.words) for f in m.page_formats],
                "sheet": [_format(f, m.words) for f in m.sheet_formats],
                "point": [_format(f, m.words) for f in POINT_FORMATS if easy],
                "sheet_point": [_format(f, m.words) for f in SHEET_POINT_FORMATS if easy],
                "tool_point": [_format(f, m.words) for f in TOOL_POINT_FORMATS if easy]}
    manifest = {"site_name": config.site_name, "site_url": m.site_url, "version": m.version,
                "formats": registry, "pages": pages, "sheets": sheets, "tools": tools,
                "downloads": [target for target, _ in b.downloads]}
    (Path(config.site_dir) / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False),
                                                         encoding="utf-8")


def _audio(clips) -> list[dict]:
    """Each audio file of a page, sheet or tool, with the words it says."""
    return [{"address": c.address, "says": c.sentences, "source": where(c.source, c.line or None)} for c in clips]


def _format(f, words) -> dict:
    return {"key": f.key, "pattern": f.pattern, "media_type": f.media_type, "html_page": f.page,
            "cite": f.cite, "form": f.form, "name": words["formats"].get(f.key, f.key)}


def easy_read_status(record) -> str:
    """'written' by an editor, 'made from data' (lists and the glossary), or 'missing'."""
    if record.easy_read is None:
        return "missing"
    return "made from data" if record.meta.get("generated") else "written"  # not for readers: the manifest, for developers
