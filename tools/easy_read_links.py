#!/usr/bin/env python3
"""List the pages a standard page links to that its Easy Read page does not (the rule: an Easy Read
page links onwards to the same places as its standard page, in Easy Read).

    SITE_SKIP_PDFS=1 .venv/bin/mkdocs build -q -d /tmp/my-site
    .venv/bin/python tools/easy_read_links.py /tmp/my-site [docs/groups/carers.easy.md ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "hooks")]

from accessible_formats.checks import easy_read  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    site = Path(argv[0])
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    problems = easy_read.links_missing_from_easy_read(site, manifest)
    if argv[1:]:
        problems = [p for p in problems if any(p.startswith(f) for f in argv[1:])]
    print("\n".join(problems) or "Every Easy Read page links where its standard page does.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
