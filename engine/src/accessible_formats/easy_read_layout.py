"""Lay out an Easy Read text as HTML: a picture on the left, the words on the right, each
sentence on its own line, and the Easy Read meaning of a hard word beside its first use.

Used by the easy_read_pages hook to build the pages, and by tools/check_page.py so that
editors can check their text before they build.
"""
from __future__ import annotations

import html
import posixpath

from .easy_read_source import EasyReadDoc, Heading, Point, Sentence, inline_html, split_sentences_simple
from .site_data import SiteData, Term, slugify
from .terms import matcher_for

EAGER_POINTS = 3       # the points a phone shows on its first screen: their pictures load at once
NOTE = "Our note:"     # a point of the site's own, not from the sources (see hooks/site_notes.py)


def page_doc(record, m) -> EasyReadDoc:
    """What a page's Easy Read form shows, point by point: its Easy Read text (or, where it has
    none, a note that links to the nearest page that has), then its printable sheets. The Easy
    Read page and its audio are both made from this: once a build."""
    cache = m.memo
    key = ("easy read doc", record.path)
    if key not in cache:
        cache[key] = with_sheets(record.easy_read or missing_doc(record, m), record, m)
    return cache[key]


def missing_doc(record, m) -> EasyReadDoc:
    nearest = m.nearest_with_easy_read(record.path)
    return EasyReadDoc(path=record.source_file, title=record.title, blocks=[
        Point(picture="information", alt="The letter i for information", line=0, sentences=[
            Sentence("This page is not in Easy Read yet.", 0),
            Sentence(f"You can read the [standard page](std:{record.src_uri}).", 0),
        ]),
        Point(picture="signpost", alt="A signpost", line=0, sentences=[
            Sentence(f"Or read [{nearest.easy_read.title if nearest.easy_read else nearest.title}]"
                     f"({posixpath.relpath(nearest.src_uri, posixpath.dirname(record.src_uri) or '.')}) in Easy Read.", 0),
        ]),
    ])


def with_sheets(doc: EasyReadDoc, record, m) -> EasyReadDoc:
    """The Easy Read text, and after it the page's printable sheets: each a point that opens the
    Easy Read sheet and prints its Easy Read PDF. A page with an on-screen tool links to it first."""
    tools = [t for t in m.tools if t.page == record.src_uri]
    if not record.sheets and not tools:
        return doc
    blocks = list(doc.blocks)
    for tool in tools:
        blocks += [Heading(tool.easy_heading or tool.easy_title, 0),
                   Point(picture=tool.picture, alt=m.data.pictures[tool.picture].shows, line=0, sentences=[
                       Sentence(f"[{tool.easy_title}](tool:{tool.key}).", 0),
                       *(Sentence(s, 0) for s in tool.easy_sentences)])]
    if not record.sheets:
        return EasyReadDoc(path=doc.path, title=doc.title, blocks=blocks, explain_terms=doc.explain_terms)
    blocks.append(Heading(m.words.say("sheets", "easy_heading"), 0))
    for slug in record.sheets:
        sheet = m.sheets[slug]
        end = "" if sheet.easy_title.rstrip()[-1:] in ".?!" else "."
        blocks.append(Point(picture=sheet.easy_picture, alt=m.data.pictures[sheet.easy_picture].shows, line=0, sentences=[
            Sentence(f"[{sheet.easy_title}](sheet:{slug}){end}", 0),
            Sentence(f"[{m.words.say('sheets', 'easy_download')}](sheet-pdf:{slug}).", 0)]))
    return EasyReadDoc(path=doc.path, title=doc.title, blocks=blocks, explain_terms=doc.explain_terms)


def first_uses(doc: EasyReadDoc, glossary: list[Term]) -> dict[int, list[Term]]:
    """For each point (by its index in doc.blocks), the glossary terms first used in it."""
    matcher = matcher_for(glossary)
    found: dict[int, list[Term]] = {}
    used: set[str] = set()
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Point):
            continue
        text = " ".join(s.plain for s in block.sentences)
        start = 0
        while (hit := matcher.first_new(text, used, start)) is not None:
            term, match = hit
            used.add(term.id)
            found.setdefault(i, []).append(term)
            start = match.end()
    return found


def explained_terms(doc: EasyReadDoc, data: SiteData) -> dict[int, list[Term]]:
    """The hard words each point explains, by its index in doc.blocks. Worked out once for each
    text: its page and its audio both ask."""
    if doc.explained is None:
        doc.explained = first_uses(doc, data.glossary) if doc.explain_terms else {}
    return doc.explained


def render(doc: EasyReadDoc, data: SiteData, link_href, picture_href, audio_href=None, listen: str = "") -> str:
    """The Easy Read content as HTML. `link_href(target)` and `picture_href(name)` give hrefs;
    `audio_href(n)`, where the page has audio, the address of point n's audio (n from 1), and
    `listen` the words of its link ("Listen to this part")."""
    explained = explained_terms(doc, data)
    out = []
    n = 0
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            out.append(f'<h2 id="{slugify(block.text)}">{html.escape(block.text)}</h2>')
            continue
        n += 1
        out.append(point_html(block.picture, block.alt,
                              [inline_html(s, link_href) for s in block.sentences],
                              explained.get(i, []), data, picture_href, n,
                              audio_href(n) if audio_href else "", listen))
    return "\n".join(out)


def point_html(picture: str, alt: str, sentences_html: list[str], terms: list[Term],
               data: SiteData, picture_href, n: int = 0, audio: str = "", listen: str = "") -> str:
    words = "".join(f'<p class="er-sentence">{s}</p>' for s in sentences_html)
    for term in terms:
        words += hard_word_html(term)
    if audio:
        # A plain link to the file: without JavaScript the browser plays it; with it, listen.js
        # makes it a button that plays it here. Nothing is fetched until it is pressed.
        words += (f'<p class="er-listen"><a class="er-listen__link" href="{html.escape(audio)}" '
                  f'type="audio/mpeg">{html.escape(listen)}</a></p>')
    note = sentences_html and sentences_html[0].replace("<strong>", "").startswith(NOTE)
    point_id = f' id="point-{n}"' if n else ""
    # Pictures below the first screen load as the reader comes to them: less to fetch on a phone.
    lazy = ' loading="lazy"' if n > EAGER_POINTS else ""
    return (f'<div class="er-point{" er-point--note" if note else ""}"{point_id}>'
            f'<img class="er-picture" src="{html.escape(picture_href(picture))}" alt="{html.escape(alt)}" '
            f'width="120" height="120"{lazy}>'
            f'<div class="er-words">{words}</div></div>')


def hard_word_html(term: Term) -> str:
    sentences = "".join(f'<span class="er-sentence">{html.escape(s)}</span> '
                        for s in split_sentences_simple(term.easy_read))
    return (f'<p class="er-word"><span class="er-word__label">Hard word: '
            f'<strong>{html.escape(term.term)}</strong></span> {sentences.strip()}</p>')
