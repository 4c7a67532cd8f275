"""The site loads nothing from other hosts, and its links, reading ease and HTML pass their checks.

The quality gates on the built site: no other hosts, links and anchors, readability,
valid HTML. (Accessibility in a browser is in test_pages_in_browser.py.)"""
from __future__ import annotations

from pathlib import Path

from accessible_formats.checks import anchors, easy_read, external, html_valid, links, readability

ROOT = Path(__file__).resolve().parent.parent


def test_nothing_loads_from_another_host(site_dir):
    problems = external.check_site(site_dir)
    assert not problems, "\n".join(problems)


def test_links_work_and_every_file_is_reachable(site_dir):
    problems, reached = links.run_linkchecker(site_dir)
    assert not problems, "Broken links:\n" + "\n".join(problems[:60])
    unreachable = links.unreachable(site_dir, reached)
    assert not unreachable, "\n".join(unreachable[:60])


def test_links_to_a_part_of_a_page_find_it(site_dir):
    problems = anchors.check_site(site_dir)
    assert not problems, "\n".join(problems[:60])


def test_standard_pages_are_readable(site_dir, manifest):
    problems, scores = readability.check_standard_pages(site_dir, manifest)
    assert len(scores) == len(manifest["pages"])
    assert not problems, "\n".join(problems)


def test_easy_read_pages_follow_the_easy_read_rules(site_dir, manifest):
    problems = easy_read.check_site(site_dir, manifest)
    assert not problems, "\n".join(problems)


def test_html_is_valid(site_dir):
    problems = html_valid.check([site_dir])
    assert not problems, "\n".join(problems[:60])
