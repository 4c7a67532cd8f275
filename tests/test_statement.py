"""This statement is in every format, linked from every page, and lists the checks that really run.

The accessibility statement: in every format, linked from the foot of every page of every
format, and its "How we tested this site" names every test file and the pinned version of each
tool, as the build made it from the tests and requirements themselves."""
from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parents[1]
STATEMENT = "accessibility"


def test_the_statement_is_there_in_every_format(site_dir, manifest):
    page = next(p for p in manifest["pages"] if p["formats"]["standard"] == f"{STATEMENT}/")
    assert page["easy_read"] == "written"
    for address in page["formats"].values():
        assert (site_dir / address / "index.html" if address.endswith("/") else site_dir / address).is_file(), address


def test_every_page_links_to_the_statement_in_its_own_form_at_its_foot(site_dir):
    problems, pages = [], 0
    for f in sorted(site_dir.rglob("*.html")):
        rel = f.relative_to(site_dir).as_posix()
        root = lxml_html.fromstring(f.read_bytes())
        if root.xpath('//meta[@http-equiv="refresh"]') or rel == "404.html" or rel.startswith("downloads/"):
            continue
        pages += 1
        form = "easy-read/" if rel.startswith("easy-read/") else "large-print/" if rel.startswith("large-print/") else ""
        want = f"{form}{STATEMENT}/"
        hrefs = root.xpath("//footer//a/@href")
        targets = {(f.parent / h).resolve().relative_to(site_dir.resolve()).as_posix() + "/" for h in hrefs
                   if not re.match(r"^[a-z]+:|^#", h) and (f.parent / h).resolve().is_relative_to(site_dir.resolve())}
        if want not in {t.replace("//", "/") for t in targets}:
            problems.append(f"/{rel}: no link to /{want} in its footer")
    assert pages > 600
    assert problems == [], "\n".join(problems[:20])


def test_how_we_tested_names_every_test_file_and_each_tools_pinned_version(site_dir):
    text = " ".join(lxml_html.fromstring((site_dir / STATEMENT / "index.html").read_bytes())
                    .xpath('string(//*[@id="how-we-tested"]/following::ul[2])').split())
    listed = set(re.findall(r"tests/((?:unit/)?test_\w+\.py)", " ".join(lxml_html.fromstring(
        (site_dir / STATEMENT / "index.html").read_bytes()).xpath("//article//code/text()"))))
    assert listed == {f.relative_to(ROOT / "tests").as_posix() for f in (ROOT / "tests").rglob("test_*.py")}
    pins = dict(re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)", (ROOT / "requirements.txt").read_text(), re.M))
    pins.update(json.loads((ROOT / "package.json").read_text())["devDependencies"])
    for tool in ("axe-core", "vnu-jar", "playwright", "LinkChecker", "pikepdf", "weasyprint", "mkdocs-material"):
        assert f"{tool} {pins[tool]}" in text, (tool, text[:500])
