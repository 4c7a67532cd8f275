"""Step: the HTML that editors write inside Markdown keeps to a short allow-list.

Markdown lets an editor write HTML. On this site that is limited to the tags and attributes that
ordinary text needs (the list below, enforced with the nh3 sanitiser): no scripts, styles, frames,
forms, event handlers (onclick=...), inline styles or javascript: links. The build stops with
the file, the line and what to do instead, so nothing unsafe or off-style reaches readers, and
nothing is dropped without the editor knowing. Every picture an editor adds needs alternative
text, and is a file of the site, never one from another website (which would learn who reads
the page). CONTRIBUTING.md ("HTML in a page") lists what is allowed.
"""
from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import nh3
from lxml import html as lxml_html

from ..content import resolve_easy_link
from ..errors import Collector
from ..html_tools import relative_href

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


# A link to an Easy Read text (culture.easy.md) from a page's Markdown: MkDocs knows no such page
# (the Easy Read page is made by the engine), so the link is marked before MkDocs reads it, with a
# scheme MkDocs leaves alone, and becomes the Easy Read page's address once the page is HTML.
EASY_LINK = re.compile(r"""(\]\(\s*<?|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?|href=["'])([^()\s"'<>#?]*?)\.easy\.md(?=[#)\s"'>])""",
                       re.MULTILINE)
EASY_SCHEME = "easy-read-text:"
EASY_HREF = re.compile(r'href="easy-read-text:([^"#]*)(?:#([^"]*))?"')


def page_markdown(b, markdown, page, config):
    """Mark links to Easy Read texts (see EASY_LINK)."""
    if ".easy.md" not in markdown:
        return markdown
    return EASY_LINK.sub(lambda m: f"{m.group(1)}{EASY_SCHEME}{m.group(2)}.md", markdown)


def easy_read_links(m, html_text: str, record, report) -> str:
    """A marked link to an Easy Read text becomes the address of its Easy Read page, or a message
    (through `report(problem, fix, needle)`) when there is none."""
    def to(match):
        target, frag = match.group(1), match.group(2) or ""
        src_uri = resolve_easy_link(record.src_uri, target)
        other = m.by_src_uri(src_uri)
        written = f"{target[:-3]}.easy.md"
        if other is None or not other.has_easy_read or not m.has("easy_read"):
            report(f"the link to '{written}' goes to an Easy Read page that this site does not have",
                   f"link to the page itself ('{target}'): readers find its other formats from there.", written)
            return f'href="{target}"'
        return f'href="{relative_href(other.formats["easy_read"], record.path + "/" if record.path else "", frag)}"'
    return EASY_HREF.sub(to, html_text)


def page_content(b, html_text, page, config):
    record = b.model.by_src_uri(page.file.src_uri)
    if record is None or record.meta.get("generated"):
        return html_text
    problems = b.cache.setdefault("editor_html", Collector())
    source = record.source_file
    text = source.read_text(encoding="utf-8-sig", errors="replace") if source.is_file() else ""

    def report(problem, fix, needle):
        problems.add(source, problem, fix, line_of(text, needle))
    html_text = easy_read_links(b.model, html_text, record, report)
    for problem, fix, needle in check(html_text):
        report(problem, fix, needle)
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
        src = (img.get("src") or "").strip()
        if urlsplit(src).scheme.lower() in ("http", "https") or src.startswith("//"):
            out.append((f"the picture {src} comes from another website: every picture must be a file of this site",
                        "save the picture in docs/ (like docs/assets/pictures/logo.png) and use that file: "
                        "![What it shows](../assets/pictures/logo.png). A picture from another website would tell "
                        "that website who reads the page. A link to another website is fine.", src))
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
