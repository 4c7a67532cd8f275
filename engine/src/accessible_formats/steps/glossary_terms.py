"""Step: the glossary page, made from data/glossary.yml, links from hard words to it, and its
terms in the site search.

On standard pages, the first use of each glossary word links to its entry, and its meaning shows
as a tooltip when you point at it or focus it. The Easy Read pages explain the same words with
the glossary's Easy Read meanings (see accessible_formats/easy_read_layout.py). Each term is also an entry
of its own in the search index, so that searching for a term finds its meaning first.
"""
from __future__ import annotations

import html
import posixpath

from lxml import html as lxml_html
from mkdocs.structure.files import File

from .. import made_pages, model
from ..easy_read_doc import words_point
from ..easy_read_source import EasyReadDoc, Heading, Point, Sentence, split_sentences_simple
from ..escape import md_text, yaml_str
from ..terms import TermMatcher, matcher_for

PATH = made_pages.GLOSSARY[:-3]
SKIP_INSIDE = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "abbr", "dt", "script", "style"}


def add_pages(b, files, config):
    """The glossary page, when the glossary has words (with none, the site has no glossary page)."""
    m = b.model
    if not m.data.glossary:
        return files
    say = m.words["made_pages"]
    record = model.PageRecord(path=PATH, src_uri=f"{PATH}.md", source_file=b.files.glossary,
                              title=say["glossary_title"], kind="glossary", meta={"generated": True},
                              description=say["glossary_description"])
    record.easy_read = easy_read_doc(m, b.files.glossary)
    m.add(record)
    files.append(File.generated(config, record.src_uri, content=glossary_markdown(m)))
    return files


def glossary_markdown(m) -> str:
    say = m.words["made_pages"]
    lines = ["---", f"title: {yaml_str(say['glossary_title'])}", f"description: {yaml_str(say['glossary_description'])}",
             "---", "", md_text(say["glossary_intro"]), ""]
    letter = None
    for term in m.data.glossary:
        first = term.term[0].upper()
        if first != letter:
            if letter is not None:
                lines.append("</dl>\n")
            letter = first
            lines += [f"## {letter} {{#letter-{letter.lower()}}}", "", '<dl class="glossary">']
        full = f" ({html.escape(term.stands_for)})" if term.stands_for else ""
        lines.append(f'<dt id="{term.id}">{html.escape(term.term)}{full}</dt>')
        lines.append(f"<dd>{html.escape(term.means)}</dd>")
        if term.site_note:     # a fact from outside the sources, after the meaning, as this site's own
            lines.append(f'<dd class="glossary__site-note"><strong>{html.escape(m.words.site_note(term.site_note.checked))}:'
                         f"</strong> {html.escape(term.site_note.text)}</dd>")
    if letter is not None:
        lines.append("</dl>")
    return "\n".join(lines) + "\n"


def easy_read_doc(m, source) -> EasyReadDoc:
    doc = EasyReadDoc(path=source, title=m.words.say("made_pages", "glossary_easy_title"), explain_terms=False)
    doc.blocks.append(words_point(m, "made_pages", "glossary_picture", m.words.say("made_pages", "glossary_easy")))
    letter = None
    for term in m.data.glossary:
        first = term.term[0].upper()
        if first != letter:
            letter = first
            doc.blocks.append(Heading(text=letter, line=0))
        picture = m.data.pictures[term.picture]
        sentences = [Sentence(s, 0) for s in split_sentences_simple(term.easy_read)]
        first = next((mt for tm, mt in TermMatcher([term]).finditer(sentences[0].text)), None) if sentences else None
        if first:   # the meaning names the word: make it bold there
            s = sentences[0].text
            sentences[0] = Sentence(s[:first.start()] + f"**{first.group(0)}**" + s[first.end():], 0)
            # Say the full words first, in a sentence of their own, unless the meaning already
            # does (it has the words of glossary_stands_for between {word} and {words}).
            stands_for = m.words.say("made_pages", "glossary_stands_for")
            said_already = stands_for.partition("{word}")[2].partition("{words}")[0].strip()
            if term.stands_for and not (said_already and said_already in term.easy_read):
                sentences.insert(0, Sentence(stands_for.replace("{word}", first.group(0))
                                             .replace("{words}", term.stands_for), 0))
        else:
            sentences.insert(0, Sentence(f"**{term.term}**" + (f" ({term.stands_for})" if term.stands_for else ""), 0))
        doc.blocks.append(Point(picture=term.picture, alt=picture.shows, sentences=sentences, line=0))
    return doc


def page_content(b, html_text, page, config):
    m = b.model
    record = m.by_src_uri(page.file.src_uri)
    if record is None or record.kind == "glossary" or not m.data.glossary:
        return html_text
    glossary_href = posixpath.relpath(f"{PATH}/", page.url or ".") if page.url else f"{PATH}/"
    if not glossary_href.endswith("/"):
        glossary_href += "/"
    return link_first_uses(html_text, m.data.glossary, glossary_href, m.words)


def tooltip(term, words) -> str:
    """What a glossary link shows when you point at it: the meaning, then any site note, with its date."""
    if term.site_note is None:
        return term.means
    return f"{term.means} {words.site_note(term.site_note.checked)}: {term.site_note.text}"


def link_first_uses(fragment: str, glossary, glossary_href: str, words) -> str:
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    matcher = matcher_for(glossary)
    done: set[str] = set()
    for el in [e for e in root.iter() if isinstance(e.tag, str)]:
        if el.get("id") == "sources":
            break
        if el.tag in SKIP_INSIDE or _inside_skipped(el):
            continue
        _link_slot(el, None, matcher, done, glossary_href, words)
        for child in list(el):
            _link_slot(el, child, matcher, done, glossary_href, words)
    out = lxml_html.tostring(root, encoding="unicode")
    return out[len("<div>"):-len("</div>")]


def _inside_skipped(el) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag in SKIP_INSIDE or "no-glossary" in (parent.get("class") or ""):
            return True
        parent = parent.getparent()
    return False


def _link_slot(parent, before, matcher, done, href, words):
    """Link the first use of each term in one run of text: parent.text (before is None) or
    before.tail. After a link is made, the rest of the run is the link's tail: go on there."""
    text = (parent.text if before is None else before.tail) or ""
    if not text.strip():
        return
    found = matcher.first_new(text, done)
    if found is None:
        return
    term, match = found
    done.add(term.id)
    a = lxml_html.Element("a", {"href": f"{href}#{term.id}", "class": "glossary-term", "title": tooltip(term, words)})
    a.text = match.group(0)
    a.tail = text[match.end():]
    if before is None:
        parent.text = text[:match.start()]
        parent.insert(0, a)
    else:
        before.tail = text[:match.start()]
        before.addnext(a)
    _link_slot(parent, a, matcher, done, href, words)


def search_docs(m) -> list[dict]:
    """Each glossary term as a search result of its own, at its entry on the glossary page (added
    to the search index by steps/search_words.py, with the site's other extra documents)."""
    return [{"location": f"{PATH}/#{term.id}",
             "title": html.escape(term.term + (f" ({term.stands_for})" if term.stands_for else "")),
             "text": f"<p>{html.escape(term.means)}</p>"} for term in m.data.glossary]
