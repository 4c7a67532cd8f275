"""Finding glossary words in text: one pattern for the whole glossary, so each run of text is
searched once. Longer terms win ('strategic commissioning' before 'commissioning'); forms in
capitals (NHS, NICE) match only in capitals, so 'nice' is not taken for NICE."""
from __future__ import annotations

import re

from .site_data import Term

WORD = re.compile(r"\w+")


_recent: list[tuple[list[Term], TermMatcher]] = []      # the last few glossaries and their matchers


def matcher_for(glossary: list[Term]) -> TermMatcher:
    """The matcher for a glossary, made once for each glossary (each build reads its own)."""
    for known, matcher in _recent:
        if known is glossary:
            return matcher
    matcher = TermMatcher(glossary)
    _recent.insert(0, (glossary, matcher))
    del _recent[4:]
    return matcher


class TermMatcher:
    def __init__(self, glossary: list[Term]):
        self.exact: dict[str, Term] = {}
        self.folded: dict[str, Term] = {}
        forms = []
        for term in glossary:
            for form in term.forms:
                if form.isupper():
                    self.exact.setdefault(form, term)
                else:
                    self.folded.setdefault(form.lower(), term)
                forms.append(form)
        forms.sort(key=len, reverse=True)
        alternatives = "|".join(f"(?-i:{re.escape(f)})" if f.isupper() else re.escape(f) for f in forms)
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I) if forms else None
        # The words of every form, by its first word, with the terms a use of it can stand for.
        # Most runs of text hold no glossary word, or only words already linked: those are passed
        # over without the (slow) pattern.
        exact_by_lower: dict[str, set[str]] = {}
        for word, term in self.exact.items():
            exact_by_lower.setdefault(word.lower(), set()).add(term.id)
        self.by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for form in forms:
            words = tuple(WORD.findall(form.lower()))
            folded = self.folded.get(form.lower())
            ids = frozenset(exact_by_lower.get(form.lower(), set()) | ({folded.id} if folded else set()))
            if words:
                self.by_first.setdefault(words[0], []).append((words, ids))

    def _maybe(self, text: str, start: int = 0, done: set[str] | frozenset[str] = frozenset()) -> bool:
        """Could text[start:] hold a glossary word whose term is not in `done`?"""
        words = WORD.findall(text[start:].lower())
        for i, word in enumerate(words):
            for form, ids in self.by_first.get(word, ()):
                if tuple(words[i:i + len(form)]) == form and not ids <= done:
                    return True
        return False

    def finditer(self, text: str):
        """(term, match) for every glossary word in the text, in order."""
        if self.pattern is None or not self._maybe(text):
            return
        for m in self.pattern.finditer(text):
            word = m.group(0)
            term = self.exact.get(word) or self.folded.get(word.lower())
            if term is not None:
                yield term, m

    def first_new(self, text: str, done: set[str], start: int = 0):
        """The first glossary word in text[start:] whose term is not in `done`, or None."""
        if self.pattern is None or not self._maybe(text, start, done):
            return None
        for m in self.pattern.finditer(text, start):
            word = m.group(0)
            term = self.exact.get(word) or self.folded.get(word.lower())
            if term is not None and term.id not in done:
                return term, m
        return None
