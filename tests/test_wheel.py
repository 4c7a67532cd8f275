"""The engine installs from its wheel into a new environment, and another organisation's site built with it passes its checks.

The engine is a package (engine/, mkdocs-accessible-formats). This builds its wheel, installs it
into a new virtual environment outside the repository, and builds the example site of another
organisation (examples/hand-hygiene/) with every format on: so the engine finds its own files
inside site-packages, and the project's beside mkdocs.yml. Then the packaged checks (pytest
--pyargs accessible_formats.gates) run against that site, from the same environment.

The new environment has the wheel and nothing else of the project: the packages the wheel needs
are read from this project's environment (a .pth file names its site-packages, whose own editable
install of the engine is not read), each checked against what the wheel's metadata asks for."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.fixture_site import ROOT

EXAMPLE = ROOT / "examples" / "hand-hygiene"


def _run(args, cwd, env=None, timeout=900) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A new virtual environment with the engine's wheel in it: its python."""
    tmp = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", tmp / "dist",
                  ROOT / "engine"], ROOT)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list((tmp / "dist").glob("mkdocs_accessible_formats-*.whl"))
    assert len(wheels) == 1, wheels
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp).stdout.strip())
    # The wheel, unpacked as pip installs it; then the project's packages behind it, for what it needs.
    unpacked = _run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", purelib, wheels[0]],
                    tmp)
    assert unpacked.returncode == 0, unpacked.stdout + unpacked.stderr
    (purelib / "zz-project-packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def test_the_wheel_holds_the_engines_own_files_and_its_needs_are_met(installed):
    probe = _run([installed, "-c", """
import importlib.metadata as md, sys
from pathlib import Path
from packaging.requirements import Requirement
import accessible_formats, accessible_formats.own_files as own
print(accessible_formats.__file__)
for p in (own.THEME / "base.html", own.SCHEMAS / "page.schema.json", own.WORDS / "en-GB.yml",
          own.VENDOR / "iframe-worker" / "shim.js", own.CSS / "fonts.css"):
    assert p.is_file(), p
eps = {e.name for g in ("mkdocs.plugins", "properdocs.plugins", "pytest11") for e in md.entry_points(group=g)}
assert {"accessible-formats", "accessible_formats"} <= eps, eps
unmet = []
for text in md.requires("mkdocs-accessible-formats"):
    req = Requirement(text)
    if req.marker and not any(req.marker.evaluate({"extra": x}) for x in ("pdf", "audio", "checks", "")):
        continue
    try:
        have = md.version(req.name)
    except md.PackageNotFoundError:
        unmet.append(f"{req} (not installed)"); continue
    if have not in req.specifier:
        unmet.append(f"{req} (installed {have})")
assert not unmet, unmet
"""], ROOT)
    assert probe.returncode == 0, probe.stdout + probe.stderr
    where = Path(probe.stdout.strip().splitlines()[0])
    assert ROOT not in where.parents, f"the engine was imported from the repository: {where}"


def test_the_example_builds_from_the_wheel_and_passes_the_packaged_checks(installed, tmp_path):
    site = tmp_path / "example"
    shutil.copytree(EXAMPLE, site, ignore=shutil.ignore_patterns("site", ".cache", "site.*"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true",
               ACCESSIBLE_FORMATS_NODE_MODULES=str(ROOT / "node_modules"))
    env.pop("SITE_SKIP_PDFS", None)
    env.pop("SITE_SKIP_AUDIO", None)
    bin_dir = installed.parent
    built = _run([bin_dir / "python", "-m", "mkdocs", "build", "--strict"], site, env)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    for made in ("index.html", "easy-read/index.html", "large-print/index.pdf", "text/index.txt", "manifest.json",
                 "downloads/guide.pdf"):
        assert (site / "site" / made).is_file(), made
    assert list((site / "site" / "easy-read").rglob("*.mp3")), "no Easy Read audio"
    stray = [p.relative_to(site / "site").as_posix() for p in (site / "site").rglob("*")
             if p.is_file() and p.suffix in (".html", ".txt", ".xml", ".json") and
             any(w in p.read_text(encoding="utf-8", errors="replace").lower() for w in ("co-production", "coproduction"))]
    assert not stray, f"the other site's words in the example: {stray[:10]}"
    checked = _run([bin_dir / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                    "--pyargs", "accessible_formats.gates", "--site-dir", site / "site", "--rootdir", site, "-c", os.devnull],
                   site, env, timeout=1200)
    assert checked.returncode == 0, checked.stdout[-5000:] + checked.stderr[-2000:]
