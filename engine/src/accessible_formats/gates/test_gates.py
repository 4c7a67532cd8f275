"""The quality gates on a built site: nothing from other hosts, links and anchors, readable
standard and Easy Read pages, the Content-Security-Policy on every page, valid HTML,
accessibility in a real browser, PDFs, plain text, audio and review dates. Each gate reads the
site's manifest.json, so it checks what the site has: a site without PDFs or audio has nothing of
them to check."""
from __future__ import annotations

import datetime as dt

import pytest

from ..checks import (
    accessibility,
    anchors,
    audio,
    dates,
    easy_read,
    external,
    html_valid,
    links,
    pdfs,
    plain_text,
    policy,
    readability,
    sweep,
)


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


def test_every_page_carries_the_content_security_policy(site_dir):
    problems = policy.check_site(site_dir)
    assert not problems, "\n".join(problems[:60])


def test_html_is_valid(site_dir):
    problems = html_valid.check([site_dir])
    assert not problems, "\n".join(problems[:60])


CHUNKS = 8      # the browser checks in shares, for pytest-xdist's workers (-n auto)


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_page_passes_the_browser_checks(chromium, base_url, manifest, chunk):
    """axe-core, the skip link and visible focus, no sideways scrolling at 320 CSS px, no text cut
    off at 200% zoom, and the Easy Read and large-print layouts, on every HTML page."""
    context = chromium.new_context()
    context.add_init_script(script=accessibility.axe_source())
    tab = context.new_page()
    report = []
    pages = sweep.html_pages(manifest)[chunk::CHUNKS]
    for label, address, kind in pages:
        for check, found in sweep.check_page(tab, base_url, address, label, kind).items():
            report += [f"{check}: {p}" for p in found]
    context.close()
    assert not report, f"{len(report)} problems on {len(pages)} pages:\n" + "\n".join(report[:80])


def test_every_pdf_is_tagged_and_passes_the_checkable_part_of_pdf_ua(site_dir):
    problems = []
    for path in sorted(site_dir.rglob("*.pdf")):
        label = f"/{path.relative_to(site_dir)}"
        problems += pdfs.structure_problems(path, label) + pdfs.pdfua_problems(path, label)
    assert not problems, "\n".join(problems[:40])


def test_plain_text_keeps_every_word(site_dir, manifest):
    if not any(f["key"] == "text" for f in manifest["formats"]["page"]):
        return                            # a site without plain text has none to check
    problems = [p for page in plain_text.text_files(manifest)
                for p in plain_text.check_page(site_dir, page, manifest["site_url"])]
    assert not problems, "\n".join(problems[:50])


def test_every_audio_file_is_speech_of_the_length_its_words_need(site_dir, manifest):
    problems = []
    for point in audio.points(manifest):
        samples, rate = audio.decode_as_played(site_dir / point["address"])
        problems += [f"/{point['address']} ({point['source']}): {p}"
                     for p in audio.shape_problems(samples, audio.letters(point["sentences"]), len(point["sentences"]), rate)]
    assert not problems, "\n".join(problems[:20])


def test_a_recogniser_hears_the_words_of_the_audio(site_dir, manifest):
    """One point of each Easy Read page, heard by an offline speech recogniser (US English) and
    compared with the words it should say."""
    heard = [audio.hear(site_dir, p["address"], p["sentences"]) for p in audio.sample(manifest)]
    words = sum(h.words for h in heard)
    if not words:
        return                            # a site without audio has none to hear
    worst = sorted(heard, key=lambda h: -h.wer)[:5]
    report = "\n".join(f"/{h.address}: {h.wer:.2f}\n  said:  {h.expected}\n  heard: {h.heard}" for h in worst)
    assert sum(h.errors for h in heard) / words <= audio.MOST_WER, report
    assert worst[0].wer <= audio.MOST_POINT_WER, report


def test_no_page_is_past_its_review_date(manifest):
    overdue = dates.overdue(manifest, dt.date.today())
    assert not overdue, "\n".join(overdue)
