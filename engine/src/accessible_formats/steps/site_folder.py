"""Step: the built site replaces site/ only when the whole build has succeeded.

The build writes into a staging folder beside site/ (site.building/). When every hook has run
and MkDocs has found nothing to stop for, the staging folder takes the place of site/ in one
rename. If anything fails, anywhere (a content check, a hook, a PDF, the offline copy, a warning
in strict mode), the staging folder is removed and site/ is left exactly as it was, so a host
that copies site/ after a failed build still gets the last good site. Under `make serve` the
preview keeps showing the last good pages, and the terminal shows what went wrong.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.utils import CountHandler

log = logging.getLogger("mkdocs.plugins.accessible_formats")
STAGING = ".building"
OLD = ".replaced"


def stage(b, config):
    """Build into the staging folder: before MkDocs cleans site_dir."""
    final = Path(config.site_dir).resolve()
    staging = final.with_name(final.name + STAGING)
    for left in (staging, final.with_name(final.name + OLD)):    # from a build that was stopped by force
        if left.exists():
            shutil.rmtree(left)
    staging.mkdir(parents=True)
    b.final_site_dir = final
    config.site_dir = str(staging)


def _strict_warnings() -> int:
    """Warnings that will make MkDocs stop a strict build right after on_post_build."""
    counters = [h for h in logging.getLogger("mkdocs").handlers if isinstance(h, CountHandler)]
    return sum(n for h in counters for _level, n in h.get_counts())


def replace_site(b, config):
    """Last of all: everything is in the staging folder."""
    if b.final_site_dir is None:
        return
    if config.strict and _strict_warnings():
        return      # MkDocs stops the build next; on_build_error removes the staging folder
    staging, final = Path(config.site_dir), b.final_site_dir
    old = final.with_name(final.name + OLD)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    if old.exists():
        shutil.rmtree(old)
    config.site_dir = str(final)
    b.final_site_dir = None


def on_build_error(b):
    if b.final_site_dir is None:
        return
    staging = b.final_site_dir.with_name(b.final_site_dir.name + STAGING)
    if staging.exists():
        shutil.rmtree(staging, ignore_errors=True)
    if b.final_site_dir.exists():
        log.error(f"The build failed, so {b.final_site_dir.name}/ still holds the last good site, unchanged.")
    b.final_site_dir = None


def on_serve(server, builder):
    """In the preview, a failed rebuild prints its message (MkDocs does) and the preview goes on
    serving the last good pages, instead of ending in a Python traceback and hanging."""

    def safe_builder(*args, **kwargs):
        try:
            return builder(*args, **kwargs)
        except (Abort, PluginError):
            log.error("The preview still shows the last good build. Fix the problem above and save the file: "
                      "the preview rebuilds by itself.")

    server.builder = safe_builder
    return server
