"""Step: site/feed.xml, an Atom feed of what has changed: one entry for each version in
CHANGELOG.md, and one for each page that changed in it (from the project's history, as each
page's "Changes to this page" shows). Written with feedgen; dates come from CHANGELOG.md, so two
builds of one commit give the same feed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import markdown
from feedgen.feed import FeedGenerator

FEED = "feed.xml"


def _when(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def feed_xml(m, site_name: str, releases, versions: str = "") -> bytes:
    """The feed; `versions` is the address of the list of versions (the home page without one)."""
    words = m.words["dates"]
    host = urlsplit(m.site_url).hostname or "localhost"
    fg = FeedGenerator()
    fg.id(m.absolute(FEED))
    fg.title(f"{site_name}: {words['feed_title'].lower()}")
    fg.author({"name": site_name})
    fg.link(href=m.absolute(FEED), rel="self", type="application/atom+xml")
    fg.link(href=m.absolute(versions), rel="alternate", type="text/html")
    fg.language(m.language)
    fg.updated(_when(releases[0].date))
    pages = m.in_reading_order()
    for release in releases:
        tag = f"tag:{host},{release.date.isoformat()}:version/{release.version}"
        entry = fg.add_entry(order="append")
        entry.id(tag)
        entry.title(f"{words['feed_version']} {release.version}")
        entry.link(href=m.absolute(versions), rel="alternate", type="text/html")
        entry.updated(_when(release.date))
        entry.content(markdown.markdown(release.notes), type="html")
        for record in pages:
            if not any(c["version"] == release.version for c in record.changes):
                continue
            entry = fg.add_entry(order="append")
            entry.id(f"{tag}/{record.path or 'home'}")
            entry.title(f"{record.title}: {words['feed_page_changed']} {release.version}")
            entry.link(href=m.absolute(record.formats["standard"]), rel="alternate", type="text/html")
            entry.updated(_when(release.date))
            entry.summary(record.description)
    return fg.atom_str(pretty=True)


def make(b, config):
    releases = b.content.releases
    if not releases:                 # nothing published yet: no feed
        return
    (Path(config.site_dir) / FEED).write_bytes(feed_xml(b.model, config.site_name, releases,
                                                               b.content.site_pages.get("versions", "")))
