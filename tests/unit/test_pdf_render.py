"""A change that makes PDFs faster gives the same PDF, byte for byte.

The quicker page references for WeasyPrint's PDF writer give the same PDF, byte for byte."""
from __future__ import annotations

import importlib

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
