"""Step: the HTML that editors write inside Markdown keeps to a short allow-list.

Markdown lets an editor write HTML. On this site that is limited to the tags and attributes that
ordinary text needs (the list below, enforced with the nh3 sanitiser): no scripts, styles, frames,
forms, event handlers (onclick=...), inline styles or javascript: links. The build stops with
the file, the line and what to do instead, so nothing unsafe or off-style reaches readers, and
nothing is dropped without the editor knowing. Every picture an editor adds needs alternative
text. CONTRIBUTING.md ("HTML in a page") lists what is allowed.
"""
from __future__ import annotations

import re
from collections import Counter

import nh3
from lxml import html as lxml_html

from ..errors import Collector

TAGS = {"p", "a", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
        "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
        "img", "figure", "figcaption", "br", "hr", "span", "div", "abbr", "sup", "sub", "details", "summary",
        "section", "aside", "nav", "mark", "small", "del", "ins", "kbd", "q", "cite"}
ATTRIBUTES = {"*": {"class", "id", "title", "lang", "dir"},
              "a": {"href"}, "img": {"src", "alt", "width", "height", "loading"},
              "th": {"scope", "colspan", "rowspan"}, "td": {"colspan", "rowspan"}, "ol": {"start", "reversed"},
              "details": {"open"}, "abbr": {"title"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
TAG_HELP = {
    "script": "scripts are not allowed in pages: the site's own scripts do what pages need",
    "style": "styles belong in the site's stylesheets (overrides/assets/css/), not in a page",
    "iframe": "embedded frames load other sites: link to the page instead",
}


def page_content(b, html_text, page, config):
    record = b.model.by_src_uri(page.file.src_uri)
    if record is None or record.meta.get("generated"):
        return html_text
    problems = b.cache.setdefault("editor_html", Collector())
    source = record.source_file
    text = source.read_text(encoding="utf-8-sig", errors="replace") if source.is_file() else ""
    for problem, fix, needle in check(html_text):
        problems.add(source, problem, fix, line_of(text, needle))
    return html_text


def env_ready(b, env, config):
    problems = b.cache.get("editor_html")
    if problems:
        problems.raise_if_any()
    return env


# Markdown's own tables align a column with an inline style: that one is Markdown's, not the editor's.
TABLE_ALIGN = re.compile(r'(<t[hd]) style="text-align: (?:left|right|center);"')


def check(fragment: str) -> list[tuple[str, str, str]]:
    """(problem, what to do, text to find its line by) for HTML outside the allow-list."""
    fragment = TABLE_ALIGN.sub(r"\1", fragment)
    cleaned = nh3.clean(fragment, tags=TAGS, attributes=ATTRIBUTES, url_schemes=URL_SCHEMES,
                        strip_comments=False, link_rel=None, generic_attribute_prefixes={"aria-"},
                        clean_content_tags={"script", "style"})
    before, after = _inventory(fragment), _inventory(cleaned)
    out = []
    removed = before - after
    gone_tags = {tag for (tag, attr) in removed if attr is None}
    for (tag, attr), _n in removed.items():
        if attr is not None and tag in gone_tags:
            continue                  # the tag itself is reported
        if attr is None:
            out.append((f"the HTML tag <{tag}> is not allowed in a page",
                        TAG_HELP.get(tag, "use Markdown, or only the HTML listed under 'HTML in a page' in CONTRIBUTING.md."),
                        f"<{tag}"))
        elif attr.startswith("on"):
            out.append((f"the attribute {attr}= on <{tag}> runs a script, which is not allowed in a page",
                        "remove it.", f"{attr}="))
        elif attr in ("href", "src"):
            out.append((f"a link or picture address on <{tag}> uses a kind of address that is not allowed",
                        "use a web address (https://...), an e-mail address (mailto:...) or a link to another page.",
                        next((x for x in ("javascript:", "data:", "vbscript:") if x in fragment.lower()), f"{attr}=")))
        else:
            out.append((f"the attribute {attr}= on <{tag}> is not allowed in a page",
                        "remove it: " + ("the site's stylesheets decide how text looks." if attr == "style"
                                         else "see 'HTML in a page' in CONTRIBUTING.md for what is allowed."),
                        f"{attr}="))
    root = lxml_html.fragment_fromstring(fragment or "<p></p>", create_parent="div")
    for img in root.iter("img"):
        if not (img.get("alt") or "").strip():
            out.append(("a picture has no alternative text",
                        "describe what the picture shows: ![What it shows](picture.png), or alt=\"...\" in HTML.",
                        img.get("src") or "<img"))
    return out


def _inventory(fragment: str) -> Counter:
    """How many of each tag, and of each attribute on each tag, a piece of HTML has."""
    root = lxml_html.fragment_fromstring(fragment or "<p></p>", create_parent="div")
    count: Counter = Counter()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        count[(el.tag, None)] += 1
        for attr in el.attrib:
            count[(el.tag, attr)] += 1
    count[("div", None)] -= 1                 # the holder made by fragment_fromstring
    return count


def line_of(text: str, needle: str) -> int | None:
    i = text.lower().find(needle.lower())
    return text[:i].count("\n") + 1 if i >= 0 else None
