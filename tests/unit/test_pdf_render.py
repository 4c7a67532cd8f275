"""The PDFs print every letter as written, and each sheet pack holds its sheets as they are.

How accessible_formats/pdf_render.py makes the PDFs. A change that makes them faster gives the same
PDF, byte for byte: the quicker page references for WeasyPrint's PDF writer, one font
configuration (each font unpacked once) and each stylesheet read once for all of a worker's
PDFs, and the cycle collector run less often. Each file of the site's font prints its own letters. A sheet
pack is made of its sheets' own pages, and made again only when one of them changes. Each table
header says what it heads."""
from __future__ import annotations

import gc

import pikepdf
import pydyf
from weasyprint import HTML

from accessible_formats import pdf_render
from accessible_formats.checks import pdfs

DOC = ("<html lang='en'><head><title>t</title><style>p { break-after: page }</style></head><body>"
       + "".join(f"<h2 id='s{i}'>Part {i}</h2><p><a href='#s{(i + 3) % 9}'>to part {(i + 3) % 9}</a></p>" for i in range(9))
       + "</body></html>")


def _sheet(body: str, title: str = "t") -> str:
    """A document in the site's fonts (fonts.css: a Latin and an extended-Latin file for each style)."""
    fonts = (pdf_render.CSS_DIR / "fonts.css").as_uri()
    return (f"<html lang='en-GB'><head><title>{title}</title><link rel='stylesheet' href='{fonts}'>"
            "<style>body { font-family: 'Atkinson Hyperlegible Next' } p { break-after: page }</style>"
            f"</head><body>{body}</body></html>")


def test_the_same_pdf_byte_for_byte(tmp_path, monkeypatch):
    pdf_render.quicker_page_references()
    quick = pydyf.PDF.page_references
    monkeypatch.setattr(pydyf.PDF, "page_references", pydyf.PDF._plain_page_references)
    HTML(string=DOC).write_pdf(tmp_path / "plain.pdf", pdf_variant="pdf/ua-1")
    monkeypatch.undo()
    assert pydyf.PDF.page_references is quick and quick is not pydyf.PDF._plain_page_references
    HTML(string=DOC).write_pdf(tmp_path / "quick.pdf", pdf_variant="pdf/ua-1")
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "quick.pdf").read_bytes()


def test_fonts_unpacked_once_and_fewer_collections_give_the_same_pdf(tmp_path, monkeypatch):
    """The site's WOFF2 fonts fetched and unpacked once in a worker (its one font configuration,
    pdf_render._font_config), and the cycle collector run less often: the same PDF as WeasyPrint
    makes alone, in the site's own font."""

    import weasyprint.text.fonts  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)

    doc = _sheet(DOC[DOC.index("<body>") + 6:DOC.index("</body>")])
    pdf_render.fonts_told_apart()       # as _render does (it names the fonts, tested below)
    HTML(string=doc).write_pdf(tmp_path / "plain.pdf", pdf_variant="pdf/ua-1",
                               finisher=pdf_render.header_scopes)      # as _render does
    before = gc.get_threshold()
    fetched: list[str] = []
    fetch = weasyprint.text.fonts.fetch

    def counted(fetcher, url):
        fetched.append(url)
        return fetch(fetcher, url)

    monkeypatch.setattr(weasyprint.text.fonts, "fetch", counted)
    pdf_render._font_config.cache_clear()        # a worker's first PDF, whatever ran before here
    for name in ("first.pdf", "quick.pdf"):
        [(out, error, _cpu)] = pdf_render._render(((doc, str(tmp_path), "x.pdf", str(tmp_path / name)), ()))
        assert error is None and gc.get_threshold() == before
        if name == "first.pdf":
            fonts_fetched = len(fetched)
    assert fonts_fetched >= 1 and len(fetched) == fonts_fetched, "the second PDF fetched the fonts again"
    assert (tmp_path / "plain.pdf").read_bytes() == (tmp_path / "quick.pdf").read_bytes()
    with pikepdf.open(tmp_path / "quick.pdf") as pdf:
        fonts = [str(font.get("/DescendantFonts", [font])[0].FontDescriptor.FontName)
                 for font in pdf.pages[0].Resources.Font.values()]
    assert fonts and all(name.split("+")[1].startswith("Atkinson-Hyperlegible-Next") for name in fonts), fonts  # not the system's
    assert all(url.endswith(".woff2") for url in fetched) and len(set(fetched)) == len(fetched), fetched


def test_stylesheets_read_once_give_the_same_pdfs(tmp_path):
    """Two sheets that link the site's sheet stylesheet (its @page rules, named pages and footer
    included), made one after the other in one process: the second reuses the parsed stylesheet,
    and both PDFs are the ones WeasyPrint makes alone."""
    css = (pdf_render.CSS_DIR / "sheets.css").as_uri()
    docs = [_sheet(f"<article class='sheet sheet--{form}'><h1 class='sheet__title'>{form}</h1><p>Words</p></article>")
            .replace("</head>", f"<link rel='stylesheet' href='{css}'></head>") for form in ("easy-read", "large-print")]
    pdf_render.fonts_told_apart()
    for i, doc in enumerate(docs):
        HTML(string=doc).write_pdf(tmp_path / f"plain{i}.pdf", pdf_variant="pdf/ua-1",   # its own font configuration
                                   finisher=pdf_render.header_scopes)
        [(_out, error, _cpu)] = pdf_render._render(((doc, str(tmp_path), "x.pdf", str(tmp_path / f"kept{i}.pdf")), ()))
        assert error is None, error
        assert (tmp_path / f"plain{i}.pdf").read_bytes() == (tmp_path / f"kept{i}.pdf").read_bytes(), doc
    import weasyprint.css  # noqa: PLC0415 (WeasyPrint: the pdf extra, half a second to import, loaded only when a PDF is rendered)
    assert getattr(weasyprint.css, "_stylesheets_read_once", False)


def test_each_font_file_prints_its_own_letters(tmp_path):
    """A Welsh name printed as a reader wrote it: "ŵ" comes from the extended-Latin file of the
    site's font and ";" from the Latin one. WeasyPrint alone drew one with the other's glyph."""
    words = "Grŵp Gwalia; Llais"
    [(_out, error, _cpu)] = pdf_render._render(((_sheet(f"<p>{words}</p>"), str(tmp_path), "x.pdf",
                                                 str(tmp_path / "welsh.pdf")), ()))
    assert error is None, error
    assert " ".join(pdfs.text(tmp_path / "welsh.pdf").split()) == words
    with pikepdf.open(tmp_path / "welsh.pdf") as pdf:
        files = {bytes(font.DescendantFonts[0].FontDescriptor.FontFile2.read_bytes())
                 for font in pdf.pages[0].Resources.Font.values()}
    assert len(files) == 2, "the Latin and the extended-Latin file, each embedded"


def test_a_pack_is_its_parts_page_for_page_and_made_again_only_when_they_change(tmp_path):
    site = tmp_path / "site"

    def jobs(second: str):
        a = pdf_render.PdfJob(_sheet("<p>A one</p><p>A two</p>", "A"), str(tmp_path), site / "a.pdf", "a.pdf")
        b = pdf_render.PdfJob(_sheet(f"<p>{second}</p>", "B"), str(tmp_path), site / "b.pdf", "b.pdf")
        pack = pdf_render.PdfJob(_sheet("", "Both sheets"), str(tmp_path), site / "pack.pdf", "pack.pdf",
                                 pages_of=[b, a])
        return [a, b, pack]

    cache = tmp_path / "cache"
    assert pdf_render.render_all(jobs("B one"), 1, cache) == (3, 0)
    assert pdfs.page_texts(site / "pack.pdf") == pdfs.page_texts(site / "b.pdf") + pdfs.page_texts(site / "a.pdf")
    with pikepdf.open(site / "pack.pdf") as pdf:
        assert str(pdf.open_metadata().get("dc:title")) == "Both sheets" and len(pdf.pages) == 3
    assert pdf_render.render_all(jobs("B one"), 1, cache) == (0, 3)
    assert pdf_render.render_all(jobs("B changed"), 1, cache) == (2, 1)      # b and the pack; a is as it was
    assert "B changed" in pdfs.text(site / "pack.pdf")


def test_only_the_font_stylesheet_declares_fonts():
    """Every PDF a worker makes shares one font configuration (pdf_render._font_config), so the
    fonts must come from one stylesheet that every PDF links, fonts.css, and no other."""
    declaring = [name for name in pdf_render.PDF_CSS
                 if "@font-face" in (pdf_render.CSS_DIR / name).read_text(encoding="utf-8")]
    assert declaring == ["fonts.css"], declaring


def test_each_table_header_says_what_it_heads(tmp_path):
    """A header in a table's head row heads its column, one that starts a body row heads its row,
    and a header further along a body row heads its column (PDF/UA-1 7.5). WeasyPrint alone gives
    none of them a scope; the site's PDFs set it as they are written."""
    table = ("<table><thead><tr><th>Idea</th><th>Now</th><th>Next</th></tr></thead><tbody>"
             "<tr><th>Power</th><td>Some</td><td>More</td></tr>"
             "<tr><td>Shared</td><th>Also</th><td>Yes</td></tr></tbody></table>")
    [(_out, error, _cpu)] = pdf_render._render(((_sheet(table), str(tmp_path), "x.pdf", str(tmp_path / "t.pdf")), ()))
    assert error is None, error
    HTML(string=_sheet(table)).write_pdf(tmp_path / "plain.pdf", pdf_variant="pdf/ua-1")

    def scopes(path) -> list[str | None]:
        """The scope of each table header, in the order of the structure tree."""
        found = []
        with pikepdf.open(path) as pdf:
            stack = [pdf.Root.StructTreeRoot]
            while stack:
                node = stack.pop(0)
                for kid in node.K if isinstance(node.get("/K"), pikepdf.Array) else []:
                    if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                        if kid.S == pikepdf.Name.TH:
                            found.append(str(kid.A.Scope) if "/Scope" in kid.A else None)
                        stack.append(kid)
        return found
    assert scopes(tmp_path / "plain.pdf") == [None] * 5
    assert scopes(tmp_path / "t.pdf") == ["/Column"] * 3 + ["/Row", "/Column"]
