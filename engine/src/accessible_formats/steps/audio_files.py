"""Step: make the audio of every Easy Read page, each point read aloud, and of every Easy Read
sheet and a site's on-screen tools, each part read aloud, at the addresses the format registry
gives (/easy-read/<page>/audio/point-<n>.mp3, /easy-read/sheets/<sheet>/audio/point-<n>.mp3,
/easy-read/<page>/<tool folder>/audio/point-<n>.mp3).

What each point says, and the engine that says it, are in accessible_formats/speech.py. Files are kept in
.cache/audio/ by the words they say, so a build makes only the points whose words changed. The
live preview (`make serve`) and SITE_SKIP_PDFS=1 builds leave the audio out, as they leave out the
PDFs: `make site` makes it.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from .. import speech

log = logging.getLogger("mkdocs.plugins.accessible_formats.audio_files")


def make(b, config):
    if b.skip_audio:
        log.info("No audio in this build (audio: false, the preview, or SITE_SKIP_PDFS or SITE_SKIP_AUDIO=1).")
        return
    start = time.perf_counter()
    m = b.model
    clips = [clip for record in m.in_reading_order() for clip in speech.page_clips(record, m)]
    clips += [clip for sheet in m.sheets.values() for clip in speech.sheet_clips(sheet, m.words)]
    clips += [clip for tool in m.tools for clip in tool.clips]
    made, cached = speech.make_all(clips, Path(config.site_dir), m.data.pronunciations, b.workers, b.files.audio_cache,
                                   b.options.voice, b.options.voice_speed)
    log.info(f"Audio: {made} points read aloud, {cached} unchanged since the last build "
             f"({time.perf_counter() - start:.1f} s)")
