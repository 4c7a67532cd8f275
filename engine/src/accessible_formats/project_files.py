"""Where a project's own files are: its content, its lists, its caches. Each is a setting of the
plugin (config.py), relative to the folder of mkdocs.yml; these are the defaults. The package's
own files are found relative to the package instead (own_files.py)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import own_files
from .config import setting


@dataclass(frozen=True)
class ProjectFiles:
    root: Path
    data: Path
    words: Path
    pictures: Path
    pictures_dir: Path
    glossary: Path
    pronunciations: Path
    search_words: Path
    sheets: Path
    changelog: Path
    schemas: Path
    cache: Path

    @classmethod
    def of(cls, root: Path, options=None) -> ProjectFiles:
        """The files of the project at `root`, as the plugin's options (or the defaults) say."""
        def at(name: str) -> Path:
            return (root / setting(options, name)).resolve()
        return cls(root=root.resolve(), data=at("data_dir"), words=at("words"), pictures=at("pictures"),
                   pictures_dir=at("pictures_dir"), glossary=at("glossary"), pronunciations=at("pronunciations"),
                   search_words=at("search_words"), sheets=at("sheets_dir"), changelog=at("changelog"),
                   schemas=at("schemas_dir"), cache=at("cache_dir"))

    @property
    def schema_folders(self) -> tuple[Path, ...]:
        """The project's schemas first (its own kinds of page, and any of the engine's it changes),
        then the engine's."""
        return (self.schemas, own_files.SCHEMAS)

    @property
    def pdf_cache(self) -> Path:
        """SITE_PDF_CACHE moves it for one build (the tests build twice from scratch with it)."""
        return Path(os.environ.get("SITE_PDF_CACHE") or self.cache / "pdf")

    @property
    def audio_cache(self) -> Path:
        """SITE_AUDIO_CACHE moves it (make bench times a cold cache; test sites share the project's)."""
        return Path(os.environ.get("SITE_AUDIO_CACHE") or self.cache / "audio")


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml, with MkDocs' own tags (!ENV, !relative) read as their default value."""


def _tag(loader, suffix, node):
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node)
        return items[-1] if items else None
    return loader.construct_scalar(node)


_ConfigLoader.add_multi_constructor("!", _tag)


def read_config(config_file: Path) -> dict:
    """mkdocs.yml as YAML, for tools that check content without building (no plugin is loaded)."""
    return yaml.load(Path(config_file).read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}


def plugin_options(config: dict, name: str = "accessible-formats") -> dict:
    """A plugin's options as mkdocs.yml gives them ({} when it has none or is not listed)."""
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and name in plugin:
            return plugin[name] or {}
    return {}


def of_config_file(config_file: Path) -> tuple[ProjectFiles, dict]:
    """The files of the project whose mkdocs.yml this is, and the plugin's options there."""
    options = plugin_options(read_config(config_file))
    return ProjectFiles.of(Path(config_file).resolve().parent, options), options
