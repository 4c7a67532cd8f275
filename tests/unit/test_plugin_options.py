"""The plugin's README lists every option with what it does, as the code has them.

engine/README.md holds the table of options made from accessible_formats/config.py (HELP and
DEFAULTS) by tools/plugin_options.py; a new option, or new words for one, changes the table."""
from __future__ import annotations

import sys
from pathlib import Path

from accessible_formats.config import HELP, AccessibleFormatsConfig

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import plugin_options  # noqa: E402


def test_every_option_says_what_it_does():
    assert sorted(name for name, _option in AccessibleFormatsConfig._schema) == sorted(HELP)


def test_the_readme_lists_the_options_as_the_code_has_them():
    text = plugin_options.README.read_text(encoding="utf-8")
    assert plugin_options.BLOCK.search(text), "the README has no place for the table of options"
    assert plugin_options.with_table(text) == text, "run tools/plugin_options.py to bring the README's table up to date"
