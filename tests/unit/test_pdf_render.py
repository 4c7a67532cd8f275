"""A change that makes PDFs faster gives the same PDF, byte for byte.

The quicker page references for WeasyPrint's PDF writer, the fonts unpacked once and the cycle
collector run less often each give the same PDF, byte for byte."""
from __future__ import annotations

import importlib

import pikepdf
import pydyf
from weasyprint import HTML

from sitelib import pdf_render

DOC = ("<html lang='en'><head><title>t</title><style>p { break-after: page }</style></head><body>"
       + "".join(f"<h2 id='s{i}'>Part {i}</h2><p><a href='#s{(i + 3) % 9}'>to part {(i + 3) % 9}</a></p>" for i in range(9))
       + "</body></html>")


def test_the_same_pdf_byte_for_byte(tmp_path, monkeypatch):
    plain = importlib.reload(pydyf)
    HTML(string=DOC).write_pdf(tmp_path / "plain.pdf", pdf_variant="pdf/ua-1")
    pdf_render.quicker_page_references()
    assert getattr(plain.PDF, "_quicker_page_references", False)
    HTML(string=DOC).write_pdf(tmp_path / "quick.pdf", pdf_variant="pdf/ua-1")
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "quick.pdf").read_bytes()


def test_fonts_unpacked_once_and_fewer_collections_give_the_same_pdf(tmp_path):
    """The site's WOFF2 fonts served unpacked (pdf_render._fetcher), and the cycle collector run
    less often: the same PDF as WeasyPrint makes alone, in the site's own font."""
    import gc

    folder = pdf_render.FONTS_DIR.as_uri()
    doc = DOC.replace("<style>", "<style>@font-face { font-family: SiteFont; src: url(" + folder
                      + "/atkinson-hyperlegible-next-latin-400-normal.woff2); } body { font-family: SiteFont; } ")
    HTML(string=doc).write_pdf(tmp_path / "plain.pdf", pdf_variant="pdf/ua-1")
    pdf_render.header_scopes(str(tmp_path / "plain.pdf"))      # as _render does
    before = gc.get_threshold()
    out, error, _cpu = pdf_render._render((doc, str(tmp_path), "x.pdf", str(tmp_path / "quick.pdf")))
    assert error is None and gc.get_threshold() == before
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "quick.pdf").read_bytes()
    with pikepdf.open(tmp_path / "quick.pdf") as pdf:
        fonts = [str(font.get("/DescendantFonts", [font])[0].FontDescriptor.FontName)
                 for font in pdf.pages[0].Resources.Font.values()]
    assert fonts and all(name.split("+")[1].startswith("SiteFont") for name in fonts), fonts    # not a system font
    assert pdf_render._unpacked_font.cache_info().currsize >= 1
