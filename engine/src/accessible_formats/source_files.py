"""Reading the files editors write, the way MkDocs reads them.

A file saved by Notepad (with a byte-order mark), with Windows line ends, or with front matter
closed by '...' is read as MkDocs reads it. A file that is not UTF-8, or that holds an invisible
control character (which breaks the HTML), gets one clear message naming the file and the line.
"""
from __future__ import annotations

import re
from pathlib import Path

from mkdocs.utils.meta import YAML_RE  # MkDocs' own front matter pattern: '---' ... '---' or '...'

from . import yaml_lines
from .errors import ContentError

EMPTY_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(?:\.{3}|-{3})[ \t]*(?:\n|\Z)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
SAVE_AS_UTF8 = ("save the file again as UTF-8 text. In Notepad: File, Save as, Encoding: UTF-8. "
                "In Word: Save as, Plain Text, then choose Unicode (UTF-8).")


def read_text(path: Path) -> str:
    """The text of a file: UTF-8 (a byte-order mark is allowed), line ends made '\\n'."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ContentError(path, f"the file cannot be read ({exc.strerror})",
                           "check that it exists and that you may read it.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, f"the file is not saved as UTF-8 text (the byte 0x{raw[exc.start]:02X} "
                                 "is not UTF-8; the file was perhaps saved as Latin-1 or Windows-1252)",
                           SAVE_AS_UTF8, line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    m = CONTROL.search(text)
    if m:
        line = text[: m.start()].count("\n") + 1
        raise ContentError(path, f"the text holds an invisible control character (U+{ord(m.group(0)):04X})",
                           "delete it: retype the line, or copy it again from plain text. Such characters "
                           "often come with text copied from another program.", line)
    return text


def split_front_matter(text: str, path: Path, required: bool = True):
    """(front matter mapping, body, line number where the body starts).

    The front matter must be a mapping of fields (`title: ...`). A file without it is an error
    when `required`, and otherwise has an empty mapping."""
    m = YAML_RE.match(text)
    empty = EMPTY_FRONT_MATTER.match(text)
    if empty:                          # '---' then '---': front matter with no fields
        meta = yaml_lines.LineDict()
        meta.line, meta.lines = 1, {}
        return meta, text[empty.end():], text[: empty.end()].count("\n") + 1
    if not m:
        if text.startswith("---"):
            raise ContentError(path, "the front matter that starts on line 1 is not closed",
                               "end it with a line of three hyphens (---) after the last field, then a new line.", 1)
        if required:
            raise ContentError(path, "the file has no front matter (the fields between two lines of ---)",
                               "start the file with its fields, like:\n---\ntitle: The page title\n---\n"
                               "Copy the template for this kind of file from templates/ (see CONTRIBUTING.md).", 1)
        return yaml_lines.LineDict(), text, 1
    meta = yaml_lines.parse(m.group(1), path, line_offset=1)
    if meta is None:
        meta = yaml_lines.LineDict()
        meta.line, meta.lines = 2, {}
    if not isinstance(meta, dict):
        raise ContentError(path, "the front matter is not a list of fields",
                           "write each field on its own line as 'name: value', like 'title: The page title'. "
                           "Do not start the lines with '- '.", 2)
    body_line = text[: m.end()].count("\n") + 1
    return meta, text[m.end():], body_line


def read_yaml(path: Path):
    """A YAML data file (sheets, data/) with line numbers."""
    return yaml_lines.parse(read_text(path), path)


def read_fields(path: Path, errors):
    """A YAML file of fields (a sheet, the self-assessment): an empty file is no fields (at line 1),
    and a file that cannot be read adds its error to `errors` and gives None."""
    try:
        raw = read_yaml(path)
    except ContentError as exc:
        errors.extend([exc])
        return None
    if raw is None:
        raw = yaml_lines.LineDict()
        raw.line, raw.lines = 1, {}
    return raw
