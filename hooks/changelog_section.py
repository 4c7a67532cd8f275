"""Hook: the list of versions on the About page, from CHANGELOG.md (read and checked with the
rest of the content), where the page has the marker <!-- changelog -->."""
from __future__ import annotations

from accessible_formats import build

MARKER = "<!-- changelog -->"


def changelog_markdown(releases) -> str:
    """Each version under a heading with a fixed id."""
    out = []
    for r in releases:
        slug = "version-" + r.version.replace(".", "-")
        out.append(f"### Version {r.version}, {r.date.isoformat()} {{#{slug}}}\n\n{r.notes}\n")
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, changelog_markdown(build.current().content.releases))
