"""The self-assessment of "How are you doing?" (data/self-assessment.yml, schema:
schemas/self-assessment.schema.json): a group works through the tool's 4 ideas on screen.

The ideas are not described here a second time: each idea (what it is about, the person's story,
the signs of each of the 4 stages, the things you might hear, the names of the stages) is read
from its printable sheet in sheets/, by the ids of the sheet's questions. So the page, the sheets
and the self-assessment say the same thing, and an editor changes it in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from accessible_formats import yaml_lines
from accessible_formats.api import (
    SPEAKABLE,
    TOOL_AUDIO,
    Clip,
    Collector,
    ContentCheck,
    ContentKind,
    Tool,
    as_sentence,
    md_text,
    split_sentences_simple,
)
from accessible_formats.sheet_data import Item, Sheet
from accessible_formats.site_data import SiteData
from accessible_formats.source_files import read_fields

STAGE_IDS = ["not-yet", "basics", "getting-there", "really-well"]
STAGE_QUESTION = "stage"
COLOURS = ["red", "amber", "green"]
FILE = "self-assessment.yml"
# A line in the tool's page that shows part of an idea, read from its sheet: <!-- idea: idea-1 story -->
MARKER = re.compile(r"<!--\s*idea:\s*(\S*)\s*(\S*)\s*-->")
PARTS = ("about", "story", "stages")
KEY = "self-assessment"
FOLDER = "self-assessment/"         # after the address of its page, in each form


@dataclass
class Stage:
    number: int
    name: str                   # "You really haven't got this"
    easy_name: str
    signs: list[Item]
    heard: list[Item]
    site_notes: list = field(default_factory=list)     # the site notes of its 2 checklists (SiteNote)


@dataclass
class Idea:
    key: str                    # the section id on the page, like idea-1: its name in saved files
    sheet: str
    title: str
    easy_title: str
    picture: str
    notes: list                 # the sheet's notes before its stages: what it is about, the story (and any more)
    stages: list[Stage]


@dataclass
class SelfAssessment:
    file: Path
    title: str
    easy_title: str
    page: str
    picture: str
    summary: str
    intro: str
    easy_intro: list[str]
    no_script: str
    easy_no_script: list[str]
    sheets: list[str]
    colours: dict[str, Item]
    pictures: dict[str, str]
    ideas: list[Idea] = field(default_factory=list)

    @property
    def stages(self) -> list[Stage]:
        """The 4 stages by name (from the first idea's sheet: every idea's sheet names them alike)."""
        return self.ideas[0].stages if self.ideas else []


class Say:
    """The words of one form: words.self_assessment.<name>, or its easy_<name> in Easy Read."""

    def __init__(self, words, easy: bool):
        self.group = dict(words["self_assessment"])
        self.easy = easy

    def __call__(self, word: str, /, **values) -> str:
        text = self.group.get(f"easy_{word}") if self.easy else None
        text = text or self.group[word]
        for key, value in values.items():
            text = text.replace("{" + key + "}", str(value))
        return text

    def for_script(self) -> dict:
        """Every word the script needs, already chosen for this form."""
        return {k: self(k) for k in self.group if not k.startswith("easy_")}


def _text(value) -> str:
    return " ".join(str(value).split())


def _name(option: str) -> str:
    """A stage's name without the number its sheet writes before it ("1. ", "1: ")."""
    return re.sub(r"^\d+\s*[.:]\s*", "", option)


def load(path: Path, data: SiteData, sheets: dict[str, Sheet], docs_dir: Path,
         errors: Collector) -> SelfAssessment | None:
    """Read and check the self-assessment; None when there is none, or it has problems (added to
    `errors`)."""
    if not path.exists():
        return None
    raw = read_fields(path, errors)
    if raw is None:
        return None
    if not data.schemas.check("self-assessment", raw, path, errors):
        return None
    before = len(errors)
    page = raw["page"]
    page_file = docs_dir / page
    if not page_file.is_file() or page.endswith(".easy.md"):
        errors.add(path, f"'page: {page}' is not a page in docs/",
                   "write the page's file name inside docs/, like: page: tools/how-are-you-doing.md",
                   yaml_lines.line_of(raw, "page"))
        return None
    for slug in raw["sheets"]:
        if slug not in sheets:
            errors.add(path, f"the sheet '{slug}' is not in sheets/",
                       "write a sheet's file name without .yml, like how-are-you-doing-assets.",
                       yaml_lines.line_of(raw, "sheets"))
    page_text = page_file.read_text(encoding="utf-8")
    ideas = []
    for entry in raw["ideas"]:
        line = yaml_lines.line_of(entry)
        if not re.search(r"\{#" + re.escape(entry["section"]) + r"\}", page_text):
            errors.add(path, f"the page {page} has no section with the id '#{entry['section']}'",
                       "write the id of the idea's heading on the page, like idea-1.", line)
        sheet = sheets.get(entry["sheet"])
        if sheet is None:
            errors.add(path, f"the sheet '{entry['sheet']}' is not in sheets/",
                       "write a sheet's file name without .yml, like how-are-you-doing-assets.", line)
            continue
        idea = _idea(entry["section"], sheet, path, line, errors)
        if idea:
            ideas.append(idea)
    keys = [i["section"] for i in raw["ideas"]]
    for m in MARKER.finditer(page_text):
        if m.group(1) not in keys or m.group(2) not in PARTS:
            errors.add(page_file, f"the line '{m.group(0)}' names no idea and part of the self-assessment",
                       f"write <!-- idea: <idea> <part> -->, with an idea of data/self-assessment.yml "
                       f"({', '.join(keys)}) and a part: {', '.join(PARTS)}.", page_text.count("\n", 0, m.start()) + 1)
    if len(errors) > before:
        return None
    colours = {c: Item(_text(raw["colour_suggestion"][c]["text"]), _text(raw["colour_suggestion"][c]["easy_read"]))
               for c in COLOURS}
    return SelfAssessment(file=path, title=_text(raw["title"]), easy_title=_text(raw["easy_title"]), page=page,
                          picture=raw["picture"], summary=_text(raw["summary"]), intro=_text(raw["intro"]),
                          easy_intro=[_text(s) for s in raw["easy_intro"]], no_script=_text(raw["no_script"]),
                          easy_no_script=[_text(s) for s in raw["easy_no_script"]], sheets=list(raw["sheets"]),
                          colours=colours, pictures=dict(raw["pictures"]), ideas=ideas)


def _idea(key: str, sheet: Sheet, path: Path, line: int | None, errors: Collector) -> Idea | None:
    """An idea, read from its sheet: its first heading is the idea's title, the notes before its
    first stage say what it is about and tell the story, the checklists `<stage>` and
    `<stage>-heard` hold the signs and the things you might hear, and the choice `stage` names
    the 4 stages."""
    by_id = {q.id: q for q in sheet.questions if q.id}
    missing = [i for i in [*STAGE_IDS, STAGE_QUESTION] if i not in by_id]
    heading = next((q for q in sheet.questions if q.type == "heading"), None)
    if missing or heading is None:
        what = f"question with the id '{missing[0]}'" if missing else "heading with the idea's title"
        errors.add(path, f"the sheet '{sheet.slug}' has no {what}, which the self-assessment reads",
                   f"the sheet of an idea has a heading with its title, a checklist for each stage "
                   f"({', '.join(STAGE_IDS)}) and a choice with the id '{STAGE_QUESTION}'.", line)
        return None
    choice = by_id[STAGE_QUESTION]
    if choice.type != "choice" or len(choice.options) != len(STAGE_IDS):
        errors.add(path, f"the question '{STAGE_QUESTION}' of the sheet '{sheet.slug}' is not a choice of "
                         f"{len(STAGE_IDS)} stages", "make it a choice with one option for each stage, in order.", line)
        return None
    first_stage = sheet.questions.index(by_id[STAGE_IDS[0]])
    notes = [q for q in sheet.questions[:first_stage] if q.type == "note"]
    if len(notes) < 2:
        errors.add(path, f"the sheet '{sheet.slug}' has no 2 notes before its first stage (what the idea is about, "
                         "and the person's story), which the self-assessment reads",
                   "write them as notes after the sheet's first heading: first what the idea is about, then the story.",
                   line)
        return None
    stages = []
    for n, sid in enumerate(STAGE_IDS):
        heard = by_id.get(f"{sid}-heard")
        stages.append(Stage(number=n + 1, name=_name(choice.options[n].text), easy_name=_name(choice.options[n].easy_read),
                            signs=by_id[sid].items, heard=heard.items if heard else [],
                            site_notes=[q.site_note for q in (by_id[sid], heard) if q and q.site_note]))
    return Idea(key=key, sheet=sheet.slug, title=heading.text, easy_title=heading.easy_read, picture=heading.picture,
                notes=notes, stages=stages)


def idea_markdown(sa: SelfAssessment, key: str, part: str, heard: str) -> str:
    """Part of an idea as Markdown for the tool's page, where the page has <!-- idea: <key> <part> -->:
    what it is about, the story, or the 4 stages (each heading with its fixed id, like
    #idea-1-not-yet; its signs; and what you might hear, after `heard`)."""
    idea = next(i for i in sa.ideas if i.key == key)
    if part == "about":
        return md_text(idea.notes[0].text)
    if part == "story":
        return md_text(idea.notes[1].text)
    lines: list[str] = []
    for stage, sid in zip(idea.stages, STAGE_IDS, strict=True):
        lines += [f"#### {md_text(stage.name)} if {{#{key}-{sid}}}", ""]
        lines += [f"- {md_text(i.text)}" for i in stage.signs] + [""]
        if stage.heard:
            lines += [md_text(heard), ""] + [f"- {md_text(i.text)}" for i in stage.heard] + [""]
    return "\n".join(lines)


class SelfAssessmentKind(ContentKind):
    """data/self-assessment.yml, read and checked with the rest of the content, after the sheets it reads."""

    def __init__(self):
        self.self_assessment: SelfAssessment | None = None

    def load(self, check: ContentCheck) -> None:
        self.self_assessment = load(check.files.data / FILE, check.data, check.content.sheets, check.docs_dir,
                                    check.errors)


def tool(m, sa: SelfAssessment) -> Tool:
    """The self-assessment as the engine knows a site's tool: where it is, and what its Easy Read
    parts say aloud."""
    made = Tool(key=KEY, page=sa.page, folder=FOLDER, title=sa.title, easy_title=sa.easy_title, source=sa.file,
                picture=sa.picture, easy_heading=m.words.say("self_assessment", "easy_title"),
                easy_sentences=[m.words.say("self_assessment", "easy_private")])
    made.clips = clips(m, sa)
    return made


def clips(m, sa: SelfAssessment) -> list[Clip]:
    """The audio of the Easy Read self-assessment's parts, in the order of its page: the title and
    what to do; the 4 questions before you start; for each idea, each note (the first with the
    idea's title), each stage with its signs and what people might say, and each question; then
    the plan. The summary is left out: it is written on the page from the group's answers.
    Each clip's `part` is the id of the block the page puts its Listen link in."""
    say = Say(m.words, easy=True)
    words_file = m.words.file

    def said(*texts: str) -> list[str]:
        return [as_sentence(s) for text in texts for s in split_sentences_simple(text) if SPEAKABLE.search(s)]

    parts: list[tuple[str, list[str], Path, int]] = [
        ("sa-part-intro", said(sa.easy_title, *sa.easy_intro), sa.file, 0),
        ("sa-part-area", said(say("start_heading"), say("area")), words_file, 0),
        ("sa-part-date", said(say("date")), words_file, 0),
        ("sa-part-people", said(say("people_heading"), say("people_hint")), words_file, 0),
        ("sa-part-colours", said(say("colours_heading"), say("colours_hint"), say("suggestion_label"),
                                 *[f"{say(c)}: {sa.colours[c].easy_read}" for c in COLOURS]), words_file, 0)]
    for idea in sa.ideas:
        k, sheet = idea.key, m.sheets[idea.sheet].file
        for i, note in enumerate(idea.notes, start=1):
            title = [idea.easy_title] if i == 1 else []
            parts.append((f"sa-part-{k}-note-{i}", said(*title, note.easy_read), sheet, note.line))
        for i, stage in enumerate(idea.stages):
            texts = [say("stages_heading")] if i == 0 else []
            texts += [say("stage_heading", stage=stage.number, name=stage.easy_name), say("signs"),
                      *[item.easy_read for item in stage.signs]]
            if stage.heard:
                texts += [say("heard"), *[item.easy_read for item in stage.heard]]
            texts += [note.easy_read for note in stage.site_notes]
            parts.append((f"sa-part-{k}-stage-{stage.number}", said(*texts), sheet, 0))
        parts += [(f"sa-part-{k}-q-stage", said(say("answers_heading", idea=idea.easy_title), say("stage_question"),
                                        *[say("stage_option", stage=s.number, name=s.easy_name) for s in idea.stages]),
                   words_file, 0),
                  (f"sa-part-{k}-q-evidence", said(say("evidence")), words_file, 0),
                  (f"sa-part-{k}-q-rating", said(say("rating_question"), *[say(c) for c in COLOURS]), words_file, 0),
                  (f"sa-part-{k}-q-views", said(say("views_heading"), say("views_hint")), words_file, 0),
                  (f"sa-part-{k}-q-change", said(say("change"), say("change_hint")), words_file, 0)]
    parts.append(("sa-part-plan", said(say("plan_heading"), say("plan_hint")), words_file, 0))
    path = m.by_src_uri(sa.page).path
    return [Clip(address=TOOL_AUDIO.address(path, slug=FOLDER, n=n), sentences=sentences, source=source, line=line,
                 part=part)
            for n, (part, sentences, source, line) in enumerate(parts, start=1)]
