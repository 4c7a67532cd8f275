"""Any content an editor might write builds, or stops with one clear message.

Property-based tests (hypothesis): for any content an editor might write (front matter, Easy Read
texts, case studies, sheets, valid or broken, in any encoding), the checks the build runs end in
success or in our one kind of error, naming a file of the project, a line inside it, and what to
do. Never a Python traceback.

A second property builds whole sites from content that passes the checks but is odd (quotes,
angle brackets, accents, emoji), to show that what passes the checks also builds."""
from __future__ import annotations

import functools
import os
import string

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accessible_formats import content as content_module
from accessible_formats import site_data
from accessible_formats.errors import ContentErrors
from tests import fixture_site, project

FIELDS = ["title", "description", "kind", "principle", "principles", "sources", "summary", "place", "nation",
          "organisation_type", "settings", "years", "hide", "type", "text", "easy_read", "picture", "questions",
          "page", "purpose", "instructions", "items", "options", "columns", "rows", "lines", "id"]
VALUES = ["guide", "principle", "tool", "assets", "england", "mental-health", "local-authority", "scie-2015",
          "reflect", "think", "paper", "lines", "checklist", "choice", "table", "rag", "about-co-production/what-it-is.md"]
WEIRD = "<>&\"'`*_[]{}()#!:|\\/\t\x00\x07\x0b\x1b\u00a0\u200b\u2028\ufeff\ufffe é✓🙂-"

text = st.text(alphabet=st.sampled_from(string.ascii_letters + string.digits + " .,;-\n" + WEIRD), max_size=40)
scalar = st.one_of(st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=False, width=16),
                   text, st.sampled_from(VALUES))
value = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                     st.dictionaries(st.sampled_from(FIELDS + VALUES), inner, max_size=3)),
                     max_leaves=8)
mapping = st.dictionaries(st.sampled_from(FIELDS), value, max_size=8)


def _yaml(data) -> str:
    try:
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return "title: x\n"


front = st.one_of(mapping.map(_yaml), text, st.lists(value, max_size=3).map(_yaml))
body = st.lists(st.one_of(text, st.sampled_from(["## A part {#a-part}", "## No id", "# Title", "### {#1x}",
                                                 "<!-- note", "-->", "<script>x</script>", "![alt](book)",
                                                 "Sentence one. Sentence two.", "[link](../nowhere.md)",
                                                 "## About the project", "## Outcomes", "```", "---"])),
                max_size=8).map("\n\n".join)


@st.composite
def markdown_file(draw) -> bytes:
    shape = draw(st.sampled_from(["front", "front", "no-front", "unclosed", "dots"]))
    fm, text_body = draw(front), draw(body)
    doc = {"front": f"---\n{fm}---\n\n{text_body}\n", "no-front": text_body, "unclosed": f"---\n{fm}\n{text_body}",
           "dots": f"---\n{fm}...\n{text_body}\n"}[shape]
    return draw(encoded(doc))


@st.composite
def encoded(draw, doc: str) -> bytes:
    how = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "crlf", "latin-1", "utf-16"]))
    if how == "crlf":
        return doc.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
    try:
        return doc.encode(how)
    except UnicodeEncodeError:
        return doc.encode("utf-8", "surrogatepass")


sheet_file = st.one_of(mapping.map(_yaml), text, st.lists(mapping, max_size=2).map(_yaml),
                       st.fixed_dictionaries({"title": text, "page": st.sampled_from(VALUES), "purpose": st.sampled_from(VALUES),
                                              "summary": text, "instructions": text,
                                              "easy_read": st.fixed_dictionaries({"title": text,
                                                                                  "picture": st.sampled_from(VALUES),
                                                                                  "instructions": st.lists(text, max_size=2)}),
                                              "questions": st.lists(mapping, max_size=3)}).map(_yaml)).flatmap(encoded)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return fixture_site.make(tmp_path_factory.mktemp("any"))


@pytest.fixture(scope="module", autouse=True)
def data_read_once():
    """data/ is the same in every example here: read it once (the code that reads it is the build's)."""
    load = site_data.load
    cached = functools.lru_cache(maxsize=1)(load)

    def once(files, errors=None):
        return cached(files)
    content_module.site_data.load = once
    yield
    content_module.site_data.load = load


def _check(root):
    cwd = os.getcwd()
    os.chdir(root)
    try:
        try:
            project.load(root)
        except ContentErrors as exc:
            assert exc.errors
            for e in exc.errors:
                assert not e.file.startswith("/") and (root / e.file).exists() or e.file in ("mkdocs.yml", "docs/index.md"), e
                assert e.problem and e.fix, e
                if e.line is not None:
                    lines = (root / e.file).read_bytes().count(b"\n") + 1 if (root / e.file).is_file() else 1
                    assert 1 <= e.line <= lines, (e, lines)
    finally:
        os.chdir(cwd)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@SETTINGS
@given(page=markdown_file(), easy=st.one_of(st.none(), markdown_file()))
def test_any_guide_page_and_easy_read_text(base, page, easy):
    (base / "docs" / "any.md").write_bytes(page)
    easy_path = base / "docs" / "any.easy.md"
    if easy is None:
        easy_path.unlink(missing_ok=True)
    else:
        easy_path.write_bytes(easy)
    _check(base)


@SETTINGS
@given(study=markdown_file(), easy=markdown_file())
def test_any_case_study(base, study, easy):
    for p in base.glob("docs/any*.md"):
        p.unlink()
    (base / "case_studies" / "any.md").write_bytes(study)
    (base / "case_studies" / "any.easy.md").write_bytes(easy)
    _check(base)


@SETTINGS
@given(sheet=sheet_file)
def test_any_sheet(base, sheet):
    for p in list(base.glob("docs/any*.md")) + list(base.glob("case_studies/any*.md")):
        p.unlink()
    (base / "sheets" / "any.yml").write_bytes(sheet)
    _check(base)
