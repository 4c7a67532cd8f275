"""What each Easy Read point says aloud: its sentences, then its hard words, with the pronunciation list applied.

The parts of accessible_formats/speech.py that need no engine, on small inputs: the words of a point, the
pronunciation list, the cache key, and trimming the engine's quiet; and one short sentence made
into an MP3 by the engine itself."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from accessible_formats import easy_read_source, phonemes, site_data, speech, words
from accessible_formats.easy_read_source import EasyReadDoc, Heading, Point, Sentence
from accessible_formats.errors import Collector
from accessible_formats.site_data import Term

ROOT = Path(__file__).resolve().parents[2]


def _term(name: str, easy: str) -> Term:
    return Term(term=name, id=name.lower(), means="", easy_read=easy, picture="idea", forms=[name])


def test_a_point_says_its_sentences_then_the_hard_words_it_explains():
    doc = EasyReadDoc(path=Path("x.easy.md"), title="X", blocks=[
        Heading("Part", 3),
        Point(picture="idea", alt="A light bulb", line=5, sentences=[
            Sentence("Read about [assets](assets.md).", 6), Sentence("It is **important**.", 7)]),
        Point(picture="idea", alt="A light bulb", line=9, sentences=[Sentence("More.", 10)]),
    ])
    english = words.load(Path("no-words-file.yml"), Collector())
    said = speech.point_sentences(doc, {1: [_term("Assets", "Assets are what you are good at. Everyone has them.")]}, english)
    assert [s for _p, s in said] == [
        ["Read about assets.", "It is important.", "Hard word: Assets.", "Assets are what you are good at.",
         "Everyone has them."],
        ["More."]]
    assert [p.line for p, _s in said] == [5, 9]


def test_the_pronunciation_list_swaps_whole_words_only_with_capitals_as_written():
    words = {"SCIE": "S C I E", "Islington": "Izlington", "Birmingham": "/bˈɜɹmɪŋəm/", "Gwalia": "/gwˈɑliə/"}
    assert speech.pronounced("SCIE's work in Islington.", words) == "S C I E's work in Izlington."
    assert speech.pronounced("Scie and Islingtonian.", words) == "Scie and Islingtonian."
    assert speech.pronounced("In Birmingham.", words) == "In [Birmingham](/bˈɜɹmɪŋəm/)."
    assert speech.pronounced("Grŵp Gwalia.", words) == "Grŵp [Gwalia](/ɡwˈɑliə/)."      # a keyboard g is the engine's ɡ
    assert phonemes.unknown_phonemes("gwˈɑliə") == ""
    assert phonemes.unknown_phonemes("gwa§lia") == "§"


def test_the_cache_key_changes_with_the_words_and_nothing_else():
    assert speech.cache_key(["One.", "Two."]) == speech.cache_key(["One.", "Two."])
    assert speech.cache_key(["One.", "Two."]) != speech.cache_key(["One. Two."])
    assert speech.cache_key(["One."]) != speech.cache_key(["One!"])


def test_trimming_keeps_the_speech_and_drops_the_quiet_at_its_ends():
    rate = speech.SAMPLE_RATE
    tone = 0.3 * np.sin(np.arange(rate) * 2 * np.pi * 200 / rate).astype(np.float32)
    quiet = np.zeros(rate // 2, np.float32)
    out = speech.trimmed(np.concatenate([quiet, tone, quiet]))
    assert rate <= len(out) <= rate + int(0.25 * rate)
    assert speech.loudness(out) > 0.18        # a sine of 0.3 has 0.21; the kept margins are quiet


def test_the_engine_says_a_sentence_as_an_mp3_that_lasts_as_long_as_it_should():
    import miniaudio  # noqa: PLC0415 (miniaudio: the checks extra, loaded only to decode audio)
    samples = speech.Engine().say(["You can have a say in your care."])
    assert speech.loudness(samples) > 0.03
    mp3 = speech.encode_mp3(samples)
    sound = miniaudio.decode(mp3, nchannels=1, sample_rate=16000)
    assert mp3[:3] == b"ID3" or mp3[0] == 0xFF
    assert 1.5 < sound.duration < 4.0


def test_a_sentence_of_signs_only_gets_one_message_not_three(tmp_path):
    path = tmp_path / "x.easy.md"
    path.write_text("---\ntitle: X\n---\n\n![A light bulb](idea)\n* * * !\n", encoding="utf-8")
    errors = Collector()
    data = site_data.load_for(ROOT / "mkdocs.yml")
    assert data is not None
    assert easy_read_source.parse(path, data, errors) is None
    assert [(e.line, e.problem) for e in errors.errors] == [(6, "this sentence has no words to read aloud")]
