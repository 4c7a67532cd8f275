"""The schema of a printable sheet (sheets/<slug>.yml): its questions, grids, scales and space
to write, declared once and rendered by the sheet_pages hook into a print-ready page and three
PDFs (standard, Easy Read, large print). CONTRIBUTING.md explains the fields with an example.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import yaml_lines
from .errors import Collector
from .site_data import SiteData


# type -> (what it is, the fields it needs beyond text/easy_read/picture)
QUESTION_TYPES = {
    "heading": ("a heading that starts a part of the sheet", ()),
    "note": ("information to read, with no space to answer", ()),
    "lines": ("a question with lines to write on", ()),
    "box": ("a question with an empty box (to draw or write in)", ()),
    "checklist": ("a list of things to tick", ("items",)),
    "choice": ("a question where you tick one answer", ("options",)),
    "rag": ("a question answered red, amber or green", ()),
    "table": ("a grid with columns to fill in", ("columns",)),
}
SHEET_FIELDS = ("title", "page", "purpose", "summary", "instructions", "easy_read", "questions")
QUESTION_FIELDS = ("id", "type", "text", "easy_read", "picture", "lines", "items", "options",
                   "columns", "rows", "easy_columns", "easy_options")


@dataclass
class Item:
    text: str
    easy_read: str


@dataclass
class Question:
    type: str
    text: str
    easy_read: str
    picture: str
    id: str = ""
    lines: int = 4
    items: list = field(default_factory=list)          # [Item] for checklist
    options: list = field(default_factory=list)        # [Item] for choice
    columns: list = field(default_factory=list)        # [str] for table
    easy_columns: list = field(default_factory=list)
    rows: int = 5
    line: int = 0

    @property
    def answerable(self) -> bool:
        return self.type not in ("heading", "note")


@dataclass
class Sheet:
    slug: str
    file: Path
    title: str
    page: str                  # src_uri of the page it belongs to, e.g. "tools/ladder-reflection.md"
    purpose: str
    summary: str
    instructions: str
    easy_title: str
    easy_instructions: list
    easy_picture: str
    questions: list


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def load_sheet(path: Path, data: SiteData, errors: Collector, docs_dir: Path | None = None) -> Sheet | None:
    before = len(errors.errors)
    try:
        raw = yaml_lines.load(path)
    except Exception as exc:
        errors.extend([exc])
        return None
    if not isinstance(raw, dict):
        errors.add(path, "a sheet file must start with 'title:'", "see the sheet template in CONTRIBUTING.md.", 1)
        return None
    for key in raw:
        if key not in SHEET_FIELDS:
            errors.add(path, f"unknown field '{key}'", "allowed fields: " + ", ".join(SHEET_FIELDS) + ".",
                       yaml_lines.line_of(raw, key))
    for key in ("title", "page", "purpose", "summary", "instructions"):
        if not _text(raw.get(key)):
            errors.add(path, f"the sheet has no '{key}'", f"add '{key}:' (see the sheet template in CONTRIBUTING.md).",
                       yaml_lines.line_of(raw))
    purpose = raw.get("purpose")
    if purpose and purpose not in data.taxonomy["sheet_purposes"]:
        errors.add(path, f"unknown purpose '{purpose}'",
                   "use one of: " + ", ".join(data.taxonomy["sheet_purposes"]) + ".", yaml_lines.line_of(raw, "purpose"))
    page = _text(raw.get("page"))
    docs_dir = docs_dir or path.parent.parent / "docs"
    if page and not (docs_dir / page).exists():
        errors.add(path, f"'page: {page}' is not a page in docs/",
                   "write the page's file name inside docs/, like: page: tools/ladder-reflection.md",
                   yaml_lines.line_of(raw, "page"))

    easy = raw.get("easy_read")
    if not isinstance(easy, dict) or not easy.get("title") or not easy.get("instructions") or not easy.get("picture"):
        errors.add(path, "the sheet has no Easy Read title, instructions and picture",
                   "add:\neasy_read:\n  title: ...\n  picture: ...\n  instructions:\n    - A short sentence.",
                   yaml_lines.line_of(raw, "easy_read") or yaml_lines.line_of(raw))
        easy = easy if isinstance(easy, dict) else {}
    easy_instr = easy.get("instructions") or []
    if isinstance(easy_instr, str):
        easy_instr = [easy_instr]
    if easy.get("picture") and easy["picture"] not in data.pictures:
        errors.add(path, f"there is no picture called '{easy['picture']}'",
                   "use a name from data/pictures.yml.", yaml_lines.line_of(easy, "picture"))

    questions = []
    raw_questions = raw.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        errors.add(path, "the sheet has no questions", "add 'questions:' with at least one question.",
                   yaml_lines.line_of(raw, "questions") or yaml_lines.line_of(raw))
        raw_questions = []
    for q in raw_questions:
        question = _load_question(q, path, data, errors)
        if question:
            questions.append(question)
    if not any(q.answerable for q in questions):
        errors.add(path, "the sheet has nowhere to write or tick",
                   "add at least one question of type lines, box, checklist, choice, rag or table.",
                   yaml_lines.line_of(raw, "questions") or 1)
    if len(errors.errors) > before:
        return None
    return Sheet(slug=path.stem, file=path, title=_text(raw["title"]), page=page, purpose=purpose,
                 summary=_text(raw["summary"]), instructions=_text(raw["instructions"]),
                 easy_title=_text(easy["title"]), easy_instructions=[_text(s) for s in easy_instr],
                 easy_picture=easy["picture"], questions=questions)


def _load_question(q, path, data, errors: Collector) -> Question | None:
    line = yaml_lines.line_of(q)
    if not isinstance(q, dict):
        errors.add(path, "each question must start with '- type:'", "see the sheet template in CONTRIBUTING.md.", line)
        return None
    for key in q:
        if key not in QUESTION_FIELDS:
            errors.add(path, f"unknown field '{key}' in a question",
                       "allowed fields: " + ", ".join(QUESTION_FIELDS) + ".", yaml_lines.line_of(q, key))
    qtype = q.get("type")
    if qtype not in QUESTION_TYPES:
        errors.add(path, f"unknown question type '{qtype}'",
                   "use one of: " + "; ".join(f"{k} ({v[0]})" for k, v in QUESTION_TYPES.items()) + ".",
                   yaml_lines.line_of(q, "type") or line)
        return None
    text, easy = _text(q.get("text")), _text(q.get("easy_read"))
    if not text:
        errors.add(path, f"a '{qtype}' question has no text", "add 'text:' with the question as readers see it.", line)
    if not easy:
        errors.add(path, f"the question '{text[:50]}' has no Easy Read wording",
                   "add 'easy_read:' with the question in short, plain words.", line)
    picture = q.get("picture")
    if not picture:
        errors.add(path, f"the question '{text[:50]}' has no picture for the Easy Read sheet",
                   "add 'picture:' with a name from data/pictures.yml.", line)
    elif picture not in data.pictures:
        errors.add(path, f"there is no picture called '{picture}'", "use a name from data/pictures.yml.",
                   yaml_lines.line_of(q, "picture"))
    for needed in QUESTION_TYPES[qtype][1]:
        value = q.get(needed)
        if not isinstance(value, list) or len(value) < (2 if needed == "options" else 1):
            errors.add(path, f"the '{qtype}' question '{text[:50]}' needs '{needed}:' as a list",
                       f"add '{needed}:' with {'at least 2' if needed == 'options' else 'at least 1'} entries.", line)
    lines = q.get("lines", 4)
    if not isinstance(lines, int) or not 1 <= lines <= 20:
        errors.add(path, f"'lines: {lines}' should be a number from 1 to 20", "write how many lines to leave for writing.",
                   yaml_lines.line_of(q, "lines"))
        lines = 4
    rows = q.get("rows", 5)
    if not isinstance(rows, int) or not 1 <= rows <= 30:
        errors.add(path, f"'rows: {rows}' should be a number from 1 to 30", "write how many empty rows the grid has.",
                   yaml_lines.line_of(q, "rows"))
        rows = 5
    return Question(type=qtype, text=text, easy_read=easy, picture=picture or "", id=_text(q.get("id")),
                    lines=lines, rows=rows,
                    items=_items(q.get("items"), path, errors, q, "items"),
                    options=_items(q.get("options"), path, errors, q, "options"),
                    columns=[_text(c) for c in q.get("columns") or []],
                    easy_columns=[_text(c) for c in q.get("easy_columns") or []],
                    line=line or 0)


def _items(raw, path, errors: Collector, q, key) -> list[Item]:
    out = []
    for i, item in enumerate(raw or []):
        item_line = raw.lines[i] if hasattr(raw, "lines") else yaml_lines.line_of(q, key)
        if isinstance(item, dict) and _text(item.get("text")) and _text(item.get("easy_read")):
            out.append(Item(_text(item["text"]), _text(item["easy_read"])))
        else:
            errors.add(path, f"each entry under '{key}' needs 'text:' and 'easy_read:'",
                       f"write it like:\n  - text: The standard wording\n    easy_read: The Easy Read wording", item_line)
    return out


def load_all(data: SiteData, sheets_dir: Path, docs_dir: Path) -> dict[str, Sheet]:
    errors = Collector()
    sheets = {}
    for path in sorted(sheets_dir.glob("*.yml")):
        sheet = load_sheet(path, data, errors, docs_dir)
        if sheet:
            sheets[sheet.slug] = sheet
    errors.raise_if_any()
    return sheets
