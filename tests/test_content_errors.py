"""Bad content stops the build with one clear message naming the file (and line) and what to
do: never a traceback or a half-built site."""
from __future__ import annotations

import pytest

from tests import fixture_site

GOOD_CASE = """---
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
GOOD_CASE_EASY = """---
title: A good example
---

![A group of people](group)
People helped to plan a service.
"""
GOOD_SHEET = """title: A sheet
page: about-co-production/what-it-is.md
purpose: reflect
summary: A short sheet.
instructions: Answer the question.
easy_read:
  title: A sheet
  picture: paper
  instructions:
    - Answer the question.
questions:
  - type: lines
    text: What do you think?
    easy_read: What do you think?
    picture: think
"""


def build_fails(tmp_path, **kw) -> str:
    root = fixture_site.make(tmp_path, **kw)
    ok, output, site = fixture_site.build(root)
    assert not ok, "the build should have failed"
    assert "Traceback" not in output, output[-3000:]
    assert not (site / "index.html").exists() or not (site / "manifest.json").exists(), "a half-built site was left"
    return output


def test_good_fixtures_build(tmp_path):
    root = fixture_site.make(tmp_path, files={"case_studies/good.md": GOOD_CASE, "case_studies/good.easy.md": GOOD_CASE_EASY,
                                              "sheets/a-sheet.yml": GOOD_SHEET})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    assert (site / "case-studies" / "good" / "index.html").exists()
    assert (site / "sheets" / "a-sheet.pdf").exists()


@pytest.mark.parametrize("change, expect", [
    (("place: Leeds\n", ""), ["case_studies/bad.md", "'place'"]),
    (("principles: [assets]", "principles: [kindness]"), ["case_studies/bad.md", "line 8", "kindness",
                                                          "assets, capacity, mutuality"]),
    (("settings: [mental-health]", "settings: [space]"), ["case_studies/bad.md", "space", "mental-health"]),
    (("nation: england", "nation: atlantis"), ["case_studies/bad.md", "atlantis", "england, wales"]),
    (("title: A good example\n", "title: [unclosed\n"), ["case_studies/bad.md", "line 2", "not valid YAML"]),
    (("## About the project", "## Background"), ["case_studies/bad.md", "Background", "About the project"]),
])
def test_bad_case_study(tmp_path, change, expect):
    text = GOOD_CASE.replace(*change)
    output = build_fails(tmp_path, files={"case_studies/bad.md": text, "case_studies/bad.easy.md": GOOD_CASE_EASY})
    for e in expect:
        assert e in output, (e, output[-2000:])


def test_case_study_without_easy_read(tmp_path):
    output = build_fails(tmp_path, files={"case_studies/good.md": GOOD_CASE})
    assert "case_studies/good.easy.md" in output and "CONTRIBUTING.md" in output


def test_duplicate_case_study_address(tmp_path):
    output = build_fails(tmp_path, files={"case_studies/good.md": GOOD_CASE, "case_studies/good.easy.md": GOOD_CASE_EASY,
                                          "case_studies/Good.md": GOOD_CASE, "case_studies/Good.easy.md": GOOD_CASE_EASY})
    assert "case_studies/Good.md" in output


@pytest.mark.parametrize("easy, expect", [
    ("---\ntitle: T\n---\n\n![A thing](no-such-picture)\nA sentence.\n", ["what-it-is.easy.md, line 5", "no-such-picture", "data/pictures.yml"]),
    ("---\ntitle: T\n---\n\n![](book)\nA sentence.\n", ["what-it-is.easy.md, line 5", "no alt text"]),
    ("---\ntitle: T\n---\n\nJust words with no picture.\n", ["what-it-is.easy.md, line 5", "does not start with a picture"]),
    ("---\ntitle: T\n---\n\n![A book](book)\nOne. Two sentences here.\n", ["what-it-is.easy.md, line 6", "more than 1 sentence"]),
    ("---\ntitle: T\n---\n\n![A book](book)\nSee [this](nowhere.md).\n", ["what-it-is.easy.md, line 6", "nowhere.md"]),
])
def test_bad_easy_read(tmp_path, easy, expect):
    output = build_fails(tmp_path, pages={"about-co-production/what-it-is.easy.md": easy})
    for e in expect:
        assert e in output, (e, output[-2000:])


def test_easy_read_for_a_page_that_does_not_exist(tmp_path):
    output = build_fails(tmp_path, pages={"no-page.easy.md": "---\ntitle: T\n---\n\n![A book](book)\nHello.\n"})
    assert "docs/no-page.easy.md" in output and "has no page" in output


def test_a_principle_page_must_have_easy_read(tmp_path):
    page = "---\ntitle: Assets\ndescription: The assets principle.\nkind: principle\nprinciple: assets\nsources:\n  - scie-2015: principles\n---\n\nText.\n"
    output = build_fails(tmp_path, pages={"principles/assets.md": page})
    assert "docs/principles/assets.easy.md" in output and "must have Easy Read text" in output


def test_heading_without_a_fixed_id(tmp_path):
    page = "---\ntitle: T\ndescription: D.\nkind: index\n---\n\n## A heading\n\nText.\n"
    output = build_fails(tmp_path, pages={"page.md": page})
    assert "docs/page.md, line 7" in output and "{#" in output


@pytest.mark.parametrize("change, expect", [
    (("type: lines", "type: essay"), ["sheets/bad.yml", "line 12", "essay", "lines"]),
    (("    text: What do you think?\n", ""), ["sheets/bad.yml", "has no 'text'"]),
    (("page: about-co-production/what-it-is.md", "page: nowhere.md"), ["sheets/bad.yml", "nowhere.md"]),
    (("    picture: think\n", "    picture: unicorn\n"), ["sheets/bad.yml", "unicorn"]),
])
def test_bad_sheet(tmp_path, change, expect):
    output = build_fails(tmp_path, files={"sheets/bad.yml": GOOD_SHEET.replace(*change)})
    for e in expect:
        assert e in output, (e, output[-2000:])


def test_bad_glossary_entry(tmp_path):
    root = fixture_site.make(tmp_path)
    (root / "data" / "glossary.yml").write_text("- term: Thing\n  means: A thing.\n")
    ok, output, _ = fixture_site.build(root)
    assert not ok and "data/glossary.yml, line 1" in output and "easy_read" in output
