"""make bench's build without the format hooks builds: the ratio it prints compares two real builds.

`make bench` times the site built with and without the hooks that make the formats (README.md,
"Speed"). A hook left behind that needs one of the others stops that build, and the bench with
it; this builds it as the bench does and checks that it holds the standard pages only."""
from __future__ import annotations

import os
import subprocess
import sys

from tests.fixture_site import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import bench  # noqa: E402


def test_the_build_without_the_format_hooks_makes_the_standard_pages_only(tmp_path):
    config = bench.config_without(bench.FORMAT_HOOKS, f"test-{os.getpid()}")
    try:
        result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(tmp_path)],
                                cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "SITE_SKIP_PDFS": "1", "NO_MKDOCS_2_WARNING": "1",
                                     "DISABLE_MKDOCS_2_WARNING": "true"})
    finally:
        config.unlink()
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "principles" / "assets" / "index.html").is_file()
    assert not (tmp_path / "easy-read").exists() and not (tmp_path / "manifest.json").exists()
