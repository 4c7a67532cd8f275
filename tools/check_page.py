#!/usr/bin/env python3
"""Check one page while you write it, without building the whole site.

    .venv/bin/python tools/check_page.py docs/principles/assets.md
    .venv/bin/python tools/check_page.py docs/principles/assets.easy.md case_studies/sandwell.md

It runs the same checks as the build and the tests, on just the files you name:
- a guide page (docs/**/*.md): front matter and headings, readability (Flesch reading ease of
  at least 50, aim for 60 or more; no sentence over 30 words), and words copied from the sources;
- an Easy Read text (*.easy.md): the format, and the Easy Read rules (at most 15 words a sentence,
  Flesch-Kincaid grade at most 6, pictures with alt text, abbreviations explained, numbers as digits);
- a case study (case_studies/*.md): its front matter, headings and readability;
- a printable sheet (sheets/*.yml): its fields.
It prints what is wrong and exits with status 1, or prints the scores and exits with 0.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from accessible_formats import sheet_data

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT)]

import markdown  # noqa: E402

from accessible_formats import easy_read_layout, easy_read_source, front_matter, site_data, words  # noqa: E402
from accessible_formats.checks import easy_read, readability  # noqa: E402
from accessible_formats.errors import Collector, ContentError, ContentErrors  # noqa: E402
from coproduction import case_studies  # noqa: E402

MARKDOWN_EXTENSIONS = ["toc", "attr_list", "def_list", "tables", "admonition", "md_in_html",
                       "pymdownx.details", "pymdownx.superfences"]
COPYCHECK = ROOT.parent / "shared" / "tools" / "copycheck.py"


def check_markdown_page(path: Path, data, case_study: bool) -> list[str]:
    errors = Collector()
    text = path.read_text(encoding="utf-8")
    meta, body, body_line = site_data.split_front_matter(text, path)
    if case_study:
        case_studies.check_case_study(meta, body, body_line, path, data, errors)
        body = case_studies.add_heading_ids(body, data)
    else:
        front_matter.check_page(meta, body, body_line, path, data, errors)
    problems = [str(e) for e in errors.errors]
    html = markdown.markdown(body, extensions=MARKDOWN_EXTENSIONS)
    title = f"<h1>{meta.get('title', '')}</h1>" if isinstance(meta, dict) else ""
    units = readability.units_from_html(title + html)
    score = readability.score(units)
    print(f"{path}: Flesch reading ease {score.ease} (at least {readability.MIN_PAGE_EASE}; "
          f"the site's median must be {readability.MIN_MEDIAN_EASE} or more), "
          f"{score.words} words in {score.sentences} sentences")
    if score.ease < readability.MIN_PAGE_EASE:
        problems.append(f"{path}: Flesch reading ease {score.ease} is below {readability.MIN_PAGE_EASE}: "
                        "use shorter sentences and shorter words")
    for n, s in score.longest(10):
        problems.append(f"{path}: a sentence has {n} words (the most is {readability.MAX_SENTENCE_WORDS}): '{s}'")
    return problems


def check_easy_read(path: Path, data) -> list[str]:
    errors = Collector()
    doc = easy_read_source.parse(path, data, errors)
    if doc is None:
        return [str(e) for e in errors.errors]
    fragment = f"<h1>{doc.title}</h1>" + easy_read_layout.render(
        doc, data, link_href=lambda t: t, picture_href=lambda n: f"pictures/{n}.svg",
        words=words.load(ROOT / "data" / "words.yml", errors))
    problems = easy_read.check_fragment(fragment, str(path))
    units = [readability.Unit(text=t, kind="text") for t in
             [s.plain for p in doc.points for s in p.sentences]]
    score = readability.score(units, max_words=readability.EASY_MAX_SENTENCE_WORDS)
    print(f"{path}: {len(doc.points)} points, Flesch-Kincaid grade {score.grade} "
          f"(the most is {readability.EASY_MAX_GRADE}) before hard-word explanations")
    return problems


def check_sheet(path: Path, data) -> list[str]:
    errors = Collector()
    sheet_data.load_sheet(path, data, errors)
    return [str(e) for e in errors.errors]


def copied(path: Path) -> list[str]:
    if not COPYCHECK.exists():
        return []
    result = subprocess.run([sys.executable, str(COPYCHECK), str(path)], capture_output=True, text=True, cwd=ROOT)
    if result.returncode == 1:
        return [f"{path}: words copied from a source document (write them in your own words):\n{result.stdout.strip()}"]
    return []


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    try:
        data = site_data.load_for(ROOT / "mkdocs.yml")
    except (ContentError, ContentErrors) as exc:
        print(exc)
        return 1
    problems = []
    for name in argv:
        path = Path(name)
        if not path.exists():
            problems.append(f"{path}: no such file")
            continue
        try:
            if path.name.endswith(".easy.md"):
                problems += check_easy_read(path, data)
            elif path.suffix == ".md":
                problems += check_markdown_page(path, data, case_study="case_studies" in path.parts)
            elif path.suffix in (".yml", ".yaml") and "sheets" in path.parts:
                problems += check_sheet(path, data)
            else:
                problems.append(f"{path}: not a page, Easy Read text, case study or sheet")
                continue
        except (ContentError, ContentErrors) as exc:
            problems.append(str(exc))
        problems += copied(path)
    for p in problems:
        print("PROBLEM:", p)
    print("All checks passed." if not problems else f"{len(problems)} problem(s).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
