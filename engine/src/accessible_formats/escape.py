"""Editors' words put into generated Markdown or HTML stay words: a title with '<', '&', '*' or
'[' shows those characters and never becomes markup. Use the function for where the text goes."""
from __future__ import annotations

import html
import re

# Characters Python-Markdown gives a meaning to inside a line (emphasis, links, pictures,
# attribute lists, code, escapes), all in its list of escapable characters, so that a backslash
# before one shows the character itself.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()!])")


def md_text(text: str) -> str:
    """Text for a Markdown line: HTML-escaped, then Markdown's own characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(" ".join(str(text).split()), quote=False))


def html_text(text: str) -> str:
    """Text for HTML, in an element or an attribute."""
    return html.escape(str(text), quote=True)


def yaml_str(text: str) -> str:
    """Text as a double-quoted YAML string (for generated front matter)."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'
