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


class AccessibleFormatsConfig(Config):
    formats = c.ListOfItems(OneOf(PAGE_FORMAT_CHOICES), default=list(PAGE_FORMAT_CHOICES))
    pdfs = c.Type(bool, default=True)
    audio = c.Type(bool, default=True)
    offline_copy = c.Type(bool, default=True)
    offline_zip = c.Optional(c.Type(str))
    offline_folder = c.Optional(c.Type(str))
    compressed_copies = c.Type(bool, default=True)

    def validate(self) -> tuple[ConfigErrors, ConfigWarnings]:
        """An option MkDocs does not know is an error that says which was meant, not a warning."""
        failed, warnings = super().validate()
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
    "formats": ("The formats every page has besides its standard page: easy_read (with pictures, and read "
        "aloud when audio is on), large_print (a web page, and a PDF when pdfs is on) and text (plain "
        "text). Printable sheets come in the same forms."),
    "pdfs": ("Make the PDFs: each large-print page's, the printable sheets' and the whole guide's. Needs the "
        "pdf extra (WeasyPrint). The environment variable SITE_SKIP_PDFS=1 leaves them out of one build."),
    "audio": ("Read every Easy Read point aloud, into an MP3 file beside the page. Needs the audio extra. "
        "SITE_SKIP_AUDIO=1 leaves it out of one build (and SITE_SKIP_PDFS=1 does too)."),
    "offline_copy": ("Make a zip of the whole site that works when unzipped and opened from a folder."),
    "offline_zip": ("The offline copy's file name, in /downloads/ (a published address). Left out: the site's "
        "name in lower case with hyphens, then '-offline.zip'."),
    "offline_folder": ("The name of the folder inside the offline copy's zip. Left out: the zip's name without "
        "'.zip'."),
    "compressed_copies": ("Put a .gz and a .br copy beside each text file, for web hosts that send them as "
        "they are (nginx's gzip_static and brotli_static)."),
}
