"""Hook: when a page moves, every format of its old address keeps working. mkdocs-redirects
sends the old standard address to the new one (redirect_maps in mkdocs.yml); this hook does the
same for the old Easy Read and large-print addresses, and puts copies of the new plain-text file
and large-print PDF at their old addresses (a text file or PDF cannot redirect).
Runs after pdf_files, because it copies PDFs."""
from __future__ import annotations

import html
import posixpath
import shutil
from pathlib import Path

from sitelib import addresses, model

REDIRECT = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>This page has moved</title>
<link rel="canonical" href="{url}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<main><h1>This page has moved</h1><p><a href="{href}">Go to the new page</a>.</p></main>
</body>
</html>
"""


def moved(config) -> dict[str, str]:
    plugin = config.plugins.get("redirects")
    return dict(plugin.config.get("redirect_maps", {})) if plugin else {}


def path_of(src_uri: str) -> str:
    stem = src_uri[:-3] if src_uri.endswith(".md") else src_uri
    if stem == "index":
        return ""
    return stem[: -len("/index")] if stem.endswith("/index") else stem


def on_post_build(config):
    m = model.current()
    site = Path(config.site_dir)
    for old_src, new_src in moved(config).items():
        if "://" in new_src:
            continue
        new = m.by_src_uri(new_src.split("#")[0])
        if new is None:
            continue
        old = addresses.all_formats(path_of(old_src))
        for key in ("easy_read", "large_print"):
            target = new.formats[key]
            out = site / old[key] / "index.html"
            out.parent.mkdir(parents=True, exist_ok=True)
            href = posixpath.relpath("/" + target, "/" + old[key]) + "/"
            out.write_text(REDIRECT.format(url=html.escape(m.absolute(target)), href=html.escape(href)),
                           encoding="utf-8")
        for key in ("text", "large_print_pdf"):
            src, dst = site / new.formats[key], site / old[key]
            if src.exists():
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dst)
