"""Files kept between builds (PDFs, audio, compressed copies, compiled templates), each with the
digest and size it had when it was made, in a file beside it (<file>.sum). A cached file is used
only when it still has them: one cut short or changed is made again, never published as if it
were unchanged. Files go into the site as copies, never as links to the cache, so that damage to
one is never damage to the other."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.accessible_formats")
SUM = ".sum"


def _digest(data: bytes) -> str:
    return f"sha256:{hashlib.sha256(data).hexdigest()} {len(data)}"


def _whole(target: Path, content: bytes) -> None:
    """Write a file whole: beside it first, then moved in (no reader ever sees half of it)."""
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
        tmp.write(content)
    os.replace(tmp.name, target)


def put(path: Path, data: bytes) -> None:
    """Keep `data` at `path`, with its digest."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _whole(path, data)
    _whole(path.with_name(path.name + SUM), _digest(data).encode())


def record(path: Path) -> None:
    """Record the digest of a file just made at `path` (by another program, like WeasyPrint)."""
    _whole(path.with_name(path.name + SUM), _digest(path.read_bytes()).encode())


def intact(path: Path, kind: str = "", label: str = "") -> bool:
    """Whether a cached file is there and unchanged since it was made. One that is not (cut short,
    changed, or kept from before digests were recorded) is to be made again, over it; a damaged one
    is said in one line of the build's output when `kind` is given. Nothing is removed here: another
    process of the same build may be writing that file, with its digest just after it."""
    if not path.is_file():
        return False
    digest = path.with_name(path.name + SUM)
    try:
        recorded = digest.read_text(encoding="utf-8").strip()
    except OSError:
        recorded = ""
    whole = bool(recorded) and recorded == _digest(path.read_bytes())
    if not whole and kind and recorded:
        log.info(f"A damaged cached {kind} ({label or path.name}) was made again.")
    return whole


def copy_out(cached: Path, out: Path) -> None:
    """A cached file into the site: a copy of its own (never a link to the cache)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists() or out.is_symlink():
        out.unlink()
    shutil.copyfile(cached, out)
