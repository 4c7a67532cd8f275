"""Step: the parts of the accessibility statement (docs/accessibility.md) that must match the site
and its tests, so that nobody types them by hand: the contact for reporting a problem (set once,
in mkdocs.yml under the plugin's accessibility option, and given in the Easy Read statement too), and "How we
tested this site": the checks `make test` runs (from each test file's own description), the tools
and their pinned versions (requirements.txt and package.json), and the pages and formats covered
(the format registry and the page model).

A build for a real address (SITE_URL) stops while the contact is still the example one."""
from __future__ import annotations

import ast
import datetime
import json
import re
from pathlib import Path

from ..content import ACCESSIBILITY_MARKER
from ..easy_read_source import Sentence
from ..errors import ContentError
from ..escape import md_text  # for what an editor sets in mkdocs.yml
from ..history import long_date
from .page_model import is_placeholder

CONTACT = ACCESSIBILITY_MARKER
EASY_EMAIL, EASY_DAYS = "{email}", "{reply_days}"     # in the Easy Read statement (accessibility.easy.md)
TESTED = "<!-- how-we-tested -->"
REVIEWED = "<!-- statement-reviewed -->"
# The tools the statement names, by their names in requirements.txt and package.json, and what each does.
TOOLS = (
    ("axe-core", "checks every page in Chromium against WCAG 2.2 A and AA (and best practice)"),
    ("vnu-jar", "the Nu HTML Checker: every HTML file is valid HTML"),
    ("playwright", "opens every page in Chromium, at phone and desktop widths, and follows each reader's journey"),
    ("LinkChecker", "every link on the site leads somewhere"),
    ("textstat", "reading ease of standard pages and Easy Read pages"),
    ("pikepdf", "the PDFs: tagged, titled, in English, with their fonts"),
    ("pdfua", "the part of PDF/UA-1 a program can check, on every PDF (16 of its 106 machine-checkable rules)"),
    ("weasyprint", "makes the PDFs, tagged (PDF/UA-1)"),
    ("mkdocs-material", "the theme of the standard pages"),
)


WHERE = "mkdocs.yml, accessible-formats: accessibility"


def settings(b) -> dict:
    """The statement's contact and dates (the plugin's accessibility option)."""
    options = getattr(b.options, "accessibility", None)
    return dict(options) if options is not None else {}


def check_config(b, config):
    s = settings(b)
    where = WHERE
    if not s.get("email"):
        raise ContentError(where, "the accessibility statement has no contact email",
                           "add email: with the address people can write to about an accessibility problem.")
    published = (config.site_url or "") and not is_placeholder(config.site_url) \
        and not b.serving            # `make serve` gives its own local address
    if published and is_placeholder("mailto://" + str(s["email"]).rpartition("@")[2]):
        raise ContentError(where, f"the accessibility contact is still the example ({s['email']}), but this build "
                           f"is for {config.site_url}",
                           "set email: (and phone: if you have one) to your organisation's real contact for "
                           "accessibility problems, and reviewed: to the date you checked the statement.")
    return config


def _pins(root: Path) -> dict[str, str]:
    """The versions a project pins: its requirements.txt and package.json (each optional)."""
    pins = {}
    requirements = root / "requirements.txt"
    for line in (requirements.read_text(encoding="utf-8").splitlines() if requirements.exists() else []):
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s#]+)", line)
        if m:
            pins[m.group(1).lower()] = m.group(2)
    npm = root / "package.json"
    package = json.loads(npm.read_text(encoding="utf-8")) if npm.exists() else {}
    pins.update({k.lower(): v for k, v in package.get("devDependencies", {}).items()})
    return pins


def checks_made(root: Path) -> list[tuple[str, str]]:
    """(test file, what it checks) for every test file, from the summary line of its description
    (the first line of each test file's docstring is written for readers of the statement)."""
    out = []
    for f in sorted((root / "tests").rglob("test_*.py")):
        doc = ast.get_docstring(ast.parse(f.read_text(encoding="utf-8"))) or ""
        out.append((f.relative_to(root / "tests").as_posix(), doc.split("\n")[0].strip()))   # its summary line
    return out


def tested_markdown(m) -> str:
    pins = _pins(m.root)
    tools = "\n".join(f"- {name} {pins.get(name.lower(), '(not pinned)')}: {what}" for name, what in TOOLS)
    checks = "\n".join(f"- {what} (`tests/{name}`)" for name, what in checks_made(m.root))   # our own words: Markdown
    pages = len(m.pages)
    sheets = len(m.sheets)
    page_formats = ", ".join(m.words.say("formats", f.key) for f in m.page_formats)
    return (
        f"We test the whole site each time it changes, with automated checks that run on every page. "
        f"They cover all {pages} pages in each of their formats: {page_formats}. They also cover all "
        f"{sheets} printable sheets, each as a web page and as a PDF in standard, Easy Read and large print.\n\n"
        f"The checks `make test` runs:\n\n{checks}\n\n"
        f"The tools, at the versions the site pins:\n\n{tools}\n"
    )


def contact_markdown(s) -> str:
    lines = [f"- email: [{s['email']}](mailto:{s['email']})"]
    if s.get("phone"):
        lines.append(f"- phone: {md_text(str(s['phone']))}")
    return "\n".join(lines) + (f"\n\nWe will reply within {s.get('reply_days', 10)} working days.")


def easy_read_contact(b, config):
    """The contact in the Easy Read statement, from the same settings: its text writes {email} and
    {reply_days}, and the point with the email gets a sentence with the phone number, if there is one."""
    record = b.model.by_src_uri("accessibility.md")
    doc = record.easy_read if record is not None else None
    if doc is None:
        return
    s = settings(b)
    for point in doc.points:
        if s.get("phone") and any(EASY_EMAIL in x.text for x in point.sentences):
            point.sentences.append(Sentence(f"You can also phone us on {md_text(str(s['phone']))}.", point.line))
        for x in point.sentences:
            x.text = (x.text.replace(EASY_EMAIL, f"[{s['email']}](mailto:{s['email']})")
                            .replace(EASY_DAYS, str(s.get("reply_days", 10))))


def page_markdown(b, markdown, page, config):
    if CONTACT not in markdown and TESTED not in markdown and REVIEWED not in markdown:
        return markdown
    s = settings(b)
    reviewed = s.get("reviewed")
    if REVIEWED in markdown:
        try:
            day = reviewed if isinstance(reviewed, datetime.date) else datetime.date.fromisoformat(str(reviewed))
        except ValueError:
            raise ContentError(WHERE, f"the date the accessibility statement was reviewed is '{reviewed}', not a date",
                               "write reviewed: with the date you last checked the statement, year-month-day, "
                               "like reviewed: 2026-12-04.") from None
        markdown = markdown.replace(REVIEWED, long_date(day))
    return (markdown.replace(CONTACT, contact_markdown(s))
                    .replace(TESTED, tested_markdown(b.model)))
