"""Check a small project's content the way the build does (accessible_formats/content.py), without running
MkDocs: fast enough for many cases, and the same code as the build."""
from __future__ import annotations

from pathlib import Path

import yaml

from accessible_formats import content
from accessible_formats.errors import ContentErrors


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml, with MkDocs' own tags (!ENV, !relative) read as their default value."""


def _tag(loader, suffix, node):
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        return items[-1] if items else None
    return loader.construct_scalar(node)


_ConfigLoader.add_multi_constructor("!", _tag)


def doc_pages(docs: Path) -> list[tuple[str, Path]]:
    """The pages MkDocs would build from docs/ (its Easy Read texts are excluded in mkdocs.yml)."""
    return [(p.relative_to(docs).as_posix(), p) for p in sorted(docs.rglob("*.md"))
            if not p.name.endswith(".easy.md") and not any(part.startswith(".") for part in p.parts)]


def redirects(config_file: Path) -> dict:
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "redirects" in plugin:
            return (plugin["redirects"] or {}).get("redirect_maps") or {}
    return {}


def load(root: Path):
    """content.load on a project folder: the Content, or raises ContentErrors."""
    return content.load(root, root / "docs", doc_pages(root / "docs"), redirects(root / "mkdocs.yml"),
                        root / "mkdocs.yml")


def problems(root: Path) -> list:
    """The content errors of a project (empty when it is fine)."""
    try:
        load(root)
    except ContentErrors as exc:
        return exc.errors
    return []
