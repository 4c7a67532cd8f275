"""Reading and rewriting rendered HTML, for the formats made from a standard page."""
from __future__ import annotations

import functools
import posixpath
import re
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import html as lxml_html

URL_ATTRS = ("href", "src")

# The address functions below are pure and asked about the same links by every format of a page
# (thousands of times a build), so each answer is kept; they depend on nothing a build changes.


def parse_fragment(fragment: str):
    return lxml_html.fragment_fromstring(fragment or "<p></p>", create_parent="div")


def serialize_fragment(root) -> str:
    out = lxml_html.tostring(root, encoding="unicode", method="html")
    return out[len("<div>"):-len("</div>")]


@functools.cache
def is_external(url: str) -> bool:
    return bool(urlsplit(url).scheme) or url.startswith("//")


@functools.cache
def site_path_of(href: str, from_dir: str) -> tuple[str, str]:
    """Resolve a relative href found on the page whose directory address is `from_dir`
    ('principles/assets/') to a site path without leading slash, plus its #fragment."""
    target, frag = urldefrag(href)
    absolute = urljoin("/" + from_dir, target) if target else "/" + from_dir
    return absolute.lstrip("/"), frag


@functools.cache
def relative_href(site_path: str, from_dir: str, frag: str = "") -> str:
    """A relative href from a page in directory `from_dir` to `site_path`."""
    base = "/" + from_dir
    target = "/" + site_path
    rel = posixpath.relpath(target, base if base.endswith("/") else posixpath.dirname(base))
    if site_path.endswith("/") or site_path == "":
        rel = rel.rstrip("/") + "/"
        if rel == "./":
            rel = "./"
    if rel.startswith("./") and len(rel) > 2:
        rel = rel[2:]
    return rel + (f"#{frag}" if frag else "")


def rewrite_links(root, from_dir: str, to_dir: str, map_page) -> None:
    """Move the links of content rendered for `from_dir` to a page at `to_dir`.

    `map_page(site_path) -> site_path or None` maps the address of a standard page to the
    address of the same page in this format; other targets (pictures, sheets, PDFs) keep their
    address and only their relative path changes.
    """
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in URL_ATTRS:
            href = el.get(attr)
            if not href or is_external(href) or href.startswith(("mailto:", "tel:", "data:")):
                continue
            if href.startswith("#"):
                continue
            path, frag = site_path_of(href, from_dir)
            mapped = map_page(path)
            if mapped is not None:
                path = mapped
            el.set(attr, relative_href(path, to_dir, frag))


def text_of(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()
