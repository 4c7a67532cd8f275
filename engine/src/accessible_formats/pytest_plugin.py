"""The engine's checks as a pytest plugin (registered under pytest's `pytest11` entry point, so
installing the package with its checks extra is enough): any built site can be checked.

    pytest --pyargs accessible_formats.gates --site-dir site

`--site-dir` names the built site (its manifest.json says what is in it). The fixtures here
(`site_dir`, `manifest`, `base_url`, `chromium`) serve the gates, and a project's own tests may use
them too; a project's conftest.py can define its own with the same names (this project's builds
the site first).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .checks.browser import browser, serve


def pytest_addoption(parser) -> None:
    group = parser.getgroup("accessible-formats", "the checks of a site built with mkdocs-accessible-formats")
    group.addoption("--site-dir", default="site", help="the built site to check (default: site)")


@pytest.fixture(scope="session")
def site_dir(pytestconfig) -> Path:
    site = Path(pytestconfig.getoption("--site-dir")).resolve()
    if not (site / "manifest.json").is_file():
        pytest.exit(f"{site} is not a site built with mkdocs-accessible-formats (it has no manifest.json): "
                    "build it first (mkdocs build), or give its folder with --site-dir", returncode=4)
    return site


@pytest.fixture(scope="session")
def manifest(site_dir) -> dict:
    return json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def base_url(site_dir):
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def chromium():
    with browser() as b:
        yield b
