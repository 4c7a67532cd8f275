"""Hook: the self-assessment of "How are you doing?" (data/self-assessment.yml), a page where a
group works through the tool's 4 ideas on screen, in the three forms the sheets have:
- /<page>/self-assessment/, /easy-read/<page>/self-assessment/, /large-print/<page>/self-assessment/
  (for the tool's page tools/how-are-you-doing.md),
- a box on the tool's standard page (and so its large-print page) linking to it, and a point on
  its Easy Read page,
- on the tool's page, each idea's parts where the page asks for them (<!-- idea: idea-1 story -->),
  read from the idea's sheet, so that the page, the sheets and the self-assessment say the same.
The ideas are read from their printable sheets (accessible_formats/self_assessment.py). Without JavaScript
the page shows the ideas to read and links to the sheets; with it, assets/js/self-assessment.js
makes it a form that is saved to a file, never sent anywhere.
"""
from __future__ import annotations

import html
from pathlib import Path

from accessible_formats.api import (
    READER_FORM,
    add_content_kind,
    add_tool,
    engine,
    format_page,
    page_format_of,
    relative_href,
    sheet_addresses,
    sheet_format,
    where,
)
from coproduction import self_assessment
from coproduction.self_assessment import COLOURS, MARKER, Say, SelfAssessment, SelfAssessmentKind, idea_markdown

# Each form's own stylesheets (the engine's record of the form), the tool's, then those of audio.
STYLESHEETS = {key: [*form.stylesheets, "assets/css/self-assessment.css", *form.audio_stylesheets]
               for key, form in READER_FORM.items()}
FORMAT_WORDS = {"standard": "format_standard", "easy-read": "format_easy_read", "large-print": "format_large_print"}


def on_config(config):
    """The self-assessment is read and checked with the rest of the content, after the sheets it reads."""
    add_content_kind(config, SelfAssessmentKind())
    return config


def _self_assessment(config) -> SelfAssessment | None:
    kind = next(k for k in engine(config).content_kinds if isinstance(k, SelfAssessmentKind))
    return kind.self_assessment


def on_files(files, config):
    sa = _self_assessment(config)
    if sa is not None:
        add_tool(config, self_assessment.tool(engine(config).model, sa))
    return files


def addresses(m) -> dict[str, str]:
    tool = m.tool(self_assessment.KEY)
    return m.tool_addresses(tool)


def on_page_markdown(markdown, page, config, files):
    m = engine(config).model
    sa = _self_assessment(config)
    if sa is None or page.file.src_uri != sa.page:
        return markdown
    here = m.by_src_uri(sa.page).formats["standard"]
    href = relative_href(addresses(m)["standard"], here)
    heard = m.words.say("self_assessment", "heard")
    markdown = MARKER.sub(lambda found: idea_markdown(sa, found.group(1), found.group(2), heard), markdown)
    box = ('<div class="sheet-box sheet-box--on-screen no-readability">\n<p class="sheet-box__title"><strong>'
           f'{html.escape(m.words.say("self_assessment", "title"))}:</strong> '
           f'<a href="{href}">{html.escape(sa.title)}</a>. {html.escape(sa.summary)}</p>\n</div>\n\n')
    return box + markdown


def page_html(env, config, m, sa: SelfAssessment, form: str) -> str:
    a = addresses(m)
    here = a[form]
    page = m.by_src_uri(sa.page)
    easy = READER_FORM[form].easy
    say = Say(m.words, easy)
    page_href = relative_href(page.formats[page_format_of(form).key], here)
    sheets = [{"title": (m.sheets[s].easy_title if easy else m.sheets[s].title),
               "href": relative_href(sheet_addresses(s)[sheet_format(form, page=True).key], here),
               "pdf": relative_href(sheet_addresses(s)[sheet_format(form, page=False).key], here)}
              for s in sa.sheets]
    other_forms = [{"label": m.words.say("sheets", READER_FORM[f].words), "href": a[f], "current": f == form}
                   for f in m.forms]
    tool = m.tool(self_assessment.KEY)
    if engine(config).makes("text"):          # and in plain text, as every page is
        other_forms.append({"label": m.words.say("formats", "text"), "href": m.tool_text_address(tool), "current": False})
    # "Cite this page" where the page's own format has it (standard and large print, not Easy Read)
    cite = m.cite(page, here, tool=tool) if page_format_of(form).cite else None
    # In Easy Read, each part read aloud (the audio hook makes the files): its address by the part's id.
    audio = ({c.part: relative_href(c.address, here) for c in m.tool(self_assessment.KEY).clips}
             if easy else {})
    return env.get_template("self-assessment/page.html").render(
        audio=audio, listen_words=m.words.say("listen", "point"),
        sa=sa, form=form, easy=easy, say=say, script_words=say.for_script(), colours=COLOURS,
        title=sa.easy_title if easy else sa.title, site_name=config.site_name, description=sa.summary,
        format_name=say(FORMAT_WORDS[form]), format_class=f"self-assessment fmt--sa-{form}",
        format_home=READER_FORM[form].home, stylesheets=STYLESHEETS[form], print_stylesheets=[],
        footer_links=format_page.footer(engine(config), form, "tool"), words=m.words, canonical=m.absolute(here),
        to_root=format_page.to_root(here), data_source=where(sa.file), page_href=page_href,
        page_title=(page.easy_read.title if easy and page.easy_read else page.title),
        page_address=m.absolute(page.formats["standard"]), sheets=sheets, other_forms=other_forms, cite=cite,
        pictures=m.data.pictures,
        picture=lambda name: relative_href(f"assets/pictures/{name}.svg", here))


def on_post_build(config):
    b = engine(config)
    m = b.model
    sa = _self_assessment(config)
    if sa is None:
        return
    site = Path(config.site_dir)
    env = b.env or config.theme.get_env()
    for form, address in addresses(m).items():
        out = site / address / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page_html(env, config, m, sa, form), encoding="utf-8")
