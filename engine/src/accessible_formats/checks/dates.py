"""Review dates and the change feed: what a commissioner who cites a page relies on."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..history import long_date


def overdue(manifest: dict, today: dt.date) -> list[str]:
    """Pages whose next review is due before today, each with what to do."""
    problems = []
    for page in manifest["pages"]:
        due = page.get("review_due")
        if not due:
            problems.append(f"/{page['formats']['standard']} ({page['source']}): no review date")
        elif dt.date.fromisoformat(due) < today:
            problems.append(
                f"{page['source']}: the page '{page['title']}' was due for review on {due}. Check it against its "
                f"sources, correct what has changed, then set 'reviewed: {today.isoformat()}' in its front matter.")
    return problems


def _visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def missing_dates(site: Path, manifest: dict, pdf_text) -> list[str]:
    """Every page shows when it was last reviewed and when it is next due, in every format: the
    words and the dates as the manifest has them. `pdf_text` reads a PDF's text."""
    problems = []
    for page in manifest["pages"]:
        reviewed = dt.date.fromisoformat(page["reviewed"])
        due = dt.date.fromisoformat(page["review_due"])
        long = [long_date(d) for d in (reviewed, due)]
        f = page["formats"]
        texts = {
            "standard": (_visible_text((site / f["standard"] / "index.html").read_text(encoding="utf-8")),
                         ["Page last reviewed: " + long[0], "Next review due: " + long[1]]),
            "large_print": (_visible_text((site / f["large_print"] / "index.html").read_text(encoding="utf-8")),
                            ["Page last reviewed: " + long[0], "Next review due: " + long[1]]),
            "easy_read": (_visible_text((site / f["easy_read"] / "index.html").read_text(encoding="utf-8")),
                          ["We checked this page on " + long[0], "We will check it again by " + long[1]]),
            "text": ((site / f["text"]).read_text(encoding="utf-8-sig"),
                     ["Page last reviewed: " + long[0], "Next review due: " + long[1]]),
        }
        if "large_print_pdf" in f:
            texts["large_print_pdf"] = (re.sub(r"\s+", " ", pdf_text(site / f["large_print_pdf"])),
                                        ["Page last reviewed: " + long[0], "Next review due: " + long[1]])
        for key, (text, wanted) in texts.items():
            for words in wanted:
                if words not in text:
                    problems.append(f"/{f[key]}: does not say '{words}' ({page['source']})")
    return problems


def feed_problems(site: Path, manifest: dict) -> list[str]:
    """The change feed read as a feed reader reads it: valid Atom, one entry per version and
    per page changed in it, each entry's link a page of this site, dates from the changelog."""
    import feedparser  # noqa: PLC0415 (feedparser: the checks extra, loaded only to read the feed)
    path = site / "feed.xml"
    if not path.exists():
        return ["feed.xml: there is no change feed"]
    feed = feedparser.parse(path.read_bytes())
    problems = []
    if feed.bozo:
        problems.append(f"feed.xml: not a valid feed ({feed.bozo_exception})")
    if feed.version != "atom10":
        problems.append(f"feed.xml: not an Atom 1.0 feed ({feed.version!r})")
    for field in ("id", "title", "updated"):
        if not feed.feed.get(field):
            problems.append(f"feed.xml: the feed has no {field}")
    versions = {c for p in manifest["pages"] for c in p["changed_in"]} | {manifest["version"]}
    expected = len(versions) + sum(len(p["changed_in"]) for p in manifest["pages"])
    if len(feed.entries) != expected:
        problems.append(f"feed.xml: {len(feed.entries)} entries, but {len(versions)} versions and "
                        f"{expected - len(versions)} page changes")
    ids = [e.get("id") for e in feed.entries]
    if len(set(ids)) != len(ids):
        problems.append("feed.xml: two entries have the same id")
    site_url = manifest["site_url"].rstrip("/") + "/"
    for e in feed.entries:
        link = e.get("link", "")
        if not e.get("title") or not e.get("updated"):
            problems.append(f"feed.xml: the entry {e.get('id')} has no title or no date")
        if not link.startswith(site_url):
            problems.append(f"feed.xml: the entry {e.get('id')} links outside the site ({link})")
            continue
        target = link[len(site_url):].split("#")[0]
        if not (site / target / "index.html").exists() and not (site / target).is_file():
            problems.append(f"feed.xml: the entry {e.get('id')} links to {link}, which is not a page")
    return problems


def pages_without_feed_link(site: Path, manifest: dict) -> list[str]:
    """Every HTML page of every format names the feed in its head, as feed readers look for it."""
    problems = []
    html_formats = [f["key"] for f in manifest["formats"]["page"] if f["html_page"]]
    for page in manifest["pages"]:
        for key in html_formats:
            head = (site / page["formats"][key] / "index.html").read_text(encoding="utf-8").split("</head>")[0]
            if not re.search(r'<link rel="alternate" type="application/atom\+xml" href="[^"]*feed\.xml"', head):
                problems.append(f"/{page['formats'][key]}: no link to the change feed in its head")
    return problems
