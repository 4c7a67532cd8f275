"""The plugin's settings: everything an adopter may change, under the plugin in mkdocs.yml.

    plugins:
      - search
      - accessible-formats:
          formats: [easy_read, large_print, text]
          offline_zip: our-guide-offline.zip

Each option says what it does in HELP, below (the adopters' page lists them from there, so the
list cannot drift from the code). A misspelt option or value is one message that names the
setting, what was meant, and what to do; MkDocs prints it and stops before building anything.
"""
from __future__ import annotations

import datetime as dt
import difflib

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ConfigErrors, ConfigWarnings, ValidationError

# The formats a page can have besides its standard page (keys of the format registry, formats.py).
PAGE_FORMAT_CHOICES = ("easy_read", "large_print", "text")


def closest(value: str, choices) -> str | None:
    found = difflib.get_close_matches(str(value), [str(ch) for ch in choices], n=1, cutoff=0.6)
    return found[0] if found else None


class OneOf(c.Choice):
    """A value from a short list; a misspelling is told which value was meant."""

    def run_validation(self, value):
        if value in self.choices:
            return value
        near = closest(value, self.choices)
        hint = f"did you mean '{near}'? " if near else ""
        raise ValidationError(f"'{value}' is not one of the choices: {hint}"
                              f"What to do: write one of {', '.join(map(str, self.choices))}.")


# Every option's default, in one place: the Config class below and the tools that read mkdocs.yml
# without MkDocs (setting()) both use it. Paths are relative to the folder of mkdocs.yml.
DEFAULTS: dict = {
    "formats": list(PAGE_FORMAT_CHOICES),
    "pdfs": True,
    "audio": True,
    "offline_copy": True,
    "offline_zip": None,
    "offline_folder": None,
    "compressed_copies": True,
    "easy_read_required_kinds": [],
    "easy_read_required_pages": [],
    "data_dir": "data",
    "words": "data/words.yml",
    "pictures": "data/pictures.yml",
    "pictures_dir": "pictures",
    "glossary": "data/glossary.yml",
    "pronunciations": "data/pronunciations.yml",
    "search_words": "data/search-words.yml",
    "sheets_dir": "sheets",
    "changelog": "CHANGELOG.md",
    "schemas_dir": "schemas",
    "cache_dir": ".cache",
    "pages": {},
    "voice": "heart",
    "voice_speed": 0.9,
    "citation_prefix": None,
    "review_every_months": 12,
}
# The pages the engine's templates link to that no marker names: the site's About page, the page
# that explains the formats, and the page its printable sheets belong with.
PAGE_ROLES = {"about": "about.md", "formats": None, "tools": None}


def setting(options, name: str):
    """An option's value from the plugin's checked settings, or from its entry in mkdocs.yml read as
    YAML (a dict), or its default."""
    if options is None:
        return DEFAULTS[name]
    value = options.get(name) if isinstance(options, dict) else getattr(options, name, None)
    return DEFAULTS[name] if value is None else value


class AccessibilityConfig(Config):
    """The contact and dates of the accessibility statement."""
    email = c.Type(str, default="")
    phone = c.Type(str, default="")
    reply_days = c.Type(int, default=10)
    reviewed = c.Optional(c.Type((str, dt.date)))


class AccessibleFormatsConfig(Config):
    formats = c.ListOfItems(OneOf(PAGE_FORMAT_CHOICES), default=DEFAULTS["formats"])
    pdfs = c.Type(bool, default=DEFAULTS["pdfs"])
    audio = c.Type(bool, default=DEFAULTS["audio"])
    offline_copy = c.Type(bool, default=DEFAULTS["offline_copy"])
    offline_zip = c.Optional(c.Type(str))
    offline_folder = c.Optional(c.Type(str))
    compressed_copies = c.Type(bool, default=DEFAULTS["compressed_copies"])
    easy_read_required_kinds = c.ListOfItems(c.Type(str), default=DEFAULTS["easy_read_required_kinds"])
    easy_read_required_pages = c.ListOfItems(c.Type(str), default=DEFAULTS["easy_read_required_pages"])
    data_dir = c.Type(str, default=DEFAULTS["data_dir"])
    words = c.Type(str, default=DEFAULTS["words"])
    pictures = c.Type(str, default=DEFAULTS["pictures"])
    pictures_dir = c.Type(str, default=DEFAULTS["pictures_dir"])
    glossary = c.Type(str, default=DEFAULTS["glossary"])
    pronunciations = c.Type(str, default=DEFAULTS["pronunciations"])
    search_words = c.Type(str, default=DEFAULTS["search_words"])
    sheets_dir = c.Type(str, default=DEFAULTS["sheets_dir"])
    changelog = c.Type(str, default=DEFAULTS["changelog"])
    schemas_dir = c.Type(str, default=DEFAULTS["schemas_dir"])
    cache_dir = c.Type(str, default=DEFAULTS["cache_dir"])
    pages = c.Type(dict, default=DEFAULTS["pages"])
    voice = c.Type(str, default=DEFAULTS["voice"])
    voice_speed = c.Type((int, float), default=DEFAULTS["voice_speed"])
    citation_prefix = c.Optional(c.Type(str))
    review_every_months = c.Type(int, default=DEFAULTS["review_every_months"])
    accessibility = c.SubConfig(AccessibilityConfig)

    def validate(self) -> tuple[ConfigErrors, ConfigWarnings]:
        """An option MkDocs does not know is an error that says which was meant, not a warning."""
        failed, warnings = super().validate()
        for role, page in (self.get("pages") or {}).items():
            if role not in PAGE_ROLES:
                near = closest(role, PAGE_ROLES)
                failed.append(("pages", ValidationError(
                    f"'{role}' is not a page the engine links to" + (f": did you mean '{near}'?" if near else ".")
                    + f" What to do: use {', '.join(PAGE_ROLES)}.")))
            elif not isinstance(page, str) or not page.endswith(".md"):
                failed.append(("pages", ValidationError(
                    f"'{role}: {page}' does not name a page file. What to do: write the page's file inside "
                    f"docs/, like {role}: {PAGE_ROLES[role] or 'start/' + role + '.md'}")))
        known = [key for key, _option in self._schema]
        kept: ConfigWarnings = []
        for key, message in warnings:
            if message.startswith("Unrecognised configuration name"):
                near = closest(key, known)
                failed.append((key, ValidationError(
                    "this plugin has no such option" + (f": did you mean '{near}'?" if near else ".")
                    + f" What to do: {'correct it' if near else 'remove it'}; the options are "
                    + ", ".join(known) + ".")))
            else:
                kept.append((key, message))
        return failed, kept


# What each option does, in words for adopters (the adopters' page and the package README list them
# from here, so the list cannot drift from the code).
HELP: dict[str, str] = {
    "formats": "The formats every page has besides its standard page: easy_read (with pictures, and read aloud when "
               "audio is on), large_print (a web page, and a PDF when pdfs is on) and text (plain text). Printable "
               "sheets come in the same forms.",
    "pdfs": "Make the PDFs: each large-print page's, the printable sheets' and the whole guide's. Needs the pdf extra "
            "(WeasyPrint). The environment variable SITE_SKIP_PDFS=1 leaves them out of one build.",
    "audio": "Read every Easy Read point aloud, into an MP3 file beside the page. Needs the audio extra. "
             "SITE_SKIP_AUDIO=1 leaves it out of one build (and SITE_SKIP_PDFS=1 does too).",
    "offline_copy": "Make a zip of the whole site that works when unzipped and opened from a folder.",
    "offline_zip": "The offline copy's file name, in /downloads/ (a published address). Left out: the site's name in "
                   "lower case with hyphens, then '-offline.zip'.",
    "offline_folder": "The name of the folder inside the offline copy's zip. Left out: the zip's name without '.zip'.",
    "compressed_copies": "Put a .gz and a .br copy beside each text file, for web hosts that send them as they are "
                         "(nginx's gzip_static and brotli_static).",
    "easy_read_required_kinds": "The kinds of page (front matter 'kind:') that must have Easy Read text: the build "
                                "stops when one has none. Any other page without it gets an Easy Read page that "
                                "says so and links to the nearest page that has it.",
    "easy_read_required_pages": "Pages that must have Easy Read text whatever their kind, by their file in docs/, "
                                "like index.md.",
    "data_dir": "The folder of the lists your schemas name: taxonomy.yml (groups like the kinds of page) and "
                "sources.yml (the documents your pages cite). Both are optional.",
    "words": "The words readers see around your content (format names, links, buttons, headings the engine adds), "
             "in the site's language.",
    "pictures": "The list of Easy Read pictures: each name, where it comes from and what it shows (its alt text).",
    "pictures_dir": "The folder of the pictures' SVG files, one per name in the list (`<name>.svg`).",
    "glossary": "The glossary: hard words, their meaning and their Easy Read meaning. Optional: with no glossary, "
                "there is no glossary page and no word is linked.",
    "pronunciations": "Words the reading voice says wrongly, and how to say them. Optional.",
    "search_words": "Words people type in the search box and the site's words for them (PB: personal budget), "
                    "so that search finds the pages. Optional: the glossary's other forms count too.",
    "sheets_dir": "The folder of printable sheets (one .yml file each). Optional: with none, there are no sheets.",
    "changelog": "The list of published versions (Markdown, newest first). Optional: it gives the change feed and "
                 "each page's 'Changes to this page'.",
    "schemas_dir": "The folder of your own content schemas (JSON Schema): a file here with the name of one of the "
                   "engine's (page.schema.json) replaces it, and your own kinds of content add theirs.",
    "pages": "The pages the engine's footers link to, by their file in docs/: about (about.md when there is "
             "one), formats (the page that explains the formats) and tools (the page the printable sheets belong "
             "with). Left out, a link is left out too. The accessibility statement is the page with the line "
             "`<!-- accessibility-contact -->`, and the list of versions the page with `<!-- changelog -->`.",
    "voice": "The reading voice's name (hibari-tts). Only 'heart' (American English) comes inside the package; "
             "any other is downloaded the first time it is used, which fails on a machine without the internet.",
    "voice_speed": "How fast the voice reads: 1 is its own pace; 0.9, a little slower, is what Easy Read readers asked "
                   "for. A change makes every audio file again.",
    "citation_prefix": "The site's short name: the start of each page's key in its BibTeX reference (`<prefix>-<page>`), "
                       "and of the kind of its saved answers files (`<prefix>-sheet-answers`). Left out: the "
                       "site's name in lower case, without spaces or hyphens.",
    "review_every_months": "How many months a page may go before it is due for review (a page can set its own "
                           "with review_every: in its front matter). From 1 to 60.",
    "accessibility": "The accessibility statement's contact: email (needed), phone, reply_days "
                     "(working days in which you reply) and reviewed (the date you last checked the statement, "
                     "year-month-day). A build for a real address stops while the email is an example one.",
    "cache_dir": "Where PDFs, audio, compressed copies and compiled templates are kept between builds, so that a "
                 "build makes only what changed. Not published.",
}


def options_table() -> str:
    """Every option as a Markdown table (name, default, what it does): the package README and the
    adopters' page show it, made from HELP and DEFAULTS, so it cannot drift from the code."""
    def shown(value) -> str:
        if value is None:
            return "(made from the site)"
        if isinstance(value, bool):
            return "`true`" if value else "`false`"
        if isinstance(value, (list, dict)):
            return f"`{value}`".replace("'", "") if value else "none"
        return f"`{value}`"
    rows = ["| Option | Default | What it does |", "|---|---|---|"]
    rows += [f"| `{name}` | {shown(DEFAULTS.get(name)) if name != 'accessibility' else 'none'} | {HELP[name]} |"
             for name, _option in AccessibleFormatsConfig._schema]
    return "\n".join(rows) + "\n"
