"""A site in another language shows none of the engine's English, and nothing cut off when its words run longer.

The example site (examples/hand-hygiene) is built in a test language, en-XA, whose words
tools/pseudo_language.py makes from the English ones: accented, and 40% longer, as Welsh and
German run longer than English. Its content stays English; every word the engine and the theme
put around it is in en-XA. Then any phrase of the engine's English words (its own and Material's)
left in a page, a PDF, a plain-text file, the feed or the offline copy's README came from code, not
the words file; every page and PDF says it is in en-XA; dates follow the language (by Babel); and
no page is wider than a 320 px phone screen."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf
import pytest
import yaml

from tests.fixture_site import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import pseudo_language  # noqa: E402

EXAMPLE = ROOT / "examples" / "hand-hygiene"
LANGUAGE = pseudo_language.LANGUAGE
PHRASE = re.compile(r"[A-Za-z][A-Za-z']*(?:[ -][A-Za-z][A-Za-z']*)+")


@pytest.fixture(scope="module")
def pseudo_site(tmp_path_factory) -> Path:
    """The example site, built in en-XA (without audio: the voice is English only)."""
    project = tmp_path_factory.mktemp("pseudo") / "example"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("site", ".cache", "site.*"))
    made = project / "pseudo"
    assert pseudo_language.main(["--site", str(project), "--out", str(made)]) == 0
    shutil.copyfile(made / "words.yml", project / "data" / "words.yml")
    (project / "overrides" / "partials" / "languages").mkdir(parents=True)
    shutil.copyfile(made / "partials" / "languages" / f"{LANGUAGE}.html",
                    project / "overrides" / "partials" / "languages" / f"{LANGUAGE}.html")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  language: en-GB\n" in config
    (project / "mkdocs.yml").write_text(
        config.replace("  language: en-GB\n", f"  language: {LANGUAGE}\n  custom_dir: overrides\n"), encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DISABLE_MKDOCS_2_WARNING="true", SITE_SKIP_AUDIO="1")
    env.pop("SITE_SKIP_PDFS", None)
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return project / "site"


def _english_phrases(source_text: str) -> dict[str, str]:
    """Each phrase of two or more words in the engine's and the theme's English words, and where
    it comes from; less those the example's own content also uses."""
    english = yaml.safe_load((pseudo_language.own_files.WORDS / "en-GB.yml").read_text(encoding="utf-8"))
    site = yaml.safe_load((EXAMPLE / "data" / "words.yml").read_text(encoding="utf-8")) or {}
    for group, values in site.items():
        english.setdefault(group, {}).update(values)
    said = {f"{group}: {name}": value for group, values in english.items() if group not in pseudo_language.NOT_SHOWN
            for name, value in values.items() if not pseudo_language.NOT_WORDS.search(name)}
    said.update({f"theme: {key}": value for key, value in pseudo_language.theme_words().items()
                 if not pseudo_language.SETTINGS.match(key)})
    phrases: dict[str, str] = {}
    for where, value in said.items():
        for part in pseudo_language.KEEP.split(str(value))[::2]:
            for phrase in PHRASE.findall(part):
                if len(phrase) >= 8 and phrase.lower() not in source_text:
                    phrases.setdefault(phrase, where)
    return phrases


def _source_text() -> str:
    files = [p for p in EXAMPLE.rglob("*") if p.is_file() and p.suffix in (".md", ".yml")
             and "site" not in p.relative_to(EXAMPLE).parts and p.name != "words.yml"]
    return " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in files).lower()


def _visible(html: str) -> str:
    html = re.sub(r'<script(?![^>]*application/json)[^>]*>.*?</script>|<style[^>]*>.*?</style>', " ", html, flags=re.S)
    shown = re.findall(r'\b(?:alt|title|aria-label|placeholder|content|value)="([^"]*)"', html)
    return " ".join([re.sub(r"<[^>]+>", " ", html), *shown])


def _read_everything(site: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.suffix == ".html":
            texts[rel] = _visible(path.read_text(encoding="utf-8"))
        elif path.suffix in (".txt", ".xml") and path.name != "sitemap.xml":
            texts[rel] = path.read_text(encoding="utf-8-sig")
        elif path.suffix == ".pdf":
            texts[rel] = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                                        text=True, check=True).stdout
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                texts[rel + "/README.txt"] = z.read(next(n for n in z.namelist() if n.endswith("README.txt"))).decode()
    return texts


def test_no_english_phrase_of_the_engine_is_left_in_a_page_pdf_text_feed_or_readme(pseudo_site):
    phrases = _english_phrases(_source_text())
    assert len(phrases) > 150, f"too few of the engine's phrases to look for ({len(phrases)})"
    texts = _read_everything(pseudo_site)
    kinds = {Path(rel).suffix for rel in texts}
    assert {".html", ".pdf", ".txt", ".xml"} <= kinds, kinds
    left = _left(texts, phrases)
    assert not left, f"{len(left)} English phrases from the engine in the en-XA site:\n  " + "\n  ".join(left[:40])
    # The search can fail: the same English phrase planted in one page is found.
    planted = dict(texts, **{"index.html": texts["index.html"] + " <h2>Cite this page</h2>"})
    assert _left(planted, phrases) == ["index.html: 'Cite this page' (cite: heading)"]


def _left(texts: dict[str, str], phrases: dict[str, str]) -> list[str]:
    left = []
    for rel, text in texts.items():
        flat = " ".join(text.split())
        left += [f"{rel}: '{phrase}' ({where})" for phrase, where in phrases.items()
                 if re.search(r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])", flat)]
    return left


def test_every_page_and_pdf_says_it_is_in_the_sites_language(pseudo_site):
    wrong = []
    for page in pseudo_site.rglob("*.html"):
        found = re.search(r'<html[^>]*\blang="([^"]*)"', page.read_text(encoding="utf-8"))
        if not found or found.group(1) != LANGUAGE:
            wrong.append(f"{page.relative_to(pseudo_site)}: {found.group(1) if found else 'no lang'}")
    pdfs = list(pseudo_site.rglob("*.pdf"))
    assert pdfs
    for path in pdfs:
        with pikepdf.open(path) as pdf:
            if str(pdf.Root.get("/Lang", "")) != LANGUAGE:
                wrong.append(f"{path.relative_to(pseudo_site)}: {pdf.Root.get('/Lang')}")
    assert not wrong, wrong[:20]
    manifest = json.loads((pseudo_site / "manifest.json").read_text(encoding="utf-8"))
    page = manifest["pages"][0]
    shown = (pseudo_site / page["formats"]["standard"] / "index.html").read_text(encoding="utf-8")
    month = re.search(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) "
                      r"\d{1,2}, \d{4}\b", shown)
    assert month, "the page's dates are not written as en (en-XA's language) writes them, like 'December 7, 2026'"


def test_no_page_in_the_longer_language_is_wider_than_a_phone(pseudo_site, chromium):
    from accessible_formats.checks.browser import serve  # noqa: PLC0415

    pages = sorted(p.relative_to(pseudo_site).parent.as_posix() for p in pseudo_site.rglob("index.html"))
    wide = []
    with serve(pseudo_site) as url:
        context = chromium.new_context(viewport={"width": 320, "height": 640})
        page = context.new_page()
        for address in pages:
            page.goto(f"{url}/{'' if address == '.' else address + '/'}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                cut = page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e =>
                    e.getBoundingClientRect().right > 321 && getComputedStyle(e).position !== 'fixed')
                    .slice(0, 3).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))""")
                wide.append(f"/{address}: {width} px ({cut})")
        context.close()
    assert len(pages) > 20, pages
    assert not wide, "pages wider than 320 px in en-XA:\n  " + "\n  ".join(wide)
