"""A mistake in an adopter's mkdocs.yml is one clear message, never a traceback, and the last good site is kept.

An organisation that installs the engine sets it up in mkdocs.yml. Each mistake it can make there
(an option that does not exist, a misspelt format, a file or folder that is not there, a pictures
folder with no pictures, the plugin twice, the old hook files of the engine left in, a font from
Google) stops the build before anything is made, with one message that names the setting and
what to do, and site/ is left as the last good build made it."""
from __future__ import annotations

import hashlib
import re

import pytest
from mkdocs.exceptions import PluginError

from accessible_formats.build import Build
from accessible_formats.config import AccessibleFormatsConfig
from accessible_formats.steps import page_model
from tests import fixture_site


def _snapshot(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A small project built once, without PDFs or audio (what is tried here stops before them)."""
    root = fixture_site.make(tmp_path_factory.mktemp("adopter"))
    ok, output, site = fixture_site.build(root, env={"SITE_SKIP_PDFS": "1"})
    assert ok, output[-3000:]
    return root


def _plugin_options(config: str, *lines: str) -> str:
    """mkdocs.yml with more options under the plugin (after its own: a later key wins)."""
    block = re.search(r"  - accessible-formats:\n(      .*\n|        .*\n)*", config)
    assert block
    return config[: block.end()] + "".join(f"      {line}\n" for line in lines) + config[block.end():]


MISTAKES = {
    "an option that does not exist": (lambda c: _plugin_options(c, "formts: [easy_read]"), {},
                                      ["option 'formts'", "did you mean 'formats'?"]),
    "a misspelt format": (lambda c: _plugin_options(c, "formats: [easy_red, text]"), {},
                          ["'easy_red' is not one of the choices", "did you mean 'easy_read'?"]),
    "a words file that is not there": (lambda c: _plugin_options(c, "words: data/wordz.yml"), {},
                                       ["words: data/wordz.yml", "the words file is not there"]),
    "a pictures folder with no pictures": (lambda c: _plugin_options(c, "pictures_dir: empty-pictures"),
                                           {"empty-pictures/README.txt": "No pictures yet.\n"},
                                           ["the pictures folder empty-pictures has no pictures"]),
    "a page for the footer that is not there": (lambda c: _plugin_options(c, "pages:", "  about: about-us.md"), {},
                                                ["pages: about: is about-us.md, which is not a page in docs/"]),
    "the plugin listed twice": (lambda c: c.replace("  - accessible-formats:\n", "  - accessible-formats\n"
                                                    "  - accessible-formats:\n", 1), {},
                                ["'accessible-formats' was specified multiple times"]),
    "a hook of the engine from before it was a plugin": (
        lambda c: c.replace("hooks:\n", "hooks:\n  - old/page_model.py\n", 1),
        {"old/sitelib/__init__.py": "", "old/sitelib/build.py": "",
         "old/page_model.py": "from sitelib import build\n\n\ndef on_config(config):\n    return config\n"},
        ["lists old/page_model.py under hooks:", "take it out of hooks:"]),
    "a font from Google": (lambda c: c.replace("  font: false", "  font:\n    text: Lato"), {},
                           ["theme: font:", "set font: false"]),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_in_mkdocs_yml_is_one_message_and_keeps_the_site(good, mistake):
    change, files, expected = MISTAKES[mistake]
    config_file = good / "mkdocs.yml"
    config = config_file.read_text(encoding="utf-8")
    site = good / "site"
    before = _snapshot(site)
    for rel, text in files.items():
        (good / rel).parent.mkdir(parents=True, exist_ok=True)
        (good / rel).write_text(text, encoding="utf-8")
    try:
        config_file.write_text(change(config), encoding="utf-8")
        ok, output, _site = fixture_site.build(good, env={"SITE_SKIP_PDFS": "1"})
    finally:
        config_file.write_text(config, encoding="utf-8")
    assert not ok, f"{mistake}: the build succeeded"
    assert "Traceback" not in output, output[-3000:]
    for words in expected:
        assert words in output, f"{mistake}: '{words}' not in:\n{output[-2000:]}"
    assert _snapshot(site) == before, f"{mistake}: site/ changed"


def test_a_part_that_is_on_without_its_extra_says_which_to_install(monkeypatch, tmp_path):
    """PDFs on, and WeasyPrint not installed: one message naming the extra (the check itself, with
    WeasyPrint hidden: it is installed here)."""
    real = page_model.importlib.util.find_spec
    monkeypatch.setattr(page_model.importlib.util, "find_spec", lambda name: None if name == "weasyprint" else real(name))
    options = AccessibleFormatsConfig()
    options.load_dict({})
    options.validate()

    class Theme(dict):
        name, dirs, custom_dir = "material", [], None

    class Config:
        theme = Theme(font=False)
        markdown_extensions: list = []
        extra_css: list = []
        extra_javascript: list = []
    b = Build(config=Config(), root=tmp_path, options=options)
    with pytest.raises(PluginError, match=r"(?s)pdfs is on, and weasyprint is not installed.*mkdocs-accessible-formats\[pdf\]"):
        page_model.theme(b, Config())
