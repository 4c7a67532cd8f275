"""A new case study, tool or format is added in one place, and the rest of the site follows.

A new case study, a new tool and a new format are each added in the one place README.md and
CONTRIBUTING.md name, and the rest of the site follows by itself."""
from __future__ import annotations

import json
import posixpath

from lxml import html as lxml_html

from tests import fixture_site
from tests.unit.test_editor_mistakes import CASE, CASE_EASY, PRINCIPLE, PRINCIPLE_EASY

TOOL = """---
title: A new tool
description: A tool to try something new.
kind: tool
principles: [assets]
sources:
  - eu-toolkit: an exercise
---

Words.

## What it is for {#purpose}

Words.

## Who it is for {#who-for}

Words.

## How long it takes {#time}

Words.

## What you need {#you-need}

Words.

## Steps {#steps}

### Step 1: Begin {#step-1}

Words.

## How to adapt it {#adapting}

Words.

## Principles it builds {#principles-it-builds}

Words.
"""
TOOL_EASY = "---\ntitle: A new tool\n---\n\n![A toolbox](toolbox)\nThis tool helps you try something new.\n"
BRAILLE_HOOK = '''"""Hook: a braille-ready file of every page (a test of adding a format)."""
from pathlib import Path

from accessible_formats.api import Format, add_page_format, engine


def on_config(config):
    add_page_format(config, Format("braille", "braille/{file}.brf", "text/plain", page=False, moved="copy",
                                   made_by="hooks/braille_files.py"))


def on_post_build(config):
    m = engine(config).model
    for record in m.pages.values():
        out = Path(config.site_dir) / "braille" / (record.path or "index")
        out = out.with_name(out.name + ".brf")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(record.title.upper() + "\\n", encoding="utf-8")
'''


def _links(site, address):
    root = lxml_html.fromstring((site / address / "index.html").read_bytes())
    return {a.text_content().strip(): posixpath.normpath(a.get("href"))
            for a in root.xpath('//nav[contains(@class, "format-links")]//a')}


def test_a_new_case_study_is_one_file(tmp_path):
    root = fixture_site.make(tmp_path, pages={"principles/assets.md": PRINCIPLE, "principles/assets.easy.md": PRINCIPLE_EASY},
                             files={"case_studies/new-project.md": CASE.replace("A good example", "A new project"),
                                    "case_studies/new-project.easy.md": CASE_EASY})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    for address in ("case-studies/", "case-studies/by-principle/assets/", "case-studies/by-setting/mental-health/",
                    "case-studies/by-nation/england/", "principles/assets/"):
        assert 'href="' in (site / address / "index.html").read_text() and "A new project" in \
            (site / address / "index.html").read_text(encoding="utf-8"), address
    manifest = json.loads((site / "manifest.json").read_text())
    study = next(p for p in manifest["pages"] if p["path"] == "case-studies/new-project")
    assert all((site / (a + "index.html" if a.endswith("/") else a)).is_file() for a in study["formats"].values())


def test_a_new_tool_is_one_page_its_easy_read_and_a_line_in_the_menu(tmp_path):
    root = fixture_site.make(tmp_path, pages={"principles/assets.md": PRINCIPLE, "principles/assets.easy.md": PRINCIPLE_EASY,
                                              "tools/new-tool.md": TOOL, "tools/new-tool.easy.md": TOOL_EASY})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    manifest = json.loads((site / "manifest.json").read_text())
    assert [p["path"] for p in manifest["pages"] if p["kind"] == "tool"] == ["tools/new-tool"]
    principle = (site / "principles" / "assets" / "index.html").read_text(encoding="utf-8")
    assert 'id="tools"' in principle and "A new tool" in principle


def test_a_new_format_is_one_hook_and_its_words(tmp_path):
    """A site adds a format of its own with one hook written against the engine's public interface
    (accessible_formats.api), and its name in the words file: the engine's code is not touched."""
    root = fixture_site.make(tmp_path, pages={"moved-here.md": "---\ntitle: Moved here\ndescription: A page that moved.\n"
                                                               "kind: index\n---\n\nThis page moved.\n"})
    (root / "hooks").mkdir(exist_ok=True)
    (root / "hooks" / "braille_files.py").write_text(BRAILLE_HOOK, encoding="utf-8")
    words = root / "data" / "words.yml"          # its name for readers, in the site's own words
    words.write_text(words.read_text(encoding="utf-8") + "\nformats:\n  braille: Braille-ready file\n", encoding="utf-8")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("hooks:\n", "hooks:\n  - hooks/braille_files.py\n", 1)
    config = config.replace("redirect_maps: {}", "redirect_maps:\n        old-place.md: moved-here.md")
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")

    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    manifest = json.loads((site / "manifest.json").read_text())
    assert "braille" in [f["key"] for f in manifest["formats"]["page"]]
    for page in manifest["pages"]:
        assert (site / page["formats"]["braille"]).is_file(), page["path"]
    assert _links(site, "")["Braille-ready file"] == "braille/index.brf"
    easy = _links(site, "easy-read/about-co-production/what-it-is/")
    assert easy["Braille-ready file"] == "../../../braille/about-co-production/what-it-is.brf"
    assert (site / "braille" / "old-place.brf").read_text() == "MOVED HERE\n"     # a moved page keeps its old address
