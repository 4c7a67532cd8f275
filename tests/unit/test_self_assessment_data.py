"""The self-assessment reads each idea from its printable sheet, and a broken link to a sheet or section is one clear message.

data/self-assessment.yml names the sheets; hooks/coproduction/self_assessment.py reads the ideas from them
(so an idea is described once). These tests read the real files, then break a copy of each in
the ways an editor might and check that each gives one message naming the file and what to do."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from accessible_formats import sheet_data, site_data
from accessible_formats.errors import Collector
from coproduction import self_assessment

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "self-assessment.yml"


@pytest.fixture(scope="module")
def lists():
    data = site_data.load_for(ROOT / "mkdocs.yml")
    assert data is not None
    return data


def _sheets(lists, folder: Path = ROOT / "sheets") -> dict:
    errors = Collector()
    sheets = {}
    for path in sorted(folder.glob("*.yml")):
        sheet = sheet_data.load_sheet(path, lists, errors, ROOT / "docs")
        if sheet:
            sheets[sheet.slug] = sheet
    assert not errors.errors, errors.errors
    return sheets


def _load(lists, path=DATA, sheets=None, docs=ROOT / "docs"):
    errors = Collector()
    sa = self_assessment.load(path, lists, sheets if sheets is not None else _sheets(lists), docs, errors)
    return sa, [str(e) for e in errors.errors]


def test_the_ideas_come_from_their_sheets(lists):
    sa, problems = _load(lists)
    assert problems == [] and sa is not None
    assert [i.key for i in sa.ideas] == ["idea-1", "idea-2", "idea-3", "idea-4"]
    sheets = _sheets(lists)
    for idea in sa.ideas:
        sheet = sheets[idea.sheet]
        assert idea.title == next(q.text for q in sheet.questions if q.type == "heading")
        assert len(idea.notes) == 2, f"{idea.key}: what it is about, and the story"
        assert [s.number for s in idea.stages] == [1, 2, 3, 4]
        assert all(s.signs for s in idea.stages), f"{idea.key}: a stage has no signs"
        assert idea.stages[0].heard and idea.stages[3].heard, f"{idea.key}: the things you might hear are missing"
        by_id = {q.id: q for q in sheet.questions if q.id}
        assert idea.stages[1].signs == by_id["basics"].items
    assert [s.name for s in sa.stages] == ["You really haven't got this", "You've got the basics",
                                           "You're getting there", "You're doing really well"]
    assert set(sa.colours) == {"red", "amber", "green"}


def test_idea_1_has_the_4_examples_of_the_basics(lists):
    sa, _ = _load(lists)
    basics = [i.text for i in sa.ideas[0].stages[1].signs]
    assert len(basics) == 6, basics
    assert any("talking about their lives and experiences" in b for b in basics)   # the 4th, which breaks off


def _broken(tmp_path, change) -> Path:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "self-assessment.yml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("what, change, expect", [
    ("a sheet that does not exist", lambda raw: raw["ideas"][1].update(sheet="how-are-you-doing-nothing"),
     "the sheet 'how-are-you-doing-nothing' is not in sheets/"),
    ("a section the page does not have", lambda raw: raw["ideas"][0].update(section="idea-9"),
     "has no section with the id '#idea-9'"),
    ("a sheet to print that does not exist", lambda raw: raw["sheets"].append("nothing-here"),
     "the sheet 'nothing-here' is not in sheets/"),
    ("a missing colour", lambda raw: raw["colour_suggestion"].pop("amber"), "amber"),
    ("a picture that does not exist", lambda raw: raw["pictures"].update(stage="unicorn"), "unicorn"),
    ("a page that does not exist", lambda raw: raw.update(page="tools/nothing.md"), "'page: tools/nothing.md'"),
])
def test_each_mistake_is_a_clear_message(lists, tmp_path, what, change, expect):
    sa, problems = _load(lists, _broken(tmp_path, change))
    assert sa is None, what
    assert problems and any(expect in p for p in problems), f"{what}: {problems}"
    assert all("What to do" in p for p in problems)


def test_a_sheet_without_a_stage_is_one_clear_message(lists, tmp_path):
    folder = tmp_path / "sheets"
    shutil.copytree(ROOT / "sheets", folder)
    path = folder / "how-are-you-doing-reciprocity.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: getting-there\n", "- id: nearly-there\n"),
                    encoding="utf-8")
    sa, problems = _load(lists, sheets=_sheets(lists, folder))
    assert sa is None
    assert len(problems) == 1 and "the sheet 'how-are-you-doing-reciprocity' has no a question" not in problems[0]
    assert "has no question with the id 'getting-there'" in problems[0], problems


def test_no_file_means_no_self_assessment(lists, tmp_path):
    sa, problems = _load(lists, tmp_path / "none.yml")
    assert sa is None and problems == []


def test_the_page_shows_each_part_from_the_sheet_and_a_wrong_line_is_a_clear_message(lists, tmp_path):
    text = (ROOT / "docs" / "tools" / "how-are-you-doing.md").read_text(encoding="utf-8")
    for key in ("idea-1", "idea-2", "idea-3", "idea-4"):
        for part in self_assessment.PARTS:
            assert f"<!-- idea: {key} {part} -->" in text, f"the tool's page does not show {key}'s {part} from its sheet"
    sa, _ = _load(lists)
    stages = self_assessment.idea_markdown(sa, "idea-4", "stages", "You might hear:")
    for sid in self_assessment.STAGE_IDS:
        assert f"{{#idea-4-{sid}}}" in stages, f"the heading id #idea-4-{sid} would be lost"
    assert "You might hear:" in stages
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "tools" / "how-are-you-doing.md"
    page.write_text(text.replace("<!-- idea: idea-2 story -->", "<!-- idea: idea-7 story -->"), encoding="utf-8")
    sa, problems = _load(lists, docs=docs)
    assert sa is None and len(problems) == 1, problems
    assert "'<!-- idea: idea-7 story -->' names no idea" in problems[0] and "how-are-you-doing.md, line" in problems[0]
