"""Checks of the Easy Read audio: every point has its file and every file a point, each file is
speech of about the length its words need, and a recogniser hears the words the point says.

Nobody listens to 2,000 files before a release, so the audio is measured. An offline speech
recogniser (pocketsphinx, with the US English model inside its package) transcribes a file, and
the transcript is compared with the point's words: the word error rate. The recogniser makes
mistakes of its own, so the gate is set from measurement (README.md, "Audio"), not at zero.
Words the recogniser does not know (not in its dictionary: names like Gwalia or Cahn) cannot be
heard right, so they are left out of the count; `out_of_vocabulary()` lists them, and
`make audio-check` prints them.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

RATE = 16000                    # what the recogniser listens at
# A point's speech lasts about this long for each letter of its words, as a person says them,
# after the quiet at the file's ends, the pauses between sentences and the little kept at each
# sentence's ends (measured on all 3,089 files: median 0.066 s, all between 0.051 and 0.126; words
# vary too much in length to count them instead). Outside these bounds, a file is cut short or
# holds something that is not its words.
ENDS_S, PAUSE_S, SENTENCE_EDGES_S = 0.4, 0.5, 0.2
MIN_S_PER_LETTER = 0.035
MAX_S_PER_LETTER = 0.2
MIN_LOUDNESS = 0.02             # root mean square of the samples; speech here is about 0.08
LONGEST_SILENCE_S = 1.5         # no gap in the speech longer than this (pauses are 0.45 s)
# The intelligibility gate: the word error rate of the sample that `make test` transcribes, and
# the worst single point. Set from measurement (README.md, "Audio"): the sample measured 0.21 when
# its points were the shortest of each page, and 0.12 on 40 of its points of about 16 words; its
# worst point 0.56 (a name the recogniser does not know, heard as three words). A point's audio
# checked against another point's words measures about 1.
MOST_WER = 0.15
MOST_POINT_WER = 0.75


@dataclass
class Heard:
    address: str
    expected: str                # the words, as a person reads them, lower case
    heard: str
    errors: int
    words: int                   # words counted (those the recogniser knows)
    seconds: float = 0.0         # how long the file lasts

    @property
    def wer(self) -> float:
        return self.errors / self.words if self.words else 0.0


def decode(path: Path):
    """The file as 16 kHz mono 16-bit samples (a numpy array)."""
    import miniaudio  # noqa: PLC0415 (miniaudio: the checks extra, loaded only to decode audio)
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    sound = miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                                  sample_rate=RATE)
    return np.frombuffer(sound.samples, dtype=np.int16)


def decode_as_played(path: Path):
    """The file at its own sample rate, as a player decodes it: (16-bit mono samples, rate). Half
    the work of decode(), which also resamples for the recogniser."""
    import miniaudio  # noqa: PLC0415 (miniaudio: the checks extra, loaded only to decode audio)
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    sound = miniaudio.mp3_read_file_s16(str(path))
    return np.frombuffer(sound.samples, dtype=np.int16), sound.sample_rate


def shape_problems(samples, letters: int, sentences: int = 1, rate: int = RATE) -> list[str]:
    """What is wrong with a point's audio that needs no recogniser to see. `letters`: how many
    letters its words have, as a person says them (expected_words), in how many sentences;
    `rate`: the samples' rate."""
    import numpy as np  # noqa: PLC0415 (NumPy: the audio extra, loaded only when sound is made or measured)
    seconds = len(samples) / rate
    if seconds == 0:
        return ["it is empty"]
    x = samples.astype(np.float32) / 32768.0
    problems = []
    loudness = float(np.sqrt(np.mean(np.square(x))))
    if loudness < MIN_LOUDNESS:
        problems.append(f"it is nearly silent (loudness {loudness:.3f}, speech is about 0.08)")
    speech = seconds - ENDS_S - (sentences - 1) * PAUSE_S - sentences * SENTENCE_EDGES_S
    per_letter = speech / max(letters, 1)
    if per_letter < MIN_S_PER_LETTER:
        problems.append(f"it is too short for its words ({seconds:.1f} s for {letters} letters): cut short?")
    if per_letter > MAX_S_PER_LETTER:
        problems.append(f"it is too long for its words ({seconds:.1f} s for {letters} letters)")
    frame = rate // 50                                   # 20 ms
    n = len(x) // frame
    if n:
        energy = np.sqrt(np.mean(np.square(x[: n * frame].reshape(n, frame)), axis=1))
        quiet = energy < 0.01
        longest = run = 0
        for q in quiet[5:-5]:                          # the quiet at each end is meant
            run = run + 1 if q else 0
            longest = max(longest, run)
        if longest * 0.02 > LONGEST_SILENCE_S:
            problems.append(f"it has {longest * 0.02:.1f} s of silence in the middle")
    return problems


# How a person reads the things the text writes as digits and signs, for the expected words.
def _number_words(m: re.Match) -> str:
    from num2words import num2words  # noqa: PLC0415 (num2words: the checks extra, loaded only to say numbers)
    text = m.group(0)
    if text.endswith("s"):                              # the 1970s
        return num2words(int(text[:-1]), to="year").replace("ty", "ties").replace("ties-", "ty ")
    value = int(text.replace(",", ""))
    if 1100 <= value <= 2099 and "," not in text and len(text) == 4:
        return num2words(value, to="year")
    return num2words(value)


def expected_words(sentences: list[str]) -> str:
    """The point's words as a person says them: lower case, digits as words, no punctuation."""
    text = " ".join(sentences).replace("£", "pounds ").replace("%", " percent")
    text = re.sub(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+s?\b", _number_words, text)
    return _plain(text)


def _plain(text: str) -> str:
    text = text.lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(w.strip("'") for w in text.split() if w.strip("'"))


@functools.cache
def _dictionary() -> frozenset[str]:
    import pocketsphinx  # noqa: PLC0415 (the speech recogniser: the checks extra, 40 MB of model, loaded only to hear audio)
    path = Path(pocketsphinx.__file__).parent / "model" / "en-us" / "cmudict-en-us.dict"
    return frozenset(line.split()[0].split("(")[0] for line in path.read_text(encoding="utf-8").splitlines() if line)


def out_of_vocabulary(words: str) -> list[str]:
    known = _dictionary()
    return [w for w in words.split() if w not in known]


# The recogniser's search, narrower than its default so that `make test` hears the sample in
# about half the time: the first pass only (no second pass over a flat lexicon, no best-path
# search over the word lattice), and at most 3,000 sound models and 5 words a frame. Measured on
# 38 points of the sample, leaving out the best path: 23.5 s instead of 38.6 s, a word error rate
# of 0.117 instead of 0.120. Leaving out the second pass too, on the whole sample of 150 points:
# 72.5 s instead of 93.3 s, the same word error rate (0.121) and a better worst point (0.50, not
# 0.56). Narrowing the beams instead was much faster but heard far worse (0.56 and more). Scoring
# the 2 best Gaussians of each sound model instead of 4 (topn), on the whole sample: 86.2 s of CPU
# instead of 103.2 s (on a slower day), a word error rate of 0.123 instead of 0.121, the same worst
# point (0.50); the best 1 alone heard worse (0.146, its worst point 0.69), too near the gate.
DECODER = {"fwdflat": False, "bestpath": False, "maxhmmpf": 3000, "maxwpf": 5, "topn": 2}
_decoder = None


def transcribe(samples) -> str:
    global _decoder
    if _decoder is None:
        from pocketsphinx import Decoder  # noqa: PLC0415 (the speech recogniser: the checks extra, 40 MB of model, loaded only to hear audio)
        _decoder = Decoder(samprate=RATE, logfn="/dev/null", **DECODER)
    _decoder.start_utt()
    _decoder.process_raw(samples.tobytes(), full_utt=True)
    _decoder.end_utt()
    hyp = _decoder.hyp()
    return _plain(hyp.hypstr) if hyp else ""


def errors_against(expected: str, heard: str) -> tuple[int, int]:
    """(errors, words counted): word errors of `heard` against `expected`, leaving out the words
    the recogniser does not know and whatever it heard in their place."""
    import jiwer  # noqa: PLC0415 (jiwer: the checks extra, loaded only to score what was heard)
    ref, hyp = expected.split(), heard.split()
    if not ref:
        return 0, 0
    unknown = set(out_of_vocabulary(expected))
    out = jiwer.process_words(" ".join(ref), " ".join(hyp) or "<nothing>")
    errors = 0
    for chunk in out.alignments[0]:
        said = ref[chunk.ref_start_idx:chunk.ref_end_idx]
        if chunk.type == "equal":
            continue
        if chunk.type in ("substitute", "delete"):
            errors += sum(1 for w in said if w not in unknown)
        elif chunk.type == "insert":
            before = ref[chunk.ref_start_idx - 1] if chunk.ref_start_idx else ""
            after = ref[chunk.ref_start_idx] if chunk.ref_start_idx < len(ref) else ""
            if before not in unknown and after not in unknown:   # an unknown word heard as two
                errors += chunk.hyp_end_idx - chunk.hyp_start_idx
    return errors, sum(1 for w in ref if w not in unknown)


def hear(site_dir: Path, address: str, sentences: list[str]) -> Heard:
    expected = expected_words(sentences)
    samples = decode(site_dir / address)
    heard = transcribe(samples)
    errors, words = errors_against(expected, heard)
    return Heard(address, expected, heard, errors, words, len(samples) / RATE)


def points(manifest: dict) -> list[dict]:
    """Every point of an Easy Read page, and part of an Easy Read sheet or of a site's tool, with
    audio: {'page', 'address', 'sentences', 'source'}, from the manifest."""
    return ([{"page": p["path"], "address": a["address"], "sentences": a["says"], "source": a["source"]}
             for p in manifest["pages"] for a in p.get("audio", [])]
            + [{"page": f"sheets/{s['slug']}", "address": a["address"], "sentences": a["says"], "source": a["source"]}
               for s in manifest["sheets"] for a in s.get("audio", [])]
            + [{"page": t["addresses"]["easy_read"], "address": a["address"], "sentences": a["says"], "source": a["source"]}
               for t in manifest.get("tools", []) for a in t.get("audio", [])])


SAMPLE_WORDS = 16


def letters(sentences: list[str]) -> int:
    return len(expected_words(sentences).replace(" ", ""))


def sample(manifest: dict) -> list[dict]:
    """The fixed sample that `make test` transcribes: on every Easy Read page, the point of its own
    text (not one the site adds, like a sheet's) nearest to 16 words, about 8 seconds: long
    enough for the recogniser to hear words in context, short enough to hear every page in time."""
    chosen = []
    for page in manifest["pages"]:
        clips = [{"page": page["path"], "address": a["address"], "sentences": a["says"], "source": a["source"]}
                 for a in page.get("audio", [])]
        own = [c for c in clips if ", line " in c["source"]] or clips
        if own:
            chosen.append(min(own, key=lambda c: abs(len(" ".join(c["sentences"]).split()) - SAMPLE_WORDS)))
    return chosen


def load_manifest(site_dir: Path) -> dict:
    return json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
