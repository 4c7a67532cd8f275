"""Easy Read rules, checked on the laid-out HTML of an Easy Read page:
every point has a picture with alt text, every sentence has at most 15 words, the page's
Flesch-Kincaid grade is at most 6, every abbreviation is explained, and numbers are digits.
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path

from lxml import html as lxml_html

from . import readability

NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion)\b", re.I)
# "no one" is not a number; a published name keeps its own words (the NHS plan is called that)
ALLOWED_NUMBER_PHRASES = re.compile(r"\bno one\b|\bFive Year Forward View\b", re.I)
ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*\b")


def check_fragment(fragment: str, label: str) -> list[str]:
    """Problems in the main content of one Easy Read page. `label` names the page in messages."""
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    problems = []
    points = root.xpath('.//*[contains(concat(" ", @class, " "), " er-point ")]')
    for n, point in enumerate(points, 1):
        imgs = point.xpath('.//img[contains(concat(" ", @class, " "), " er-picture ")]')
        first_words = " ".join(point.text_content().split()[:8])
        if not imgs:
            problems.append(f"{label}: point {n} ('{first_words}…') has no picture")
        elif not (imgs[0].get("alt") or "").strip():
            problems.append(f"{label}: the picture of point {n} ('{first_words}…') has no alt text")

    sentences = [re.sub(r"\s+", " ", el.text_content()).strip()
                 for el in root.xpath('.//*[contains(concat(" ", @class, " "), " er-sentence ")]')]
    headings = [re.sub(r"\s+", " ", el.text_content()).strip() for el in root.xpath(".//h1 | .//h2 | .//h3")]
    for s in sentences:
        n = readability.words_in(s)
        if n > readability.EASY_MAX_SENTENCE_WORDS:
            problems.append(f"{label}: a sentence has {n} words (the most is "
                            f"{readability.EASY_MAX_SENTENCE_WORDS}): '{s}'")
    units = [readability.Unit(text=t, kind="text") for t in sentences] + \
            [readability.Unit(text=t, kind="heading") for t in headings]
    score = readability.score(units, max_words=readability.EASY_MAX_SENTENCE_WORDS)
    if score.grade > readability.EASY_MAX_GRADE:
        hardest = sorted(sentences, key=_sentence_grade, reverse=True)[:3]
        problems.append(f"{label}: Flesch-Kincaid grade {score.grade} (the most is "
                        f"{readability.EASY_MAX_GRADE}); hardest sentences: "
                        + " | ".join(f"'{s}'" for s in hardest))

    all_text = " ".join(headings + sentences)
    explained = {re.sub(r"\s+", " ", el.text_content()).strip()
                 for el in root.xpath('.//*[contains(concat(" ", @class, " "), " er-word__label ")]/strong')}
    for abbr in dict.fromkeys(ABBREVIATION.findall(all_text)):
        if abbr in explained:
            continue
        first = all_text.index(abbr)
        after = all_text[first + len(abbr): first + len(abbr) + 2]
        before = all_text[max(0, first - 1): first]
        rest = all_text[first + len(abbr):]
        if after.startswith(" (") or (before == "(" and rest.startswith(")")) or rest.startswith(" stands for "):
            continue
        problems.append(f"{label}: the abbreviation '{abbr}' is not explained: write the full words "
                        f"in brackets after its first use, or add it to the glossary")
    for text in sentences + headings:
        cleaned = ALLOWED_NUMBER_PHRASES.sub("", text)
        for word in NUMBER_WORDS.findall(cleaned):
            problems.append(f"{label}: write numbers as digits: '{word}' in '{text}'")
    return problems


def _sentence_grade(s: str) -> float:
    return readability.score([readability.Unit(text=s, kind="text")], max_words=999).grade


def check_site(site_dir, manifest) -> list[str]:
    """The Easy Read rules on every Easy Read page that has Easy Read text."""
    problems = []
    for page in manifest["pages"]:
        if page["easy_read"] == "missing":
            continue
        address = page["formats"]["easy_read"]
        built = Path(site_dir) / address / "index.html"
        label = f"site/{address}index.html (from {page['easy_read_source'] or page['source']})"
        problems += check_fragment(readability.main_content(built.read_text(encoding="utf-8")), label)
    return problems


def _pages_linked(site_dir, address: str, skip_xpath: str) -> set[str]:
    """The site pages (by path) that the main content of the page at `address` links to."""
    root = lxml_html.fromstring((Path(site_dir) / address / "index.html").read_bytes())
    main = root.xpath('//*[@id="main-content"]')
    if not main:
        return set()
    for skipped in main[0].xpath(skip_xpath):
        skipped.drop_tree()
    out = set()
    for a in main[0].iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith(("#", "mailto:", "tel:")) or "://" in href:
            continue
        target = posixpath.normpath(posixpath.join("/" + address, href.split("#")[0])).strip("/")
        out.add(target)
    return out


# Parts of a standard page whose links an Easy Read page need not repeat: hard words (the Easy
# Read page explains them itself), the sources, the format links, "Cite this page", the lists of
# case studies and tools the site adds to principle pages, and the box of printable sheets.
STANDARD_ONLY = ('.//a[contains(@class, "glossary-term")] | .//*[@id="sources"]/following-sibling::* '
                 '| .//nav[contains(@class, "format-links")] | .//aside[contains(@class, "cite-page")] '
                 '| .//*[@id="illustrated-by"]/following-sibling::* | .//a[contains(@class, "toclink")] '
                 '| .//a[contains(@class, "headerlink")] | .//*[contains(@class, "sheet-box")]')


def links_missing_from_easy_read(site_dir, manifest) -> list[str]:
    """Every page the standard page's text links to, the Easy Read page links to too (in Easy
    Read, or to its standard page where it has none)."""
    by_path = {p["path"]: p for p in manifest["pages"]}
    to_path = {}
    for p in manifest["pages"]:
        for key in ("standard", "easy_read", "large_print"):
            to_path[p["formats"][key].strip("/")] = p["path"]
    problems = []
    for p in manifest["pages"]:
        if p["easy_read"] != "written":
            continue
        wanted = {to_path[t] for t in _pages_linked(site_dir, p["formats"]["standard"], STANDARD_ONLY) if t in to_path}
        wanted.discard(p["path"])
        have = {to_path[t] for t in _pages_linked(site_dir, p["formats"]["easy_read"],
                                                    './/nav[contains(@class, "format-links")]') if t in to_path}
        for missing in sorted(wanted - have):
            problems.append(f"{p['easy_read_source']}: the standard page links to '{by_path[missing]['title']}' "
                            f"(/{by_path[missing]['formats']['standard']}); the Easy Read text does not")
    return problems
