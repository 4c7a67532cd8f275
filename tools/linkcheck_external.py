#!/usr/bin/env python3
"""Check every link on the site, including links to other websites, for real.

    make linkcheck-external

Needs a network. The tests (make test) check links inside the site and only the form of links
to other sites, because they run offline; run this before you publish.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from accessible_formats.checks import links  # noqa: E402


def main() -> int:
    problems, _ = links.run_linkchecker(ROOT / "site", extern=True)
    for p in problems:
        print(p)
    print("All links work." if not problems else f"{len(problems)} broken link(s).")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
