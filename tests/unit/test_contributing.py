"""The guide for editors matches the checks: its tables and templates come from the same rules.

CONTRIBUTING.md, templates/ and the checks say the same thing: the field tables come from the
schemas, the templates pass the schemas, and the "When a check fails" table lists every message
the build can give an editor."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from accessible_formats import own_files, schema, site_data
from accessible_formats.errors import Collector
from accessible_formats.source_files import read_text, read_yaml, split_front_matter

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def table_after(marker: str) -> list[list[str]]:
    """The rows of the Markdown table that follows `<!-- marker -->`."""
    start = GUIDE.index(f"<!-- {marker} -->")
    rows: list[list[str]] = []
    for line in GUIDE[start:].splitlines()[1:]:
        if not line.startswith("|"):
            if rows:
                break
            continue
        if re.fullmatch(r"\|[-|: ]+\|", line.strip()):
            continue                                    # the line under the column headings
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if cells[0] in ("Field", "Message"):
            continue
        rows.append(cells)
    return rows


@pytest.mark.parametrize("name", ["page", "case-study", "sheet", "glossary", "self-assessment"])
def test_each_field_table_lists_the_fields_of_its_schema(name):
    documented = [re.sub(r"`", "", row[0]) for row in table_after(f"fields: {name}")]
    assert documented == list(schema.field_descriptions(name, (ROOT / "schemas", own_files.SCHEMAS))), name


@pytest.mark.parametrize("template, kind", [("guide-page.md", "page"), ("principle-page.md", "page"),
                                            ("tool-page.md", "page"), ("case-study.md", "case-study"),
                                            ("page.easy.md", "easy-read"), ("sheet.yml", "sheet")])
def test_templates_pass_their_schema(template, kind):
    data = site_data.load_for(ROOT / "mkdocs.yml")
    assert data is not None
    path = ROOT / "templates" / template
    errors = Collector()
    value = read_yaml(path) if kind == "sheet" else split_front_matter(read_text(path), path)[0]
    data.schemas.check(kind, value, path, errors)
    assert not errors.errors, "\n".join(map(str, errors.errors))


# --- every message ------------------------------------------------------------------------------

def _text_of(node) -> str | None:
    """A message as written in the code, with '…' where the code fills in a value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "…" for v in node.values)
    return None


def messages_in_code() -> dict[str, str]:
    """Every problem message the build can give: {message: where in the code}."""
    found = {}
    for f in sorted([*(ROOT / "engine" / "src").rglob("*.py"), *(ROOT / "hooks").rglob("*.py")]):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            candidates = []
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                args = node.args
                if name == "add" and len(args) >= 2 or name in ("ContentError",) and len(args) >= 2:
                    candidates.append(args[1])
                elif name == "ConstructorError" and len(args) >= 3:
                    candidates.append(args[2])
                elif name == "append" and args and isinstance(args[0], ast.Tuple) and f.name == "editor_html.py":
                    candidates.append(args[0].elts[0])
            if isinstance(node, ast.FunctionDef) and node.name == "explain":
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple):
                        candidates.append(ret.value.elts[0])
            for c in candidates:
                text = _text_of(c)
                if text and len(text) > 6:
                    found[text] = f"{f.relative_to(ROOT)}, line {c.lineno}"
    return found


def table_patterns() -> list[re.Pattern]:
    patterns = []
    for row in table_after("messages"):
        for shown in re.findall(r"`([^`]+)`", row[0]):
            patterns.append(re.compile("^" + ".*".join(re.escape(part) for part in shown.split("…")) + "$", re.S))
    return patterns


def test_the_table_of_messages_lists_every_message_in_the_code():
    messages = messages_in_code()
    assert len(messages) > 60, "the messages were not found in the code"
    patterns = table_patterns()
    missing = [f"{where}: {text}" for text, where in sorted(messages.items())
               if not any(p.match(text.replace("…", "X").strip()) for p in patterns)]
    assert not missing, "Add these to 'When a check fails' in CONTRIBUTING.md:\n" + "\n".join(missing)
