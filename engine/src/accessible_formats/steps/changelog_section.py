"""Step: the list of versions on the About page, from CHANGELOG.md (read and checked with the
rest of the content), where the page has the marker <!-- changelog -->."""
from __future__ import annotations

from ..content import CHANGELOG_MARKER

MARKER = CHANGELOG_MARKER


def changelog_markdown(releases, version: str) -> str:
    """Each version under a heading with a fixed id; `version` is the site's word for it (dates.version)."""
    out = []
    for r in releases:
        slug = "version-" + r.version.replace(".", "-")
        out.append(f"### {version} {r.version}, {r.date.isoformat()} {{#{slug}}}\n\n{r.notes}\n")
    return "\n".join(out)


def page_markdown(b, markdown, page, config):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, changelog_markdown(b.content.releases, b.model.words.say("dates", "version")))
