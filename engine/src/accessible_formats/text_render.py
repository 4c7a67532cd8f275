"""Turn a page's rendered HTML into plain text for screen readers, e-mail and slow connections.

UTF-8, lines wrapped at 80 columns without breaking addresses, numbered headings that stand out,
lists as "- ", tables read row by row with their column headings, pictures as [Picture: alt text],
links as numbered references with full addresses listed at the end. No HTML or Markdown is left.

We write this small renderer rather than use html2text or inscriptis because both print Markdown
or draw tables as grids, and a screen reader needs tables read row by row with their headings.
"""
from __future__ import annotations

import re
import textwrap

from lxml import html as lxml_html

WIDTH = 80
BLOCK_TAGS = {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "figure",
              "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "h1", "h2", "h3", "h4", "h5", "h6",
              "pre", "details", "summary", "hr", "figcaption", "form"}
SKIP = {"script", "style", "template", "svg", "button", "input", "noscript"}


class _Links:
    """The page's links, numbered as they come, and the site's words the text needs (text.links,
    text.picture, text.table)."""

    def __init__(self, absolute, words):
        self.absolute = absolute
        self.words = words
        self.urls: list[str] = []

    def number(self, href: str) -> int | None:
        url = self.absolute(href)
        if url is None:
            return None
        if url not in self.urls:
            self.urls.append(url)
        return self.urls.index(url) + 1


def _inline(el, links: _Links) -> str:
    """The text of an inline run, with link numbers and picture descriptions."""
    parts = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        tag = child.tag.lower()
        if tag in SKIP:
            pass
        elif tag == "br":
            parts.append(BREAK)
        elif tag == "img":
            alt = (child.get("alt") or "").strip()
            if alt:
                parts.append(f"[{links.words.say('text', 'picture')} {alt}]")
        elif tag == "a":
            text = _inline(child, links).strip()
            href = child.get("href") or ""
            own_page = href.startswith("#") or "glossary-term" in (child.get("class") or "")  # glossary links: just the word
            n = links.number(href) if href and not own_page else None
            parts.append(f"{text} [{n}]" if n and text else text)
        elif tag in BLOCK_TAGS:
            parts.append(" " + _inline(child, links) + " ")
        else:
            parts.append(_inline(child, links))
        parts.append(child.tail or "")
    return "".join(parts)


BREAK = "\u2028"   # a line break the page asks for (<br>); other line ends in the HTML are just spaces


class Verbatim(str):
    """A footer line printed as it is, not wrapped (a BibTeX or RIS reference)."""


def _clean(text: str) -> str:
    return re.sub(r"[^\S\u2028]+", " ", text).replace(" \u2028", BREAK).replace("\u2028 ", BREAK).strip()


def _wrap(text: str, indent: str = "", first: str | None = None) -> str:
    first = indent if first is None else first
    lines = []
    for i, para in enumerate(_clean(text).split(BREAK)):
        lead = first if i == 0 else indent
        if para and len(lead) + len(para) <= WIDTH:     # one line: what textwrap gives, without its cost
            lines.append(lead + para)
            continue
        lines.append(textwrap.fill(para, WIDTH, initial_indent=lead, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


class _Renderer:
    def __init__(self, links: _Links):
        self.links = links
        self.blocks: list[str] = []
        self.counters = [0, 0]

    def heading(self, level: int, text: str):
        text = _clean(text)
        if not text:
            return
        if level <= 2:
            self.counters = [self.counters[0] + 1, 0]
            self.blocks.append("\n" + _wrap(f"{self.counters[0]}. {text}"))
        elif level == 3:
            self.counters[1] += 1
            self.blocks.append(_wrap(f"{self.counters[0]}.{self.counters[1]} {text}"))
        else:
            self.blocks.append(_wrap(text))

    def walk(self, el, indent: str = ""):
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag.lower()
            if tag in SKIP:
                continue
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.heading(int(tag[1]), _inline(child, self.links))
            elif tag in ("ul", "ol"):
                self.list(child, indent, ordered=tag == "ol")
            elif tag == "dl":
                for item in child:
                    if not isinstance(item.tag, str):
                        continue
                    if item.tag == "dt":
                        self.blocks.append(_wrap(_inline(item, self.links), indent))
                    elif item.tag == "dd":
                        self.blocks[-1:] = [(self.blocks[-1] + "\n" if self.blocks else "")
                                            + _wrap(_inline(item, self.links), indent + "  ")]
            elif tag == "table":
                self.table(child, indent)
            elif tag == "blockquote":
                self.walk(child, indent + "  ")
            elif tag == "hr":
                continue
            elif tag in ("div", "section", "article", "main", "aside", "figure", "details", "nav", "header", "footer", "form"):
                if child.text and child.text.strip():
                    self.blocks.append(_wrap(child.text, indent))
                self.walk(child, indent)
            elif tag == "summary":
                self.blocks.append(_wrap(_inline(child, self.links), indent))
            elif tag == "pre":
                self.blocks.append("\n".join(indent + line for line in child.text_content().splitlines()))
            else:
                text = _inline(child, self.links)
                if text.strip():
                    self.blocks.append(_wrap(text, indent))
            if child.tail and child.tail.strip() and tag in BLOCK_TAGS:
                self.blocks.append(_wrap(child.tail, indent))

    def list(self, el, indent: str, ordered: bool):
        items = []
        n = 0
        for li in el:
            if not isinstance(li.tag, str) or li.tag != "li":
                continue
            n += 1
            bullet = f"{n}. " if ordered else "- "
            # the item's own text, then any nested blocks
            own = lxml_html.Element("span")
            own.text = li.text
            nested = []
            for c in li:
                if isinstance(c.tag, str) and c.tag in ("ul", "ol", "dl", "table", "p", "div", "blockquote"):
                    nested.append(c)
                else:
                    own.append(_copy(c))
            text = _inline(own, self.links)
            sub = _Renderer(self.links)
            sub.counters = self.counters
            for c in nested:
                if c.tag == "p":
                    t = _inline(c, self.links)
                    if not text.strip():
                        text = t
                    else:
                        sub.blocks.append(_wrap(t, indent + " " * len(bullet)))
                else:
                    holder = lxml_html.Element("div")
                    holder.append(_copy(c))
                    sub.walk(holder, indent + " " * len(bullet))
            block = _wrap(text, indent + " " * len(bullet), indent + bullet)
            if sub.blocks:
                block += "\n" + "\n".join(b.strip("\n") for b in sub.blocks)
            items.append(block)
        if items:
            self.blocks.append("\n".join(items))

    def table(self, table, indent: str):
        rows = [tr for tr in table.iter("tr")]
        if not rows:
            return
        caption = table.find("caption")
        if caption is not None:
            self.blocks.append(_wrap(self.links.words.say("text", "table") + " " + _inline(caption, self.links), indent))
        header_cells = [c for c in rows[0] if isinstance(c.tag, str) and c.tag in ("th", "td")]
        has_header = all(c.tag == "th" for c in header_cells)
        headers = [_clean(_inline(c, self.links)) for c in header_cells] if has_header else []
        body = rows[1:] if has_header else rows
        out = []
        for tr in body:
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
            lines = []
            for i, cell in enumerate(cells):
                value = _clean(_inline(cell, self.links))
                label = headers[i] if i < len(headers) and headers[i] else ""
                text = f"{label}: {value}" if label else value
                lines.append(_wrap(text, indent + "  ", indent + ("- " if i == 0 else "  ")))
            out.append("\n".join(lines))
        self.blocks.append("\n\n".join(out))


def _copy(el):
    return lxml_html.fromstring(lxml_html.tostring(el, encoding="unicode"))


def render(fragment: str, title: str, absolute, header_lines: list[str], footer_lines: list[str], words) -> str:
    """Plain text of one page. `absolute(href)` turns a link in the fragment into a full address
    (or None to drop the number); `words`: the site's (words.Words), for the words the text adds."""
    root = lxml_html.fragment_fromstring(fragment or "<p></p>", create_parent="div")
    links = _Links(absolute, words)
    r = _Renderer(links)
    r.walk(root)
    parts = [title.upper(), ""] + [_wrap(line) for line in header_lines] + [""]
    parts.append("\n\n".join(b.strip("\n") for b in r.blocks if b.strip()))
    if links.urls:
        parts += ["", "", words.say("text", "links"), ""]
        parts += [f"[{i}] {url}" for i, url in enumerate(links.urls, 1)]
    if footer_lines:
        parts += ["", ""] + [line if isinstance(line, Verbatim) else _wrap(line) if line else ""
                              for line in footer_lines]
    return "\n".join(parts).rstrip() + "\n"
