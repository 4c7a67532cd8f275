"""Readability: Flesch reading ease and sentence length, scored with textstat.

We do not hand a whole page to textstat: its sentence splitter merges list items, headings
and table cells that have no full stop into one long 'sentence'. Instead each heading, paragraph,
list item and table cell is a unit of its own, split into sentences here, and textstat counts
the words and syllables. The formulas are the standard Flesch ones.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import textstat
from lxml import html as lxml_html

# Standard pages
MIN_PAGE_EASE = 50
MIN_MEDIAN_EASE = 60
MAX_SENTENCE_WORDS = 30
# Easy Read pages
EASY_MAX_SENTENCE_WORDS = 15
EASY_MAX_GRADE = 6

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9£])")
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "figcaption", "caption", "summary"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary", "caption"}


@dataclass
class Unit:
    text: str
    kind: str              # heading | text | cell | source
    where: str = ""        # a short label for messages

    @property
    def length_checked(self) -> bool:
        return self.kind == "text"


@dataclass
class Score:
    ease: float
    grade: float
    words: int
    sentences: int
    long_sentences: list = field(default_factory=list)     # (words, sentence)

    def longest(self, n=3):
        return sorted(self.long_sentences, reverse=True)[:n]


def words_in(sentence: str) -> int:
    return sum(1 for w in sentence.split() if re.search(r"[A-Za-z0-9]", w))


def split_sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return []
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


def units_from_html(fragment: str, drop_sources: bool = True) -> list[Unit]:
    """Units of a page's main content. `fragment` is the HTML of the main content."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath('.//*[contains(concat(" ", normalize-space(@class), " "), " format-links ")]'
                          ' | .//*[contains(concat(" ", normalize-space(@class), " "), " cite-page ")]'
                          ' | .//*[contains(concat(" ", normalize-space(@class), " "), " no-readability ")]'
                          ' | .//script | .//style | .//pre | .//code'):
        bad.drop_tree()
    units: list[Unit] = []
    in_sources = False
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in ("h1", "h2"):
            in_sources = el.get("id") == "sources"
        if tag not in BLOCKS:
            continue
        # A list item or cell that holds other blocks: score only its own text.
        own = _own_text(el)
        if not own.strip():
            continue
        if in_sources:
            kind = "source"
        elif tag in HEADINGS:
            kind = "heading"
        elif tag in ("td", "th") or el.xpath("ancestor::table"):
            kind = "cell"
        else:
            kind = "text"
        units.append(Unit(text=own, kind=kind, where=tag))
    return units


def _own_text(el) -> str:
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag.lower() in BLOCKS | {"ul", "ol", "dl", "table", "div", "blockquote"}:
            parts.append(child.tail or "")
            continue
        parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def score(units: list[Unit], max_words: int = MAX_SENTENCE_WORDS, include_sources: bool = False) -> Score:
    sentences, long = [], []
    for u in units:
        if u.kind == "source" and not include_sources:
            continue
        for s in split_sentences(u.text):
            if not words_in(s):
                continue
            sentences.append(s)
            n = words_in(s)
            if u.length_checked and n > max_words:
                long.append((n, s))
    words = sum(textstat.lexicon_count(s) for s in sentences)
    syllables = sum(textstat.syllable_count(s) for s in sentences)
    if not words:
        return Score(ease=100.0, grade=0.0, words=0, sentences=0)
    wps = words / len(sentences)
    spw = syllables / words
    ease = 206.835 - 1.015 * wps - 84.6 * spw
    grade = 0.39 * wps + 11.8 * spw - 15.59
    return Score(ease=round(ease, 1), grade=round(grade, 1), words=words, sentences=len(sentences),
                 long_sentences=long)


def median(values):
    return statistics.median(values) if values else 0.0


def main_content(html_text: str, selector_id: str = "main-content") -> str:
    """The HTML of a built page's main content."""
    root = lxml_html.fromstring(html_text)
    found = root.xpath(f'//*[@id="{selector_id}"]')
    if not found:
        return ""
    return lxml_html.tostring(found[0], encoding="unicode")


def check_standard_pages(site_dir, manifest) -> tuple[list[str], dict[str, float]]:
    """Readability of every standard page. Returns (problems, {page: Flesch reading ease})."""
    problems, scores = [], {}
    for page in manifest["pages"]:
        address = page["formats"]["standard"]
        built = Path(site_dir) / address / "index.html"
        label = f"site/{address}index.html (from {page['source']})"
        units = units_from_html(main_content(built.read_text(encoding="utf-8")))
        s = score(units)
        scores[address] = s.ease
        if s.ease < MIN_PAGE_EASE:
            hardest = "; ".join(f"'{t}' ({n} words)" for n, t in
                                sorted(((words_in(x), x) for u in units if u.kind == "text"
                                        for x in split_sentences(u.text)), reverse=True)[:3])
            problems.append(f"{label}: Flesch reading ease {s.ease} is below {MIN_PAGE_EASE}. "
                            f"Longest sentences: {hardest}")
        for n, sentence in s.longest(5):
            problems.append(f"{label}: a sentence has {n} words (the most is {MAX_SENTENCE_WORDS}): '{sentence}'")
    med = median(list(scores.values()))
    if scores and med < MIN_MEDIAN_EASE:
        problems.append(f"the site's median Flesch reading ease is {med:.1f}, below {MIN_MEDIAN_EASE}")
    return problems, scores
