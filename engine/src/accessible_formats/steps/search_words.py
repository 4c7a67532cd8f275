"""Step: make the search find what people type. After the search plugin has written its index,
this adds to it, reading and writing it once:

- each glossary term, at its entry on the glossary page (glossary_terms.search_docs);
- every printable sheet (its title, summary and questions) and every on-screen tool of the site
  (its title and words), which are not Markdown pages, so the search plugin never saw them;
- `expansions`, which the search script (assets/js/search-on-demand.js) reads to widen a query:
  `joined`, each hyphenated word of the site written as one ("coproduction": "co production"), and
  `same`, what people type and the site's words for it, from the search words file (PB: personal
  budget) and the glossary's other forms of each term.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

from lxml import html as lxml_html

from ..formats import sheet_addresses, sheet_format
from . import glossary_terms

HYPHENATED = re.compile(r"\b([A-Za-z]{2,})-([A-Za-z]{2,})\b")
TAGS = re.compile(r"<[^>]+>")


def _paragraphs(texts) -> str:
    return "".join(f"<p>{html.escape(str(t))}</p>" for t in texts if t)


def sheet_doc(sheet) -> dict:
    questions = [q.text for q in sheet.questions if getattr(q, "text", "")]
    return {"location": sheet_addresses(sheet.slug)[sheet_format("standard", page=True).key],
            "title": html.escape(sheet.title), "text": _paragraphs([sheet.summary, *questions])}


def tool_doc(m, tool, site: Path) -> dict | None:
    address = m.tool_addresses(tool)["standard"]
    page = site / address / "index.html"
    if not page.is_file():
        return None
    main = lxml_html.fromstring(page.read_text(encoding="utf-8")).find(".//main")
    words = [] if main is None else [" ".join(p.text_content().split()) for p in main.iter("p", "li", "legend", "h2", "h3")]
    return {"location": address, "title": html.escape(tool.title), "text": _paragraphs(words)}


def expansions(docs: list[dict], search_words: dict[str, list[str]], glossary) -> dict:
    text = " ".join(TAGS.sub(" ", f"{d.get('title', '')} {d.get('text', '')}") for d in docs)
    written = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    joined: dict[str, str] = {}
    for first, second in HYPHENATED.findall(text):
        one = (first + second).lower()
        if one not in written:                  # only where the site never writes it as one word
            joined.setdefault(one, f"{first} {second}".lower())
    same: dict[str, list[str]] = {}
    for typed, ours in search_words.items():
        same.setdefault(typed.lower(), []).extend(o.lower() for o in ours)
    for term in glossary:
        for form in term.forms:
            if form.lower() != term.term.lower():
                same.setdefault(form.lower(), []).append(term.term.lower())
    return {"joined": dict(sorted(joined.items())),
            "same": {typed: sorted(set(ours)) for typed, ours in sorted(same.items())}}


def make(b, config):
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.exists():
        return
    m = b.model
    index = json.loads(index_file.read_text(encoding="utf-8"))
    index["docs"] += glossary_terms.search_docs(m)
    index["docs"] += [sheet_doc(sheet) for sheet in m.sheets.values()]
    index["docs"] += [doc for tool in m.tools if (doc := tool_doc(m, tool, site)) is not None]
    index["expansions"] = expansions(index["docs"], m.data.search_words, m.data.glossary)
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
