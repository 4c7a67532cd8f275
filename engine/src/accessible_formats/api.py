"""The engine's public interface, for a site's own hooks (mkdocs.yml, `hooks:`).

A site adds what is its own (a kind of page, a list made from its data, a format) with a small
hook written against this module, and nothing else of the package:

    from accessible_formats.api import engine

    def on_page_markdown(markdown, page, config, files):
        m = engine(config).model            # the page model of this build
        record = m.by_src_uri(page.file.src_uri)
        ...

Everything named here keeps its meaning within a major version of the package (see CHANGELOG.md).
A site's hooks run after the plugin's own steps at the same priority, so in `on_files` the model
holds every page written in docs/, and in `on_post_build` every format of them is written.
"""
from __future__ import annotations

from mkdocs.exceptions import PluginError

from . import format_page, front_matter, listing
from .build import Build
from .content import ContentCheck, ContentKind, PageSource, easy_read_file_for
from .easy_read_doc import words_point
from .easy_read_source import SPEAKABLE, EasyReadDoc, Heading, Point, Sentence, split_sentences_simple
from .errors import Collector, ContentError, ContentErrors, where
from .escape import md_text, yaml_str
from .formats import (
    FORMS,
    READER_FORM,
    READER_FORMS,
    TOOL_AUDIO,
    Format,
    ReaderForm,
    page_format_of,
    sheet_addresses,
    sheet_format,
)
from .html_tools import relative_href
from .model import NOT_IN_NAV, Model, PageRecord, Tool
from .plugin import AccessibleFormatsPlugin
from .speech import Clip, as_sentence

__all__ = ["FORMS", "NOT_IN_NAV", "READER_FORM", "READER_FORMS", "SPEAKABLE", "TOOL_AUDIO", "Build", "Clip",
           "Collector", "ContentCheck", "ContentError", "ContentErrors", "ContentKind", "EasyReadDoc", "Format",
           "Heading", "Model", "PageRecord", "PageSource", "Point", "ReaderForm", "Sentence", "Tool",
           "add_content_kind", "add_manifest_field", "add_page_check", "add_page_format", "add_tool", "as_sentence",
           "easy_read_file_for", "engine", "format_page", "front_matter", "listing", "md_text", "page_format_of",
           "relative_href", "sheet_addresses", "sheet_format", "split_sentences_simple", "where", "words_point",
           "yaml_str"]


def engine(config) -> Build:
    """This build's state (its content, page model, options): the plugin's, from MkDocs' config."""

    for plugin in config.plugins.values():
        if isinstance(plugin, AccessibleFormatsPlugin):
            return plugin.build
    raise PluginError("mkdocs.yml lists a hook that needs the accessible-formats plugin, and the plugin is not "
                      "listed.\n    What to do: add '- accessible-formats' under plugins: in mkdocs.yml.")


def add_page_format(config, page_format: Format) -> None:
    """Give every page one more format (call it from a hook's on_config): its address pattern, media
    type and how an old address keeps working. The hook writes its files in on_post_build; the
    format links, the manifest, moved pages and the checks then know it like the engine's own.
    Its name for readers is `formats: <key>` in the words file."""
    engine(config).extra_formats.append(page_format)


def add_content_kind(config, kind: ContentKind) -> None:
    """A kind of content of the site's own, read and checked with the rest in the build's one pass
    (call it from a hook's on_config, with a new object for each build). Its problems are reported
    with every other content problem, in one message."""
    engine(config).content_kinds.append(kind)


def add_page_check(config, check) -> None:
    """A rule of the site's own for every page in docs/: `check(page: PageSource, content: ContentCheck)`
    adds any problem to content.errors (call it from a hook's on_config)."""
    engine(config).page_checks.append(check)


def add_tool(config, tool: Tool) -> None:
    """An on-screen tool of the site's own for one of its pages (call it from a hook's on_files,
    once the model holds the page): the engine links to it from the page's Easy Read page, reads
    its clips aloud and lists it in the manifest. The hook writes its pages in on_post_build, at
    Model.tool_addresses(tool)."""
    b = engine(config)
    if b.model.by_src_uri(tool.page) is None:
        raise ContentError(tool.source, f"the tool '{tool.title}' belongs to the page {tool.page}, which the site "
                           "does not have", "name a page in docs/, like tools/how-are-you-doing.md.")
    b.model.tools.append(tool)


def add_manifest_field(config, name: str, value) -> None:
    """A field of the site's own in each page's entry of manifest.json: `value(record)` gives it."""
    engine(config).model.manifest_fields[name] = value
