"""Check a small project's content the way the build does (accessible_formats/content.py), without running
MkDocs: fast enough for many cases, and the same code as the build."""
from __future__ import annotations

from pathlib import Path

import coproduction
from accessible_formats import content, project_files
from accessible_formats.errors import ContentErrors


def doc_pages(docs: Path) -> list[tuple[str, Path]]:
    """The pages MkDocs would build from docs/ (its Easy Read texts are excluded in mkdocs.yml)."""
    return [(p.relative_to(docs).as_posix(), p) for p in sorted(docs.rglob("*.md"))
            if not p.name.endswith(".easy.md") and not any(part.startswith(".") for part in p.parts)]


def redirects(config_file: Path) -> dict:
    return project_files.plugin_options(project_files.read_config(config_file), "redirects").get("redirect_maps") or {}


def load(root: Path):
    """content.load on a project folder: the Content, or raises ContentErrors."""
    files, options = project_files.of_config_file(root / "mkdocs.yml")
    return content.load(files, root / "docs", doc_pages(root / "docs"), redirects(root / "mkdocs.yml"),
                        root / "mkdocs.yml", options, coproduction.content_kinds(), coproduction.page_checks())


def problems(root: Path) -> list:
    """The content errors of a project (empty when it is fine)."""
    try:
        load(root)
    except ContentErrors as exc:
        return exc.errors
    return []
