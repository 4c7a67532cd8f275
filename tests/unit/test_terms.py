"""Glossary words are found in text as the one pattern finds them: the quick pass-over of runs without one changes nothing.

accessible_formats/terms.py passes over a run of text whose words hold no glossary form (or only forms of
terms already linked) without running the pattern. These tests check, on every line of the
site's own pages and Easy Read texts, that the matcher finds exactly what the pattern alone
finds, and the rules the pattern keeps: capitals only for forms in capitals, the longest form."""
from __future__ import annotations

from pathlib import Path

import pytest

from accessible_formats import site_data
from accessible_formats.site_data import Term
from accessible_formats.terms import TermMatcher

ROOT = Path(__file__).resolve().parents[2]


def _term(id_: str, *forms: str) -> Term:
    return Term(term=forms[0], id=id_, means="", easy_read="", picture="", forms=list(forms))


def _by_pattern(matcher: TermMatcher, text: str, done: set[str]):
    """What first_new finds with the pattern alone, on every run."""
    assert matcher.pattern is not None
    for m in matcher.pattern.finditer(text):
        term = matcher.exact.get(m.group(0)) or matcher.folded.get(m.group(0).lower())
        if term is not None and term.id not in done:
            return term.id, m.span()
    return None


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    data = site_data.load_for(ROOT / "mkdocs.yml")
    assert data is not None
    return TermMatcher(data.glossary)


def test_the_matcher_finds_what_the_pattern_finds_on_every_line_of_the_site(matcher):
    lines = [line for path in sorted((ROOT / "docs").rglob("*.md"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000 and matcher.pattern is not None
    found = 0
    for line in lines:
        done: set[str] = set()
        while True:                  # as a page is linked: each first use, then the rest of the line
            quick = matcher.first_new(line, done)
            assert (None if quick is None else (quick[0].id, quick[1].span())) == _by_pattern(matcher, line, done), line
            if quick is None:
                break
            found += 1
            done.add(quick[0].id)
        assert [(t.id, m.span()) for t, m in matcher.finditer(line)] == [
            (t.id, m.span()) for t, m in ((matcher.exact.get(m.group(0)) or matcher.folded.get(m.group(0).lower()), m)
                                          for m in matcher.pattern.finditer(line)) if t is not None], line
    assert found > 500                # the lines do hold glossary words: the check above is not empty


def test_capitals_and_the_longest_form():
    matcher = TermMatcher([_term("nice", "NICE"), _term("commissioning", "commissioning"),
                           _term("strategic", "strategic commissioning")])
    assert matcher.first_new("a nice day", set()) is None
    assert matcher.first_new("guidance from NICE.", set())[0].id == "nice"
    assert matcher.first_new("Strategic commissioning is planned.", set())[0].id == "strategic"
    assert matcher.first_new("Strategic commissioning and commissioning", {"strategic"})[0].id == "commissioning"
    assert matcher.first_new("Strategic commissioning only", {"strategic"}) is None
