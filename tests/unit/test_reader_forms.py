"""The readers' forms (standard, Easy Read, large print) are each one record, and every record is whole.

Their pages, sheets, tools, footers, downloads and layout checks read accessible_formats/formats.py's
READER_FORMS: a form's words are in the words file, its stylesheets in the theme, its home is its
page format's home, and each form's PDF of every sheet has an address of its own."""
from __future__ import annotations

import yaml

from accessible_formats import own_files
from accessible_formats.formats import BY_KEY, FORMS, READER_FORM, READER_FORMS, SHEET_PACK, page_format_of


def test_each_form_is_one_whole_record():
    words = yaml.safe_load((own_files.WORDS / "en-GB.yml").read_text(encoding="utf-8"))
    assert FORMS == tuple(f.key for f in READER_FORMS) == ("standard", "easy-read", "large-print")
    for form in READER_FORMS:
        assert READER_FORM[form.key] is form
        assert form.page_format in BY_KEY and page_format_of(form.key).key == form.page_format
        assert form.home == BY_KEY[form.page_format].address("")
        for name in (form.words, form.sheet_page_words, form.all_sheets_words):
            assert name in words["sheets"], (form.key, name)
        assert form.pack_words in words["downloads"], (form.key, form.pack_words)
        for sheet in (*form.stylesheets, *form.audio_stylesheets):
            assert (own_files.THEME / sheet).is_file(), (form.key, sheet)
    assert len({SHEET_PACK.format(suffix=f.pack_suffix) for f in READER_FORMS}) == len(READER_FORMS)
    assert [f.key for f in READER_FORMS if f.easy] == ["easy-read"]
    assert READER_FORM["easy-read"].min_text_px == 20 and READER_FORM["large-print"].min_text_px == 24
    assert READER_FORM["large-print"].min_print_pt == 18
