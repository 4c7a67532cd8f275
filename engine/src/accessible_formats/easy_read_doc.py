"""What each page's Easy Read form says, point by point: its Easy Read text (or, where it has none,
a note that leads to the nearest page that has), then its on-screen tools and printable sheets,
and which hard words each point explains. The Easy Read page (easy_read_layout.py) and its audio
(speech.py) are both made from this, so they say the same."""
from __future__ import annotations

import posixpath

from .easy_read_source import EasyReadDoc, Heading, Point, Sentence, split_sentences_simple
from .site_data import SiteData, Term
from .terms import matcher_for


def page_doc(record, m) -> EasyReadDoc:
    """What a page's Easy Read form shows, point by point: its Easy Read text (or, where it has
    none, a note that links to the nearest page that has), then its printable sheets. The Easy
    Read page and its audio are both made from this: once a build."""
    cache = m.memo
    key = ("easy read doc", record.path)  # not for readers: a cache key
    if key not in cache:
        cache[key] = with_sheets(record.easy_read or missing_doc(record, m), record, m)
    return cache[key]


def words_point(m, group: str, picture: str, *texts: str) -> Point:
    """A point written from the words file: the picture the words name (`group`: `picture`), with
    its description from the pictures list as its alt text, and each sentence of `texts`."""
    name = m.words.say(group, picture)
    return Point(picture=name, alt=m.data.pictures[name].shows, line=0,
                 sentences=[Sentence(s, 0) for text in texts for s in split_sentences_simple(text)])


def missing_doc(record, m) -> EasyReadDoc:
    nearest = m.nearest_with_easy_read(record.path)
    say = m.words["made_pages"]
    nearest_title = nearest.easy_read.title if nearest.easy_read else nearest.title
    nearest_link = posixpath.relpath(nearest.src_uri, posixpath.dirname(record.src_uri) or ".")
    return EasyReadDoc(path=record.source_file, title=record.title, blocks=[
        words_point(m, "made_pages", "missing_picture", say["missing_easy"],
                    say["missing_easy_standard"].replace("{link}", f"std:{record.src_uri}")),
        words_point(m, "made_pages", "nearest_picture",
                    say["missing_easy_nearest"].replace("{title}", nearest_title).replace("{link}", nearest_link)),
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
