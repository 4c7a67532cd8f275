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

from . import listing
from .build import Build
from .easy_read_source import EasyReadDoc, Heading, Point, Sentence, split_sentences_simple
from .errors import Collector, ContentError, ContentErrors, where
from .escape import md_text, yaml_str
from .formats import Format
from .html_tools import relative_href
from .model import Model, PageRecord

__all__ = ["Build", "Collector", "ContentError", "ContentErrors", "EasyReadDoc", "Format", "Heading", "Model",
           "PageRecord", "Point", "Sentence", "add_page_format", "engine", "listing", "md_text", "relative_href",
           "split_sentences_simple", "where", "yaml_str"]


def engine(config) -> Build:
    """This build's state (its content, page model, options): the plugin's, from MkDocs' config."""
    from .plugin import AccessibleFormatsPlugin
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
