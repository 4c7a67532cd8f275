"""The offline copy is compressed at the quick setting the build asks for.

accessible_formats/steps/offline_copy.py names the level (LEVEL). zipfile gives a ZipFile's own level only to the
members it names itself, so a level set on the ZipFile alone was silently left at zlib's default
(6) for every member, which took three times as long to compress."""
from __future__ import annotations

import zipfile
import zlib

from accessible_formats.steps import offline_copy


def test_every_deflated_member_is_at_the_named_level(tmp_path):
    site = tmp_path / "site"
    (site / "principles").mkdir(parents=True)
    words = " ".join(f"Co-production point {i} means sharing power with the people who use services." for i in range(300))
    (site / "index.html").write_text(f'<html><body><a href="principles/">Principles</a><p>{words}</p></body></html>')
    (site / "principles" / "index.html").write_text(f'<html><body><a href="../">Home</a><p>{words}</p></body></html>')
    (site / "principles.txt").write_text(words * 3)
    address = offline_copy.address_of("a-site-offline.zip")
    offline_copy.write_zip(site, "https://example.org/", 1, address, "a-site", "Open index.html.\n")
    with zipfile.ZipFile(site / address) as z:
        deflated = [i for i in z.infolist() if i.compress_type == zipfile.ZIP_DEFLATED]
        assert len(deflated) >= 4
        for info in deflated:
            packer = zlib.compressobj(offline_copy.LEVEL, zlib.DEFLATED, -15)
            assert info.compress_size == len(packer.compress(z.read(info)) + packer.flush()), info.filename
