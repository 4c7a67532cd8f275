"""Anchors: every link to a part of a page (#id) finds that part, on every HTML page of the site.

LinkChecker checks every link of the site over HTTP (checks/links.py). Its own anchor check
downloads and parses a page again for every different #part that is linked to, which on this
site (a glossary link from each hard word, a self-link on each heading) takes about 4 minutes of
the test run; this does the same check in seconds, reading each page once.
"""
from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from lxml import html as lxml_html


def _ids(root) -> set[str]:
    return {v for el in root.iter() if isinstance(el.tag, str) for v in (el.get("id"), el.get("name")) if v}


def target_file(site: Path, page: Path, href: str) -> Path | None:
    """The built file a relative link leads to, or None for another site."""
    parts = urlsplit(href)
    if parts.scheme or href.startswith("//"):
        return None
    if not parts.path:
        return page
    if parts.path.startswith("/"):            # the 404 page links from the site's root
        rel = posixpath.normpath(unquote(parts.path).lstrip("/") or ".")
    else:
        rel = posixpath.normpath(posixpath.join(posixpath.dirname(page.relative_to(site).as_posix()), unquote(parts.path)))
    target = site / rel
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def check_site(site_dir: Path) -> list[str]:
    site = Path(site_dir)
    parsed: dict[Path, object] = {}

    def tree(path: Path):
        if path not in parsed:
            parsed[path] = lxml_html.fromstring(path.read_bytes()) if path.is_file() else None
        return parsed[path]

    ids: dict[Path, set[str]] = {}
    problems = []
    for page in sorted(site.rglob("*.html")):
        root = tree(page)
        for el in root.iter("a", "area", "link"):
            href = el.get("href") or ""
            url, frag = urldefrag(href)
            if not frag or href.startswith(("mailto:", "tel:", "javascript:")):
                continue
            target = target_file(site, page, url)
            if target is None or target.suffix != ".html":
                continue
            if target not in ids:
                t = tree(target)
                ids[target] = _ids(t) if t is not None else set()
            if unquote(frag) not in ids[target] and frag != "top":
                where = f"site/{page.relative_to(site).as_posix()}, line {el.sourceline}"
                problems.append(f"{where}: the link to '{href}' goes to a part of the page that does not exist "
                                f"(no id '{unquote(frag)}' in site/{target.relative_to(site).as_posix()})")
    return problems
