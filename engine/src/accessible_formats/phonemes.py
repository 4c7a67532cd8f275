"""The phoneme signs the reading voice knows, for checking the pronunciation list without loading
the voice itself: the content check reads them from the speech engine's package data."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path


def phoneme_signs(ipa: str) -> str:
    """Phonemes as the engine spells them: a keyboard's g is its ɡ (U+0261)."""
    return ipa.replace("g", "ɡ")


def unknown_phonemes(ipa: str) -> str:
    """The signs of a phoneme spelling that the engine does not know ('' when it knows them all)."""
    ipa = phoneme_signs(ipa)
    spec = importlib.util.find_spec("hibari")
    if spec is None or not spec.submodule_search_locations:
        return ""                     # no engine installed (a preview without audio): nothing to check against
    vocab = json.loads((Path(list(spec.submodule_search_locations)[0]) / "assets" / "vocab.json").read_text(encoding="utf-8"))
    return "".join(sorted({c for c in ipa if c not in vocab and not c.isspace()}))
