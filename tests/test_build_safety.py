"""A failed build never costs the last good site, and the same commit always builds the same site.

A failed build never costs the last good site; the same commit always builds the same site;
and the preview (`make serve`) keeps showing the last good pages when a rebuild fails."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests import fixture_site

SHEET = fixture_site.ONE_SHEET
# A hook that makes one stage of the build fail, to show that the last good site survives.
FAILING_HOOK = '''
import os
from pathlib import Path
from mkdocs.plugins import event_priority

STAGE = os.environ.get("FAIL_AT", "")


@event_priority({priority})
def on_post_build(config):
    site = Path(config.site_dir)
    if STAGE == "hook":
        raise RuntimeError("a hook failed")
    if STAGE == "pdf":          # a PDF cannot be written: its place is taken by a folder
        (site / "large-print" / "what-it-is-not-here.pdf").mkdir(parents=True, exist_ok=True)
        from accessible_formats import pdf_render
        from accessible_formats.api import engine
        engine(config).pdf_jobs.append(pdf_render.PdfJob(html="<p>x</p>", base_url=str(site) + "/",
                                        out=site / "large-print" / "what-it-is-not-here.pdf", label="a test PDF"))
    if STAGE == "offline":      # the offline copy cannot be written
        (site / "downloads" / "co-production-offline.zip").mkdir(parents=True, exist_ok=True)
'''


def snapshot(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A small project, built once with every format and PDF."""
    root = fixture_site.make(tmp_path_factory.mktemp("safety"), files={"sheets/a-sheet.yml": SHEET})
    (root / "fail_at.py").write_text(FAILING_HOOK.format(priority=-45), encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("hooks:\n", f"hooks:\n  - {root}/fail_at.py\n", 1), encoding="utf-8")
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    return root


BREAKAGES = {
    "content check": ("docs/about-co-production/what-it-is.md", "kind: index", "kind: nonsense", {}),
    "HTML in a page": ("docs/about-co-production/what-it-is.md", "share the work.", "share the work. <script>x()</script>", {}),
    "strict warning (a broken link)": ("docs/about-co-production/what-it-is.md", "share the work.",
                                       "share the [work](nowhere.md).", {}),
    "a hook": (None, None, None, {"FAIL_AT": "hook"}),
    "a PDF": (None, None, None, {"FAIL_AT": "pdf"}),
    "the offline copy": (None, None, None, {"FAIL_AT": "offline"}),
}


@pytest.mark.parametrize("stage", list(BREAKAGES))
def test_a_failed_build_leaves_the_last_good_site_as_it_was(good, stage, monkeypatch):
    site = good / "site"
    before = snapshot(site)
    assert before, "the good build made nothing"
    file, old, new, env = BREAKAGES[stage]
    original = None
    if file:
        original = (good / file).read_text(encoding="utf-8")
        (good / file).write_text(original.replace(old, new), encoding="utf-8")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    try:
        ok, output, _ = fixture_site.build(good)
    finally:
        if original is not None:
            (good / file).write_text(original, encoding="utf-8")
    assert not ok, f"{stage}: the build should have failed"
    assert snapshot(site) == before, f"{stage}: site/ changed after a failed build"
    assert not (good / "site.building").exists(), "the staging folder was left behind"
    assert "still holds the last good site" in output or "Aborted" in output, output[-1500:]
    if stage != "a hook":                 # a bug in our own code may show a traceback; content never does
        assert "Traceback" not in output, output[-3000:]


def _git_project(tmp: Path) -> Path:
    root = fixture_site.make(tmp, files={"sheets/a-sheet.yml": SHEET,
                                         "CHANGELOG.md": "# Changelog\n\n## 1.0.0 (2026-11-23)\n\nFirst.\n"})
    env = dict(os.environ, GIT_AUTHOR_DATE="2026-11-23T10:00:00Z", GIT_COMMITTER_DATE="2026-11-23T10:00:00Z")
    for cmd in (["git", "init", "-q"], ["git", "add", "-A"],
                ["git", "-c", "user.name=Test", "-c", "user.email=t@example.org", "commit", "-qm", "content"]):
        subprocess.run(cmd, cwd=root, check=True, env=env)
    return root


def test_the_same_commit_builds_the_same_site(tmp_path):
    """Two builds of one commit, in different folders and on different days, are byte for byte
    the same: every page, PDF, the sitemap and the offline zip."""
    first = _git_project(tmp_path / "a")
    second = tmp_path / "b" / "project"
    subprocess.run(["git", "clone", "-q", str(first), str(second)], check=True)
    for p in (first, second):               # the clone has its files as new today; the first as old ones
        (p / "mkdocs.yml").write_text((first / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    os.utime(first / "docs" / "index.md", (0, 0))
    env = {"SITE_PDF_CACHE": str(tmp_path / "cache-a")}
    ok, output, site_a = fixture_site.build(first, env=env)
    assert ok, output[-3000:]
    faketime = shutil.which("faketime")
    assert faketime, "faketime is not installed: make test-deps installs it"
    ok, output, site_b = fixture_site.build(second, env={"SITE_PDF_CACHE": str(tmp_path / "cache-b")},
                                            prefix=[faketime, "2031-07-09 15:30:00"])
    assert ok, output[-3000:]
    a, b = snapshot(site_a), snapshot(site_b)
    assert a.keys() == b.keys()
    differ = [k for k in a if a[k] != b[k]]
    assert not differ, f"{len(differ)} files differ, for example: {differ[:10]}"
    assert {"sitemap.xml", "downloads/co-production-offline.zip", "large-print/index.pdf"} <= a.keys()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode("utf-8")


def _wait(predicate, seconds=90):
    end = time.time() + seconds
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_the_preview_rebuilds_on_every_change_and_keeps_the_last_good_pages(tmp_path):
    root = fixture_site.make(tmp_path, files={"sheets/a-sheet.yml": SHEET})
    shutil.copytree(fixture_site.ROOT / "overrides", root / "overrides")
    # A site overrides one of the engine's templates with its own copy, in its custom_dir.
    ours = fixture_site.ROOT / "engine" / "src" / "accessible_formats" / "theme" / "partials" / "format-links.html"
    (root / "overrides" / "partials").mkdir()
    shutil.copyfile(ours, root / "overrides" / "partials" / "format-links.html")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"custom_dir: .*", "custom_dir: overrides", config)
    (root / "mkdocs.yml").write_text(config + "watch:\n  - sheets\n  - data\n", encoding="utf-8")
    port = _free_port()
    log = open(tmp_path / "serve.log", "w")       # noqa: SIM115 - the server writes to it until the end
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                             "--watch-theme"], cwd=root, stdout=log, stderr=subprocess.STDOUT,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true"))
    base = f"http://127.0.0.1:{port}/"
    page = root / "docs" / "about-co-production" / "what-it-is.md"
    output = lambda: (tmp_path / "serve.log").read_text(encoding="utf-8")   # noqa: E731

    def shows(address, words):
        try:
            return words in _get(base + address)
        except OSError:
            return False
    try:
        assert _wait(lambda: shows("about-co-production/what-it-is/", "share the work")), output()[-2000:]
        # a content change
        page.write_text(page.read_text(encoding="utf-8").replace("share the work", "share the whole job"), encoding="utf-8")
        assert _wait(lambda: shows("about-co-production/what-it-is/", "share the whole job")), output()[-2000:]
        # an Easy Read change
        easy = root / "docs" / "about-co-production" / "what-it-is.easy.md"
        easy.write_text(easy.read_text(encoding="utf-8").replace("as equals", "as partners"), encoding="utf-8")
        assert _wait(lambda: shows("easy-read/about-co-production/what-it-is/", "as partners")), output()[-2000:]
        # a change to a template that standard and Easy Read pages share
        shared = root / "overrides" / "partials" / "format-links.html"
        shared.write_text(shared.read_text(encoding="utf-8").replace("</nav>", "<p>Template marker 42.</p></nav>"),
                          encoding="utf-8")
        assert _wait(lambda: shows("about-co-production/what-it-is/", "Template marker 42")), output()[-2000:]
        assert _wait(lambda: shows("easy-read/about-co-production/what-it-is/", "Template marker 42")), output()[-2000:]
        # a sheet change
        sheet = root / "sheets" / "a-sheet.yml"
        sheet.write_text(sheet.read_text(encoding="utf-8").replace("What do you think?", "What do you feel?"), encoding="utf-8")
        assert _wait(lambda: shows("sheets/a-sheet/", "What do you feel?")), output()[-2000:]
        # a broken change: the message in the terminal, the last good pages still served
        good_text = page.read_text(encoding="utf-8")
        page.write_text(good_text.replace("kind: index", "kind: nonsense"), encoding="utf-8")
        assert _wait(lambda: "still shows the last good build" in output()), output()[-2000:]
        assert "'kind' has the value 'nonsense'" in output()
        assert shows("about-co-production/what-it-is/", "share the whole job")
        assert "Traceback" not in output(), output()[-3000:]
        # mended: rebuilt
        page.write_text(good_text.replace("share the whole job", "share it all"), encoding="utf-8")
        assert _wait(lambda: shows("about-co-production/what-it-is/", "share it all")), output()[-2000:]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
