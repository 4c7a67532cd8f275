"""Step: an offline copy of the whole site, as a zip (/downloads/<offline_zip>, a setting of the
plugin), that works when unzipped and opened from a folder with no web server, search included.

In the copy, links to folders ('principles/assets/') point at their index.html, and the search
index is also written as a script that the search can load from a folder, with the small
iframe-worker shim (accessible_formats/vendor/iframe-worker, MIT) that lets the search worker run from file://.
It runs after every other hook that writes files: it packs everything they made. Each file in
the zip carries the build's date (from the commit), so the same commit gives the same zip."""
from __future__ import annotations

import json
import posixpath
import re
import zipfile
from pathlib import Path

from .. import cores, own_files
from ..errors import ContentError
from ..history import build_date

SHIM_SOURCE = own_files.VENDOR / "iframe-worker" / "shim.js"
SHIM = "assets/js/iframe-worker-shim.js"
SHIM_INNER_SOURCE = own_files.VENDOR / "iframe-worker" / "inner.js"
SHIM_INNER = "assets/js/iframe-worker-inner.js"      # beside the shim: it finds it there
STORED = {".pdf", ".woff2", ".png", ".zip", ".gz"}
URL_ATTR = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|#|//)", re.I)
PATH_AND_REST = re.compile(r"([^?#]*)(.*)", re.S)
FOLDER_IN_DOWNLOADS = "downloads/"


def address_of(zip_name: str) -> str:
    """The offline copy's address in the site."""
    return FOLDER_IN_DOWNLOADS + zip_name


def readme(site_name: str, words) -> str:
    """The README.txt in the offline copy's folder: the site's name, then how to open it."""
    title = f"{site_name}: {words.say('offline', 'readme_title')}"
    return f"{title}\n{'=' * len(title)}\n\n{words.say('offline', 'readme')}\n"


def offline_href(href: str, page: str, folders: set[str], online: str, names: frozenset[str],
                 address: str = "") -> str:
    """A link as it must be in the offline copy, opened from a folder, where a browser shows a
    folder's listing instead of its index.html: links to a folder go to its index.html; a link
    to the offline copy itself (which the copy does not hold) goes to the web. `folders` are the
    site's folders, relative to its top ("." for the top), and `names` the last part of each
    (folder_names). The site has about 50,000 links, so the address a link leads to is worked out
    only when the link itself cannot tell: when its last part is a folder's name."""
    if not href or EXTERNAL.match(href):
        return href
    path, rest = PATH_AND_REST.match(href).groups()   # type: ignore[union-attr]
    if not path:
        return href
    last = path.rstrip("/").rsplit("/", 1)[-1]
    if address and last == address.rsplit("/", 1)[-1] and _target(page, path) == address:
        return online.rstrip("/") + "/" + address
    if path.endswith("/") or last in (".", "..") or (last in names and _target(page, path) in folders):
        path = path.rstrip("/") + "/index.html"
    return path + rest


def folder_names(folders: set[str]) -> frozenset[str]:
    return frozenset(f.rsplit("/", 1)[-1] for f in folders)


def _target(page: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def offline_html(text: str, rel: str, folders: set[str] | None = None, online: str = "",
                 names: frozenset[str] | None = None, address: str = "") -> str:
    found = folders or set()
    names = folder_names(found) if names is None else names
    text = URL_ATTR.sub(lambda m: m.group(1) + offline_href(m.group(2), rel, found, online, names, address) + m.group(3),
                        text)
    if "assets/javascripts/bundle." in text:
        to_root = "../" * rel.count("/")
        text = text.replace("<script src=", f'<script src="{to_root}{SHIM}"></script>\n    <script src=', 1)
    return text


# Deflate's quickest level: the zip is 2% bigger than at its default level (6), and made in a
# third of the time. zipfile applies a ZipFile's own level only to members named by a string, so
# each member is given it here.
LEVEL = 1


def _add(z: zipfile.ZipFile, name: str, date_time, compress: int, data: str | bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.compress_type = compress
    info.external_attr = 0o644 << 16
    z.writestr(info, data, compresslevel=LEVEL)


def make(b, config):
    if b.skip_offline_copy:    # the live preview leaves it out, to reload quickly
        return
    address = address_of(b.offline_zip)
    try:
        write_zip(Path(config.site_dir), b.model.site_url, b.workers, address, b.offline_folder,
                  readme(config.site_name, b.model.words))
    except OSError as exc:
        raise ContentError(address, f"the offline copy could not be written ({exc.strerror}: {exc.filename})",
                           "check that the disk has room and the site folder can be written to, then build again.") from None


def offline_search_index(text: str) -> str:
    """The search index with each result's address at its index.html, as in the pages."""
    index = json.loads(text)
    for doc in index.get("docs", []):
        path, sep, frag = doc["location"].partition("#")
        if path == "" or path.endswith("/"):
            path += "index.html"
        doc["location"] = path + sep + frag
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))


# Files only a web host uses: the not-found page (its links start at the host's root, so from a
# folder they lead nowhere) and the sitemaps for search engines.
WEB_ONLY = {"404.html", "sitemap.xml", "sitemap.xml.gz"}


def write_zip(site: Path, online: str, workers: int, address: str, folder: str, readme_text: str) -> None:
    """The zip at `address` in the site: every file, in `folder`, with links that work from a folder."""
    day = build_date()
    stamp = (day.year, day.month, day.day, 0, 0, 0)
    out = site / address
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".zip.tmp")
    shim = SHIM_SOURCE.read_text(encoding="utf-8")
    everything = sorted(site.rglob("*"))
    folders = {"."} | {f.relative_to(site).as_posix() for f in everything if f.is_dir()}
    names = folder_names(folders)
    files = {f.relative_to(site).as_posix(): f for f in everything if f.is_file() and f not in (out, tmp)}
    pages = [rel for rel in files if rel.endswith(".html") and rel not in WEB_ONLY]
    # The pages' links, made to work from a folder, on every core; the zip is written in one process.
    offline = dict(zip(pages, cores.each(pages, lambda rel: offline_html(
        files[rel].read_text(encoding="utf-8"), rel, folders, online, names, address), workers), strict=True))
    with zipfile.ZipFile(tmp, "w") as z:
        for rel, f in files.items():
            if rel in WEB_ONLY:
                continue
            method = zipfile.ZIP_STORED if f.suffix in STORED else zipfile.ZIP_DEFLATED
            _add(z, f"{folder}/{rel}", stamp, method, offline[rel] if rel in offline else f.read_bytes())
        index = site / "search" / "search_index.json"
        if index.exists():
            _add(z, f"{folder}/search/search_index.js", stamp, zipfile.ZIP_DEFLATED,
                 "var __index = " + offline_search_index(index.read_text(encoding="utf-8")))  # not for readers: code
        _add(z, f"{folder}/{SHIM}", stamp, zipfile.ZIP_DEFLATED, shim)
        _add(z, f"{folder}/{SHIM_INNER}", stamp, zipfile.ZIP_DEFLATED, SHIM_INNER_SOURCE.read_text(encoding="utf-8"))
        _add(z, f"{folder}/README.txt", stamp, zipfile.ZIP_DEFLATED, readme_text)
    tmp.replace(out)
