"""A printable sheet (sheets/<slug>.yml): its questions, grids, scales and space to write,
declared once (schema: schemas/sheet.schema.json) and rendered by the sheet_pages hook into a
print-ready page and three PDFs (standard, Easy Read, large print). CONTRIBUTING.md explains the
fields with an example.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import yaml_lines
from .errors import Collector
from .site_data import SiteData, SiteNote, site_note
from .source_files import read_fields


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
    row_labels: list = field(default_factory=list)     # [str]: a grid's named rows, in its first column
    easy_row_labels: list = field(default_factory=list)
    rows: int = 5
    line: int = 0
    site_note: SiteNote | None = None                  # a fact from outside the sources, printed after it

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
    """Read and check one sheet file; None (with errors added) when it has problems."""
    raw = read_fields(path, errors)
    if raw is None:
        return None
    if not isinstance(raw, dict):
        errors.add(path, "a sheet file must be a list of fields, starting with 'title:'",
                   "copy templates/sheet.yml and fill it in (see 'Printable sheets' in CONTRIBUTING.md).", 1)
        return None
    if not data.schemas.check("sheet", raw, path, errors):
        return None
    before = len(errors)
    docs_dir = docs_dir or path.parent.parent / "docs"
    page = raw["page"]
    if not (docs_dir / page).is_file() or page.endswith(".easy.md"):
        errors.add(path, f"'page: {page}' is not a page in docs/",
                   "write the page's file name inside docs/, like: page: tools/ladder-reflection.md",
                   yaml_lines.line_of(raw, "page"))
    seen: dict[str, int | None] = {}
    for q in raw["questions"]:
        qid = q.get("id")
        if qid and qid in seen:
            errors.add(path, f"two questions have the id '{qid}' (the first is on line {seen[qid]})",
                       "give each question its own id: saved answers are kept by it.", yaml_lines.line_of(q, "id"))
        if qid:
            seen[qid] = yaml_lines.line_of(q, "id")
        if q.get("easy_row_labels") and len(q["easy_row_labels"]) != len(q.get("row_labels") or []):
            errors.add(path, f"'easy_row_labels' has {len(q['easy_row_labels'])} names and 'row_labels' has "
                             f"{len(q.get('row_labels') or [])}", "give one Easy Read name for each row.",
                       yaml_lines.line_of(q, "easy_row_labels"))
        if q.get("row_labels") and len(q.get("columns") or []) < 2:
            errors.add(path, "a grid with 'row_labels' needs at least 2 columns: the first is headed for the row names",
                       "add a column heading for the row names first, like: columns: [Idea, Stage, Notes]",
                       yaml_lines.line_of(q, "row_labels"))
        if q.get("easy_columns") and len(q["easy_columns"]) != len(q.get("columns") or []):
            errors.add(path, f"'easy_columns' has {len(q['easy_columns'])} headings and 'columns' has "
                             f"{len(q.get('columns') or [])}", "give one Easy Read heading for each column.",
                       yaml_lines.line_of(q, "easy_columns"))
    questions = [_question(q) for q in raw["questions"]]
    if not any(q.answerable for q in questions):
        errors.add(path, "the sheet has nowhere to write or tick",
                   "add at least one question of type lines, box, checklist, choice, rag or table.",
                   yaml_lines.line_of(raw, "questions"))
    if len(errors) > before:
        return None
    easy = raw["easy_read"]
    return Sheet(slug=path.stem, file=path, title=_text(raw["title"]), page=page, purpose=raw["purpose"],
                 summary=_text(raw["summary"]), instructions=_text(raw["instructions"]),
                 easy_title=_text(easy["title"]), easy_instructions=[_text(x) for x in easy["instructions"]],
                 easy_picture=easy["picture"], questions=questions)


def _question(q) -> Question:
    return Question(type=q["type"], text=_text(q["text"]), easy_read=_text(q["easy_read"]), picture=q["picture"],
                    id=q.get("id", ""), lines=q.get("lines", 4),
                    rows=len(q["row_labels"]) if q.get("row_labels") else q.get("rows", 5),
                    items=[Item(_text(i["text"]), _text(i["easy_read"])) for i in q.get("items") or []],
                    options=[Item(_text(i["text"]), _text(i["easy_read"])) for i in q.get("options") or []],
                    columns=[_text(c) for c in q.get("columns") or []],
                    easy_columns=[_text(c) for c in q.get("easy_columns") or []],
                    row_labels=[_text(c) for c in q.get("row_labels") or []],
                    easy_row_labels=[_text(c) for c in q.get("easy_row_labels") or []],
                    line=yaml_lines.line_of(q) or 0, site_note=site_note(q.get("site_note")))
