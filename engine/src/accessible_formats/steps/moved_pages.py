"""Step: when a page moves, every format of its old address keeps working. mkdocs-redirects
sends the old standard address to the new one (redirect_maps in mkdocs.yml, checked with the
content); this hook does the same for every other format, as the format registry says: a
redirect page for an HTML format, and a copy for a file that cannot redirect (plain text, PDF,
each point's audio)."""
from __future__ import annotations

import posixpath
import shutil
from pathlib import Path

from ..formats import POINT_FORMATS, path_of_src_uri


def make(b, config):
    m = b.model
    site = Path(config.site_dir)
    for old_src, new_src in b.content.redirects.items():
        if "://" in new_src:
            continue
        new = m.by_src_uri(new_src.split("#")[0])
        old_path = path_of_src_uri(old_src)
        for f in m.page_formats:
            src, dst = f.address(new.path), f.address(old_path)
            if f.moved == "redirect":
                out = site / dst / "index.html"
                out.parent.mkdir(parents=True, exist_ok=True)
                href = posixpath.relpath("/" + src, "/" + dst) + "/"
                out.write_text(b.template("formats/moved.html").render(url=m.absolute(src), href=href) + "\n",
                               encoding="utf-8")
            elif f.moved == "copy" and (site / src).exists():
                (site / dst).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(site / src, site / dst)
        for f in POINT_FORMATS if m.has("easy_read") else ():     # each point's audio: a copy at the old page's address
            n = 1
            while (site / f.address(new.path, n=n)).exists():
                copy = site / f.address(old_path, n=n)
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(site / f.address(new.path, n=n), copy)
                n += 1
