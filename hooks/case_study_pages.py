"""Hook: make the case study pages, their index and the filter pages, from case_studies/.

One Markdown file per case study in case_studies/ becomes a page at /case-studies/<name>/.
The index (/case-studies/) and the static filter pages (/case-studies/by-principle/<p>/,
/case-studies/by-setting/<s>/, /case-studies/by-nation/<n>/) are made from their front matter, so
a new case study needs one new file and nothing else. Bad front matter stops the build with a
message naming the file, the field and the allowed values.
"""
from __future__ import annotations

from mkdocs.structure.files import File, InclusionLevel

from accessible_formats.api import (
    EasyReadDoc,
    Heading,
    PageRecord,
    Point,
    Sentence,
    add_content_kind,
    engine,
    listing,
    md_text,
    words_point,
    yaml_str,
)
from coproduction import case_studies
from coproduction.case_studies import FILTERS, SECTION, CaseStudies, filter_src_uri


def on_config(config):
    """The case studies are read and checked with the rest of the content, in one pass."""
    add_content_kind(config, CaseStudies())
    return config


def on_files(files, config):
    m = engine(config).model
    kind = next(k for k in engine(config).content_kinds if isinstance(k, CaseStudies))
    if not kind.studies:             # no case studies: no pages of them
        return files
    for study in kind.studies:      # checked already, with the rest of the content
        meta = study.meta
        path = f"{SECTION}/{study.slug}"
        record = PageRecord(
            path=path, src_uri=study.src_uri, source_file=study.file,
            title=str(meta["title"]), description=str(meta["summary"]).strip(), kind="case-study",
            meta=dict(meta), series="case-study",
            easy_read_file=study.file.with_name(study.slug + ".easy.md"), easy_read=study.easy_read)
        m.add(record)
        files.append(File.generated(config, record.src_uri, content=case_study_markdown(record, study.body, m),
                                    inclusion=InclusionLevel.NOT_IN_NAV))

    records = m.of_kind("case-study")
    index = _generated_page(m, SECTION, "Case studies",
                            "Examples of co-production from the UK and Europe, to filter by principle, setting and country.")
    files.append(File.generated(config, index.src_uri, content=index_markdown(records, m.data)))
    say = m.words["case_studies"]
    index.easy_read = easy_list_doc(index, say["easy_title"], records, m,
                                    intro=[words_point(m, "case_studies", "index_picture", say["easy_index"])])
    for field, (part, group, _heading) in FILTERS.items():
        for value, label in m.data.taxonomy[group].items():
            matching = [r for r in records if value in _values(r, field)]
            if not matching:
                continue
            page = _generated_page(m, f"{SECTION}/{part}/{value}", f"Case studies: {label}",
                                   f"Case studies about {label.lower()}." if field != "nation"
                                   else f"Case studies from {label}.")
            text = filter_markdown(m, page, label, field, value, matching)
            files.append(File.generated(config, page.src_uri, content=text,
                                        inclusion=InclusionLevel.NOT_IN_NAV))
            easy_title = say[f"easy_title_{field}"].replace("{label}", label.lower() if field == "settings" else label)
            page.easy_read = easy_list_doc(page, easy_title, matching, m)
    return files


def _values(record, field) -> list[str]:
    return case_studies.filter_values(record.meta, field)


def _generated_page(m, path, title, description) -> PageRecord:
    """A list page made from the case studies: the index, or a list by principle, setting or nation
    (those are left out of the whole guide: they repeat the case studies)."""
    src_uri = f"{path}/index.md" if path == SECTION else f"{path}.md"
    record = PageRecord(path=path, src_uri=src_uri, source_file=m.root / case_studies.FOLDER, title=title,
                        description=description, kind="index", meta={"generated": True}, in_guide=path == SECTION)
    m.add(record)
    return record


def _link(from_src_uri: str, to_src_uri: str) -> str:
    return listing.link(from_src_uri, to_src_uri)


def principle_link(m, here: str, principle: str) -> str:
    """The principle's name, linked to its page when the site has one."""
    label = m.data.label("principles", principle)
    target = f"principles/{principle}.md"
    return f"[{md_text(label)}]({_link(here, target)})" if m.by_src_uri(target) else md_text(label)


def at_a_glance(record, m) -> str:
    data = m.data
    meta = record.meta
    here = record.src_uri
    principles = ", ".join(principle_link(m, here, p) for p in meta["principles"])
    settings = ", ".join(f"[{md_text(data.label('settings', s))}]({_link(here, filter_src_uri('settings', s))})"
                         for s in meta["settings"])
    nation_key = meta["nation"]
    nation = f"[{md_text(data.label('nations', nation_key))}]({_link(here, filter_src_uri('nation', nation_key))})"
    rows = [
        ("Place", md_text(meta["place"])),
        ("Nation or country", nation),
        ("Who ran it", md_text(data.label("organisation_types", meta["organisation_type"]))),
        ("Setting or group", settings),
        ("Principles it shows", principles),
        ("Years", md_text(meta["years"])),
    ]
    lines = ['<div class="case-study-facts" markdown>', "", md_text(meta["summary"]), "", '<dl class="facts" markdown>']
    for term, value in rows:
        lines += [f"<dt>{term}</dt>", f'<dd markdown="span">{value}</dd>']
    lines += ["</dl>", "", "</div>", ""]
    return "\n".join(lines)


def case_study_markdown(record, body: str, m) -> str:
    body = case_studies.add_heading_ids(body, m.data)
    back = _link(record.src_uri, f"{SECTION}/index.md")
    return (f"---\ntitle: {yaml_str(record.title)}\ndescription: {yaml_str(record.description)}\n---\n\n"
            + at_a_glance(record, m) + "\n" + body.strip() + "\n\n"
            + f"[All case studies]({back})\n")


def _list_items(from_src_uri, records, data) -> list[str]:
    return listing.cards(records, from_src_uri, facts=lambda r: case_studies.facts(r, data))


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
                lines.append(f"- [{md_text(label)}]({_link(here, filter_src_uri(field, value))}) ({n})")
        lines.append("")
    lines += ["## All case studies {#all}", ""] + _list_items(here, records, data)
    return "\n".join(lines) + "\n"


def filter_markdown(m, page, label, field, value, records) -> str:
    data = m.data
    here = page.src_uri
    back = _link(here, f"{SECTION}/index.md")
    n = len(records)
    what = {"principles": f"show the principle: {md_text(label)}", "settings": f"are about {md_text(label.lower())}",
            "nation": f"come from {md_text(label)}"}[field]
    lines = ["---", f"title: {yaml_str(page.title)}", f"description: {yaml_str(page.description)}", "---", "",
             f"{n} case stud{'y' if n == 1 else 'ies'} {what}.", "",
             "Each one tells you what people did, what helped, and what they learned. Some are long and "
             "some are short. Each has its own page. Pick one to read the whole story. All of them come "
             "from the 5 guides this site is based on.", "",
             f"[All case studies and other filters]({back})", ""] + _list_items(here, records, data)
    if field == "principles":
        lines += ["", f"Read about the principle: {principle_link(m, here, value)}."]
    return "\n".join(lines) + "\n"


def easy_list_doc(page, title, records, m, intro=()) -> EasyReadDoc:
    """Easy Read text for a generated list page: each case study as a point, with its own picture.
    Its words are this site's (data/words.yml, case_studies:), its pictures' alt text the list's."""
    say = m.words["case_studies"]
    doc = EasyReadDoc(path=page.source_file, title=title)
    doc.blocks += list(intro)
    if not intro:
        count = say["easy_count_one" if len(records) == 1 else "easy_count"].replace("{n}", str(len(records)))
        doc.blocks.append(words_point(m, "case_studies", "list_picture", count, say["easy_list"]))
        back = _link(page.src_uri, SECTION + "/index.md")
        doc.blocks.append(words_point(m, "case_studies", "back_picture", say["easy_back"].replace("{link}", back)))
    doc.blocks.append(Heading(text=say["easy_heading"], line=0))
    for r in records:
        first = r.easy_read.points[0] if r.easy_read and r.easy_read.points else None
        default = say["list_picture"]
        picture, alt = (first.picture, first.alt) if first else (default, m.data.pictures[default].shows)
        easy_title = r.easy_read.title if r.easy_read else r.title
        doc.blocks.append(Point(picture=picture, alt=alt, line=0,
                                sentences=[Sentence(f"[{easy_title}]({_link(page.src_uri, r.src_uri)})", 0)]))
    return doc
