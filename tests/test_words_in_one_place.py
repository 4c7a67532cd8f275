"""Every word the engine puts in front of a reader comes from its words file, never from its code.

A site in another language then never shows English from the engine. The engine's words are in
accessible_formats/words/en-GB.yml (a site overrides or translates them in its own words file).
This test reads the engine's Python, JavaScript and templates and lists any
reader-visible English written in them instead. Words for editors and developers (build messages,
option descriptions, the checks' reports) may stay in English: they are in the modules listed in
EDITOR_FACING, in a call that raises or reports a problem, in a docstring, or on a line marked
`# not for readers` (JavaScript: `/* not for readers */`). A new literal fails here with its file
and line: put it in the words file (see "Words" in engine/README.md)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "engine" / "src" / "accessible_formats"

# Modules whose words are for editors and developers only: build messages and their parts, option
# descriptions, the checks' and gates' reports, the pytest plug-in's help.
EDITOR_FACING = {
    "checks", "gates", "pytest_plugin.py", "config.py", "schema.py", "errors.py", "yaml_lines.py",
    "source_files.py", "content.py", "cache_files.py", "project_files.py", "cores.py", "front_matter.py",
    "steps/site_folder.py",
    "steps/editor_html.py",       # checks the HTML editors write: its words are its messages
}
# Calls whose arguments are messages to editors, not words for readers.
REPORTING = {"add", "ContentError", "PluginError", "ConfigurationError", "ValidationError", "Abort", "SystemExit",
             "ValueError", "RuntimeError", "TypeError", "KeyError", "OSError", "print", "where",
             "debug", "info", "warning", "error", "exception"}
MARK = "not for readers"
# Words: a capitalised word, two words in a row, or a word with a space beside it.
WORDY = re.compile(r"\b[A-Z][a-z]{2,}\b|\b[a-z]{2,} [a-z]{2,}\b|(?:^|\s)[a-z]{2,}\s|\s[a-z]{2,}(?:\s|$)")


def _visible(text: str) -> str:
    """A literal without its markup: whole and cut-off HTML tags, {placeholders}, %s, and names
    with a hyphen or underscore in them (classes, ids, keys)."""
    text = re.sub(r"<[^>]*>|^[^<]*>|<[^>]*$|\{[^}]*\}|%\(?\w*\)?[sd]", " ", text)
    return re.sub(r"\S*[-_]\S*", " ", text)


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def python_literals(path: Path, shown_as: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)):
            skip.add(id(body[0].value))                                   # a docstring
        reporting = isinstance(node, ast.Call) and _call_name(node) in REPORTING
        named_all = isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets)
        marked = (isinstance(node, (ast.Assign, ast.AnnAssign, ast.Expr, ast.Return, ast.AugAssign))
                  and (_marked(lines, node.lineno)
                       or any(MARK in lines[k - 1] for k in range(node.lineno, (node.end_lineno or node.lineno) + 1))))
        if reporting or named_all or marked or isinstance(node, (ast.Raise, ast.Assert)):
            skip.update(id(sub) for sub in ast.walk(node))
    return [f"{shown_as}:{node.lineno}: {node.value[:70]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
            and not _marked(lines, node.lineno) and WORDY.search(_visible(node.value))]


def _marked(lines: list[str], n: int) -> bool:
    """Whether line n (from 1), or a comment line just before it, is marked as not for readers."""
    return MARK in lines[n - 1] or (n > 1 and lines[n - 2].lstrip().startswith(("#", "//", "/*")) and MARK in lines[n - 2])


JS_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def javascript_literals(path: Path, shown_as: str) -> list[str]:
    found = []
    text = re.sub(r"/\*(?!\s*not for readers).*?\*/", lambda m: "\n" * m.group(0).count("\n"),
                  path.read_text(encoding="utf-8"), flags=re.S)
    lines = text.splitlines()
    for n, line in enumerate(lines, start=1):
        if _marked(lines, n):
            continue
        code = re.sub(r"^\s*//.*|\s//\s.*$", "", line)
        code = re.sub(r"\b(?:querySelector(?:All)?|closest|matches)\(" + JS_STRING.pattern, "(", code)  # selectors
        code = re.sub(r"\bkey\s*[!=]==?\s*" + JS_STRING.pattern, "", code)                                     # key names
        for literal in JS_STRING.findall(code):
            if WORDY.search(_visible(literal[1:-1])) and literal[1:-1] != "use strict":
                found.append(f"{shown_as}:{n}: {literal[:70]}")
    return found


VISIBLE_ATTRIBUTES = re.compile(r'\b(?:alt|title|aria-label|placeholder|value|content)="([^"]*)"')


def template_literals(path: Path, shown_as: str) -> list[str]:
    found = []
    text = re.sub(r"\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), path.read_text(encoding="utf-8"), flags=re.S)
    text = re.sub(r"\{[{%].*?[%}]\}", lambda m: " " * len(m.group(0)), text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    for n, line in enumerate(text.splitlines(), start=1):
        for value in VISIBLE_ATTRIBUTES.findall(line):
            if WORDY.search(value):
                found.append(f"{shown_as}:{n}: {value.strip()[:70]!r}")
        words = _visible(re.sub(r"<[^>]*>", " ", line)).strip()
        if re.search(r"[A-Za-z]{2,}", re.sub(r"&\w+;", " ", words)):
            found.append(f"{shown_as}:{n}: {words[:70]!r}")
    return found


def engine_literals(engine: Path = ENGINE) -> list[str]:
    found = []
    for path in sorted(engine.rglob("*.py")):
        rel = path.relative_to(engine).as_posix()
        if rel.split("/")[0] in EDITOR_FACING or rel in EDITOR_FACING:
            continue
        found += python_literals(path, rel)
    for path in sorted((engine / "theme").rglob("*.js")):
        found += javascript_literals(path, path.relative_to(engine).as_posix())
    for path in sorted((engine / "theme").rglob("*.html")):
        found += template_literals(path, path.relative_to(engine).as_posix())
    return found


def test_no_reader_visible_english_is_written_in_the_engines_code():
    found = engine_literals()
    assert not found, ("Words a reader sees are written in the engine's code, not in its words file "
                       "(accessible_formats/words/en-GB.yml):\n  " + "\n  ".join(found))


def test_the_scan_finds_a_new_literal_of_each_kind(tmp_path):
    """The test above can fail: a literal planted in a module, a script and a template is found."""
    (tmp_path / "theme" / "partials").mkdir(parents=True)
    (tmp_path / "steps").mkdir()
    (tmp_path / "steps" / "made.py").write_text(
        'def title(n):\n    """A docstring is fine."""\n    return f"Page {n} of the guide"\n', encoding="utf-8")
    (tmp_path / "theme" / "speak.js").write_text(
        '/* A comment is fine. */\nbutton.textContent = "Stop reading";\n', encoding="utf-8")
    (tmp_path / "theme" / "partials" / "box.html").write_text(
        '{# A comment is fine #}\n<p>{{ words.box.title }}</p>\n<nav aria-label="More pages">\n<p>Read more</p>\n',
        encoding="utf-8")
    found = engine_literals(tmp_path)
    assert sorted({tuple(f.split(":")[:2]) for f in found}, key=found_order(found)) == [
        ("steps/made.py", "3"), ("theme/speak.js", "2"), ("theme/partials/box.html", "3"),
        ("theme/partials/box.html", "4")], found


def found_order(found: list[str]):
    order = [tuple(f.split(":")[:2]) for f in found]
    return order.index
