"""Hook: the list of versions on the About page, from CHANGELOG.md, where the page has the
marker <!-- changelog -->."""
from __future__ import annotations

import re

from sitelib import model

MARKER = "<!-- changelog -->"


def changelog_markdown(text: str) -> str:
    """The entries of CHANGELOG.md, each under a heading with a fixed id."""
    entries = text.split("\n## ")[1:]
    out = []
    for entry in entries:
        heading, _, body = entry.partition("\n")
        m = re.match(r"(\d+\.\d+\.\d+)\s*\(?([^)]*)\)?", heading.strip())
        version, date = (m.group(1), m.group(2).strip()) if m else (heading.strip(), "")
        slug = "version-" + version.replace(".", "-")
        when = f", {date}" if date else ""
        out.append(f"### Version {version}{when} {{#{slug}}}\n\n{body.strip()}\n")
    return "\n".join(out)


def on_page_markdown(markdown, page, config, files):
    if MARKER not in markdown:
        return markdown
    changelog = model.current().root / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    return markdown.replace(MARKER, changelog_markdown(text))
