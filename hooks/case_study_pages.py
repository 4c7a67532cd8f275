"""Hook: make the case study pages, their index and the filter pages, from case_studies/.

One Markdown file per case study in case_studies/ becomes a page at /case-studies/<name>/.
The index (/case-studies/) and the static filter pages (/case-studies/by-principle/<p>/,
/case-studies/by-setting/<s>/, /case-studies/by-nation/<n>/) are made from their front matter, so
a new case study needs one new file and nothing else. Bad front matter stops the build with a
message naming the file, the field and the allowed values.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel

from sitelib import easy_read_source, front_matter, listing, model, site_data
from sitelib.easy_read_source import EasyReadDoc, Heading, Point, Sentence
from sitelib.errors import Collector

FOLDER = "case_studies"
SECTION = "case-studies"
EASY_TITLES = {"principles": "Stories about the principle: {label}", "settings": "Stories about {label}",
               "nation": "Stories from {label}"}
FILTERS = {  # front matter field -> (address part, taxonomy group, heading)
    "principles": ("by-principle", "principles", "By principle"),
    "settings": ("by-setting", "settings", "By setting or group"),
    "nation": ("by-nation", "nations", "By nation or country"),
}


def on_files(files, config):
    m = model.current()
    errors = Collector()
    case_studies = m.root / FOLDER
    studies = []
    slugs: dict[str, Path] = {}
    for source in sorted(case_studies.glob("*.md")):
        if source.name.endswith(".easy.md"):
            continue
        slug = source.stem
        if slug != site_data.slugify(slug):
            errors.add(source, f"the file name '{source.name}' is not a usable address",
                       f"rename it to lower-case words joined by hyphens, like {site_data.slugify(slug)}.md")
            continue
        if slug.lower() in slugs:
            errors.add(source, f"two case studies have the address '{slug}' (the other is {slugs[slug.lower()].name})",
                       "rename one of them.")
            continue
        slugs[slug.lower()] = source
        checked = front_matter.read_checked(source, front_matter.check_case_study, m.data, errors)
        if checked is None:
            continue
        meta, body, sources = checked
        easy_file = source.with_name(slug + ".easy.md")
        easy = None
        if not easy_file.exists():
            errors.add(easy_file, f"the case study '{meta['title']}' has no Easy Read text, and this file is missing",
                       "write it: see 'Easy Read text' in CONTRIBUTING.md for the format.")
        else:
            easy = easy_read_source.parse(easy_file, m.data, errors)
        studies.append((slug, source, meta, body, sources, easy))
    for easy_file in sorted(case_studies.glob("*.easy.md")):
        if easy_file.name[: -len(".easy.md")] not in slugs:
            errors.add(easy_file, "this Easy Read text has no case study with the same name",
                       "rename it to <case study file name>.easy.md, or delete it.", 1)
    errors.raise_if_any()

    for slug, source, meta, body, sources, easy in studies:
        path = f"{SECTION}/{slug}"
        record = model.PageRecord(
            path=path, src_uri=f"{path}.md", source_file=source, title=str(meta["title"]),
            description=str(meta["summary"]).strip(), kind="case-study", meta=dict(meta),
            sources=sources,
            easy_read_file=source.with_name(slug + ".easy.md"), easy_read=easy)
        m.add(record)
        files.append(File.generated(config, record.src_uri, content=case_study_markdown(record, body, m.data),
                                    inclusion=InclusionLevel.NOT_IN_NAV))

    records = m.of_kind("case-study")
    index = _generated_page(m, SECTION, "Case studies",
                            "Examples of co-production from the UK and Europe, to filter by principle, setting and country.")
    files.append(File.generated(config, index.src_uri, content=index_markdown(records, m.data)))
    index.easy_read = easy_list_doc(index, "Case studies", records, m, intro=[
        ("group", "A group of people", ["These are stories about **co-production**.",
                                         "People tell what they did and what they learned."])])
    for field, (part, group, _heading) in FILTERS.items():
        for value, label in m.data.taxonomy[group].items():
            matching = [r for r in records if value in _values(r, field)]
            if not matching:
                continue
            page = _generated_page(m, f"{SECTION}/{part}/{value}", f"Case studies: {label}",
                                   f"Case studies about {label.lower()}." if field != "nation"
                                   else f"Case studies from {label}.")
            files.append(File.generated(config, page.src_uri, content=filter_markdown(page, label, field, value, matching, m.data),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
            page.easy_read = easy_list_doc(page, EASY_TITLES[field].format(label=label.lower() if field == "settings" else label),
                                           matching, m)
    return files


def _values(record, field) -> list[str]:
    value = record.meta.get(field)
    return value if isinstance(value, list) else [value]


def _generated_page(m, path, title, description) -> model.PageRecord:
    src_uri = f"{path}/index.md" if path == SECTION else f"{path}.md"
    record = model.PageRecord(path=path, src_uri=src_uri, source_file=m.root / FOLDER, title=title,
                              description=description, kind="index", meta={"generated": True})
    m.add(record)
    return record


def _link(from_src_uri: str, to_src_uri: str) -> str:
    import posixpath
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")


def principle_link(here: str, principle: str, data) -> str:
    """The principle's name, linked to its page when the site has one."""
    label = data.label("principles", principle)
    target = f"principles/{principle}.md"
    return f"[{label}]({_link(here, target)})" if model.current().by_src_uri(target) else label


def at_a_glance(record, data) -> str:
    meta = record.meta
    here = record.src_uri
    principles = ", ".join(principle_link(here, p, data) for p in meta["principles"])
    settings = ", ".join(f"[{data.label('settings', s)}]({_link(here, f'{SECTION}/by-setting/{s}.md')})"
                         for s in meta["settings"])
    nation_key = meta["nation"]
    nation = f"[{data.label('nations', nation_key)}]({_link(here, f'{SECTION}/by-nation/{nation_key}.md')})"
    rows = [
        ("Place", str(meta["place"])),
        ("Nation or country", nation),
        ("Who ran it", data.label("organisation_types", meta["organisation_type"])),
        ("Setting or group", settings),
        ("Principles it shows", principles),
        ("Years", str(meta["years"])),
    ]
    lines = ['<div class="case-study-facts" markdown>', "", f"{meta['summary']}", "", '<dl class="facts" markdown>']
    for term, value in rows:
        lines += [f"<dt>{term}</dt>", f'<dd markdown="span">{value}</dd>']
    lines += ["</dl>", "", "</div>", ""]
    return "\n".join(lines)


def case_study_markdown(record, body: str, data) -> str:
    body = front_matter.add_case_study_heading_ids(body)
    back = _link(record.src_uri, f"{SECTION}/index.md")
    return (f"---\ntitle: {_yaml_str(record.title)}\ndescription: {_yaml_str(record.description)}\n---\n\n"
            + at_a_glance(record, data) + "\n" + body.strip() + "\n\n"
            + f"[All case studies]({back})\n")


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _list_items(from_src_uri, records, data) -> list[str]:
    return listing.cards(records, from_src_uri, facts=lambda r: listing.case_study_facts(r, data))


def index_markdown(records, data) -> str:
    here = f"{SECTION}/index.md"
    lines = ["---", "title: Case studies",
             "description: Examples of co-production from the UK and Europe, to filter by principle, setting and country.",
             "---", "",
             f"These {len(records)} examples show co-production in real services. They come from the five "
             "source documents. Find one like your own situation, or evidence that an approach worked.", "",
             "## Find a case study {#filters}", ""]
    for field, (part, group, heading) in FILTERS.items():
        lines += [f"### {heading} {{#{part}}}", ""]
        for value, label in data.taxonomy[group].items():
            n = sum(1 for r in records if value in _values(r, field))
            if n:
                lines.append(f"- [{label}]({_link(here, f'{SECTION}/{part}/{value}.md')}) ({n})")
        lines.append("")
    lines += ["## All case studies {#all}", ""] + _list_items(here, records, data)
    return "\n".join(lines) + "\n"


def filter_markdown(page, label, field, value, records, data) -> str:
    here = page.src_uri
    back = _link(here, f"{SECTION}/index.md")
    n = len(records)
    what = {"principles": f"show the principle: {label}", "settings": f"are about {label.lower()}",
            "nation": f"come from {label}"}[field]
    lines = ["---", f"title: {_yaml_str(page.title)}", f"description: {_yaml_str(page.description)}", "---", "",
             f"{n} case stud{'y' if n == 1 else 'ies'} {what}.", "",
             "Each one tells you what people did, what helped, and what they learned. Some are long and "
             "some are short. Each has its own page. Pick one to read the whole story. All of them come "
             "from the 5 guides this site is based on.", "",
             f"[All case studies and other filters]({back})", ""] + _list_items(here, records, data)
    if field == "principles":
        lines += ["", f"Read about the principle: {principle_link(here, value, data)}."]
    return "\n".join(lines) + "\n"


def easy_list_doc(page, title, records, m, intro=()) -> EasyReadDoc:
    """Easy Read text for a generated list page: each case study as a point, with its own picture."""
    doc = EasyReadDoc(path=page.source_file, title=title)
    for picture, alt, sentences in intro:
        doc.blocks.append(Point(picture=picture, alt=alt, sentences=[Sentence(s, 0) for s in sentences], line=0))
    if not intro:
        doc.blocks.append(Point(picture="book", alt="An open book", line=0, sentences=[
            Sentence(f"This list has {len(records)} {'story' if len(records) == 1 else 'stories'}.", 0),
            Sentence("Each story is about people who work together.", 0),
            Sentence("Pick a story to read it.", 0)]))
        doc.blocks.append(Point(picture="thumbs-up", alt="A thumbs up", line=0, sentences=[
            Sentence("You can read all the stories in Easy Read.", 0),
            Sentence(f"You can go back to [all the stories]({_link(page.src_uri, SECTION + '/index.md')}).", 0)]))
    doc.blocks.append(Heading(text="The stories", line=0))
    for r in records:
        first = r.easy_read.points[0] if r.easy_read and r.easy_read.points else None
        picture, alt = (first.picture, first.alt) if first else ("book", "An open book")
        easy_title = r.easy_read.title if r.easy_read else r.title
        doc.blocks.append(Point(picture=picture, alt=alt, line=0,
                                sentences=[Sentence(f"[{easy_title}]({_link(page.src_uri, r.src_uri)})", 0)]))
    return doc
