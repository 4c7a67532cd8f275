"""The principles a page is about: a principle page's own, a tool's or a case study's list."""
from __future__ import annotations


def principles_of(record) -> list[str]:
    if record.kind == "principle":
        return [record.meta["principle"]]
    return list(record.meta.get("principles") or [])
