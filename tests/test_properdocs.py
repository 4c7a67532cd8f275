"""ProperDocs builds the same site as MkDocs, so the site keeps building after MkDocs 1.x and Material stop.

MkDocs has had no release since 1.6.1 and its 2.0 drops plugins; ProperDocs is the maintained
1.x line, and loads the engine's plugin from the same entry point. This builds the site with
each (without PDFs and audio, which do not depend on which runs) and compares every file. The
one difference allowed is the generator <meta> tag of the standard pages, which names the program
that built them, and so the compressed copies of those pages and the offline copy's zip."""
from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import brotli

from tests.fixture_site import ROOT

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _build(program: str, out: Path) -> None:
    env = dict(os.environ, SITE_SKIP_PDFS="1", NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true",
               SOURCE_DATE_EPOCH="1796000000")
    result = subprocess.run([str(Path(sys.executable).parent / program), "build", "--strict", "-d", str(out)], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _without_generator(name: str, data: bytes) -> bytes:
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    elif name.endswith(".br"):
        data = brotli.decompress(data)
    return GENERATOR.sub(b"", data)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: _without_generator(name, z.read(name)) for name in z.namelist()}


def test_properdocs_builds_the_same_site_as_mkdocs(tmp_path):
    _build("mkdocs", tmp_path / "mkdocs")
    _build("properdocs", tmp_path / "properdocs")
    a, b = tmp_path / "mkdocs", tmp_path / "properdocs"
    files_a = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    assert files_a == files_b, (sorted(files_a - files_b)[:10], sorted(files_b - files_a)[:10])
    differ = [name for name in sorted(files_a) if (a / name).read_bytes() != (b / name).read_bytes()]
    explained: list[str] = []
    unexplained: list[str] = []
    for name in differ:
        if name.endswith(".zip"):
            same = _members(a / name) == _members(b / name)
        else:
            same = _without_generator(name, (a / name).read_bytes()) == _without_generator(name, (b / name).read_bytes())
        (explained if same else unexplained).append(name)
    assert not unexplained, f"files that differ by more than the generator tag: {unexplained[:20]}"
    generator = GENERATOR.search((b / "index.html").read_bytes())
    assert generator and b"ProperDocs" in generator.group(0), "the ProperDocs build did not say so"
    # The standard pages (and the not-found page), their compressed copies, and the zip: nothing else.
    pages = [n for n in explained if n.endswith(".html")]
    others = [n for n in explained if not n.endswith((".html", ".html.gz", ".html.br", ".zip"))]
    assert explained and not others, others[:20]
    assert all(GENERATOR.search((a / n).read_bytes()) for n in pages)      # pages MkDocs writes, with the tag
    assert (a / "easy-read" / "index.html").read_bytes() == (b / "easy-read" / "index.html").read_bytes()
