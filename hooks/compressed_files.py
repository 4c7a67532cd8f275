"""Hook: a compressed copy beside each text file of the site (`page.html.gz` and `page.html.br`),
for web hosts that send them as they are (nginx's gzip_static and brotli_static; see "Deploying"
in README.md), so that a reader on a slow phone downloads a fifth of the bytes and the host does
no work. Runs after the offline copy, which does not need them. The same files give the same
bytes (no time stamps), so two builds of one commit stay the same."""
from __future__ import annotations

import gzip
from pathlib import Path

import brotli
from mkdocs.plugins import event_priority

from sitelib import build

TEXT = {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"}
SMALLEST = 1024        # smaller files gain little: hosts send them as they are
COMPANIONS = (".gz", ".br")


def is_companion(path: str) -> bool:
    """A compressed copy of another file of the site (checks skip these)."""
    return path.endswith(COMPANIONS) and Path(path[:-3]).suffix in TEXT


@event_priority(-95)    # after offline_copy (-90), before site_folder (-100) swaps the folder in
def on_post_build(config):
    if build.current().serving:
        return
    for f in sorted(Path(config.site_dir).rglob("*")):
        if f.suffix not in TEXT or not f.is_file():
            continue
        data = f.read_bytes()
        if len(data) < SMALLEST:
            continue
        f.with_name(f.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        f.with_name(f.name + ".br").write_bytes(brotli.compress(data, quality=5))
