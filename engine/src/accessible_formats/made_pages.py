"""The pages the engine makes from data, rather than from a file in docs/: the glossary, the
printable sheets index and the pictures page (a site's own hooks may make more: their kinds of
content name them, content.ContentKind.pages). The steps that make them and the content checks
(Easy Read links, files that would take one of these addresses) both read this list."""
from __future__ import annotations

from pathlib import Path

GLOSSARY = "glossary.md"
SHEETS_INDEX = "sheets/index.md"
PICTURES = "about/pictures.md"


def made_by_engine(files, data, sheets) -> dict[str, Path]:
    """The pages the engine makes for this project, with the file each comes from: a feature with
    no content (no glossary words, no sheets, no pictures) has no page."""
    made = {}
    if data.glossary:
        made[GLOSSARY] = files.glossary
    if sheets:
        made[SHEETS_INDEX] = files.sheets
    if data.pictures:
        made[PICTURES] = files.pictures
    return made
