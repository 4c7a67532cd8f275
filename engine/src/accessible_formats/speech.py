"""Easy Read read aloud: the words each point says, and the engine that says them.

What a point says: its sentences as the page shows them (links and bold read as plain words),
then each hard word explained beside it ("Hard word: commissioner." and its Easy Read meaning).
Before the engine reads them, words it says wrongly are swapped for how to say them, from
data/pronunciations.yml.

The engine lives here and nowhere else (`Engine`): hibari-tts, with the one voice inside its
package ("heart", American English). Its British voices are downloaded on first use, which fails
offline, so the site cannot use them (README.md, "Audio"). To change the engine, change `Engine`
and `ENGINE`: `ENGINE` is part of every cached file's key, so a new engine makes every file again.
"""
from __future__ import annotations

import functools
import hashlib
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import cache_files, cores
from .easy_read_doc import explained_terms, page_doc
from .easy_read_source import SPEAKABLE, EasyReadDoc, Point, split_sentences_simple
from .errors import ContentError, ContentErrors
from .formats import AUDIO, SHEET_AUDIO
from .phonemes import phoneme_signs

VOICE = "heart"             # hibari's one voice inside its package (American English); others download at first use

ENCODER = "mp3 22050 Hz mono 24 kbit/s (lameenc 1.9.0)"  # not for readers: part of the cache key
SAMPLE_RATE = 24000
SPEED = 0.9                 # a little slower than the voice's own pace: Easy Read readers asked for slow, clear speech


def engine_name(voice: str = VOICE, speed: float = SPEED) -> str:
    """The engine, its voice and how it is used: part of every cached file's key, so a change makes every file again."""
    # not for readers: part of the cache key
    return f"hibari-tts 0.2.1, voice {voice}, speed {speed:g}, seed 0, trimmed, pause 0.5 s"


ENGINE = engine_name()
PAUSE_S = 0.5               # between sentences (the engine's own quiet at each end of a sentence is trimmed)
EDGE_S = 0.2                # silence at the start and end of a file
# MP3 (every browser plays it), mono, 22,050 samples a second at 24 kbit/s: about 3 KB a second of
# speech. Measured on 36 points: the recogniser's word error rate was the same as at 32 kbit/s
# (0.126 against 0.128) for a quarter less to download; at 16 kbit/s it rose to 0.73.
OUT_RATE = 22050
BIT_RATE = 24
PHONEMES = re.compile(r"^/(?P<ipa>[^/]+)/$")


@dataclass
class Clip:
    """One audio file: the sentences it says and where they come from."""
    address: str                    # in the site, from the format registry
    sentences: list[str]            # as shown (plain text), before pronunciation
    source: Path                    # the Easy Read file an editor edits
    line: int                       # the point's first line in it (0 for a point the site adds)
    key: str = ""                   # its cache key (set by make_all)
    part: str = ""                  # on a site's tool: the id of the part of its page it reads


def page_clips(record, m) -> list[Clip]:
    """The audio of every point of a page's Easy Read form, in order: point n is at the
    registry's address for n, and says the point's sentences and its hard words."""
    cache = m.memo        # the audio step and the manifest both ask: work it out once a build
    key = ("page_clips", record.path)
    if key not in cache:
        doc = page_doc(record, m)
        cache[key] = [Clip(address=AUDIO.address(record.path, n=n), sentences=said, source=doc.path,
                           line=point.line or 0)
                      for n, (point, said) in enumerate(point_sentences(doc, explained_terms(doc, m.data), m.words), start=1)]
    return cache[key]


def point_sentences(doc: EasyReadDoc, explained: dict[int, list], words) -> list[tuple[Point, list[str]]]:
    """Each point of the page, with the sentences its audio says: its own, then the meaning of each
    hard word first used in it (`explained`: the terms by block index, as the page shows them),
    after the site's words easy_read.hard_word_said."""
    out = []
    for i, block in enumerate(doc.blocks):
        if not isinstance(block, Point):
            continue
        said = [s.plain for s in block.sentences]
        for term in explained.get(i, []):
            said.append(words.say("easy_read", "hard_word_said").replace("{term}", term.term))
            said += split_sentences_simple(term.easy_read)
        # A sentence of signs only says nothing. An editor's is stopped with the content checks;
        # one the site makes from data (a title like "✓") is left out, and a point left with
        # nothing to say says what its picture shows.
        out.append((block, [s for s in said if SPEAKABLE.search(s)] or [as_sentence(block.alt)]))
    return out


def as_sentence(text: str) -> str:
    """Text as one sentence for the voice: its spaces made single, ending in a full stop."""
    text = " ".join(str(text).split())
    return text if text[-1:] in ".?!:" else text + "."


def sheet_clips(sheet, words) -> list[Clip]:
    """The audio of an Easy Read sheet's parts, in order: point 1 is its title and instructions,
    then one point for each question (with the heading before it, if any): the question, then
    what there is to tick or the headings of its grid. `words`: the site's (words.Words)."""
    parts: list[tuple[list[str], int]] = [([as_sentence(sheet.easy_title), *map(as_sentence, sheet.easy_instructions)], 1)]
    heading: list[str] = []
    for q in sheet.questions:
        if q.type == "heading":
            heading = [as_sentence(q.easy_read)]
            continue
        said = [*heading, as_sentence(q.easy_read)]
        heading = []
        listed = q.items if q.type == "checklist" else q.options if q.type == "choice" else []
        said += [as_sentence(i.easy_read) for i in listed]
        if q.type == "rag":
            said += [as_sentence(words.say("sheets", colour)) for colour in ("red", "amber", "green")]
        if q.type == "table":
            said += [as_sentence(c) for c in (q.easy_columns or q.columns)]
        if q.site_note:
            said.append(as_sentence(q.site_note.easy_read))
        parts.append(([s for s in said if SPEAKABLE.search(s)] or [words.say("easy_read", "question_said")], q.line or 1))
    return [Clip(address=SHEET_AUDIO.address(slug=sheet.slug, n=n), sentences=said, source=sheet.file, line=line)
            for n, (said, line) in enumerate(parts, start=1)]


def pronounced(sentence: str, pronunciations: dict[str, str]) -> str:
    """The sentence with each listed word swapped for how to say it: a respelling ("Izlington"),
    or phonemes between slashes, which the engine reads as they are."""
    if not pronunciations:
        return sentence
    pattern = _listed_words(tuple(sorted(pronunciations, key=len, reverse=True)))

    def say(m: re.Match) -> str:
        how = pronunciations[m.group(1)]
        ph = PHONEMES.match(how)
        return f"[{m.group(1)}](/{phoneme_signs(ph.group('ipa'))}/)" if ph else how
    return pattern.sub(say, sentence)


@functools.lru_cache(maxsize=4)
def _listed_words(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for the listed words, longest first: made once, not for each sentence."""
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def cache_key(sentences: list[str], engine: str = ENGINE) -> str:
    return hashlib.sha256("\n".join([engine, ENCODER, *sentences]).encode()).hexdigest()


class Engine:
    """The text-to-speech engine: sentences in, 24 kHz mono samples (floats in -1..1) out."""

    def __init__(self, voice: str = VOICE, speed: float = SPEED):
        from hibari import Hibari  # noqa: PLC0415 (the reading voice: the audio extra, loaded only when audio is made)
        self.tts = Hibari(voice=voice, threads=1)
        self.voice, self.speed = voice, speed

    def say(self, sentences: list[str]):
        import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
        pause = np.zeros(int(PAUSE_S * SAMPLE_RATE), np.float32)
        edge = np.zeros(int(EDGE_S * SAMPLE_RATE), np.float32)
        parts = [edge]
        for i, sentence in enumerate(sentences):
            if i:
                parts.append(pause)
            parts.append(trimmed(self.tts(sentence, speed=self.speed, seed=0)))
        parts.append(edge)
        return np.concatenate(parts)


def trimmed(samples, before_s: float = 0.06, after_s: float = 0.15):
    """A sentence without the engine's quiet at its ends (about 0.3 s before and 0.5 s after),
    keeping a little either side so that no sound is cut."""
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    frame = SAMPLE_RATE // 100
    n = len(samples) // frame
    if not n:
        return samples
    energy = np.sqrt(np.mean(np.square(samples[: n * frame].reshape(n, frame)), axis=1))
    loud = np.flatnonzero(energy > 0.005)
    if not len(loud):
        return samples
    start = max(0, loud[0] * frame - int(before_s * SAMPLE_RATE))
    end = min(len(samples), (loud[-1] + 1) * frame + int(after_s * SAMPLE_RATE))
    return samples[start:end]


def encode_mp3(samples) -> bytes:
    import lameenc  # noqa: PLC0415 (the MP3 encoder: the audio extra, loaded only when audio is made)
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    pcm = (np.clip(samples, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(OUT_RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    return bytes(encoder.encode(pcm) + encoder.flush())


def loudness(samples) -> float:
    """Root mean square of the samples: about 0.05 to 0.1 for speech, 0 for silence."""
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    return float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0


_engine: Engine | None = None


def _make(args: tuple[list[str], str, str, float]) -> tuple[str, str | None, float]:
    """Say one clip into the cache: (its key, the problem if any, seconds of audio)."""
    global _engine
    sentences, cached, voice, speed = args
    try:
        if _engine is None or (_engine.voice, _engine.speed) != (voice, speed):
            _engine = Engine(voice, speed)
        samples = _engine.say(sentences)
        seconds = len(samples) / SAMPLE_RATE
        if loudness(samples) < 0.005:
            return cached, "the engine made only silence", seconds  # not for readers: a build message
        Path(cached).parent.mkdir(parents=True, exist_ok=True)
        cache_files.put(Path(cached), encode_mp3(samples))
        return cached, None, seconds
    except Exception as exc:       # reported with the Easy Read file's name by make_all
        return cached, f"{type(exc).__name__}: {exc}", 0.0


def cached_path(key: str, cache: Path) -> Path:
    return cache / key[:2] / f"{key}.mp3"


def make_all(clips: list[Clip], site: Path, pronunciations: dict[str, str], workers: int | None,
             cache: Path, voice: str = VOICE, speed: float = SPEED) -> tuple[int, int]:
    """Make every clip's file in `voice` at `speed`, saying only those not in the cache. Returns
    (made, from the cache)."""
    todo: dict[str, tuple[list[str], list[Clip]]] = {}
    engine = engine_name(voice, speed)
    for clip in clips:
        said = [pronounced(s, pronunciations) for s in clip.sentences]
        clip.key = cache_key(said, engine)
        if clip.key not in todo and not cache_files.intact(cached_path(clip.key, cache), "audio", clip.address):
            todo.setdefault(clip.key, (said, []))[1].append(clip)
        elif clip.key in todo:
            todo[clip.key][1].append(clip)
    if todo:
        jobs = sorted(todo.items(), key=lambda kv: -sum(len(s) for s in kv[1][0]))    # longest first
        args = [(said, str(cached_path(key, cache)), voice, speed) for key, (said, _clips) in jobs]
        workers = min(workers or cores.cpus(), len(args))
        if workers == 1:
            results = list(map(_make, args))
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(_make, args, chunksize=4))
        by_cached = {str(cached_path(key, cache)): clips_ for key, (_s, clips_) in jobs}
        failures = [ContentError(c.source, f"the audio of this point could not be made ({problem})",
                                 "check that the point has words to say; if it has, see 'Audio' in CONTRIBUTING.md.",
                                 c.line)
                    for cached, problem, _s in results if problem for c in by_cached[cached][:1]]
        if failures:
            raise ContentErrors(failures)
    for clip in clips:
        cache_files.copy_out(cached_path(clip.key, cache), site / clip.address)
    return len(todo), len(clips) - sum(len(c) for _s, c in todo.values())
