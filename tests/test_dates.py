"""Every page says when it was last reviewed and is next due, no page is past its review date, and the change feed is valid.

What a commissioner who pastes a link into a tender relies on: each page, in every format (the
plain text and the large-print PDF too), shows "Page last reviewed" and "Next review due"; no
page is past its review date on the day the tests run; each standard and large-print page lists
the published versions that changed it; and the change feed is valid Atom that a feed reader
can read, linked from the head of every page."""
from __future__ import annotations

import datetime as dt
import json

from accessible_formats.checks import dates, pdfs


def test_no_page_is_past_its_review_date(manifest):
    assert not dates.overdue(manifest, dt.date.today()), "\n".join(dates.overdue(manifest, dt.date.today()))


def test_every_page_shows_its_dates_in_every_format(site_dir, manifest):
    problems = dates.missing_dates(site_dir, manifest, pdfs.text)
    assert not problems, "\n".join(problems[:30])


def test_the_dates_come_from_the_content_and_its_history(manifest):
    """A page's review is due a year after it was reviewed, and a page changed in the newest
    version lists that version among its changes."""
    for page in manifest["pages"]:
        reviewed, due = dt.date.fromisoformat(page["reviewed"]), dt.date.fromisoformat(page["review_due"])
        assert reviewed <= dt.date.today() and due > reviewed, page["source"]
        assert page["changed_in"] == sorted(page["changed_in"], key=lambda v: tuple(map(int, v.split("."))),
                                            reverse=True), page["source"]
    assert any(manifest["version"] in p["changed_in"] for p in manifest["pages"])


def test_each_page_lists_the_versions_that_changed_it(site_dir, manifest):
    page = next(p for p in manifest["pages"] if len(p["changed_in"]) >= 2)
    html = (site_dir / page["formats"]["standard"] / "index.html").read_text(encoding="utf-8")
    history = html.split('id="page-history"')[1].split("</details>")[0]
    for version in page["changed_in"]:
        assert f"Version {version}," in history, (page["source"], version)
    assert "feed.xml" in history and "about/#versions" in history


def test_the_change_feed_is_valid_and_every_entry_leads_to_a_page(site_dir, manifest):
    problems = dates.feed_problems(site_dir, manifest)
    assert not problems, "\n".join(problems[:30])


def test_every_page_names_the_feed_in_its_head(site_dir, manifest):
    problems = dates.pages_without_feed_link(site_dir, manifest)
    assert not problems, "\n".join(problems[:30])


# --- the checks bite ------------------------------------------------------------------------------

def _page(**changes) -> dict:
    page = {"title": "Assets", "source": "docs/principles/assets.md", "formats": {"standard": "principles/assets/"},
            "reviewed": "2025-01-10", "review_due": "2026-01-10", "changed_in": ["1.0.0"]}
    page.update(changes)
    return page


def test_a_page_past_its_review_date_is_named_with_what_to_do():
    manifest = {"pages": [_page(), _page(source="docs/b.md", review_due="2027-01-01"), _page(review_due=None)]}
    found = dates.overdue(manifest, dt.date(2026, 6, 1))
    assert len(found) == 2
    assert found[0].startswith("docs/principles/assets.md:") and "reviewed: 2026-06-01" in found[0]
    assert "no review date" in found[1]


def test_a_broken_feed_is_found(tmp_path):
    manifest = {"site_url": "https://example.org/", "version": "1.0.0", "pages": [_page()]}
    (tmp_path / "principles" / "assets").mkdir(parents=True)
    (tmp_path / "principles" / "assets" / "index.html").write_text("<p>x</p>")
    assert dates.feed_problems(tmp_path, manifest) == ["feed.xml: there is no change feed"]
    good = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<id>https://example.org/feed.xml</id><title>Changes</title><updated>2026-01-01T00:00:00Z</updated>
<author><name>Us</name></author>
<entry><id>tag:example.org,2026:v1</id><title>Version 1.0.0</title><updated>2026-01-01T00:00:00Z</updated>
<link href="https://example.org/principles/assets/"/></entry>
<entry><id>tag:example.org,2026:v1/p</id><title>Assets</title><updated>2026-01-01T00:00:00Z</updated>
<link href="https://example.org/principles/assets/"/></entry></feed>"""
    (tmp_path / "feed.xml").write_text(good)
    assert dates.feed_problems(tmp_path, manifest) == []
    (tmp_path / "feed.xml").write_text(good.replace("principles/assets/\"/></entry></feed>", "gone/\"/></entry></feed>"))
    assert any("which is not a page" in p for p in dates.feed_problems(tmp_path, manifest))
    (tmp_path / "feed.xml").write_text(good.replace("</feed>", ""))
    assert any("not a valid feed" in p for p in dates.feed_problems(tmp_path, manifest))
    (tmp_path / "feed.xml").write_text(good)
    assert "entries" in dates.feed_problems(tmp_path, {**manifest, "pages": [_page(changed_in=[])]})[0]
    json.dumps(manifest)
