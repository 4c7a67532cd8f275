"""Two builds of one site never run at once, and a build killed anywhere leaves a whole site, the old or the new.

An editor's save during a build, two terminals or two CI jobs on one workspace start a second
build of the same site while one runs: it stops at once with one message, and the first finishes
with every file. A build killed at any point of replacing site/ (before the first move, between
the two moves, before the old site is removed) is followed by a build that fails on bad content,
and site/ then holds a whole site: the one from before, or the new one. Real processes, killed
with SIGKILL, as a power cut or an out-of-memory kill would stop them."""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time

import pytest

from tests import fixture_site

SLOW_HOOK = '''
import os, time
from mkdocs.plugins import event_priority


@event_priority(-45)
def on_post_build(config):
    if os.environ.get("SLOW"):
        time.sleep(float(os.environ["SLOW"]))
'''
# Stops the build with SIGKILL at the n-th file move of its last step (the one that replaces site/).
KILL_HOOK = '''
import os, signal
from mkdocs.plugins import event_priority

from accessible_formats.steps import site_folder


class _Killing:
    def __init__(self, real, at):
        self.real, self.at, self.calls = real, at, 0

    def __getattr__(self, name):
        return getattr(self.real, name)


@event_priority(-99)        # just before the site folder is replaced (-100)
def on_post_build(config):
    where = os.environ.get("KILL_AT")
    if not where:
        return
    real_replace, real_rmtree = site_folder.os.replace, site_folder.shutil.rmtree
    moves = {"first-move": 1, "second-move": 2}

    class Os(_Killing):
        def replace(self, a, b):
            self.calls += 1
            if moves.get(where) == self.calls:
                os.kill(os.getpid(), signal.SIGKILL)
            return real_replace(a, b)

    class Shutil(_Killing):
        def rmtree(self, path, *args, **kwargs):
            if where == "old-removal" and str(path).endswith(".replaced"):
                os.kill(os.getpid(), signal.SIGKILL)
            return real_rmtree(path, *args, **kwargs)

    site_folder.os = Os(site_folder.os, where)
    site_folder.shutil = Shutil(site_folder.shutil, where)
'''
PAGE = "docs/about-co-production/what-it-is.md"


def _snapshot(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def _env(**more) -> dict:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", SITE_SKIP_PDFS="1", **more)


@pytest.fixture
def project(tmp_path):
    root = fixture_site.make(tmp_path)
    (root / "slow.py").write_text(SLOW_HOOK, encoding="utf-8")
    (root / "kill.py").write_text(KILL_HOOK, encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("hooks:\n", f"hooks:\n  - {root}/slow.py\n  - {root}/kill.py\n", 1),
                                     encoding="utf-8")
    ok, output, _site = fixture_site.build(root, env={"SITE_SKIP_PDFS": "1"})
    assert ok, output[-3000:]
    return root


def _start(root, **env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_a_second_build_while_one_runs_stops_with_one_message(project):
    good = _snapshot(project / "site")
    first = _start(project, SLOW="6")
    deadline = time.time() + 60
    while not (project / "site.building" / "manifest.json").exists():   # the first is in its last steps
        assert first.poll() is None and time.time() < deadline, first.communicate()[0][-3000:]
        time.sleep(0.2)
    second = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=_env(),
                            capture_output=True, text=True, timeout=120)
    out = first.communicate(timeout=180)[0]
    assert second.returncode != 0, "the second build ran beside the first"
    assert "another build of site/ is running" in second.stdout + second.stderr, second.stderr[-2000:]
    assert "Traceback" not in second.stdout + second.stderr
    assert first.returncode == 0, out[-3000:]
    assert _snapshot(project / "site") == good, "the first build's site is not whole"
    assert not (project / "site.building").exists()


@pytest.mark.parametrize("where", ["first-move", "second-move", "old-removal"])
def test_a_build_killed_while_it_replaces_the_site_leaves_a_whole_site(project, where):
    old = _snapshot(project / "site")
    page = project / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("share the work", "share all of the work"), encoding="utf-8")
    killed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=_env(KILL_AT=where),
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9, f"the build was not killed at {where}: {killed.stdout[-2000:]}{killed.stderr[-2000:]}"
    page.write_text(text.replace("kind: index", "kind: nonsense"), encoding="utf-8")      # the next build fails
    failed = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=_env(),
                            capture_output=True, text=True, timeout=300)
    assert failed.returncode != 0 and "Traceback" not in failed.stdout + failed.stderr, failed.stderr[-2000:]
    after = _snapshot(project / "site")
    assert after, f"no site after a build killed at {where} and a failed build"
    page.write_text(text.replace("share the work", "share all of the work"), encoding="utf-8")
    rebuilt = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=_env(),
                             capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr[-2000:]
    new = _snapshot(project / "site")
    assert after in (old, new), f"killed at {where}: site/ is neither the old site nor the new one"
    assert old != new
