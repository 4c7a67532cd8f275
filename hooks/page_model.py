"""Hook: build the one page model from docs/ at the start of each build.

It reads every guide page's front matter and its Easy Read text (<page>.easy.md beside it),
checks them against the schema, and stops the build with one message listing every problem.
Later it records each page's rendered HTML and gives the templates the page's format links.
Every other hook reads this model; none reads docs/ again.
"""
from __future__ import annotations

from pathlib import Path

from sitelib import addresses, easy_read_source, front_matter, history, model, site_data
from sitelib.format_page import format_links
from sitelib.errors import Collector

EASY_READ_SUFFIX = ".easy.md"


def on_config(config):
    root = Path(config.config_file_path).resolve().parent
    data = site_data.load(root / "data")
    model.set_current(model.Model(data=data, site_url=config.site_url or "/", root=root,
                                  version=history.site_version(root)))
    return config


def easy_read_file_for(source: Path) -> Path:
    return source.with_name(source.name[: -len(".md")] + EASY_READ_SUFFIX)


def on_files(files, config):
    m = model.current()
    errors = Collector()
    docs_dir = Path(config.docs_dir)
    for f in files.documentation_pages():
        if f.generated_by or not f.abs_src_path:
            continue
        source = Path(f.abs_src_path)
        checked = front_matter.read_checked(source, front_matter.check_page, m.data, errors)
        if checked is None:
            continue
        meta, _body, sources = checked
        path = addresses.page_path_from_url(f.url)
        record = model.PageRecord(
            path=path, src_uri=f.src_uri, source_file=source, title=str(meta["title"]),
            description=str(meta["description"]).strip(), kind=meta["kind"], meta=dict(meta),
            sources=sources,
            easy_read_file=easy_read_file_for(source),
        )
        m.add(record)

    # Easy Read texts: each belongs to a page; some pages must have one.
    for er_file in sorted(docs_dir.rglob("*" + EASY_READ_SUFFIX)):
        page_src = er_file.with_name(er_file.name[: -len(EASY_READ_SUFFIX)] + ".md")
        record = next((p for p in m.pages.values() if p.source_file == page_src), None)
        if record is None:
            errors.add(er_file, f"this Easy Read text has no page: there is no {page_src.relative_to(docs_dir.parent)}",
                       "rename it to match its page (<page name>.easy.md, in the same folder), or delete it.", 1)
            continue
        record.easy_read = easy_read_source.parse(er_file, m.data, errors)
    for record in m.pages.values():
        if record.easy_read is None and needs_easy_read(record) and record.easy_read_file \
                and not record.easy_read_file.exists():
            errors.add(record.easy_read_file, f"the page '{record.title}' must have Easy Read text, and this file is missing",
                       "write it: see 'Easy Read text' in CONTRIBUTING.md for the format and a template.")
    errors.raise_if_any()
    return files


def needs_easy_read(record) -> bool:
    return (record.kind in front_matter.EASY_READ_REQUIRED_KINDS
            or record.path in front_matter.EASY_READ_REQUIRED_PATHS)


def on_nav(nav, config, files):
    m = model.current()
    for i, page in enumerate(nav.pages):
        record = m.by_src_uri(page.file.src_uri)
        if record:
            record.nav_index = i
    dates = history.last_changed_dates(m.root)
    for record in m.pages.values():
        inputs = [record.source_file] + ([record.easy_read_file] if record.easy_read_file else [])
        record.last_changed = history.last_changed([p for p in inputs if p and p.exists()], m.root, dates)
    return nav


def on_env(env, config, files):
    env.globals["site_version"] = model.current().version
    return env


def on_page_content(html, page, config, files):
    record = model.current().by_src_uri(page.file.src_uri)
    if record:
        record.html = html
    return html


def on_page_context(context, page, config, nav):
    record = model.current().by_src_uri(page.file.src_uri)
    if record:
        context["page_record"] = record
        context["format_links"] = format_links(record, "standard")
        context["cite"] = model.current().cite(record)
    return context
