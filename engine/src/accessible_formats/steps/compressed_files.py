"""Step: a compressed copy beside each text file of the site (`page.html.gz` and `page.html.br`),
for web hosts that send them as they are (nginx's gzip_static and brotli_static; see "Deploying"
in README.md), so that a reader on a slow phone downloads a fifth of the bytes and the host does
no work. Runs after the offline copy, which does not need them.

The copies of a file's content are kept in .cache/compressed/ (by a hash of the content), so a
build compresses only the files that changed, as the PDFs are kept in .cache/pdf/. The same
content gives the same bytes (no time stamps), so two builds of one commit stay the same."""
from __future__ import annotations

import gzip
import hashlib
import os
import time
from pathlib import Path

import brotli

from .. import cache_files, cores

TEXT = {".html", ".css", ".js", ".json", ".xml", ".txt", ".svg"}
SMALLEST = 1024                 # smaller files gain little: hosts send them as they are
KEEP_DAYS = 30                  # cached copies unused for this long are removed


def compress(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        return gzip.compress(data, compresslevel=9, mtime=0)
    return brotli.compress(data, quality=5)


def _place(data: bytes, beside: Path, cache: Path) -> None:
    """Put the copies of `data` beside the file `beside`: from the cache when they are there and
    whole, else made and kept in the cache (whole, then moved in: parallel builds never see half)."""
    key = hashlib.sha256(data).hexdigest()
    folder = cache / key[:2]
    for suffix in (".gz", ".br"):
        cached, out = folder / f"{key}{suffix}", beside.with_name(beside.name + suffix)
        if cache_files.intact(cached, "compressed copy", out.name):  # not for readers: a build message
            for kept in (cached, cached.with_name(cached.name + cache_files.SUM)):
                os.utime(kept)           # in use: keep it
        else:
            cache_files.put(cached, compress(data, suffix))
        cache_files.copy_out(cached, out)


def _prune(cache: Path) -> None:
    old = time.time() - KEEP_DAYS * 86400
    for p in cache.glob("*/*"):
        try:
            if p.stat().st_mtime < old:
                p.unlink()
        except OSError:
            pass


def make(b, config):
    if b.serving:
        return
    cache = b.files.cache / "compressed"
    files = [f for f in sorted(Path(config.site_dir).rglob("*")) if f.suffix in TEXT and f.is_file()]
    cores.each(files, lambda f: _copies_of(f, cache), b.workers)
    _prune(cache)


def _copies_of(f: Path, cache: Path) -> None:
    data = f.read_bytes()
    if len(data) >= SMALLEST:
        _place(data, f, cache)
