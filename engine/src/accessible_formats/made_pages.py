"""The pages the site makes from data, rather than from a file in docs/: the case study index
and filter pages, the glossary, the printable sheets index and the pictures page.

The hooks that make them and the content checks (Easy Read links, files that would take one of
these addresses) both read this list, so the two cannot disagree.
"""
from __future__ import annotations

CASE_STUDIES = "case-studies"
# case study field -> (address part, taxonomy group, heading on the index)
FILTERS = {
    "principles": ("by-principle", "principles", "By principle"),
    "settings": ("by-setting", "settings", "By setting or group"),
    "nation": ("by-nation", "nations", "By nation or country"),
}
GLOSSARY = "glossary.md"
SHEETS_INDEX = "sheets/index.md"
PICTURES = "about/pictures.md"
CASE_STUDY_INDEX = f"{CASE_STUDIES}/index.md"
# Case study file names that would take the address of a made page.
RESERVED_CASE_STUDY_NAMES = {"index"} | {part for part, _g, _h in FILTERS.values()}


def filter_values(meta: dict, field: str) -> list[str]:
    value = meta.get(field)
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value is not None else []


def filter_src_uri(field: str, value: str) -> str:
    return f"{CASE_STUDIES}/{FILTERS[field][0]}/{value}.md"


def case_study_src_uri(slug: str) -> str:
    return f"{CASE_STUDIES}/{slug}.md"


def src_uris(case_study_metas: list[dict]) -> set[str]:
    """Every page the site makes from data, by its src_uri (as if it were a file in docs/)."""
    made = {GLOSSARY, SHEETS_INDEX, PICTURES, CASE_STUDY_INDEX}
    for meta in case_study_metas:
        for field in FILTERS:
            made.update(filter_src_uri(field, v) for v in filter_values(meta, field))
    return made
