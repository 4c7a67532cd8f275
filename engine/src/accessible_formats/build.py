"""The state of one build, in one object, made afresh at the start of every build.

MkDocs loads the hook files again for every build (`make serve` rebuilds after each edit), but
these shared modules only once; so nothing a build needs may live at module level here, or a
rebuild would see the last build's pages, PDFs or templates. Everything per build is on `Build`:
the checked content, the page model, the PDFs queued to render, caches. `start()` makes it in
the first `on_config` (hooks/page_model.py); `current()` gives it to every other hook.

What does outlive a build is what MkDocs tells only once, at start-up: which command runs
(`serve` or `build`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_process = {"command": "build"}


def set_command(command: str) -> None:
    """From on_startup, which MkDocs calls once per process, before the first build."""
    _process["command"] = command


def serving() -> bool:
    """`mkdocs serve` (make serve) runs in this process: a quick preview, beside its web server."""
    return _process["command"] == "serve"


@dataclass
class Build:
    config: Any
    root: Path                              # the project: the folder of mkdocs.yml
    content: Any = None                     # accessible_formats.content.Content, once checked (page_model.on_files)
    model: Any = None                       # accessible_formats.model.Model
    final_site_dir: Path | None = None      # where the site goes when the build succeeds (site_folder)
    pdf_jobs: list = field(default_factory=list)
    cache: dict = field(default_factory=dict)
    env: Any = None                         # the theme's Jinja environment, with our globals (page_model.on_env)

    @property
    def serving(self) -> bool:
        """`mkdocs serve` (make serve): a quick preview."""
        return serving()

    @property
    def skip_pdfs(self) -> bool:
        """No PDFs in this build: the live preview, or SITE_SKIP_PDFS=1 (make bench)."""
        return self.serving or os.environ.get("SITE_SKIP_PDFS") == "1"

    @property
    def skip_audio(self) -> bool:
        """No audio in this build: as for PDFs, or SITE_SKIP_AUDIO=1."""
        return self.skip_pdfs or os.environ.get("SITE_SKIP_AUDIO") == "1"

    @property
    def skip_offline_copy(self) -> bool:
        return self.serving

    def template(self, name: str):
        """A theme template, loaded once per build, from the environment the pages use."""
        key = ("template", name)
        if key not in self.cache:
            env = self.env or self.config.theme.get_env()
            self.cache[key] = env.get_template(name)
        return self.cache[key]


_current: Build | None = None


def start(config) -> Build:
    global _current
    root = Path(config.config_file_path).resolve().parent
    _current = Build(config=config, root=root)
    return _current


def current() -> Build:
    if _current is None:
        raise RuntimeError("no build has started: is hooks/page_model.py first under hooks: in mkdocs.yml?")
    return _current
