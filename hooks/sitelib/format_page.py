"""Write a page of one of the made formats (Easy Read, large print) with the shared layout
overrides/formats/page.html."""
from __future__ import annotations

from pathlib import Path

from . import addresses

_template_cache = {}


def template(config):
    key = id(config)
    if key not in _template_cache:
        _template_cache.clear()
        _template_cache[key] = config.theme.get_env().get_template("formats/page.html")
    return _template_cache[key]


def to_root(dir_address: str) -> str:
    depth = len([p for p in dir_address.split("/") if p])
    return "../" * depth


def write(config, model, record, format_key: str, content: str, *, format_name: str, format_class: str,
          stylesheets: list[str], format_home: str, footer_links: list[dict], data_source: str,
          format_links: list[dict], print_stylesheets: list[str] = ()) -> Path:
    address = record.formats[format_key]
    html = template(config).render(
        title=record.easy_read.title if format_key == "easy_read" and record.easy_read else record.title,
        site_name=config.site_name, format_name=format_name, format_class=format_class,
        description=record.description, canonical=model.absolute(address), to_root=to_root(address),
        stylesheets=stylesheets, print_stylesheets=list(print_stylesheets), format_home=format_home, footer_links=footer_links,
        data_source=data_source, format_links=format_links, content=content, cite=model.cite(record, address),
    )
    out = Path(config.site_dir) / address / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def format_links(record, current: str) -> list[dict]:
    """The links to a page's formats, for the 'This page in other formats' list."""
    formats = record.formats
    links = [
        {"key": "standard", "label": "Standard", "href": formats["standard"]},
        {"key": "easy_read", "label": "Easy Read", "href": formats["easy_read"]},
        {"key": "large_print", "label": "Large print", "href": formats["large_print"]},
        {"key": "large_print_pdf", "label": "Large print PDF", "href": formats["large_print_pdf"]},
        {"key": "text", "label": "Plain text", "href": formats["text"]},
    ]
    for link in links:
        link["current"] = link["key"] == current
    return links
