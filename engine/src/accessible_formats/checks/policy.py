"""Every page of the site, and of its offline copy, carries the Content-Security-Policy that
steps/content_policy.py gives it, before anything it loads, and needs nothing the policy refuses:
every script written in the page is named by its hash, and no page has a style= attribute, a
<style> element, an on...= attribute or a javascript: address, which the policy would stop
(so the page would be broken for readers, not only unsafe). The browser checks then open pages
with the policy in force and fail on any violation it reports."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..steps.content_policy import POLICY, digest, inline_scripts

META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', re.I)
HASH = re.compile(r"^'sha256-[A-Za-z0-9+/]{43}='$")
LOADS = re.compile(r"<(script|link|style)\b", re.I)
REFUSED = (
    (re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I), "a style= attribute"),
    (re.compile(r"<style\b", re.I), "a <style> element"),
    (re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I), "an on...= attribute"),
    (re.compile(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", re.I), "a javascript: address"),
)
SVG_OR_CODE = re.compile(r"<(svg|pre|code)\b.*?</\1>", re.S | re.I)


def check_html(html: str, label: str) -> list[str]:
    found = META.search(html)
    if found is None:
        return [f"{label}: no Content-Security-Policy"]
    problems = []
    directives = {words[0]: words[1:] for part in found.group(1).split(";") if (words := part.split())}
    expected = {name: value.split() for name, value in POLICY}
    for name in sorted(set(expected) | set(directives)):
        given = directives.get(name)
        hashes = [w for w in given or [] if name == "script-src" and HASH.match(w)]
        if given is None or [w for w in given if w not in hashes] != expected.get(name):
            problems.append(f"{label}: the policy's {name} is {' '.join(given or ['missing'])!r}, not "
                            f"{' '.join(expected.get(name, ['there']))!r}")
    first_load = LOADS.search(html)
    if first_load is not None and first_load.start() < found.start():
        problems.append(f"{label}: the policy comes after a <{first_load.group(1)}>, which it does not cover")
    allowed = directives.get("script-src", "")
    for script in inline_scripts(html):
        if digest(script) not in allowed:
            problems.append(f"{label}: a script in the page is not named by the policy, so it does not run: "
                            f"{script.strip()[:80]!r}")
    plain = SVG_OR_CODE.sub("", html)              # code shown as text is not markup
    for pattern, what in REFUSED:
        if pattern.search(plain):
            problems.append(f"{label}: {what}, which the policy does not allow")
    return problems


def check_site(site_dir: Path) -> list[str]:
    """Every HTML page of the site and of each offline copy (downloads/*.zip)."""
    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        problems += check_html(page.read_text(encoding="utf-8"), page.relative_to(site_dir).as_posix())
    for copy in sorted((site_dir / "downloads").glob("*.zip")) if (site_dir / "downloads").is_dir() else []:
        with zipfile.ZipFile(copy) as z:
            for name in z.namelist():
                if name.endswith(".html"):
                    problems += check_html(z.read(name).decode("utf-8"), f"{copy.name}: {name}")
    return problems
