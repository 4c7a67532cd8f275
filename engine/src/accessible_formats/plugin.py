"""The plugin: one MkDocs plugin that makes every format of every page.

It runs the steps in accessible_formats/steps/ in its own order (an adopter lists the plugin,
never the steps). Within one event, the steps run in the order written here; where the order
between events of different plugins matters, MkDocs' `event_priority` says so, with the reason:
the build's state and the content check come first, the site folder is replaced last of all.
A site's own hooks (mkdocs.yml, hooks:) run after the plugin at the same priority.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from . import build
from .config import AccessibleFormatsConfig
from .steps import (
    accessibility_statement,
    audio_files,
    change_feed,
    changelog_section,
    compressed_files,
    content_policy,
    decorative_icons,
    easy_read_pages,
    editor_html,
    glossary_terms,
    guide_pdfs,
    large_print_pages,
    manifest_file,
    moved_pages,
    offline_copy,
    page_model,
    pdf_files,
    pictures_page,
    plain_text_files,
    print_addresses,
    search_words,
    sheet_pages,
    site_downloads,
    site_folder,
    site_notes,
    tool_texts,
)


class AccessibleFormatsPlugin(BasePlugin[AccessibleFormatsConfig]):
    def __init__(self):
        self.command = "build"
        self._build: build.Build | None = None

    @property
    def build(self) -> build.Build:
        """This build's state: made afresh in on_config."""
        if self._build is None:
            raise RuntimeError("the accessible-formats plugin has not started a build (on_config has not run)")
        return self._build

    def on_startup(self, *, command, dirty):
        """Once per process, before the first build: which command runs (serve keeps the plugin
        for every rebuild)."""
        self.command = command

    @event_priority(100)     # first: every other step reads the build this makes
    def _start(self, config):
        root = Path(config.config_file_path).resolve().parent
        self._build = b = build.Build(config=config, root=root, options=self.config, command=self.command)
        page_model.check_setup(b, config, self)
        page_model.start(b)
        page_model.review_every(b)            # checked before anything is built
        page_model.theme(b, config)
        accessibility_statement.check_config(b, config)
        site_folder.stage(b, config)      # before MkDocs cleans site_dir
        return config

    @event_priority(-100)    # after a site's own hooks have added their kinds of content (their folders too),
    def _no_links_out(self, config):   # and before MkDocs reads docs/, following any link in it
        page_model.refuse_links(self.build, config)
        return config

    on_config = CombinedEvent(_start, _no_links_out)

    # -- the content and the model ----------------------------------------------------------------

    @event_priority(100)     # first: the other steps, and a site's own hooks, read the model
    def _load(self, files, *, config):
        return page_model.load(self.build, files, config)

    @event_priority(-10)     # after a site's own hooks add theirs: the order of the sitemap and the search index
    def _made_pages(self, files, *, config):
        b = self.build
        accessibility_statement.easy_read_contact(b, config)
        pictures_page.publish_pictures(b, files, config)
        glossary_terms.add_pages(b, files, config)
        sheet_pages.add_pages(b, files, config)
        pictures_page.add_pages(b, files, config)
        return files

    on_files = CombinedEvent(_load, _made_pages)

    def on_nav(self, nav, *, config, files):
        return page_model.order_and_dates(self.build, nav, config)

    @event_priority(100)     # after every page's Markdown has been read: one message for all pages
    def _html_problems(self, env, *, config, files):
        return editor_html.env_ready(self.build, env, config)

    def _globals(self, env, *, config, files):
        return page_model.template_globals(self.build, env, config)

    on_env = CombinedEvent(_html_problems, _globals)

    # -- each standard page -------------------------------------------------------------------------

    @event_priority(100)     # before any template or plugin reads the title
    def _escape_titles(self, markdown, *, page, config, files):
        page_model.escape_titles(page)
        return markdown

    def _sections(self, markdown, *, page, config, files):
        b = self.build
        for step in (editor_html, sheet_pages, site_downloads, changelog_section, accessibility_statement):
            markdown = step.page_markdown(b, markdown, page, config)
        return markdown

    on_page_markdown = CombinedEvent(_escape_titles, _sections)

    @event_priority(100)     # first: the HTML exactly as the editor's Markdown made it
    def _editor_html(self, html, *, page, config, files):
        return editor_html.page_content(self.build, html, page, config)

    def _notes_and_words(self, html, *, page, config, files):
        html = site_notes.page_content(self.build, html, page, config)
        return glossary_terms.page_content(self.build, html, page, config)

    @event_priority(-100)    # the other formats are made from the finished content (glossary links included)
    def _keep_content(self, html, *, page, config, files):
        page_model.keep_content(self.build, html, page)
        return html

    @event_priority(-110)    # after that: printed link addresses are for printing the standard page only
    def _print_addresses(self, html, *, page, config, files):
        return print_addresses.page_content(self.build, html, page, config)

    on_page_content = CombinedEvent(_editor_html, _notes_and_words, _keep_content, _print_addresses)

    def on_page_context(self, context, *, page, config, nav):
        return page_model.page_context(self.build, context, page)

    def on_post_page(self, output, *, page, config):
        return decorative_icons.hide_unnamed_svgs(output)

    def on_post_template(self, output_content, *, template_name, config):    # the not-found page (404.html)
        return decorative_icons.hide_unnamed_svgs(output_content)

    # -- the formats and the whole-site files -------------------------------------------------------

    def _formats(self, *, config):
        b = self.build
        sheet_pages.make(b, config)
        if b.makes("easy_read"):
            easy_read_pages.make(b, config)
            audio_files.make(b, config)
        if b.makes("large_print"):
            large_print_pages.make(b, config)
        if b.makes("text"):
            plain_text_files.make(b, config)
        guide_pdfs.make(b, config)
        manifest_file.make(b, config)
        change_feed.make(b, config)

    @event_priority(-30)     # after a site's own hooks have written its tools' pages (at the default priority)
    def _tool_texts(self, *, config):
        tool_texts.make(self.build, config)

    @event_priority(-40)     # after the search plugin writes its index (at the default priority), and the site's tools
    def _search_words(self, *, config):
        search_words.make(self.build, config)

    @event_priority(-50)     # after every step that queues a PDF
    def _pdfs(self, *, config):
        pdf_files.make(self.build, config)

    @event_priority(-60)     # after the PDFs: it copies them to the old addresses of moved pages
    def _moved_pages(self, *, config):
        moved_pages.make(self.build, config)

    @event_priority(-80)     # after every step (and plugin) that writes HTML, before the copies of the pages
    def _content_policy(self, *, config):
        content_policy.make(self.build, config)

    @event_priority(-90)     # it packs every file the others made
    def _offline_copy(self, *, config):
        offline_copy.make(self.build, config)

    @event_priority(-95)     # after the offline copy, which does not need them
    def _compressed_files(self, *, config):
        if self.build.on("compressed_copies"):
            compressed_files.make(self.build, config)

    @event_priority(-100)    # last of all: everything is in the staging folder
    def _replace_site(self, *, config):
        site_folder.replace_site(self.build, config)

    on_post_build = CombinedEvent(_formats, _tool_texts, _search_words, _pdfs, _moved_pages,
                                  _content_policy, _offline_copy, _compressed_files, _replace_site)

    def on_build_error(self, *, error):
        if self._build is not None:
            site_folder.on_build_error(self._build)

    def on_serve(self, server, *, config, builder):
        return site_folder.on_serve(server, builder)
