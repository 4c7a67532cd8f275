#!/usr/bin/env python3
"""Add the addresses of the current build to the ledger of published addresses.

    make ledger

Run it when you publish a version (see CONTRIBUTING.md, 'Publishing'). The ledger,
tests/published-addresses.txt, lists every address of every format and sheet the site has ever
published. The tests fail if any of them no longer works, so a moved page needs a redirect
(redirect_maps in mkdocs.yml) before it can be published. Addresses are only ever added.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEDGER = ROOT / "tests" / "published-addresses.txt"
HEADER = """# Every address this site has ever published, one a line. Do not remove lines.
# tests/test_links_last.py fails if any of them stops working. `make ledger` adds new ones.
"""


def current_addresses(manifest: dict) -> set[str]:
    out: set[str] = set()
    for page in manifest["pages"]:
        out.update("/" + a for a in page["formats"].values())
    for sheet in manifest["sheets"]:
        out.update("/" + a for a in sheet["addresses"].values())
    out.update("/" + a for a in manifest.get("downloads", []))
    return out


def read(ledger: Path = LEDGER) -> set[str]:
    if not ledger.exists():
        return set()
    return {line.strip() for line in ledger.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def main() -> int:
    manifest = json.loads((ROOT / "site" / "manifest.json").read_text(encoding="utf-8"))
    before = read()
    after = before | current_addresses(manifest)
    LEDGER.write_text(HEADER + "\n".join(sorted(after)) + "\n", encoding="utf-8")
    print(f"{LEDGER.relative_to(ROOT)}: {len(after)} addresses ({len(after) - len(before)} new)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
