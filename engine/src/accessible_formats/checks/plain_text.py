"""Plain text: UTF-8 with a byte-order mark (so that browsers read it as UTF-8 whatever the host
says), lines of at most 80 characters (addresses may run on), no HTML or
Markdown left, numbered links listed at the end with full addresses, the page's web address,
and every word of the page's main content."""
from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lxml_html

from . import readability

URL = re.compile(r"https?://\S+")
LEFTOVER = re.compile(r"<[a-zA-Z/][^>]*>|\*\*|\]\(|^#{1,6} |^\|.*\|$|^\s*[*+] ")


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z0-9£%]+(?:['’][A-Za-z]+)*", text)}


def check_text(text: str, address: str, web_address: str) -> list[str]:
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        if len(line) > 80 and not URL.search(line):
            problems.append(f"/{address}, line {n}: {len(line)} characters (at most 80): {line[:50]}")
        if LEFTOVER.search(line):
            problems.append(f"/{address}, line {n}: HTML or Markdown left in: {line[:60]}")
    if "[1]" in text:
        refs = text.split("Links on this page", 1)
        if len(refs) != 2 or not re.search(r"^\[1\] (https?://|mailto:)", refs[1], re.M):
            problems.append(f"/{address}: link numbers without a list of full addresses at the end")
        for m in re.finditer(r"^\[(\d+)\] (\S+)$", refs[-1], re.M):
            if not m.group(2).startswith(("http://", "https://", "mailto:")):
                problems.append(f"/{address}: link [{m.group(1)}] is not a full address: {m.group(2)}")
    if web_address not in text:
        problems.append(f"/{address}: does not give the web address of its page")
    return problems


def lost_words(standard_html: str, text: str) -> set[str]:
    """Words of the page's main content that the text does not have."""
    main = lxml_html.fromstring(readability.main_content(standard_html) or "<p></p>")
    # Not words of the page: its format links, and controls (buttons), which the text leaves out.
    for bad in main.xpath('.//nav[contains(@class, "format-links")] | .//script | .//style | .//button'):
        bad.drop_tree()
    for img in main.iter("img"):
        img.tail = f" {img.get('alt', '')} " + (img.tail or "")
    for el in main.iter("p", "li", "h1", "h2", "h3", "h4", "td", "th", "dt", "dd", "div", "br"):
        el.tail = " " + (el.tail or "")
        el.text = " " + (el.text or "")
    return words(main.text_content()) - words(text)


def text_files(manifest: dict) -> list[dict]:
    """Every plain-text file and the page it is made from, as the manifest has a page: each page's,
    and each of a site's tools' ({"formats": {"text": ..., "standard": ...}})."""
    tools = [{"formats": {"text": t["text"], "standard": t["addresses"]["standard"]}}
             for t in manifest.get("tools", []) if "text" in t]
    return list(manifest["pages"]) + tools


def check_page(site_dir: Path, page: dict, site_url: str) -> list[str]:
    address = page["formats"]["text"]
    raw = (Path(site_dir) / address).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        return [f"/{address}: no UTF-8 byte-order mark, so a browser may show its quotation marks wrongly"]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [f"/{address}: not UTF-8"]
    problems = check_text(text, address, site_url.rstrip("/") + "/" + page["formats"]["standard"])
    standard = Path(site_dir) / page["formats"]["standard"] / "index.html"
    lost = lost_words(standard.read_text(encoding="utf-8"), text)
    if lost:
        problems.append(f"/{address}: words of the page missing from the text: {sorted(lost)[:10]}")
    return problems
