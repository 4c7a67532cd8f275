"""make bench's build without the formats builds: the ratio it prints compares two real builds.

`make bench` times the site built with and without the formats (README.md, "Speed"): the plugin's
own options turn them off. This builds it as the bench does and checks that it holds the standard
pages (and the standard form of each sheet) only, and that the other build holds every format."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.fixture_site import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import bench  # noqa: E402


def test_the_build_without_the_formats_makes_the_standard_pages_only(tmp_path):
    config = bench.config_without_formats(f"test-{os.getpid()}")
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(tmp_path)],
                                cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "SITE_SKIP_PDFS": "1", "NO_MKDOCS_2_WARNING": "1",
                                     "DISABLE_MKDOCS_2_WARNING": "true"})
    finally:
        config.unlink()
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "principles" / "assets" / "index.html").is_file()
    for folder in ("easy-read", "large-print", "text", "downloads"):
        assert not (tmp_path / folder).exists(), folder
    assert not (tmp_path / "tools" / "how-are-you-doing" / "self-assessment").exists()
    assert not list(tmp_path.rglob("*.br")) and not list(tmp_path.rglob("*.mp3"))      # (sitemap.xml.gz is MkDocs' own)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert [f["key"] for f in manifest["formats"]["page"]] == ["standard"]
    assert {f["key"] for f in manifest["formats"]["sheet"]} == {"page", "pdf"}


def test_the_build_with_the_formats_is_the_site_as_configured():
    config = bench.config_with_formats(f"test-{os.getpid()}")
    try:
        assert config.read_text(encoding="utf-8") == (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    finally:
        config.unlink()
