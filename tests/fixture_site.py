"""Small projects built with the real hooks, theme and data (the glossary cut to the terms they
use), for tests that prove a gate fails when it should and that bad content stops the build with
a clear message."""
from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from accessible_formats import site_data
from accessible_formats.terms import TermMatcher

# A printable sheet with one question, for the tests that need a small site with a sheet.
ONE_SHEET = """title: A sheet
page: about-co-production/what-it-is.md
purpose: reflect
summary: A short sheet.
instructions: Answer the question.
easy_read:
  title: A sheet
  picture: paper
  instructions:
    - Answer the question.
questions:
  - id: think
    type: lines
    text: What do you think?
    easy_read: What do you think?
    picture: think
"""

ROOT = Path(__file__).resolve().parent.parent

HOME = """---
title: Home
description: A small test site.
kind: home
---

This is a small site. It has [one page about co-production](about-co-production/what-it-is.md).
"""
HOME_EASY = """---
title: Home
---

![A book open](book)
This is a small site.
"""
# A page with a deliberate fault, for the tests that prove a check bites: fill in {body}.
BROKEN_PAGE = """---
title: Broken page
description: A page with a deliberate fault.
kind: index
---

{body}
"""
WHAT = """---
title: What it is
description: What co-production is.
kind: index
---

Co-production means working together as equals. People who use services and staff share the work.
"""
WHAT_EASY = """---
title: What it is
---

![Two people holding hands](people)
People work together as equals.
"""


def make(tmp: Path, pages: dict[str, str] | None = None, files: dict[str, str] | None = None,
         nav: list[str] | None = None, extra_config: str = "") -> Path:
    """A project in tmp: the base pages plus `pages` (docs-relative path -> text) and `files`
    (project-relative path -> text, for case studies, sheets and data)."""
    root = tmp / "project"
    if root.exists():
        shutil.rmtree(root)
    (root / "docs").mkdir(parents=True)
    (root / "case_studies").mkdir()
    (root / "sheets").mkdir()
    # Not the self-assessment: it reads the tool's page and sheets, which a small project does not have.
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("self-assessment.yml"))
    shutil.copytree(ROOT / "schemas", root / "schemas")       # this site's own kinds of page
    base = {"index.md": HOME, "index.easy.md": HOME_EASY, "about-co-production/what-it-is.md": WHAT,
            "about-co-production/what-it-is.easy.md": WHAT_EASY,
            "about.md": "---\ntitle: About\ndescription: About the site.\nkind: about\n---\n\n"
                        "## Sources {#source-documents}\n\n<!-- source-documents -->\n\n"
                        "## Versions {#versions}\n\n<!-- changelog -->\n",
            "start/formats.md": "---\ntitle: Formats\ndescription: The formats.\nkind: index\n---\n\n"
                                "Every page comes in Easy Read, large print and plain text.\n",
            "accessibility.md": "---\ntitle: Accessibility\ndescription: How to tell us about a problem.\nkind: about\n"
                                "---\n\nWrite to us:\n\n<!-- accessibility-contact -->\n"}
    for rel, text in {**base, **(pages or {})}.items():
        p = root / "docs" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text), encoding="utf-8")
    for rel, text in (files or {}).items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(textwrap.dedent(text), encoding="utf-8")
    if "data/glossary.yml" not in (files or {}):
        _glossary_of_its_words(root)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  - hooks/", f"  - {ROOT}/hooks/").replace("custom_dir: overrides", f"custom_dir: {ROOT}/overrides")
    config = config.replace("pictures_dir: overrides/", f"pictures_dir: {ROOT}/overrides/")
    if "tools/index.md" not in (pages or {}):       # the page its sheets belong with, where it has one
        config = config.replace("        tools: tools/index.md\n", "")
    config = config[: config.index("\nnav:")] + "\n"
    config = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", config)   # the folders it watches are the real project's
    pages_in_nav = nav or ["index.md", "about-co-production/what-it-is.md", "start/formats.md", "about.md",
                           "accessibility.md"] + [
        p for p in (pages or {}) if p.endswith(".md") and not p.endswith(".easy.md")]
    config += "nav:\n" + "".join(f"  - {p}\n" for p in pages_in_nav)
    # The pages the site makes from data, where it has any (a feature with no content has no page).
    made = {"case-studies/index.md": any(root.glob("case_studies/*.md")), "sheets/index.md": any(root.glob("sheets/*.yml")),
            "glossary.md": bool(yaml.safe_load((root / "data" / "glossary.yml").read_text(encoding="utf-8"))),
            "about/pictures.md": True}
    config += "".join(f"  - {page}\n" for page, made_here in made.items() if made_here)
    config += extra_config
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


@functools.cache
def _real_glossary() -> tuple[list[dict], TermMatcher]:
    """data/glossary.yml's entries, and the build's own matcher for their words."""
    entries = yaml.safe_load((ROOT / "data" / "glossary.yml").read_text(encoding="utf-8"))
    data = site_data.load_for(ROOT / "mkdocs.yml")
    assert data is not None
    return entries, TermMatcher(data.glossary)


def _glossary_of_its_words(root: Path) -> None:
    """The real glossary, cut to the terms the small project's own words use, as the build finds
    them (accessible_formats.terms.TermMatcher). With all 235 terms, the glossary filled most of each small
    site's whole guide (28 pages, 55 in large print; now 11 and 16), and a fresh clone keeps no
    PDFs from before: the tests that build small sites took 171 s of CPU there instead of 128 s.
    A test that is about the glossary writes its own."""
    entries, matcher = _real_glossary()
    words = "\n".join(f.read_text(encoding="utf-8") for folder in ("docs", "case_studies", "sheets")
                      for f in (root / folder).rglob("*") if f.is_file())
    used = {term.term for term, _match in matcher.finditer(words)}
    (root / "data" / "glossary.yml").write_text(
        yaml.safe_dump([e for e in entries if e["term"] in used], sort_keys=False, allow_unicode=True, width=1000),
        encoding="utf-8")


def build(root: Path, env: dict | None = None, prefix: list[str] | None = None) -> tuple[bool, str, Path]:
    """Build a project as `make site` does. `prefix` runs the build under another command (faketime)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", **(env or {}))
    result = subprocess.run([*(prefix or []), sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, env=env,
                            capture_output=True, text=True)
    output = result.stdout + result.stderr
    return result.returncode == 0, output, root / "site"


def first_error(output: str) -> str:
    m = re.search(r"(ERROR|WARNING).*", output)
    return m.group(0) if m else output[-500:]
