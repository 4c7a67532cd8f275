"""The address of each format of a page. These addresses are a published contract:
commissioners paste them into documents that stay in use for years. Do not change them.

A page's path is its address without slashes at either end: "" for the home page,
"principles/assets" for /principles/assets/.
"""
from __future__ import annotations

def _dir(prefix: str, path: str) -> str:
    return "/".join(p for p in (prefix, path) if p) + "/" if (prefix or path) else ""


def standard(path: str) -> str:
    return _dir("", path)


def easy_read(path: str) -> str:
    return _dir("easy-read", path)


def large_print(path: str) -> str:
    return _dir("large-print", path)


def large_print_pdf(path: str) -> str:
    return f"large-print/{path or 'index'}.pdf"


def text(path: str) -> str:
    return f"text/{path or 'index'}.txt"


def all_formats(path: str) -> dict[str, str]:
    """Site-relative addresses (no leading slash) of every format of a page."""
    return {
        "standard": standard(path),
        "easy_read": easy_read(path),
        "large_print": large_print(path),
        "large_print_pdf": large_print_pdf(path),
        "text": text(path),
    }


def sheet(slug: str) -> dict[str, str]:
    return {
        "page": f"sheets/{slug}/",
        "pdf": f"sheets/{slug}.pdf",
        "easy_read_pdf": f"sheets/{slug}-easy-read.pdf",
        "large_print_pdf": f"sheets/{slug}-large-print.pdf",
    }


def page_path_from_url(url: str) -> str:
    """MkDocs page.url ('principles/assets/', or './' for the home page) to our page path."""
    return "" if url in ("", "./", ".") else url.strip("/")


# Downloads of the whole site: (address, what it is).
SITE_DOWNLOADS = [
    ("downloads/guide.pdf", "The whole guide as one PDF"),
    ("downloads/guide-large-print.pdf", "The whole guide as one large print PDF"),
    ("text/guide.txt", "The whole guide as one plain text file"),
    ("sheets/all-sheets.pdf", "Every printable sheet in one PDF"),
    ("sheets/all-sheets-easy-read.pdf", "Every printable sheet in Easy Read, in one PDF"),
    ("sheets/all-sheets-large-print.pdf", "Every printable sheet in large print, in one PDF"),
    ("downloads/co-production-offline.zip", "An offline copy of the whole site, to use without the internet (zip)"),
    ("manifest.json", "A list of every page and its formats, for developers (JSON)"),
]
