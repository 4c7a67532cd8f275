"""What a page must say about itself: its front matter (checked against the page schema, the
project's own or the engine's) and its headings.

Headings are rules on the text, not on the front matter, so they are checked here: no '# '
heading (the title is the front matter's), a fixed id on every '##' and '###' heading, and the
fixed sections each kind of page must have (from the page schema's "x-sections"). A site's own
kinds of content use the same helpers for their own rules (api).
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import Collector
from .site_data import SiteData

HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
ATTRS = re.compile(r"[ \t]*\{(?P<attrs>[^{}]*)\}[ \t]*$")          # attr_list at the end of a heading
ID_IN_ATTRS = re.compile(r"(?:^|\s)#(?P<id>[^\s}]*)")
ID_RULE = re.compile(r"^[a-z][a-z0-9-]*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def required_sections(kind: str, data: SiteData) -> list[str]:
    """The fixed sections a kind of page must have (the page schema's "x-sections")."""
    return list(data.schemas.document("page").get("x-sections", {}).get(kind, []))


def iter_headings(body: str, body_line: int):
    """(line, level, text) of each Markdown heading outside code blocks."""
    in_fence = False
    for i, line in enumerate(body.split("\n")):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        m = HEADING.match(line)
        if m:
            yield body_line + i, len(m.group("hashes")), m.group("text")


def heading_id(text: str) -> str | None:
    """The fixed id written at the end of a heading ('## What helped {#what-helped}'), or None."""
    m = ATTRS.search(text)
    if not m:
        return None
    found = ID_IN_ATTRS.search(m.group("attrs"))
    return found.group("id") if found else None


def plain_heading(text: str) -> str:
    return ATTRS.sub("", text).strip()


def check_page(meta, body: str, body_line: int, path: Path, data: SiteData, errors: Collector) -> bool:
    """Check a page's front matter (its schema) and headings. True when the front matter is right."""
    ok = data.schemas.check("page", meta, path, errors)
    ids = check_headings(body, body_line, path, errors, need_ids=True)
    kind = meta.get("kind")
    if isinstance(kind, str):
        for needed in required_sections(kind, data):
            if needed not in ids:
                errors.add(path, f"a {kind} page must have a section with the id '#{needed}'",
                           f"add the heading, like '## ... {{#{needed}}}': see templates/{kind}-page.md. People "
                           "link to these sections, so every page of this kind has them.", body_line)
        if kind == "tool":
            steps = [i for i in ids if i.startswith("step-")]
            if steps != [f"step-{n}" for n in range(1, len(steps) + 1)]:
                errors.add(path, f"the steps of a tool must have the ids step-1, step-2, ... in order "
                                 f"(this page has {', '.join(steps) or 'none'})",
                           "give each step heading its number: ### Step 1: ... {#step-1}.", body_line)
    return ok


# The most a page's text may hold, and how deep its quotes and lists may go: a page pasted from a
# whole document, or a runaway of nested lists (2,000 levels took the build six minutes and ended
# in Python's recursion limit), is one message instead.
MOST_WORDS = 40_000
MOST_DEPTH = 10
_QUOTES = re.compile(r"^(?:[ ]{0,3}>)+")
_LIST_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]")


def check_text(body: str, body_line: int, path: Path, errors: Collector) -> None:
    """The rules for the text of any page: notes to editors closed, not too long, not too deep."""
    check_comments(body, body_line, path, errors)
    words = len(body.split())
    if words > MOST_WORDS:
        errors.add(path, f"the page is {words:,} words long; the most a page may have is {MOST_WORDS:,}",
                   "split it into several pages, each about one thing: a reader on a phone cannot use a page "
                   "that long, and its PDF would run to hundreds of pages.", body_line)
    for offset, line in enumerate(body.split("\n")):
        quotes = _QUOTES.match(line)
        depth = quotes.group(0).count(">") if quotes else 0
        item = _LIST_ITEM.match(line[quotes.end():] if quotes else line)
        if item:
            depth += len(item.group(1).expandtabs(4)) // 4 + 1
        if depth > MOST_DEPTH:
            errors.add(path, f"this line is {depth} quotes or lists deep; the most is {MOST_DEPTH}",
                       "take out the extra '>' signs or the extra indentation: a list inside a list inside a "
                       "list is already hard to follow.", body_line + offset)
            return


def check_comments(body: str, body_line: int, path: Path, errors: Collector) -> None:
    """A note to other editors (<!-- ... -->) must be closed, or the rest of the page disappears."""
    start = 0
    while True:
        i = body.find("<!--", start)
        if i < 0:
            return
        j = body.find("-->", i + 4)
        if j < 0:
            errors.add(path, "a note to editors (<!--) is not closed, so everything after it would be hidden",
                       "end the note with --> where it should stop.", body_line + body[:i].count("\n"))
            return
        start = j + 3


def check_headings(body: str, body_line: int, path: Path, errors: Collector, need_ids: bool) -> list[str]:
    """The heading rules (and the rules for any text: check_text); returns the fixed ids found, in order."""
    check_text(body, body_line, path, errors)
    seen: dict[str, int] = {}
    for lineno, level, text in iter_headings(body, body_line):
        if level == 1:
            errors.add(path, "the page has its own '# ' title heading",
                       "remove it: the title comes from 'title:' in the front matter. Start sections with '## '.",
                       lineno)
            continue
        hid = heading_id(text)
        if hid is None:
            if level in (2, 3) and need_ids:
                errors.add(path, f"the heading '{text}' has no fixed id",
                           "add an id at the end, like: ## What helped {#what-helped}. Keep it when you "
                           "reword the heading: people link to it.", lineno)
            continue
        if not ID_RULE.match(hid):
            errors.add(path, f"the id '#{hid}' of the heading '{plain_heading(text)}' is not a usable id",
                       "an id must start with a letter and use only lower-case letters, digits and hyphens, "
                       "like {#what-helped}.", lineno)
            continue
        if hid in seen:
            errors.add(path, f"the id '#{hid}' is used twice (first at line {seen[hid]})",
                       "give each heading its own id.", lineno)
        seen[hid] = lineno
    return list(seen)
