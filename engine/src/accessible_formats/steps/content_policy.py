"""Step: every HTML page carries a Content-Security-Policy that lets it load only the site's own files.

The policy is a <meta> element, first in the page's head, so that it holds wherever the site is
put: on any web host, and in the offline copy opened from a folder. It allows scripts, styles,
fonts, pictures, audio, the search index and the search worker from the site itself, and nothing
from any other host; no plug-ins (object, embed), no frames, no <base> and no form that sends
anything anywhere (form-action 'none': nothing a reader types leaves the browser). A script
written in the page itself runs only if the policy names its SHA-256 hash: the build works the
hashes out from each page as it is written (Material's scripts differ with the page's depth, and
mkdocs-redirects writes one into each moved page), so anything that gets past the HTML
allow-list (steps/editor_html.py), or a script inside a picture file, does not run. Pages have
no style= attributes and no <style> elements, so styles come from the site's stylesheets only.

What a <meta> policy cannot say (frame-ancestors, and the headers X-Content-Type-Options,
Referrer-Policy and Permissions-Policy) the web server sends: deploy/nginx.conf, tested in
tests/test_server.py, and the deploying notes in README.md for Apache and static hosts.

It runs after every step that writes HTML (the moved pages included) and before the offline copy
and the compressed copies, which are made from the pages as readers get them. The preview (mkdocs
serve) has none: MkDocs puts a script of its own into each page it serves, to reload it.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from .. import cores

META = "Content-Security-Policy"  # not for readers: a header's name
# Each directive and what it allows; script-src gains the page's hashes.
POLICY = (
    ("default-src", "'none'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),        # data: the theme's icons, which its stylesheet holds as data: addresses
    ("font-src", "'self'"),
    ("media-src", "'self'"),            # the Easy Read audio
    ("connect-src", "'self'"),          # the search index
    ("worker-src", "'self'"),           # the search worker
    ("manifest-src", "'self'"),
    ("base-uri", "'none'"),
    ("form-action", "'none'"),
)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
RUNS = {"", "text/javascript", "application/javascript", "module"}
EXISTING = re.compile(r'\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">', re.I)
CHARSET = re.compile(r"<meta charset=[\"']?[^\"'>]*[\"']?\s*/?>", re.I)
HEAD = re.compile(r"<head\b[^>]*>", re.I)


def inline_scripts(html: str) -> list[str]:
    """The text of each script written in the page (not one loaded from a file, not data like
    Material's application/json configuration), which the browser runs."""
    found = []
    for m in SCRIPT.finditer(html):
        attrs, body = m.group(1), m.group(2)
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        kind = TYPE.search(attrs)
        if (kind.group(1).lower() if kind else "") in RUNS:
            found.append(body)
    return found


def digest(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(html: str) -> str:
    """The policy for one page: POLICY, with the hash of each script written in the page."""
    hashes = " ".join(dict.fromkeys(digest(s) for s in inline_scripts(html)))
    return "; ".join(f"{name} {value} {hashes}" if name == "script-src" and hashes else f"{name} {value}"
                     for name, value in POLICY)


def with_policy(html: str) -> str:
    """The page with its policy first in its head (in place of any it had)."""
    html = EXISTING.sub("", html, count=1)
    meta = f'<meta http-equiv="{META}" content="{policy(html)}">'
    where = CHARSET.search(html) or HEAD.search(html)
    if where is None:
        return html                      # not a page (a fragment): nothing runs it as one
    line_start = html.rfind("\n", 0, where.start()) + 1
    indent = html[line_start: where.start()] if not html[line_start: where.start()].strip() else ""
    return html[: where.end()] + "\n" + indent + meta + html[where.end():]


def _add(path: Path) -> None:
    html = path.read_text(encoding="utf-8")
    new = with_policy(html)
    if new != html:
        path.write_text(new, encoding="utf-8")


def make(b, config) -> None:
    if b.serving:
        return
    pages = sorted(Path(config.site_dir).rglob("*.html"))
    cores.each(pages, _add, b.workers)
