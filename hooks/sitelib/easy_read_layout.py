"""Lay out an Easy Read text as HTML: a picture on the left, the words on the right, each
sentence on its own line, and the Easy Read meaning of a hard word beside its first use.

Used by the easy_read_pages hook to build the pages, and by tools/check_page.py so that
editors can check their text before they build.
"""
from __future__ import annotations

import html

from .easy_read_source import EasyReadDoc, Heading, Point, inline_html, split_sentences_simple
from .site_data import SiteData, Term, slugify
from .terms import matcher_for

NOTE = "Our note:"     # a point of the site's own, not from the sources (see hooks/site_notes.py)


def first_uses(doc: EasyReadDoc, glossary: list[Term]) -> dict[int, list[Term]]:
    """For each point (by its index in doc.blocks), the glossary terms first used in it."""
    matcher = matcher_for(glossary)
    found: dict[int, list[Term]] = {}
    used: set[str] = set()
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Point):
            continue
        text = " ".join(s.plain for s in block.sentences)
        for term, _m in matcher.finditer(text):
            if term.id not in used:
                used.add(term.id)
                found.setdefault(i, []).append(term)
    return found


def render(doc: EasyReadDoc, data: SiteData, link_href, picture_href) -> str:
    """The Easy Read content as HTML. `link_href(target)` and `picture_href(name)` give hrefs."""
    explained = first_uses(doc, data.glossary) if doc.explain_terms else {}
    out = []
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            out.append(f'<h2 id="{slugify(block.text)}">{html.escape(block.text)}</h2>')
            continue
        out.append(point_html(block.picture, block.alt,
                              [inline_html(s, link_href) for s in block.sentences],
                              explained.get(i, []), data, picture_href))
    return "\n".join(out)


def point_html(picture: str, alt: str, sentences_html: list[str], terms: list[Term],
               data: SiteData, picture_href) -> str:
    words = "".join(f'<p class="er-sentence">{s}</p>' for s in sentences_html)
    for term in terms:
        words += hard_word_html(term)
    note = sentences_html and sentences_html[0].replace("<strong>", "").startswith(NOTE)
    return (f'<div class="er-point{" er-point--note" if note else ""}">'
            f'<img class="er-picture" src="{html.escape(picture_href(picture))}" alt="{html.escape(alt)}" '
            'width="120" height="120">'
            f'<div class="er-words">{words}</div></div>')


def hard_word_html(term: Term) -> str:
    sentences = "".join(f'<span class="er-sentence">{html.escape(s)}</span> '
                        for s in split_sentences_simple(term.easy_read))
    return (f'<p class="er-word"><span class="er-word__label">Hard word: '
            f'<strong>{html.escape(term.term)}</strong></span> {sentences.strip()}</p>')
