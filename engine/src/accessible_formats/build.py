"""The state of one build, in one object, made afresh at the start of every build.

The plugin (accessible_formats.plugin) makes it in `on_config` and keeps it on itself; every step
is given it. Nothing a build needs may live at module level, or a rebuild in `mkdocs serve` would
see the last build's pages, PDFs or templates: the checked content, the page model, the PDFs
queued to render and the caches are all here.
"""
from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import cores, formats
from .project_files import ProjectFiles


def slug(text: str) -> str:
    """Words as a part of an address: lower case, hyphens between words."""
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-") or "site"


@dataclass
class Build:
    config: Any                             # MkDocs' configuration
    root: Path                              # the project: the folder of mkdocs.yml
    options: Any = None                     # the plugin's settings (config.AccessibleFormatsConfig)
    command: str = "build"                  # what MkDocs runs: build, serve or gh-deploy
    content: Any = None                     # accessible_formats.content.Content, once checked
    model: Any = None                       # accessible_formats.model.Model
    final_site_dir: Path | None = None      # where the site goes when the build succeeds (steps/site_folder)
    lock: Any = None                        # the site's lock, held while the build runs (steps/site_folder)
    pdf_jobs: list = field(default_factory=list)
    cache: dict = field(default_factory=dict)
    env: Any = None                         # the theme's Jinja environment, with our globals
    extra_formats: list = field(default_factory=list)   # page formats a site's hooks add (api.add_page_format)
    content_kinds: list = field(default_factory=list)   # a site's own kinds of content (api.add_content_kind)
    page_checks: list = field(default_factory=list)     # a site's own rules for its pages (api.add_page_check)

    @property
    def serving(self) -> bool:
        """`mkdocs serve` (make serve): a quick preview, beside its web server."""
        return self.command == "serve"

    @functools.cached_property
    def files(self) -> ProjectFiles:
        """Where the project's files are (the plugin's options, relative to mkdocs.yml)."""
        return ProjectFiles.of(self.root, self.options)

    @property
    def language(self) -> str:
        """The site's language: the theme's (mkdocs.yml, theme: language), like en-GB or cy."""
        theme = getattr(self.config, "theme", None)
        return str((theme.get("language") if theme is not None else None) or "en")

    def on(self, name: str) -> bool:
        """An option of the plugin that turns a part on or off (True when there are no options: a test's build)."""
        return bool(getattr(self.options, name, True)) if self.options is not None else True

    def makes(self, page_format: str) -> bool:
        """Whether this site makes a format (the plugin's `formats`)."""
        return self.options is None or page_format in self.options.formats

    @property
    def skip_pdfs(self) -> bool:
        """No PDFs in this build: `pdfs: false`, the live preview, or SITE_SKIP_PDFS=1 (make bench)."""
        return not self.on("pdfs") or self.serving or os.environ.get("SITE_SKIP_PDFS") == "1"

    @property
    def skip_audio(self) -> bool:
        """No audio in this build: `audio: false`, no Easy Read, as for PDFs, or SITE_SKIP_AUDIO=1."""
        return (not self.on("audio") or not self.makes("easy_read") or self.skip_pdfs
                or os.environ.get("SITE_SKIP_AUDIO") == "1")

    @property
    def skip_offline_copy(self) -> bool:
        return not self.on("offline_copy") or self.serving

    @property
    def offline_zip(self) -> str:
        """The offline copy's file name (the plugin's `offline_zip`, or one made from the site's name)."""
        named = getattr(self.options, "offline_zip", None)
        return named or f"{slug(self.config.site_name)}-offline.zip"

    @property
    def offline_folder(self) -> str:
        return getattr(self.options, "offline_folder", None) or self.offline_zip.removesuffix(".zip")

    @property
    def downloads(self) -> list[tuple[str, str]]:
        """The whole-site downloads this site has: (address, key of its words)."""
        m = self.model
        return formats.site_downloads(m.page_formats, m.forms, pdfs=self.on("pdfs"), sheets=bool(m.sheets),
                                      offline=f"downloads/{self.offline_zip}" if self.on("offline_copy") else None,
                                      feed=bool(self.content.releases))

    @property
    def workers(self) -> int:
        """How many processes a share of the work goes to: one in the live preview, whose web
        server runs threads beside the build (a process forked from it is not safe)."""
        return 1 if self.serving else cores.cpus()

    def queue_pdf(self, job) -> None:
        """Queue a PDF (pdf_render.PdfJob) for the PDF step to render, unless this build makes none."""
        if not self.skip_pdfs:
            self.pdf_jobs.append(job)

    def template(self, name: str):
        """A theme template, loaded once per build, from the environment the pages use."""
        key = ("template", name)
        if key not in self.cache:
            env = self.env or self.config.theme.get_env()
            self.cache[key] = env.get_template(name)
        return self.cache[key]

