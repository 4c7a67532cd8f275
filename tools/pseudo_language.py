"""Make a test language (a pseudo-language, as Android and Chrome call en-XA) from a site's English
words: every phrase readers see, with its letters accented and its words about 40% longer (Welsh
and German run longer than English), and nothing else changed ({placeholders}, HTML, Markdown
links, picture names, words in capitals like ADDRESS).

    python tools/pseudo_language.py --site examples/hand-hygiene --out /tmp/pseudo

writes, for a copy of that site in the language en-XA:
  <out>/words.yml                               every word of the engine and of the site's words file
  <out>/partials/languages/en-XA.html           the theme's own words (Material's and the engine's)

A build in that language shows any English the engine wrote in its code instead of its words
file, and any text a longer language cuts off (tests/test_pseudo_language.py)."""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "engine" / "src"))

from accessible_formats import own_files  # noqa: E402

LANGUAGE = "en-XA"
ACCENTED = str.maketrans("aceinorsuyzACEINORSUYZ", "åçéîñöŕšûýžÅÇÉÎÑÖŔŠÛÝŽ")
KEEP = re.compile(r"(\{[^}]*\}|<[^>]*>|&#?\w+;|\]\([^)]*\)|\b[A-Z][A-Z0-9]{1,}\b|https?://\S+|\\[A-Za-z0-9])")
# Words that are names, not words to translate: Easy Read pictures; and lists not shown to readers.
NOT_WORDS = re.compile(r"_picture$")
NOT_SHOWN = {"glossary_forms"}
# Material's words that are settings, not words.
SETTINGS = re.compile(r"^(language|direction|search\.config\..*)$")


def longer(word: str) -> str:
    """A word about 40% longer: its letters from the middle on said twice, as far as needed."""
    extra = round(len(word) * 0.4)
    if len(word) < 3 or not extra:
        return word
    middle = len(word) // 2
    return word[:middle] + word[middle:middle + extra] + word[middle:]


def pseudo(text: str) -> str:
    """English words as the test language writes them."""
    parts = KEEP.split(text)
    return "".join(part if k % 2 else re.sub(r"[A-Za-z]+", lambda m: longer(m.group(0)), part).translate(ACCENTED)
                   for k, part in enumerate(parts))


def words_file(site_words: Path | None) -> dict:
    english = yaml.safe_load((own_files.WORDS / "en-GB.yml").read_text(encoding="utf-8"))
    if site_words is not None and site_words.exists():
        for group, values in (yaml.safe_load(site_words.read_text(encoding="utf-8")) or {}).items():
            english.setdefault(group, {}).update(values)
    return {group: {name: value if group in NOT_SHOWN or NOT_WORDS.search(name) else pseudo(value)
                    for name, value in values.items()}
            for group, values in english.items()}


PAIR = re.compile(r'^\s*"([^"]+)":\s*"((?:[^"\\]|\\.)*)"', re.M)


def theme_words() -> dict[str, str]:
    import material  # noqa: PLC0415
    material_en = Path(material.__file__).parent / "templates" / "partials" / "languages" / "en.html"
    words = dict(PAIR.findall(material_en.read_text(encoding="utf-8")))
    words.update(PAIR.findall((own_files.THEME / "partials" / "languages" / "en-GB.html").read_text(encoding="utf-8")))
    return words


def theme_partial() -> str:
    pairs = [(key, LANGUAGE if key == "language" else value if SETTINGS.match(key) else pseudo(value))
             for key, value in theme_words().items()]
    body = ",\n".join(f'  "{key}": "{value}"' for key, value in pairs)
    return ("{#- The test language en-XA, made by tools/pseudo_language.py from material's English and the engine's. -#}\n"
            "{% macro t(key) %}{{ {\n" + body + "\n}[key] }}{% endmacro %}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, help="the site's folder (its words file is data/words.yml)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    site_words = args.site / "data" / "words.yml" if args.site else None
    (args.out / "words.yml").write_text(
        yaml.safe_dump(words_file(site_words), allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    partial = args.out / "partials" / "languages" / f"{LANGUAGE}.html"
    partial.parent.mkdir(parents=True, exist_ok=True)
    partial.write_text(theme_partial(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
