"""A damaged file in the build's cache is made again, never published, and the site shares no file with the cache.

The build keeps PDFs, audio, compressed copies and compiled templates between builds (in the cache
folder), so that a build makes only what changed. A cached file cut short (a full disk, a killed
process, a bad copy) must not reach readers as if it were unchanged: each is checked against the
digest and size recorded when it was made, and made again, with one line in the build's output.
Files are copied into the site, not linked, so that damage to one is never damage to the other."""
from __future__ import annotations

import hashlib
import os

import pikepdf
import pytest

from tests import fixture_site

SHEET = """title: A sheet
page: about-co-production/what-it-is.md
purpose: reflect
summary: A short sheet.
instructions: Answer the question.
easy_read:
  title: A sheet
  instructions: [Answer the question.]
  picture: question
questions:
  - type: lines
    text: What do you think?
    easy_read: What do you think?
    picture: think
"""


def _snapshot(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def _cut_short(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def project(tmp_path):
    root = fixture_site.make(tmp_path, files={"sheets/a-sheet.yml": SHEET})
    return root, {"SITE_AUDIO_CACHE": str(tmp_path / "audio-cache"), "SITE_PDF_CACHE": str(tmp_path / "pdf-cache")}


def test_a_damaged_cached_file_of_each_kind_is_made_again(project):
    root, env = project
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    good = _snapshot(site)
    caches = {"PDF": sorted((root / ".." / "pdf-cache").resolve().rglob("*.pdf")),
              "audio": sorted((root / ".." / "audio-cache").resolve().rglob("*.mp3")),
              "compressed copy": sorted((root / ".cache" / "compressed").rglob("*.gz")),
              "compiled template": sorted((root / ".cache" / "jinja").rglob("*.cache"))}
    for kind, files in caches.items():
        assert files, f"nothing of the {kind} kind in the cache"
        _cut_short(files[0])
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    assert "Traceback" not in output
    for kind in ("PDF", "audio", "compressed copy", "compiled template"):
        assert f"damaged cached {kind}" in output, f"no word of the damaged {kind}:\n{output[-2000:]}"
    assert _snapshot(site) == good, "the site is not the one a good cache makes"
    for pdf in site.rglob("*.pdf"):
        pikepdf.open(pdf).close()


def test_the_site_shares_no_file_with_the_cache(project):
    root, env = project
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    shared = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and os.stat(p).st_nlink > 1]
    assert not shared, f"files linked to the cache: {shared[:10]}"
