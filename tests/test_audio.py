"""Easy Read read aloud: every point has its audio, a recogniser hears its words, Listen plays it.

The manifest lists each point's audio and the words it says. Every file is decoded and checked
for what needs no recogniser (not silent, not cut short, not much longer than its words need, no
long gap); a fixed sample, a point from every Easy Read page, is transcribed by an offline
recogniser and compared with its words (the gate is in checks/audio.py, its figures in README.md).
`make audio-check` transcribes every file. Listen is pressed with the keyboard, and plays the
right point, highlighted, and then the whole page."""
from __future__ import annotations

import re

import pytest

from accessible_formats.checks import audio
from checks import journeys

CHUNKS = 2       # the sample is transcribed on both cores


def self_assessment(manifest) -> dict:
    """The self-assessment of "How are you doing?", a tool of this site's own, in the manifest."""
    return next(t for t in manifest["tools"] if t["key"] == "self-assessment")


def test_every_point_has_its_audio_and_every_file_belongs_to_a_point(site_dir, manifest):
    listed = {p["address"] for p in audio.points(manifest)}
    files = {f.relative_to(site_dir).as_posix() for f in (site_dir / "easy-read").rglob("*.mp3")}
    pages_with_audio = [p for p in manifest["pages"] if p["audio"]]
    assert len(pages_with_audio) == len(manifest["pages"]), "an Easy Read page has no audio"
    assert all(s["audio"] for s in manifest["sheets"]), "an Easy Read sheet has no audio"
    assert not listed - files, f"points without their audio: {sorted(listed - files)[:10]}"
    # A moved page keeps copies at its old address, beside its redirect page (moved_pages.py).
    moved = {f for f in files - listed if 'http-equiv="refresh"' in _page_of(site_dir, f)}
    assert not files - listed - moved, f"audio files that belong to no point: {sorted(files - listed - moved)[:10]}"
    # Each point on the page links to its own file, in order: without JavaScript the link plays it.
    for page in pages_with_audio[:: max(1, len(pages_with_audio) // 40)] + pages_with_audio[:1]:
        html = (site_dir / page["formats"]["easy_read"] / "index.html").read_text(encoding="utf-8")
        ids = re.findall(r'class="er-point[^"]*" id="point-(\d+)"', html)
        hrefs = re.findall(r'class="er-listen__link" href="audio/point-(\d+)\.mp3"', html)
        n = len(page["audio"])
        assert ids == hrefs == [str(i) for i in range(1, n + 1)], page["path"]
    for sheet in manifest["sheets"]:         # and each part of each Easy Read sheet, in order, and no other form
        html = (site_dir / sheet["addresses"]["easy_read_page"] / "index.html").read_text(encoding="utf-8")
        hrefs = re.findall(r'class="er-listen__link" href="audio/point-(\d+)\.mp3"', html)
        assert hrefs == [str(i) for i in range(1, len(sheet["audio"]) + 1)], sheet["slug"]
        assert "er-listen" not in (site_dir / sheet["addresses"]["page"] / "index.html").read_text(encoding="utf-8")
    sa = self_assessment(manifest)            # and each part of the Easy Read self-assessment
    assert sa["audio"], "the Easy Read self-assessment has no audio"
    html = (site_dir / sa["addresses"]["easy_read"] / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'class="er-listen__link" href="audio/point-(\d+)\.mp3"', html)
    assert hrefs == [str(i) for i in range(1, len(sa["audio"]) + 1)]
    for form in ("standard", "large_print"):
        assert "er-listen" not in (site_dir / sa["addresses"][form] / "index.html").read_text(encoding="utf-8")


def _page_of(site_dir, audio_file: str) -> str:
    page = site_dir / audio_file.rsplit("/audio/", 1)[0] / "index.html"
    return page.read_text(encoding="utf-8") if page.is_file() else ""


def test_every_file_is_speech_of_about_the_length_its_words_need(site_dir, manifest):
    problems = []
    for point in audio.points(manifest):
        samples, rate = audio.decode_as_played(site_dir / point["address"])
        problems += [f"/{point['address']} ({point['source']}): {p}"
                     for p in audio.shape_problems(samples, audio.letters(point["sentences"]), len(point["sentences"]), rate)]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_a_recogniser_hears_the_words_of_a_point_on_every_page(site_dir, manifest, chunk):
    sample = audio.sample(manifest)
    assert len(sample) == len(manifest["pages"])
    heard = [audio.hear(site_dir, p["address"], p["sentences"]) for p in sample[chunk::CHUNKS]]
    errors, words = sum(h.errors for h in heard), sum(h.words for h in heard)
    worst = sorted(heard, key=lambda h: -h.wer)[:5]
    report = "\n".join(f"/{h.address}: {h.wer:.2f}\n  said:  {h.expected}\n  heard: {h.heard}" for h in worst)
    assert errors / words <= audio.MOST_WER, f"word error rate {errors / words:.3f} over {words} words\n{report}"
    assert worst[0].wer <= audio.MOST_POINT_WER, report


def test_the_gate_fails_on_the_wrong_words_and_on_silence(site_dir, manifest):
    """The checks above can fail: a point heard against another point's words, and silence."""
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    a, b = audio.points(manifest)[3:5]
    wrong = audio.hear(site_dir, a["address"], b["sentences"])
    assert wrong.wer > audio.MOST_POINT_WER
    assert audio.shape_problems(np.zeros(audio.RATE * 3, np.int16), 30)
    samples, rate = audio.decode_as_played(site_dir / a["address"])
    assert not audio.shape_problems(samples, audio.letters(a["sentences"]), len(a["sentences"]), rate)
    assert audio.shape_problems(samples[: len(samples) // 3], audio.letters(a["sentences"]), len(a["sentences"]), rate)


def test_numbers_and_signs_are_expected_as_a_person_reads_them():
    assert audio.expected_words(["It began in 2009.", "1 of them paid £30 to 1,200 people in the 1970s."]) == (
        "it began in two thousand and nine one of them paid pounds thirty to one thousand two hundred "
        "people in the nineteen seventies")


@pytest.mark.parametrize("width", [375, 1280])
def test_listen_plays_a_point_with_the_keyboard_and_highlights_it(chromium, base_url, width):
    page = chromium.new_page(viewport={"width": width, "height": 800})
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    assert journeys.run(journeys.listener, page, base_url + "easy-read/principles/assets/") == []
    sounds = [u for u in fetched if u.endswith(".mp3")]
    assert sounds and all(u.endswith(("point-1.mp3", "point-2.mp3")) for u in sounds), sounds
    page.close()


def test_listen_reads_an_easy_read_sheet_part_by_part(chromium, base_url):
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    assert journeys.run(journeys.listener, page, base_url + "easy-read/sheets/action-plan/") == []
    page.close()


def test_listen_reads_the_easy_read_self_assessment_part_by_part(chromium, base_url, manifest):
    page = chromium.new_page(viewport={"width": 375, "height": 800})
    assert journeys.run(journeys.listener, page, base_url + self_assessment(manifest)["addresses"]["easy_read"]) == []
    page.close()


def test_the_listen_journey_fails_when_the_button_plays_nothing(chromium, base_url):
    page = chromium.new_page()
    page.route("**/*.mp3", lambda route: route.abort())
    problems = journeys.run(journeys.listener, page, base_url + "easy-read/principles/assets/")
    assert problems and "plays nothing" in problems[0], problems
    page.close()


def test_without_javascript_each_point_links_to_its_sound_file(chromium, base_url):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "easy-read/principles/assets/")
    assert page.locator(".er-listen-all").is_hidden()
    link = page.locator("#point-2 a.er-listen__link")
    assert link.inner_text() == "Listen to this part"
    response = page.request.get(base_url + "easy-read/principles/assets/" + link.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "audio/mpeg"
    context.close()
