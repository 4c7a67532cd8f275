"""The quality gates, as functions that take a built site (or a single page) and return the problems
they find: links, anchors, other hosts, readability of standard and Easy Read pages, valid HTML,
accessibility in a real browser, layout, PDFs, plain text, audio and dates. Any site built with
the engine can run them (the pytest plugin, accessible_formats.pytest_plugin, and the gates in
accessible_formats.gates); this project's tests run them on its site and on small broken sites, to
prove each gate fails when it should.

The browser checks use axe-core and the Nu HTML Checker from npm: node_modules() finds them.
"""
from __future__ import annotations

import os
from pathlib import Path


def node_modules() -> Path:
    """The node_modules folder with axe-core and vnu-jar: $ACCESSIBLE_FORMATS_NODE_MODULES, or the
    nearest node_modules in the folder the checks run in or above it."""
    given = os.environ.get("ACCESSIBLE_FORMATS_NODE_MODULES")
    if given:
        return Path(given)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "node_modules").is_dir():
            return folder / "node_modules"
    return here / "node_modules"
