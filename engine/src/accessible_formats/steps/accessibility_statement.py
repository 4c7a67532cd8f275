"""Step: the parts of the accessibility statement (docs/accessibility.md) that must match the site
and its tests, so that nobody types them by hand: the contact for reporting a problem (set once,
in mkdocs.yml under the plugin's accessibility option, and given in the Easy Read statement too), and "How we
tested this site": the checks the project runs (from each test file's own description, or the
engine's gates), the tools and their versions (pinned in requirements.txt and package.json, or
those installed), and the pages and formats covered (the format registry and the page model).

A build for a real address (SITE_URL) stops while the contact is still the example one."""
from __future__ import annotations

import ast
import contextlib
import datetime
import importlib.metadata
import json
import re
from pathlib import Path

from .. import own_files
from ..checks.accessibility import CHECKER_EXCEPTIONS
from ..content import ACCESSIBILITY_MARKER
from ..easy_read_source import Sentence
from ..errors import ContentError
from ..escape import md_text  # for what an editor sets in mkdocs.yml
from ..formats import READER_FORM
from ..history import long_date
from .page_model import is_placeholder

CONTACT = ACCESSIBILITY_MARKER
EASY_EMAIL, EASY_DAYS = "{email}", "{reply_days}"     # in the Easy Read statement (accessibility.easy.md)
TESTED = "<!-- how-we-tested -->"
REVIEWED = "<!-- statement-reviewed -->"
# The tools the statement names, by their names in requirements.txt and package.json (what each
# does is in the words file: statement: tool_<name>).
TOOLS = ("axe-core", "html_codesniffer", "accessibility-checker-engine", "vnu-jar", "playwright", "LinkChecker",
         "textstat", "pikepdf", "pdfua", "weasyprint", "mkdocs-material")
GATES = own_files.PACKAGE / "gates" / "test_gates.py"


WHERE = "mkdocs.yml, accessible-formats: accessibility"  # not for readers: where a message points


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
    """(test file, what it checks) for every test file of the project (tests/), from the summary
    line of its description (written for readers of the statement); a project without tests of its
    own runs the engine's gates, each said by its description."""
    out = []
    for f in sorted((root / "tests").rglob("test_*.py")):
        doc = ast.get_docstring(ast.parse(f.read_text(encoding="utf-8"))) or ""
        out.append((f"tests/{f.relative_to(root / 'tests').as_posix()}", doc.split("\n")[0].strip()))
    if out:
        return out
    for node in ast.parse(GATES.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
            what = node.name[len("test_"):].replace("_", " ")
            out.append(("accessible_formats.gates", what[0].upper() + what[1:]))
    return out


def _versions(root: Path) -> tuple[dict[str, str], bool]:
    """The tools' versions the project pins, or else those installed (and whether they are pins)."""
    pins = _pins(root)
    if pins:
        return pins, True
    found = {}
    for name in TOOLS:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found[name.lower()] = importlib.metadata.version(name)
    return found, False


def tested_markdown(m) -> str:
    say = m.words["statement"]
    versions, pinned = _versions(m.root)
    tools = "\n".join(f"- {name} {versions.get(name.lower(), say['not_pinned'])}: {say['tool_' + name]}" for name in TOOLS
                      if pinned or name.lower() in versions)
    checks = "\n".join(f"- {what} (`{name}`)" for name, what in checks_made(m.root))   # our own words: Markdown
    page_formats = ", ".join(m.words.say("formats", f.key) for f in m.page_formats)
    text = say["tested"].replace("{pages}", str(len(m.pages))).replace("{formats}", page_formats)
    if m.sheets:
        forms = ", ".join(m.words.say("sheets", READER_FORM[form].words) for form in m.forms)
        sheets = say["tested_sheets"] if len(m.sheets) > 1 else say["tested_sheet"]
        text += " " + sheets.replace("{sheets}", str(len(m.sheets))).replace("{forms}", forms)
    reasons = dict.fromkeys(why for found in CHECKER_EXCEPTIONS.values() for _mark, why in found)
    wrong = (f"\n{say['checkers_wrong']}\n\n" + "\n".join(f"- {say[why]}" for why in reasons) + "\n") if reasons else ""
    return (f"{text}\n\n{say['checks']}\n\n{checks}\n\n"
            f"{say['tools_pinned' if pinned else 'tools_installed']}\n\n{tools}\n{wrong}")


def contact_markdown(s, words) -> str:
    say = words["statement"]
    lines = [f"- {say['email']}: [{s['email']}](mailto:{s['email']})"]
    if s.get("phone"):
        lines.append(f"- {say['phone']}: {md_text(str(s['phone']))}")
    return "\n".join(lines) + "\n\n" + say["reply"].replace("{days}", str(s.get("reply_days", 10)))


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
            point.sentences.append(Sentence(b.model.words.say("statement", "easy_phone")
                                            .replace("{phone}", md_text(str(s["phone"]))), point.line))
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
        markdown = markdown.replace(REVIEWED, long_date(day, b.language))
    return (markdown.replace(CONTACT, contact_markdown(s, b.model.words))
                    .replace(TESTED, tested_markdown(b.model)))
