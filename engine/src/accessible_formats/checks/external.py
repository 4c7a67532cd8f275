"""Nothing from other hosts: no built file may make a reader's browser load a script, stylesheet,
font, picture or frame from another host. Ordinary links to other sites are fine."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lxml_html

LOADING = {  # element -> attributes that make the browser fetch something
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "video": ("src", "poster"),
    "audio": ("src",), "iframe": ("src",), "frame": ("src",), "embed": ("src",), "object": ("data",),
    "input": ("src",), "track": ("src",), "image": ("href", "{http://www.w3.org/1999/xlink}href"),
    "use": ("href", "{http://www.w3.org/1999/xlink}href"),
}
LOADING_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload",
                     "preconnect", "dns-prefetch", "manifest", "mask-icon", "prerender",
                     "alternate"}   # Material's script fetches the sitemap.xml beside each alternate link
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""", re.I)
JS_LOAD = re.compile(r"""(?:importScripts|import)\(\s*['"](https?:)?//""")


def is_other_host(url: str) -> bool:
    url = url.strip()
    return bool(re.match(r"^(https?:)?//", url, re.I))


def check_html(path: Path, site_dir: Path) -> list[str]:
    rel = f"site/{path.relative_to(site_dir).as_posix()}"
    text = path.read_text(encoding="utf-8", errors="replace")
    problems: list[str] = []
    root = lxml_html.fromstring(text) if text.strip() else None
    if root is None:
        return problems
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.split("}")[-1].lower()
        line = el.sourceline
        attrs = LOADING.get(tag, ())
        if tag == "link":
            rels = set((el.get("rel") or "").lower().split())
            if rels & LOADING_LINK_RELS and is_other_host(el.get("href") or ""):
                problems.append(f"{rel}, line {line}: loads '{el.get('href')}' from another host")
        for attr in attrs:
            value = el.get(attr) or ""
            for url in re.split(r",\s*", value) if "srcset" in attr else [value]:
                if is_other_host(url.split(" ")[0]):
                    problems.append(f"{rel}, line {line}: <{tag}> loads '{url}' from another host")
        style = el.get("style") or ""
        if tag == "style":
            style += el.text or ""
        for m in CSS_URL.finditer(style):
            url = m.group(1) or m.group(2)
            if is_other_host(url):
                problems.append(f"{rel}, line {line}: a style loads '{url}' from another host")
        if tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh" and "http" in (el.get("content") or ""):
            problems.append(f"{rel}, line {line}: refreshes to another host")
    return problems


def check_css(path: Path, site_dir: Path) -> list[str]:
    rel = f"site/{path.relative_to(site_dir).as_posix()}"
    problems = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        for m in CSS_URL.finditer(line):
            url = m.group(1) or m.group(2)
            if is_other_host(url):
                problems.append(f"{rel}, line {lineno}: loads '{url}' from another host")
    return problems


def check_js(path: Path, site_dir: Path) -> list[str]:
    rel = f"site/{path.relative_to(site_dir).as_posix()}"
    text = path.read_text(encoding="utf-8", errors="replace")
    return [f"{rel}: a script imports code from another host" for _ in JS_LOAD.finditer(text)]


def check_site(site_dir: Path) -> list[str]:
    site_dir = Path(site_dir)
    problems = []
    for f in sorted(site_dir.rglob("*")):
        if f.suffix == ".html":
            problems += check_html(f, site_dir)
        elif f.suffix == ".css":
            problems += check_css(f, site_dir)
        elif f.suffix == ".js":
            problems += check_js(f, site_dir)
        elif f.suffix == ".svg":
            problems += check_css(f, site_dir)  # url() and @import in an SVG's styles
    return problems
