"""Step: the built site replaces site/ only when the whole build has succeeded, one build at a time.

The build takes a lock on its site folder (site.lock beside site/): a second build of the same
site while one runs stops at once with one message, and a build that was killed leaves no lock
behind (the system lets go of it with the process). It writes into a staging folder beside site/
(site.building/). When every step has run and MkDocs has found nothing to stop for, site/ is
moved aside (site.replaced/) and the staging folder takes its place; then the old site is
removed. If anything fails, anywhere (a content check, a hook, a PDF, the offline copy, a
warning in strict mode), the staging folder is removed and site/ is left exactly as it was, so a
host that copies site/ after a failed build still gets the last good site.

A build killed between the two moves leaves no site/, but the old one in site.replaced/: the next
build puts it back before anything else, so after a crash anywhere there is always a site, the
old one or the new one. Under `make serve` the preview keeps showing the last good pages, and
the terminal shows what went wrong.
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
from pathlib import Path

from mkdocs.exceptions import Abort, PluginError
from mkdocs.utils import CountHandler

log = logging.getLogger("mkdocs.plugins.accessible_formats")
STAGING = ".building"
OLD = ".replaced"


LOCK = ".lock"


def stage(b, config):
    """Take the site's lock, put back a site a killed build left aside, and build into the staging
    folder: before MkDocs cleans site_dir."""
    final = Path(config.site_dir).resolve()
    lock(b, final)
    staging, old = final.with_name(final.name + STAGING), final.with_name(final.name + OLD)
    if old.exists() and not final.exists():        # killed between the two moves: the last good site
        os.replace(old, final)
        log.warning(f"A build was stopped while it replaced {final.name}/: the site before it is back in place.")
    for left in (staging, old):                    # from a build that was stopped by force
        if left.exists():
            shutil.rmtree(left)
    staging.mkdir(parents=True)
    b.final_site_dir = final
    config.site_dir = str(staging)


def lock(b, final: Path) -> None:
    """One build of a site at a time: a lock the system lets go of when the process ends."""
    path = final.with_name(final.name + LOCK)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")          # noqa: SIM115 - held until the build ends (release)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise PluginError(f"another build of {final.name}/ is running ({holder}), and two at once would mix "
                          f"their files\n    What to do: wait for it to finish, then build again.") from None
    handle.seek(0)
    handle.truncate()
    handle.write(f"process {os.getpid()}")
    handle.flush()
    b.lock = handle


def release(b) -> None:
    handle = getattr(b, "lock", None)
    if handle is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
        b.lock = None


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
    release(b)


def on_build_error(b):
    release(b)
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
