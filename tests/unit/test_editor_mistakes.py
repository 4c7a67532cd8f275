"""Over 50 mistakes a new editor makes each end in a good build or one clear message.

Mistakes a new content editor makes, each tried on a small project and checked by the same code
the build runs (accessible_formats/content.py). Each ends in a good build or in one clear message that names
the file (and line, where there is one) and says what to do: never a traceback.

The list is also the record of what was tried: add to it when an editor finds a new way to break
the site. Mistakes that only show once a page is rendered (HTML in a page, a broken Markdown link)
are tried on whole builds in tests/test_content_errors.py.
"""
from __future__ import annotations

import pytest

from accessible_formats.errors import ContentErrors
from tests import fixture_site, project

PRINCIPLE = """---
title: Assets
description: The assets principle.
kind: principle
principle: assets
sources:
  - scie-2015: the principles
---

## What it means {#what-it-means}

Words.

## In practice {#in-practice}

Words.

## Questions {#questions}

Words.
"""
PRINCIPLE_EASY = "---\ntitle: Assets\n---\n\n![A strong arm](muscle)\nEveryone is good at something.\n"
GUIDE = """---
title: A guide page
description: A page about something.
kind: guide
sources:
  - scie-2015: a section
---

## A part {#a-part}

Words about it.
"""
CASE = """---
title: A good example
summary: People who use a service helped to plan it.
place: Leeds
nation: england
organisation_type: local-authority
settings: [mental-health]
principles: [assets]
years: not stated in the source
sources:
  - scie-2015: a practice example
---

## About the project

People who use a service helped to plan it.
"""
CASE_EASY = "---\ntitle: A good example\n---\n\n![A group of people](group)\nPeople helped to plan a service.\n"
SHEET = """title: A sheet
page: guide.md
purpose: reflect
summary: A short sheet.
instructions: Answer the question.
easy_read:
  title: A sheet
  picture: paper
  instructions:
    - Answer the question.
questions:
  - id: think
    type: lines
    text: What do you think?
    easy_read: What do you think?
    picture: think
"""
GLOSSARY_NOTE = ("- term: Thingummy\n  means: A thing.\n  easy_read: A thing.\n  picture: idea\n"
                 "  site_note:\n    text: Thingummies were renamed in 2022.\n    checked: 2026-12-07\n")
SHEET_NOTE = ("    site_note:\n      text: This question is new since the guide.\n"
              "      easy_read: 'Our note: it is new.'\n      checked: 2026-12-07\n")
BASE_FILES = {"docs/principles/assets.md": PRINCIPLE, "docs/principles/assets.easy.md": PRINCIPLE_EASY,
              "docs/guide.md": GUIDE, "case_studies/good.md": CASE, "case_studies/good.easy.md": CASE_EASY,
              "sheets/a-sheet.yml": SHEET,
              "CHANGELOG.md": "# Changelog\n\n## 1.0.0 (2026-11-23)\n\nFirst version.\n"}


def _replace(old, new, file):
    return ("replace", file, old, new)


def _write(file, text):
    return ("write", file, text)


def _bytes(file, data):
    return ("bytes", file, data)


def _delete(file):
    return ("delete", file)


# (what the editor did, changes, None for a good build or the words the message must hold)
MISTAKES = [
    ("a page with no front matter at all", [_write("docs/guide.md", "## A part {#a-part}\n\nWords.\n")],
     ["docs/guide.md, line 1", "has no front matter"]),
    ("front matter that is never closed", [_replace("sources:\n  - scie-2015: a section\n---\n", "", "docs/guide.md")],
     ["docs/guide.md, line 1", "not closed"]),
    ("front matter written as a list", [_write("docs/guide.md", "---\n- title: A\n- kind: guide\n---\n\nWords.\n")],
     ["docs/guide.md, line 2", "not a list of fields"]),
    ("a list where one value is expected", [_replace("nation: england", "nation: [england, wales]", "case_studies/good.md")],
     ["case_studies/good.md, line 5", "'nation' should be a piece of text", "write one value"]),
    ("a file saved in Latin-1 by another program",
     [_bytes("docs/guide.md", GUIDE.replace("Words about it.", "Caf\u00e9 words.").encode("latin-1"))],
     ["docs/guide.md, line 11", "not saved as UTF-8", "Encoding"]),
    ("an invisible control character pasted from a word processor",
     [_replace("Words about it.", "Words\x0babout it.", "docs/guide.md")],
     ["docs/guide.md, line 11", "invisible control character (U+000B)"]),
    ("a file saved by Notepad: byte-order mark and Windows line ends (fine)",
     [_bytes("docs/guide.md", b"\xef\xbb\xbf" + GUIDE.replace("\n", "\r\n").encode())], None),
    ("front matter closed with '...' (fine)", [_replace("a section\n---\n", "a section\n...\n", "docs/guide.md")], None),
    ("a title with quotes, an ampersand and angle brackets (fine: shown as text)",
     [_replace("title: A guide page", "title: 'Carers & \"families\" <first>'", "docs/guide.md")], None),
    ("a file named with an accent", [_write("docs/caf\u00e9.md", GUIDE)], ["docs/caf\u00e9.md", "cannot be part of a web address"]),
    ("a file named with capitals and a space", [_write("docs/My Page.md", GUIDE)], ["docs/My Page.md", "lower-case"]),
    ("a case study called index.md", [_write("case_studies/index.md", CASE), _write("case_studies/index.easy.md", CASE_EASY)],
     ["case_studies/index.md", "cannot be called"]),
    ("a page that takes the address of a page the site makes", [_write("docs/glossary.md", GUIDE)],
     ["docs/glossary.md", "makes the page /glossary/ itself"]),
    ("no description", [_replace("description: A page about something.\n", "", "docs/guide.md")],
     ["docs/guide.md, line 2", "has no 'description'", "add 'description:'"]),
    ("a misspelt field", [_replace("description:", "descripton:", "docs/guide.md")],
     ["docs/guide.md, line 3", "unknown field 'descripton' in the front matter: did you mean 'description'?",
      "correct the spelling to 'description:'."]),
    ("a misspelt field in a sheet", [_replace("title: A sheet\npage:", "titel: A sheet\npage:", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 1", "unknown field 'titel'", "did you mean 'title'?"]),
    ("an unknown field like none the page has", [_replace("kind: guide", "kind: guide\nauthor: Sam", "docs/guide.md")],
     ["docs/guide.md, line 5", "unknown field 'author'", "use only these fields: title, description"]),
    ("a kind written with a capital", [_replace("kind: guide", "kind: Guide", "docs/guide.md")],
     ["docs/guide.md, line 4", "'kind' has the value 'Guide'", "guide, principle"]),
    ("a misspelt value from a short list", [_replace("nation: england", "nation: englnd", "case_studies/good.md")],
     ["case_studies/good.md, line 5", "'nation' has the value 'englnd', which is not allowed: did you mean 'england'?",
      "correct it to 'england', or use one of: england, wales"]),
    ("a misspelt question type", [_replace("type: lines", "type: line", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 13", "has the value 'line', which is not allowed: did you mean 'lines'?",
      "correct it to 'lines', or use one of: heading, note, lines"]),
    ("a single value where a list is needed", [_replace("principles: [assets]", "principles: assets", "case_studies/good.md")],
     ["case_studies/good.md, line 8", "'principles' should be a list", "[assets, networks]"]),
    ("a source without the part used", [_replace("  - scie-2015: a section", "  - scie-2015", "docs/guide.md")],
     ["docs/guide.md, line 6", "should be a group of fields"]),
    ("a source name that does not exist", [_replace("scie-2015: a section", "scie: a section", "docs/guide.md")],
     ["docs/guide.md, line 6", "unknown source 'scie'", "scie-2015"]),
    ("a description that is too long", [_replace("A page about something.", "A page " + "about it " * 15 + "now.", "docs/guide.md")],
     ["docs/guide.md, line 3", "the most is 30"]),
    ("a heading without its fixed id", [_replace("## A part {#a-part}", "## A part", "docs/guide.md")],
     ["docs/guide.md, line 9", "has no fixed id"]),
    ("an id that starts with a digit", [_replace("{#a-part}", "{#1-part}", "docs/guide.md")],
     ["docs/guide.md, line 9", "must start with a letter"]),
    ("the same id twice", [_replace("Words about it.", "Words.\n\n## Another part {#a-part}\n\nMore.", "docs/guide.md")],
     ["docs/guide.md, line 13", "used twice (first at line 9)"]),
    ("a '# ' title heading in the text", [_replace("## A part {#a-part}", "# A guide page\n\n## A part {#a-part}", "docs/guide.md")],
     ["docs/guide.md, line 9", "its own '# ' title heading"]),
    ("a tab for indentation in the front matter", [_replace("  - scie-2015: a section", "\t- scie-2015: a section", "docs/guide.md")],
     ["docs/guide.md, line 6", "not valid YAML"]),
    ("a colon in a title without quotes", [_replace("title: A guide page", "title: Co-production: a guide", "docs/guide.md")],
     ["docs/guide.md, line 2", "not valid YAML", "quotes"]),
    ("the same field twice", [_replace("kind: guide", "kind: guide\ntitle: Another title", "docs/guide.md")],
     ["docs/guide.md, line 5", "written twice (first on line 2)"]),
    ("a title that YAML reads as a number", [_replace("title: A guide page", "title: 2020", "docs/guide.md")],
     ["docs/guide.md, line 2", "'title' should be a piece of text", "quotes"]),
    ("years written as a number (fine)", [_replace("years: not stated in the source", "years: 2012", "case_studies/good.md")], None),
    ("an Easy Read point without a picture", [_replace("![A strong arm](muscle)\n", "", "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md, line 5", "does not start with a picture"]),
    ("two sentences on one Easy Read line", [_replace("Everyone is good at something.", "Everyone is good. So are you.",
                                                       "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md, line 6", "more than 1 sentence"]),
    ("an Easy Read sentence of signs only, with nothing to read aloud",
     [_replace("Everyone is good at something.", "* * * !", "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md, line 6", "no words to read aloud"]),
    ("a pronunciation with phoneme signs the speech engine does not know",
     [_write("data/pronunciations.yml", "Gwalia: /gwa§lia/\n")],
     ["data/pronunciations.yml, line 1", "signs the speech engine does not know: §"]),
    ("a pronunciation with nothing after the word", [_write("data/pronunciations.yml", "Gwalia:\n")],
     ["data/pronunciations.yml, line 1", "Gwalia"]),
    ("a pronunciation respelt in ordinary letters (fine)", [_write("data/pronunciations.yml", "Gwalia: Gwahlia\n")], None),
    ("an Easy Read picture that does not exist", [_replace("(muscle)", "(muscles)", "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md, line 5", "no picture called 'muscles'"]),
    ("an Easy Read text without a title", [_replace("title: Assets\n", "", "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md", "has no 'title'"]),
    ("an Easy Read link to a page that does not exist",
     [_replace("Everyone is good at something.", "Read [more](../nowhere.md).", "docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md, line 6", "'../nowhere.md' does not go to a page"]),
    ("an Easy Read text whose page was renamed", [_write("docs/old-name.easy.md", PRINCIPLE_EASY)],
     ["docs/old-name.easy.md, line 1", "has no page"]),
    ("a principle page without its Easy Read text", [_delete("docs/principles/assets.easy.md")],
     ["docs/principles/assets.easy.md", "must have Easy Read text"]),
    ("a principle page without its fixed sections", [_replace("{#in-practice}", "{#practice}", "docs/principles/assets.md")],
     ["docs/principles/assets.md", "must have a section with the id '#in-practice'"]),
    ("a sheet question of an unknown type", [_replace("type: lines", "type: essay", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 13", "'type' has the value 'essay'", "checklist"]),
    ("a checklist with nothing to tick", [_replace("type: lines", "type: checklist", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 12", "has no 'items'"]),
    ("a choice with one option", [_replace("    picture: think\n", "    picture: think\n    options:\n      - text: Yes\n        easy_read: Yes, I do\n",
                                           "sheets/a-sheet.yml"), _replace("type: lines", "type: choice", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 17", "should list at least 2"]),
    ("too many lines to write on", [_replace("    picture: think\n", "    picture: think\n    lines: 40\n", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 17", "should be a number from 1 to 20"]),
    ("a sheet for a page that does not exist", [_replace("page: guide.md", "page: tools/guide.md", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 2", "'page: tools/guide.md' is not a page"]),
    ("two questions with one id", [_write("sheets/a-sheet.yml", SHEET + SHEET[SHEET.index("  - id: think"):])],
     ["sheets/a-sheet.yml, line 17", "two questions have the id 'think'"]),
    ("an empty sheet file", [_write("sheets/a-sheet.yml", "")], ["sheets/a-sheet.yml", "has no 'title'"]),
    ("a note saved in the sheets folder", [_write("sheets/notes.txt", "To do.")], ["sheets/notes.txt", "only printable sheets"]),
    ("a glossary site note, written well", [("glossary", GLOSSARY_NOTE)], None),
    ("a glossary site note without the date it was checked",
     [("glossary", GLOSSARY_NOTE.replace("    checked: 2026-12-07\n", ""))],
     ["data/glossary.yml, line 5", "site note", "has no 'checked'"]),
    ("a site note dated in words", [("glossary", GLOSSARY_NOTE.replace("2026-12-07", "7 December 2026"))],
     ["data/glossary.yml, line 7", "a date written year-month-day"]),
    ("a sheet site note, written well", [_replace("    picture: think\n", "    picture: think\n" + SHEET_NOTE,
                                                  "sheets/a-sheet.yml")], None),
    ("a sheet site note whose Easy Read words do not say it is our note",
     [_replace("    picture: think\n", "    picture: think\n" + SHEET_NOTE.replace("'Our note: it", "'It"),
               "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 19", "starts with 'Our note: '"]),
    ("a glossary entry without a picture", [("glossary", "- term: Thingummy\n  means: A thing.\n  easy_read: A thing.\n")],
     ["data/glossary.yml, line 1", "has no 'picture'"]),
    ("a glossary form of one letter", [("glossary", "- term: Thingummy\n  also: [t]\n  means: A thing.\n  easy_read: A thing.\n  picture: idea\n")],
     ["data/glossary.yml, line 2", "at least 3 characters"]),
    ("one word given to two glossary terms",
     [("glossary", "- term: Thingummy\n  also: [widget]\n  means: A thing.\n  easy_read: A thing.\n  picture: idea\n"
                   "- term: Widget\n  means: Another thing.\n  easy_read: Another thing.\n  picture: idea\n")],
     ["data/glossary.yml, line 6", "'Widget' is a form of two terms"]),
    ("a taxonomy value removed that a case study still uses",
     [_replace("  mental-health: Mental health\n", "", "data/taxonomy.yml")],
     ["case_studies/good.md, line 7", "'mental-health'"]),
    ("a picture code that is not an OpenMoji code", [_replace("handshake: [1F91D,", "handshake: [handshake,", "data/pictures.yml")],
     ["data/pictures.yml", "OpenMoji code"]),
    ("a changelog heading without its date", [_write("CHANGELOG.md", "# Changelog\n\n## 1.1.0\n\nMore.\n\n## 1.0.0 (2026-11-23)\n\nFirst.\n")],
     ["CHANGELOG.md, line 3", "not a version heading", "## 1.1.0 (2026-12-04)"]),
    ("changelog versions in the wrong order",
     [_write("CHANGELOG.md", "# Changelog\n\n## 1.0.0 (2026-11-23)\n\nFirst.\n\n## 1.1.0 (2026-12-04)\n\nMore.\n")],
     ["CHANGELOG.md, line 3", "not newer than 1.1.0"]),
    ("a redirect from a page that still exists", [("redirect", "guide.md", "principles/assets.md")],
     ["mkdocs.yml", "would hide a page that still exists"]),
    ("a redirect to a page that does not exist", [("redirect", "old.md", "new.md")],
     ["mkdocs.yml", "goes to 'new.md', which is not a page"]),
    ("a note to editors that is never closed", [_replace("Words about it.", "Words. <!-- check this", "docs/guide.md")],
     ["docs/guide.md, line 11", "not closed"]),
    ("a glossary form that is a common word",
     [("glossary", "- term: Thingummy\n  also: [thingummies, and]\n  means: A thing.\n  easy_read: A thing.\n  picture: idea\n")],
     ["data/glossary.yml, line 1", "'and' is too common a word", "remove it from the term's also: list"]),
    ("a common word in capitals, an abbreviation (fine)",
     [("glossary", "- term: Thingummy\n  also: [THE]\n  means: A thing.\n  easy_read: A thing.\n  picture: idea\n")], None),
    ("nested YAML aliases in a page's front matter (each level nine times the last)",
     [_replace("kind: guide", "kind: guide\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
               + "".join(f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)), "docs/guide.md")],
     ["docs/guide.md, line 5", "'&a0' is a YAML anchor or alias", "write the value out in full"]),
    ("a YAML alias in the glossary",
     [("glossary", "- term: Thingummy\n  means: &m A thing.\n  easy_read: *m\n  picture: idea\n")],
     ["data/glossary.yml, line 2", "'&m' is a YAML anchor or alias"]),
    ("a merge key (<<: *name) in a sheet",
     [_replace("questions:\n", "defaults: &d {type: lines}\nquestions:\n", "sheets/a-sheet.yml"),
      _replace("    type: lines\n", "    <<: *d\n", "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 11", "'&d' is a YAML anchor or alias"]),
    ("a title with an ampersand and stars, without quotes (fine)",
     [_replace("title: A guide page", "title: Carers & families *and* friends", "docs/guide.md")], None),
    ("a whole document pasted into a page (45,000 words)",
     [_replace("Words about it.", "People work together. " * 15_000, "docs/guide.md")],
     ["docs/guide.md, line 8", "the page is 45,004 words long; the most a page may have is 40,000", "split it"]),
    ("lists nested 2,000 deep (the build once ran six minutes into Python's recursion limit)",
     [_replace("Words about it.", "".join("    " * i + "- item\n" for i in range(2000)), "docs/guide.md")],
     ["docs/guide.md, line 21", "this line is 11 quotes or lists deep; the most is 10"]),
    ("quotes nested 10,000 deep", [_replace("Words about it.", "> " * 10_000 + "deep", "docs/guide.md")],
     ["docs/guide.md, line 11", "this line is 10000 quotes or lists deep"]),
    ("a list in a case study nested 12 deep",
     [_replace("## About the project\n\nPeople who use a service helped to plan it.",
               "## About the project\n\n" + "".join("  " * 2 * i + "1. step\n" for i in range(12)), "case_studies/good.md")],
     ["case_studies/good.md, line 26", "this line is 11 quotes or lists deep"]),
    ("a list 10 deep inside a quote (fine)",
     [_replace("Words about it.", "".join("> " + "    " * i + "- item\n" for i in range(9)), "docs/guide.md")], None),
    ("a sheet of 101 questions",
     [_replace("questions:\n", "questions:\n" + "".join(f"  - type: lines\n    text: Question {i}?\n    easy_read: Question {i}?\n"
                                                       f"    picture: think\n" for i in range(100)), "sheets/a-sheet.yml")],
     ["sheets/a-sheet.yml, line 11", "has too many entries (the most is 100)", "split it in two"]),
    ("a broken page with an Easy Read text: the message is about the page only",
     [_replace("kind: principle", "kind: principal", "docs/principles/assets.md")],
     ["docs/principles/assets.md, line 4", "'principal'"]),
]


def apply(root, change):
    kind = change[0]
    if kind == "replace":
        _, file, old, new = change
        p = root / file
        text = p.read_text(encoding="utf-8")
        assert old in text, (file, old)
        p.write_text(text.replace(old, new, 1), encoding="utf-8")
    elif kind == "write":
        (root / change[1]).parent.mkdir(parents=True, exist_ok=True)
        (root / change[1]).write_text(change[2], encoding="utf-8")
    elif kind == "bytes":
        (root / change[1]).write_bytes(change[2])
    elif kind == "delete":
        (root / change[1]).unlink()
    elif kind == "glossary":
        (root / "data" / "glossary.yml").write_text(change[1], encoding="utf-8")
    elif kind == "redirect":
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        (root / "mkdocs.yml").write_text(config.replace(
            "redirect_maps: {}", f"redirect_maps:\n        {change[1]}: {change[2]}"), encoding="utf-8")


@pytest.fixture
def project_dir(tmp_path, monkeypatch):
    pages = {k[len("docs/"):]: v for k, v in BASE_FILES.items() if k.startswith("docs/")}
    files = {k: v for k, v in BASE_FILES.items() if not k.startswith("docs/")}
    root = fixture_site.make(tmp_path, pages=pages, files=files)
    monkeypatch.chdir(root)           # as the build runs: messages name files from the project folder
    return root


@pytest.mark.parametrize("file, old, new", [("docs/guide.md", "description:", "descripton:"),
                                             ("sheets/a-sheet.yml", "title: A sheet\npage:", "titel: A sheet\npage:"),
                                             ("case_studies/good.md", "summary:", "sumary:")])
def test_a_misspelt_field_is_one_message_not_two(project_dir, file, old, new):
    """A misspelt field that must be there is one mistake: not also 'has no description'."""
    apply(project_dir, _replace(old, new, file))
    problems = project.problems(project_dir)
    assert len(problems) == 1 and "did you mean" in str(problems[0]), "\n".join(map(str, problems))


def test_the_base_project_is_good(project_dir):
    assert project.problems(project_dir) == []


def test_there_are_at_least_40_mistakes():
    assert len(MISTAKES) >= 40


@pytest.mark.parametrize("what, changes, expect", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_mistake(project_dir, what, changes, expect):
    for change in changes:
        apply(project_dir, change)
    problems = project.problems(project_dir)        # any other exception fails the test: a traceback
    if expect is None:
        assert problems == [], "\n".join(map(str, problems))
        return
    assert problems, f"{what}: no message"
    text = "\n".join(str(p) for p in problems)
    for words in expect:
        assert words in text, f"{what}: {words!r} not in:\n{text}"
    for p in problems:
        assert p.file and not p.file.startswith("/"), f"the message does not name a file of the project: {p}"
        assert p.fix, f"the message does not say what to do: {p}"
    assert "has no page" not in text or "has no page" in " ".join(expect), text


@pytest.mark.parametrize("value", ["x" * 100_000, "|\n" + "".join(f"  line {i} of a document pasted by mistake\n" for i in range(2000))],
                         ids=["one long line", "2,000 lines"])
def test_a_message_never_prints_more_than_a_few_lines_of_a_value(project_dir, value):
    """A value pasted by mistake (a whole document as a field) is cut short in the message that names it."""
    apply(project_dir, _replace("kind: guide", f"kind: {value}", "docs/guide.md"))
    problems = project.problems(project_dir)
    assert problems, "no message"
    text = str(ContentErrors(problems))
    assert "docs/guide.md, line 4" in text and "'kind' has the value" in text, text[:2000]
    assert len(text.splitlines()) <= 12 and len(text) <= 2500, f"{len(text.splitlines())} lines, {len(text)} characters"
