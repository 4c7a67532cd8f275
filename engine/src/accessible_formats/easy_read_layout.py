"""Lay out an Easy Read text as HTML: a picture on the left, the words on the right, each
sentence on its own line, and the Easy Read meaning of a hard word beside its first use. What
each page says, point by point, is easy_read_doc.py's (the audio reads the same points).

Used by the easy_read_pages step to build the pages, and by tools/check_page.py so that
editors can check their text before they build.
"""
from __future__ import annotations

import html

from .easy_read_doc import explained_terms
from .easy_read_source import EasyReadDoc, Heading, inline_html, split_sentences_simple
from .site_data import SiteData, Term, slugify

EAGER_POINTS = 3       # the points a phone shows on its first screen: their pictures load at once


def render(doc: EasyReadDoc, data: SiteData, link_href, picture_href, words, audio_href=None) -> str:
    """The Easy Read content as HTML. `link_href(target)` and `picture_href(name)` give hrefs;
    `audio_href(n)`, where the page has audio, the address of point n's audio (n from 1). `words`:
    the site's (words.Words): a point that starts with easy_read.our_note is the site's own note
    (see steps/site_notes.py); listen.point is the words of a point's audio link."""
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
                              words, audio_href(n) if audio_href else ""))
    return "\n".join(out)


def point_html(picture: str, alt: str, sentences_html: list[str], terms: list[Term],
               data: SiteData, picture_href, n: int, site_words, audio: str = "") -> str:
    words = "".join(f'<p class="er-sentence">{s}</p>' for s in sentences_html)
    for term in terms:
        words += hard_word_html(term, site_words.say("easy_read", "hard_word"))
    if audio:
        # A plain link to the file: without JavaScript the browser plays it; with it, listen.js
        # makes it a button that plays it here. Nothing is fetched until it is pressed.
        words += (f'<p class="er-listen"><a class="er-listen__link" href="{html.escape(audio)}" '
                  f'type="audio/mpeg">{html.escape(site_words.say("listen", "point"))}</a></p>')
    note = sentences_html and sentences_html[0].replace("<strong>", "").startswith(site_words.say("easy_read", "our_note"))
    point_id = f' id="point-{n}"' if n else ""
    # Pictures below the first screen load as the reader comes to them: less to fetch on a phone.
    lazy = ' loading="lazy"' if n > EAGER_POINTS else ""
    return (f'<div class="er-point{" er-point--note" if note else ""}"{point_id}>'
            f'<img class="er-picture" src="{html.escape(picture_href(picture))}" alt="{html.escape(alt)}" '
            f'width="120" height="120"{lazy}>'
            f'<div class="er-words">{words}</div></div>')


def hard_word_html(term: Term, label: str) -> str:
    sentences = "".join(f'<span class="er-sentence">{html.escape(s)}</span> '
                        for s in split_sentences_simple(term.easy_read))
    return (f'<p class="er-word"><span class="er-word__label">{html.escape(label)} '
            f'<strong>{html.escape(term.term)}</strong></span> {sentences.strip()}</p>')
