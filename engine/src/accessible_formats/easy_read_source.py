"""Read an Easy Read text (<page>.easy.md) into headings and points.

The format (CONTRIBUTING.md explains it to editors):

    ---
    title: What co-production is
    ---

    ## What it means

    ![Two hands shaking](handshake)
    Co-production means working **together**.
    Staff and people who use services work as a team.

A point is a picture line, `![what the picture shows](picture name)`, followed by one to three
lines. Each line is one sentence. Points are separated by blank lines. `## ` starts a heading.
Inside a sentence you may use **bold** for a key word and [link text](other-page.md) for a link.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Collector, ContentError
from .site_data import SiteData
from .source_files import read_text, split_front_matter

PICTURE_LINE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<name>[^)\s]*)\)\s*$")
HEADING_LINE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*$")
# A sentence the voice can read has a letter or a digit (accessible_formats/speech.py reads each one aloud).
SPEAKABLE = re.compile(r"[A-Za-z0-9]")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
BOLD = re.compile(r"\*\*(?P<text>[^*]+)\*\*")
# Two sentences on one line: an end mark, a space, then a capital letter or digit.
TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z0-9\"“‘]")
MAX_LINES = 3


@dataclass
class Sentence:
    text: str      # as written, with **bold** and [links](x.md)
    line: int

    @property
    def plain(self) -> str:
        t = LINK.sub(lambda m: m.group("text"), self.text)
        return BOLD.sub(lambda m: m.group("text"), t)


@dataclass
class Point:
    picture: str
    alt: str
    sentences: list[Sentence]
    line: int


@dataclass
class Heading:
    text: str
    line: int


@dataclass
class EasyReadDoc:
    path: Path
    title: str
    blocks: list = field(default_factory=list)   # Heading | Point
    explain_terms: bool = True                    # add hard-word meanings beside first uses
    explained: dict | None = field(default=None, repr=False, compare=False)   # kept by easy_read_doc.explained_terms

    @property
    def points(self) -> list[Point]:
        return [b for b in self.blocks if isinstance(b, Point)]

    def links(self):
        """(target, sentence) for every link in the text."""
        for p in self.points:
            for s in p.sentences:
                for m in LINK.finditer(s.text):
                    yield m.group("target"), s


def parse(path: Path, data: SiteData, errors: Collector) -> EasyReadDoc | None:
    n_before = len(errors.errors)
    try:
        meta, body, body_line = split_front_matter(read_text(path), path)
    except ContentError as exc:
        errors.extend([exc])
        return None
    data.schemas.check("easy-read", meta, path, errors)
    title = meta.get("title") if isinstance(meta.get("title"), str) else path.stem
    doc = EasyReadDoc(path=path, title=str(title))

    lines = body.split("\n")
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        lineno = body_line + i
        if raw.strip():
            current.append((lineno, raw.rstrip()))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    for block in blocks:
        first_no, first = block[0]
        h = HEADING_LINE.match(first)
        if h:
            if len(h.group("hashes")) != 2:
                errors.add(path, f"'{first}' is not a heading we use",
                           "use '## ' (two hash signs) for a heading. The title comes from the front matter.",
                           first_no)
            if len(block) > 1:
                errors.add(path, "a heading must be on its own, with a blank line after it",
                           "add a blank line after the heading.", first_no)
            doc.blocks.append(Heading(text=h.group("text"), line=first_no))
            continue
        m = PICTURE_LINE.match(first.strip())
        if not m:
            errors.add(path, "this point does not start with a picture",
                       "start each point with a picture line, like: ![Two people talking](talk)", first_no)
            continue
        name, alt = m.group("name"), m.group("alt").strip()
        if not alt:
            errors.add(path, f"the picture '{name}' has no alt text",
                       "write what the picture shows between the square brackets, like: "
                       "![Two people talking](talk)", first_no)
        if name not in data.pictures:
            errors.add(path, f"there is no picture called '{name}'",
                       "use a name from data/pictures.yml, or add the picture there and run "
                       "`make pictures` (see CONTRIBUTING.md).", first_no)
        sentences = []
        for lineno, line in block[1:]:
            line = line.strip()
            if PICTURE_LINE.match(line):
                errors.add(path, "two pictures in one point",
                           "put a blank line before the second picture to start a new point.", lineno)
                continue
            _check_sentence(path, line, lineno, errors)
            sentences.append(Sentence(text=line, line=lineno))
        if not sentences:
            errors.add(path, "this picture has no words with it",
                       "write 1 to 3 short sentences under the picture, one on each line.", first_no)
        elif len(sentences) > MAX_LINES:
            errors.add(path, f"this point has {len(sentences)} sentences; the most is {MAX_LINES}",
                       "split it into 2 points, each with its own picture.", first_no)
        doc.blocks.append(Point(picture=name, alt=alt, sentences=sentences, line=first_no))

    if not doc.points:
        errors.add(path, "the Easy Read text has no points",
                   "write at least one point: a picture line, then 1 to 3 sentences.", body_line)
    return doc if len(errors.errors) == n_before else None


def _check_sentence(path, line, lineno, errors: Collector):
    plain = LINK.sub(lambda m: m.group("text"), line)
    if not SPEAKABLE.search(plain):
        errors.add(path, "this sentence has no words to read aloud",   # the one problem: the rest are moot
                   "write it in words: the audio of the page reads each sentence aloud.", lineno)
        return
    if re.search(r"(?<!\*)\*(?!\*)|(?<![\w])_(?=\w)|<[a-zA-Z/]", plain.replace("**", "")):
        errors.add(path, "this line uses italics, underlining or HTML",
                   "Easy Read uses only **bold** for key words. Remove the *, _ or < > marks.", lineno)
    if TWO_SENTENCES.search(BOLD.sub(lambda m: m.group("text"), plain)):
        errors.add(path, "this line has more than 1 sentence",
                   "put each sentence on its own line.", lineno)
    if not re.search(r"[.!?:]\W*$", plain):
        errors.add(path, "this sentence does not end with a full stop, question mark or exclamation mark",
                   "end each line with . or ? or !", lineno)


def inline_html(sentence: Sentence, link_href) -> str:
    """The sentence as HTML. `link_href(target)` gives the href for a link target."""
    out, pos = [], 0
    for m in LINK.finditer(sentence.text):
        out.append(_bold(html.escape(sentence.text[pos:m.start()], quote=False)))
        out.append(f'<a href="{html.escape(link_href(m.group("target")))}">'
                   f'{_bold(html.escape(m.group("text"), quote=False))}</a>')
        pos = m.end()
    out.append(_bold(html.escape(sentence.text[pos:], quote=False)))
    return "".join(out)


def _bold(escaped: str) -> str:
    return BOLD.sub(lambda m: f"<strong>{m.group('text')}</strong>", escaped)


def split_sentences_simple(text: str) -> list[str]:
    """Split a short piece of Easy Read text into sentences."""
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", text.strip()) if s]
