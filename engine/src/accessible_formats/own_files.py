"""The package's own files (templates, styles, scripts, fonts, schemas, the words it ships),
found relative to the package wherever it is installed: a checkout, or a wheel in site-packages.
The project's files (docs, data, caches) are found relative to its mkdocs.yml (Build.root)."""
from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
THEME = PACKAGE / "theme"                   # added to the theme's folders, after the site's custom_dir
CSS = THEME / "assets" / "css"
FONTS = THEME / "assets" / "fonts"
VENDOR = PACKAGE / "vendor"
SCHEMAS = PACKAGE / "schemas"               # the engine's kinds of content; a project's schemas/ comes first
WORDS = PACKAGE / "words"                   # the engine's words, a file for each language
PICTURES = PACKAGE / "pictures.yml"         # the Easy Read pictures the engine's own pages use
PICTURES_DIR = THEME / "assets" / "pictures"     # their files (published with the theme)
# The theme's styles and scripts every standard page loads (added to extra_css and extra_javascript).
EXTRA_CSS = ("assets/css/fonts.css", "assets/css/site.css", "assets/css/print.css")
EXTRA_JAVASCRIPT = ("assets/js/copy-link.js", "assets/js/menus.js")
