"""Shared fixtures: the built site (rebuilt if any source is newer), its manifest, a local web
server and a headless Chromium. The tests run on every core (pytest-xdist), in one more worker
than there are cores: each worker has its own server and browser; the site is built once, under
a lock."""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from accessible_formats.checks.browser import browser, serve
from accessible_formats.checks.sweep import html_pages  # noqa: F401  (the tests' list of pages)

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
SOURCES = ["docs", "case_studies", "sheets", "data", "engine", "hooks", "overrides", "schemas", "mkdocs.yml", "CHANGELOG.md"]

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "hooks"))
# Small sites built by the tests, even those with a copy of the code, reuse this project's audio:
# the same words make the same file, so none of them waits for speech to be made again.
os.environ.setdefault("SITE_AUDIO_CACHE", str(ROOT / ".cache" / "audio"))


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto` (pytest.ini): one worker more than the cores. A worker often waits (on its
    browser, the link checker, a build or a sound playing), and the extra worker uses that core
    meanwhile: on 2 cores both were busy 98% of the time instead of 93%, and the suite took
    6 min 13 s instead of 6 min 27 s."""
    return (os.cpu_count() or 1) + 1


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        p = ROOT / name
        files = [p] if p.is_file() else [f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts]
        newest = max([newest, *(f.stat().st_mtime for f in files)])
    return newest


@contextlib.contextmanager
def lock(name: str):
    """A lock shared by the test workers, so that one of them builds and the others wait."""
    path = ROOT / ".cache" / f"{name}.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def build_site():
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=ROOT, env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.exit("The site does not build:\n" + result.stdout[-4000:] + result.stderr[-4000:], returncode=1)


@pytest.fixture(scope="session")
def site_dir() -> Path:
    with lock("site"):
        manifest = SITE / "manifest.json"
        if not manifest.exists() or manifest.stat().st_mtime < _newest_source():
            build_site()
    return SITE


@pytest.fixture(scope="session")
def manifest(site_dir) -> dict:
    return json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def base_url(site_dir):
    with serve(site_dir) as url:
        yield url


# What the browser said about the pages' Content-Security-Policy, in every test: each message is
# a script, style, font, picture or request the policy stopped, so a part of a page that does not
# work for readers. Every test that opens a page fails on one (no_policy_violations, below).
POLICY_VIOLATIONS: list[str] = []


def _watch(page) -> None:
    def heard(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            POLICY_VIOLATIONS.append(f"{page.url}: {message.text}")
    page.on("console", heard)


class _WatchedBrowser:
    """The browser, with every page it opens watched for policy violations."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, *args, **kwargs):
        context = self._browser.new_context(*args, **kwargs)
        context.on("page", _watch)
        return context

    def new_page(self, *args, **kwargs):
        page = self._browser.new_page(*args, **kwargs)
        _watch(page)
        return page

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def chromium():
    with browser() as b:
        yield _WatchedBrowser(b)


@pytest.fixture(autouse=True)
def no_policy_violations(request):
    """No page a test opened broke the Content-Security-Policy (see POLICY_VIOLATIONS), unless
    the test breaks pages on purpose (marked breaks_the_policy)."""
    before = len(POLICY_VIOLATIONS)
    yield
    found = POLICY_VIOLATIONS[before:]
    if found and request.node.get_closest_marker("breaks_the_policy") is None:
        pytest.fail("The pages' Content-Security-Policy stopped something:\n" + "\n".join(found[:10]), pytrace=False)
