#!/usr/bin/env python3
"""Write the table of the plugin's options into engine/README.md, from accessible_formats/config.py
(between <!-- options: ... --> and <!-- /options -->), so that the README cannot drift from the
code: tests/unit/test_plugin_options.py fails when they differ.

    .venv/bin/python tools/plugin_options.py
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from accessible_formats.config import options_table

README = Path(__file__).resolve().parent.parent / "engine" / "README.md"
BLOCK = re.compile(r"(<!-- options:[^>]*-->\n)(.*?)(<!-- /options -->)", re.S)


def with_table(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + "\n" + options_table() + "\n" + m.group(3), text, count=1)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    README.write_text(with_table(text), encoding="utf-8")
    print(f"{README}: the table of options is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
