"""Search finds what readers type: joined and hyphenated words, slips, short forms, questions and everyday words.

Each query below is written as a reader of this site would type it, not from the pages' headings,
with the pages any one of which must come in the first three results. It runs in Chromium, in the
search box of the built site, as a reader uses it (each key typed). The site's search words
(data/search-words.yml) and the glossary's other forms widen a query, a word the site hyphenates is
found written as one, and a word of five letters or more with one slip. The same queries run on a
copy of the site whose search words file is empty: the queries that need it then fail, so the test
can fail."""
from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml

from accessible_formats.checks.browser import serve
from tests.fixture_site import ROOT

# (what a reader types, the pages any of which must be in the first three results)
QUERIES: list[tuple[str, tuple[str, ...]]] = [
    # joined, hyphenated and spaced forms
    ("coproduction", ("about-co-production/what-it-is/", "about-co-production/what-it-is-not/",
                      "about-co-production/", "about-co-production/why/")),
    ("co-production", ("about-co-production/what-it-is/", "about-co-production/what-it-is-not/",
                       "about-co-production/", "about-co-production/why/", "case-studies/hampshire-co-production-guide/",
                       "commissioning/commissioning-for-co-production/")),
    ("what is coproduction", ("about-co-production/what-it-is/",)),
    ("what is co-production", ("about-co-production/what-it-is/",)),
    ("codesign", ("glossary/", "case-studies/design-council-training-programme/", "about-co-production/levels/")),
    ("co-design", ("glossary/", "case-studies/design-council-training-programme/", "about-co-production/levels/")),
    ("coproduced", ("about-co-production/what-it-is/", "case-studies/sheffield-flourish/")),
    # one slip
    ("comissioning", ("commissioning/", "commissioning/commissioning-cycle/",
                      "commissioning/commissioning-for-co-production/")),
    ("recipricity", ("principles/mutuality/", "principles/scie-four-principles/", "glossary/")),
    ("personalisaton", ("policy/personalisation/",)),
    ("dementa", ("groups/older-people-and-dementia/", "case-studies/east-dunbartonshire-living-with-dementia/")),
    ("homelesness", ("groups/housing-and-homelessness/",)),
    # short forms and other people's words for the site's
    ("PB", ("glossary/", "policy/personalisation/", "how-to/everyday-practice/")),
    ("service user", ("case-studies/wolverhampton-service-user-involvement/", "case-studies/sun-croydon/",
                      "commissioning/user-led-commissioning/")),
    ("patients", ("evidence/benefits/", "how-to/practice/", "case-studies/leeds-patient-champion-training/")),
    ("paying people", ("how-to/payment-and-rewards/",)),
    ("pay", ("how-to/payment-and-rewards/",)),
    ("expenses", ("how-to/payment-and-rewards/",)),
    ("definition", ("about-co-production/what-it-is/",)),
    ("self-assessment", ("tools/how-are-you-doing/", "tools/how-are-you-doing/self-assessment/")),
    ("self assessment", ("tools/how-are-you-doing/", "tools/how-are-you-doing/self-assessment/")),
    # questions
    ("why co-produce", ("about-co-production/why/",)),
    ("how to run an accessible meeting", ("how-to/accessible-meetings/",)),
    ("what gets in the way", ("how-to/barriers/",)),
    ("does co-production save money", ("evidence/economics/",)),
    # places, projects and frameworks by name
    ("Scotland", ("policy/scotland/", "case-studies/by-nation/scotland/")),
    ("Wales", ("policy/wales/", "case-studies/by-nation/wales/")),
    ("Northern Ireland", ("policy/northern-ireland/", "case-studies/by-nation/northern-ireland/")),
    ("Sheffield", ("case-studies/sheffield-flourish/",)),
    ("Mersey Care", ("case-studies/mersey-care-no-force-first/", "case-studies/mersey-care-recovery-college/",
                     "case-studies/network-employment-mersey-care/")),
    ("time bank", ("case-studies/glynoch-youth-time-bank/", "case-studies/carebank-windsor-maidenhead/", "glossary/")),
    ("recovery college", ("case-studies/gloucestershire-recovery-college/", "case-studies/mersey-care-recovery-college/",
                          "case-studies/norfolk-suffolk-recovery-college-art-course/")),
    ("ladder of participation", ("about-co-production/ladders/", "tools/ladder-reflection/")),
    ("Cahn", ("principles/cahn-four-values/",)),
    ("Care Act", ("policy/england/", "glossary/")),
    # everyday words
    ("young carers", ("case-studies/gloucestershire-young-carers/", "groups/carers/", "groups/young-people-and-transitions/")),
    ("mental health", ("groups/mental-health/", "case-studies/by-setting/mental-health/")),
    ("carers", ("groups/carers/", "case-studies/action-for-carers-surrey/")),
    ("one page profile", ("tools/one-page-profile/", "sheets/one-page-profile/")),
    ("action plan", ("tools/action-plan/", "sheets/action-plan/")),
    ("training", ("how-to/training-and-support/",)),
    ("leadership", ("how-to/leadership/",)),
]
# The queries that only the search words file answers (the bite case below).
NEED_SEARCH_WORDS = ["PB", "paying people"]


def _top_three(page, query: str) -> list[str]:
    """The first three results' addresses once they have settled: Material searches again at each
    key, so a list is read only when two reads a moment apart agree and the count says it is done."""
    box = page.locator("input.md-search__input")
    box.fill("")
    box.press_sequentially(query, delay=15)
    read = """() => ({meta: (document.querySelector('.md-search-result__meta') || {}).textContent || '',
                      top: [...document.querySelectorAll('.md-search-result__item > a')].slice(0, 3)
                             .map(a => new URL(a.href).pathname)})"""
    before = None
    for _ in range(75):                          # at most 15 s
        page.wait_for_timeout(200)
        now = page.evaluate(read)
        settled = re.search(r"\d|No matching", now["meta"]) and (now["top"] or "No matching" in now["meta"])
        if settled and now == before:
            return now["top"]
        before = now
    raise AssertionError(f"the results for {query!r} did not settle: {before}")


def _misses(page, base_url: str, queries) -> list[str]:
    page.goto(base_url)
    page.locator("input.md-search__input").click()
    misses = []
    for query, wanted in queries:
        found = [path.split("#")[0].lstrip("/") for path in _top_three(page, query)]
        if not any(w in found for w in wanted):
            misses.append(f"{query!r}: first three {found}, wanted one of {list(wanted)}")
    return misses


@pytest.fixture(scope="module")
def page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_every_query_finds_a_right_page_in_the_first_three(page, base_url):
    assert len(QUERIES) >= 40
    misses = _misses(page, base_url, QUERIES)
    assert not misses, f"{len(misses)} of {len(QUERIES)} queries missed:\n  " + "\n  ".join(misses)


def test_without_the_search_words_the_queries_that_need_them_fail(page, site_dir, tmp_path):
    """The same test on a copy of the site whose index has no search words (as a site with an empty
    data/search-words.yml): each query that needs them misses."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy, ignore=shutil.ignore_patterns("*.pdf", "*.mp3", "*.zip", "*.gz", "*.br"))
    index_file = copy / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    typed = {str(k).lower() for k in yaml.safe_load((ROOT / "data" / "search-words.yml").read_text(encoding="utf-8"))}
    index["expansions"]["same"] = {k: v for k, v in index["expansions"]["same"].items() if k not in typed}
    index_file.write_text(json.dumps(index), encoding="utf-8")
    with serve(copy) as url:
        misses = _misses(page, url + "/", [q for q in QUERIES if q[0] in NEED_SEARCH_WORDS])
    assert len(misses) == len(NEED_SEARCH_WORDS), misses


def test_the_compressed_index_keeps_within_its_budget(site_dir):
    """What a phone downloads when its reader starts to search (make bench prints it too)."""
    import sys  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "tools"))
    import bench  # noqa: PLC0415
    size = bench.search_index_kb(site_dir)
    assert 100 < size <= bench.SEARCH_INDEX_BUDGET_KB, f"{size:.0f} KB (budget {bench.SEARCH_INDEX_BUDGET_KB} KB)"
