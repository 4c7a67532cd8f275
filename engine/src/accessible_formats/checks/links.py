"""Links: LinkChecker over the built site served on 127.0.0.1, following every link from the home
page; and a check that every file the build made can be reached by a link. Links to a part of a
page (#id) are checked by checks/anchors.py, which does in seconds what LinkChecker's own anchor
check takes minutes to do on this site.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .browser import serve

LINKCHECKER_CONFIG = """
[checking]
threads=8
maxrequestspersecond=1000
timeout=30
[filtering]
checkextern={extern}
ignorewarnings=url-content-size-zero
[output]
"""

# Files a reader never follows a link to, and why each is allowed.
UNLINKED_OK = {
    "404.html": "the web host serves it for an address that does not exist",
    "sitemap.xml": "read by search engines",
    "sitemap.xml.gz": "read by search engines",
    "search/search_index.json": "loaded by the search script",
    "manifest.json": "read by the checks and by tools (a site may link it among its downloads)",
    "assets/fonts/OFL.txt": "the font's licence, kept beside the font files as the licence asks",
}
UNLINKED_OK_FOLDERS = {
    "assets/javascripts/": "the theme's scripts, loaded by other scripts (search worker, language packs)",
    "assets/stylesheets/": "the theme's styles and their source maps",
}


def linkchecker() -> list[str]:
    """LinkChecker, run as a module of the Python that runs the checks (its package, from the
    checks extra, is all that is needed: no script on the PATH)."""
    return [sys.executable, "-m", "linkcheck"]


def run_linkchecker(site_dir: Path, extern: bool = False) -> tuple[list[str], set[str]]:
    """Check every link and anchor. Returns (problems, site paths of every file reached)."""
    site_dir = Path(site_dir)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "linkcheckerrc"
        config.write_text(LINKCHECKER_CONFIG.format(extern=1 if extern else 0))
        os.chmod(tmp, 0o755)
        os.chmod(config, 0o644)
        with serve(site_dir) as base:
            result = subprocess.run(
                [*linkchecker(), "-f", str(config), "--no-status", "-o", "csv", "--verbose", base],
                capture_output=True, text=True, timeout=1800)
    return parse_output(result.stdout, base, site_dir), reached(result.stdout, base)


def _rows(output: str):
    lines = [line for line in output.splitlines() if not line.startswith("#")]
    return csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";")


def _site_path(url: str, base: str) -> str | None:
    if not url.startswith(base):
        return None
    return unquote(urlsplit(url[len(base) - 1:]).path).lstrip("/")


def _file_for(path: str, site_dir: Path) -> str:
    """The built file an address is served from, for messages."""
    if path == "" or path.endswith("/"):
        return f"site/{path}index.html"
    return f"site/{path}"


def parse_output(output: str, base: str, site_dir: Path) -> list[str]:
    problems = []
    for row in _rows(output):
        url = row.get("urlname") or ""
        if url.startswith("data:"):
            continue
        valid = row.get("valid") == "True"
        warning = (row.get("warningstring") or "").strip()
        if valid and not warning:
            continue
        parent = _site_path(row.get("parentname") or "", base)
        where = _file_for(parent, site_dir) if parent is not None else "the site"
        line = row.get("line") or "?"
        what = row.get("result") or ""
        problems.append(f"{where}, line {line}: the link to '{url}' is broken ({what} {warning})".strip())
    return problems


def reached(output: str, base: str) -> set[str]:
    paths = set()
    for row in _rows(output):
        path = _site_path(row.get("url") or row.get("urlname") or "", base)
        if path is None:
            continue
        paths.add(path)
        if path == "" or path.endswith("/"):
            paths.add(path + "index.html")
    return paths


def unreachable(site_dir: Path, reached_paths: set[str]) -> list[str]:
    problems = []
    for f in sorted(Path(site_dir).rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(site_dir).as_posix()
        if rel in UNLINKED_OK or any(rel.startswith(folder) for folder in UNLINKED_OK_FOLDERS):
            continue
        if rel.endswith((".gz", ".br")) and (Path(site_dir) / rel[:-3]).is_file():
            continue            # a compressed copy of a file beside it, for the web host (steps/compressed_files.py)
        if rel not in reached_paths:
            problems.append(f"site/{rel}: no page links to this file, so readers cannot reach it")
    return problems
