"""Step: start each build, check all the content, and build the one page model.

At the start of every build it makes the build's state afresh (accessible_formats/build.py). Then it reads
and checks everything editors write (accessible_formats/content.py: pages, Easy Read texts, case studies,
sheets, data, the changelog, the redirects) and stops the build with one message listing every
problem. From the checked content it makes the page model that every format is made from.
Later it records each page's finished HTML and gives templates the page's format links.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import logging
import os
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import FileSystemBytecodeCache
from markupsafe import Markup, escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from .. import cache_files, content, history, model, own_files
from ..build import slug
from ..config import DEFAULTS
from ..errors import ContentError, ContentErrors, where
from ..format_page import format_links
from ..formats import chosen_forms, chosen_page_formats, page_path_from_url

log = logging.getLogger("mkdocs.plugins.accessible_formats")
# Addresses kept for examples (RFC 2606): a site_url at one of them is a placeholder, not where the site is.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net")


def is_placeholder(address: str) -> bool:
    host = (urlsplit(address or "").hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)
# Files in overrides/ that the build uses but the site does not serve: the whole-guide PDFs'
# stylesheet, and the search-on-demand script, which base.html puts inline in every page.
BUILD_ONLY = ("assets/css/guide-pdf.css", "assets/js/search-on-demand.js")


def start(b):
    """The build's date (from the commit) and the site's address, checked first."""
    config = b.config
    if "SOURCE_DATE_EPOCH" not in os.environ:        # dates come from the commit, not the clock
        epoch = history.commit_epoch(b.root)
        if epoch is not None:
            os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    check_site_url(config, b)


# Markdown extensions the engine's content needs: fixed heading ids ({#id}), Markdown inside the
# HTML it writes, the site-note boxes, tables, and the contents of a page.
NEEDED_EXTENSIONS = ("toc", "attr_list", "md_in_html", "admonition", "tables")
# Material's own font, fetched from Google: the engine serves its own (assets/fonts).
MATERIAL_FONT = {"text": "Roboto", "code": "Roboto Mono"}  # not for readers: font names
# The heavy parts of the engine, the extra each needs and what to do without it.
EXTRAS = {"pdfs": ("weasyprint", "pdf"), "audio": ("hibari", "audio")}


def theme(b, config):
    """The engine's templates, styles, scripts and fonts: its theme folder, after the site's own
    custom_dir (so a site can still override any template) and before Material's; its styles and
    scripts on every standard page; the Markdown extensions its content needs; no font from Google;
    and the extras of the parts that are on."""
    if str(config.theme.name) != "material":
        raise PluginError(f"mkdocs.yml sets theme: name: {config.theme.name}, and the accessible-formats plugin "
                          "works with Material for MkDocs\n    What to do: set theme: name: material.")
    font = config.theme.get("font")
    if font not in (False, None) and font != MATERIAL_FONT:
        raise PluginError("mkdocs.yml sets theme: font:, which loads a font from Google, and the site makes no "
                          "request to another host\n    What to do: set font: false (the engine serves its own font).")
    config.theme["font"] = False
    for name in NEEDED_EXTENSIONS:
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
    for option, (module, extra) in EXTRAS.items():
        made = not (b.skip_pdfs if option == "pdfs" else b.skip_audio)
        if made and importlib.util.find_spec(module) is None:
            raise PluginError(f"{option} is on, and {module} is not installed\n    What to do: install the "
                              f"{extra} extra (pip install \"mkdocs-accessible-formats[{extra}]\"), or set "
                              f"{option}: false under the plugin in mkdocs.yml.")
    folders = config.theme.dirs
    if str(own_files.THEME) not in folders:
        folders.insert(1 if config.theme.custom_dir else 0, str(own_files.THEME))
    for listed, ours in ((config.extra_css, own_files.EXTRA_CSS), (config.extra_javascript, own_files.EXTRA_JAVASCRIPT)):
        for i, path in enumerate(p for p in ours if p not in map(str, listed)):
            listed.insert(i, path)


# The settings that name a file or folder of the project, and what each is, for messages.
# not for readers: build messages
NAMED_FILES = {"words": "the words file", "pictures": "the list of pictures", "pictures_dir": "the pictures folder",
               "glossary": "the glossary", "pronunciations": "the pronunciation list", "sheets_dir": "the sheets folder",
               "changelog": "the changelog", "schemas_dir": "the schemas folder", "data_dir": "the data folder"}


def check_setup(b, config, plugin) -> None:
    """Mistakes in mkdocs.yml that would make a wrong site, each one message: the plugin listed
    twice, hooks of the engine from before it was a plugin left in, a file or folder a setting
    names that is not there, a pictures folder with none of the list's pictures."""
    ours = [p for p in config.plugins.values() if type(p) is type(plugin)]
    if len(ours) > 1:
        raise PluginError(f"mkdocs.yml lists the accessible-formats plugin {len(ours)} times\n"
                          "    What to do: list it once under plugins:, with all its options.")
    for name, module in (config.hooks or {}).items():
        if any(getattr(v, "__name__", "").startswith("sitelib") for v in vars(module).values()):
            raise PluginError(f"mkdocs.yml lists {name} under hooks:, a hook of the engine from before it was a "
                              "plugin (it reads sitelib). The accessible-formats plugin does its work now.\n"
                              "    What to do: take it out of hooks: (keep only hooks of your own, written against "
                              "accessible_formats.api), and delete the folder sitelib.")
    options = b.options
    for name, what in NAMED_FILES.items():
        given = getattr(options, name, None) if options is not None else None
        path = getattr(b.files, {"pictures_dir": "pictures_dir", "sheets_dir": "sheets", "schemas_dir": "schemas",
                                 "data_dir": "data"}.get(name, name))
        if given and given != DEFAULTS[name] and not path.exists():
            raise PluginError(f"mkdocs.yml, accessible-formats: {name}: {given}: {what} is not there ({where(path)})\n"
                              f"    What to do: correct the path (relative to mkdocs.yml), or take the line out.")
    pictures = b.files.pictures
    if pictures.exists() and b.files.pictures_dir.is_dir() and not any(b.files.pictures_dir.glob("*.svg")):
        raise PluginError(f"the pictures folder {where(b.files.pictures_dir)} has no pictures, and "
                          f"{where(pictures)} lists them\n    What to do: put each picture's SVG file there "
                          "(<name>.svg), or set pictures_dir: to the folder that has them.")
    if pictures.exists() and not b.files.pictures_dir.is_dir():
        raise PluginError(f"there is no pictures folder {where(b.files.pictures_dir)}, and {where(pictures)} lists "
                          "pictures\n    What to do: set pictures_dir: (under the plugin in mkdocs.yml) to the folder "
                          "of the pictures' SVG files.")


def refuse_links(b, config) -> None:
    """No symbolic link in a folder the build reads or publishes (content.links_out), and no
    picture it publishes that holds a script (content.scripts_in_pictures)."""
    theme_dir = config.theme.custom_dir
    folders = [Path(config.docs_dir), b.files.data, b.files.sheets, b.files.pictures_dir,
               *([Path(theme_dir)] if theme_dir else []),
               *(folder for kind in b.content_kinds for folder in kind.folders(b.files))]
    found = content.links_out(folders, b.root)
    published = [Path(config.docs_dir), b.files.pictures_dir, *([Path(theme_dir)] if theme_dir else [])]
    found += content.scripts_in_pictures(published) if not found else []
    if found:
        raise ContentErrors(found)


def check_site_url(config, b):
    given = os.environ.get("SITE_URL")
    if given is not None and not given.strip():
        raise ContentError("mkdocs.yml", "SITE_URL is set but empty, so no address on the site would work",
                           "set it to the site's address, like SITE_URL=https://your.address/ make site, "
                           "or unset it for a preview build.")
    url = config.site_url or ""
    if not url.startswith(("http://", "https://")) and not b.serving:
        raise ContentError("mkdocs.yml", f"the site's address '{url}' is not a full web address",
                           "set SITE_URL to the address the site is published at, starting with https://.")
    if is_placeholder(url) and not b.serving:
        log.info("This is a preview build: SITE_URL is not set, so every copied link, printed address and "
                 f"PDF footer says {url}, which is not a real address. Before you publish, set site_url in "
                 "mkdocs.yml (or what it reads, like SITE_URL=https://your.address/) to the site's address.")


def load(b, files, config):
    """Check all content and make the model, before anything else reads it."""
    for path in BUILD_ONLY:
        f = files.get_file_from_path(path)
        if f is not None:
            files.remove(f)
    for f in [f for f in files if f.src_uri.endswith(content.EASY)]:     # Easy Read texts are read, not pages
        files.remove(f)
    one_address_each(files)
    docs_dir = Path(config.docs_dir)
    doc_pages = [(f.src_uri, Path(f.abs_src_path)) for f in files.documentation_pages()
                 if not f.generated_by and f.abs_src_path]
    redirects = config.plugins["redirects"].config.get("redirect_maps", {}) if "redirects" in config.plugins else {}
    b.content = content.load(b.files, docs_dir, doc_pages, redirects, Path(config.config_file_path), b.options,
                             b.content_kinds, b.page_checks, b.language)
    c = b.content
    m = b.model = model.Model(data=c.data, site_url=config.site_url or "/", site_name=config.site_name, root=b.root,
                              version=c.releases[0].version if c.releases else "unreleased", words=c.words,
                              language=b.language, cite_prefix=cite_prefix(b),
                              page_formats=chosen_page_formats(b.options.formats) + tuple(b.extra_formats),
                              forms=chosen_forms(b.options.formats))
    for f in files.documentation_pages():
        page = c.pages.get(f.src_uri)
        if page is None:
            continue
        meta = page.meta
        m.add(model.PageRecord(
            path=page_path_from_url(f.url), src_uri=f.src_uri, source_file=page.file, title=str(meta["title"]),
            description=str(meta["description"]).strip(), kind=meta["kind"], meta=dict(meta),
            easy_read_file=content.easy_read_file_for(page.file), easy_read=page.easy_read))
    m.sheets = c.sheets                  # each sheet belongs to one page, which links to it
    for sheet in m.sheets.values():
        owner = m.by_src_uri(sheet.page)
        if owner is not None:            # checked with the sheet: its page is in docs/
            owner.sheets.append(sheet.slug)
    return files


def one_address_each(files) -> None:
    """Two files that would be published at one address (how-to/culture.md and
    how-to/culture/index.md): one would silently take the other's place."""
    first: dict[str, File] = {}
    found = []
    for f in sorted(files, key=lambda f: f.src_uri):
        other = first.setdefault(f.dest_uri, f)
        if other is not f:
            address = "/" + (f.url or "")
            found.append(ContentError(f.abs_src_path or f.src_uri, f"this file and {where(other.abs_src_path or other.src_uri)} "
                                      f"would both be published at {address}, and one would replace the other",
                                      "rename or move one of them: a page and a folder's index.md of the same name "
                                      "(culture.md and culture/index.md) have one address."))
    if found:
        raise ContentErrors(found)


def order_and_dates(b, nav, config):
    """Each page's place in the reading order, its review dates and the versions that changed it."""
    m = b.model
    for i, page in enumerate(nav.pages):
        record = m.by_src_uri(page.file.src_uri)
        if record:
            record.nav_index = i
    dates = history.change_dates(m.root)
    releases = b.content.releases
    every = review_every(b)
    for record in m.pages.values():
        inputs = [record.source_file] + ([record.easy_read_file] if record.easy_read_file else [])
        changed = history.dates_of([p for p in inputs if p and p.exists()], m.root, dates)
        record.last_changed = changed[0] if changed else history.build_date()
        reviewed = record.meta.get("reviewed")     # checked by the schema: a date written year-month-day
        record.reviewed = dt.date.fromisoformat(str(reviewed)) if reviewed else record.last_changed
        months = record.meta.get("review_every") or every
        record.review_due = history.add_months(record.reviewed, int(months))
        record.changes = history.versions_that_changed(changed, releases)
    _escape_titles(nav.items)
    return nav


def cite_prefix(b) -> str:
    """The start of each page's BibTeX key: the plugin's citation_prefix, or the site's name run together."""
    return getattr(b.options, "citation_prefix", None) or slug(b.config.site_name).replace("-", "")


def review_every(b) -> int:
    """How many months a page may go before its next review: the plugin's review_every_months (a
    page can set its own with review_every: in its front matter)."""
    value = getattr(b.options, "review_every_months", 12)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 60:
        raise ContentError("mkdocs.yml", f"accessible-formats: review_every_months is '{value}', not a number of months",
                           "write a whole number of months from 1 to 60, like: review_every_months: 12")
    return value


def _escape_titles(items):
    """Section titles in the menu come from mkdocs.yml: show them as text, never as HTML."""
    for item in items:
        if getattr(item, "is_section", False):
            item.title = Markup(escape(item.title))
            _escape_titles(item.children)


class CheckedBytecodeCache(FileSystemBytecodeCache):
    """The theme's compiled templates, kept between builds, each checked against the digest it had
    when it was written: a damaged one is compiled again (Jinja would fail on it)."""

    def load_bytecode(self, bucket) -> None:
        path = Path(self._get_cache_filename(bucket))
        if cache_files.intact(path, "compiled template", bucket.key[:12]):  # not for readers: a build message
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket) -> None:
        # The compiled template and its digest from the same bytes: the build's processes may
        # compile one template at once, and none reads back a file another is writing.
        data = io.BytesIO()
        bucket.write_bytecode(data)
        cache_files.put(Path(self._get_cache_filename(bucket)), data.getvalue())


def css_string(text) -> str:
    """Text for a CSS string inside a <style> element: quotes, backslashes, '<' and new lines escaped."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")


def template_globals(b, env, config):
    # The theme's templates, compiled once and kept in .cache/jinja (by their source), not
    # compiled again by every build: a third of a second of each rebuild in `make serve`, and of
    # each small site the tests build.
    compiled = b.files.cache / "jinja"
    compiled.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = CheckedBytecodeCache(str(compiled))
    env.globals["site_version"] = b.model.version
    env.globals["site_lang"] = b.language
    env.globals["site_pages"] = b.content.site_pages
    env.filters["css_string"] = css_string
    env.globals["words"] = b.model.words
    env.globals["preview_address"] = config.site_url if is_placeholder(config.site_url) and not b.serving else ""
    b.env = env                   # the pages our hooks write use the same environment and globals
    return env


def escape_titles(page):
    """A title or description is text: MkDocs' templates print it as HTML, so escape it once,
    here, as Markup (which the templates' own `| e` then leaves as it is)."""
    for key in ("title", "description"):
        value = page.meta.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            page.meta[key] = Markup(escape(value))


def keep_content(b, html, page):
    record = b.model.by_src_uri(page.file.src_uri)
    if record:
        record.html = html


def page_context(b, context, page):
    m = b.model
    record = m.by_src_uri(page.file.src_uri)
    if record:
        context["page_record"] = record
        context["format_links"] = format_links(m, record, "standard")
        context["cite"] = m.cite(record)
        context["dates"] = m.dates(record)
    return context
