"""A damaged file in the build's cache is made again, never published, and the site shares no file with the cache.

The build keeps PDFs, audio, compressed copies and compiled templates between builds (in the cache
folder), so that a build makes only what changed. A cached file cut short (a full disk, a killed
process, a bad copy) must not reach readers as if it were unchanged: each is checked against the
digest and size recorded when it was made, and made again, with one line in the build's output.
Files are copied into the site, not linked, so that damage to one is never damage to the other."""
from __future__ import annotations

import hashlib
import os

import pikepdf
import pytest

from tests import fixture_site

SHEET = fixture_site.ONE_SHEET


def _snapshot(site) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def _cut_short(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.fixture
def project(tmp_path):
    root = fixture_site.make(tmp_path, files={"sheets/a-sheet.yml": SHEET})
    return root, {"SITE_AUDIO_CACHE": str(tmp_path / "audio-cache"), "SITE_PDF_CACHE": str(tmp_path / "pdf-cache")}


def test_a_damaged_cached_file_of_each_kind_is_made_again(project):
    root, env = project
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    good = _snapshot(site)
    caches = {"PDF": sorted((root / ".." / "pdf-cache").resolve().rglob("*.pdf")),
              "audio": sorted((root / ".." / "audio-cache").resolve().rglob("*.mp3")),
              "compressed copy": sorted((root / ".cache" / "compressed").rglob("*.gz")),
              "compiled template": sorted((root / ".cache" / "jinja").rglob("*.cache"))}
    for kind, files in caches.items():
        assert files, f"nothing of the {kind} kind in the cache"
        _cut_short(files[0])
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    assert "Traceback" not in output
    for kind in ("PDF", "audio", "compressed copy", "compiled template"):
        assert f"damaged cached {kind}" in output, f"no word of the damaged {kind}:\n{output[-2000:]}"
    assert _snapshot(site) == good, "the site is not the one a good cache makes"
    for pdf in site.rglob("*.pdf"):
        pikepdf.open(pdf).close()


def test_the_site_shares_no_file_with_the_cache(project):
    root, env = project
    ok, output, site = fixture_site.build(root, env=env)
    assert ok, output[-3000:]
    shared = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and os.stat(p).st_nlink > 1]
    assert not shared, f"files linked to the cache: {shared[:10]}"


def _compile_all(folder: str, templates: str, send) -> None:
    import time  # noqa: PLC0415

    from jinja2 import Environment, FileSystemLoader  # noqa: PLC0415 (in the child process)

    from accessible_formats.steps.page_model import CheckedBytecodeCache  # noqa: PLC0415

    real = os.replace

    def slow_replace(a, b, **kwargs) -> None:    # a slow disk: the moment between a file and its digest is long
        real(a, b, **kwargs)
        time.sleep(0.01)

    setattr(os, "replace", slow_replace)  # noqa: B010 (a stand-in for the whole process)
    try:
        env = Environment(loader=FileSystemLoader(templates), bytecode_cache=CheckedBytecodeCache(folder))
        for name in sorted(os.listdir(templates)):
            env.get_template(name).render()
        send.send("")
    except BaseException as exc:  # noqa: BLE001 (the parent test reports it)
        send.send(repr(exc))


def test_processes_that_compile_the_same_templates_at_once_never_fail(tmp_path):
    """A fresh clone's first build compiles every template in two processes at once, into an empty
    cache: one must never remove or read half of a file the other is writing (it once did, and the
    first build of a fresh clone stopped with FileNotFoundError)."""
    import multiprocessing  # noqa: PLC0415

    templates = tmp_path / "templates"
    templates.mkdir()
    for k in range(30):
        (templates / f"t{k}.html").write_text("{% for i in range(3) %}<p>{{ i }} " + "x" * k + "</p>{% endfor %}")
    ctx = multiprocessing.get_context("fork")
    for attempt in range(6):
        folder = tmp_path / f"cache{attempt}"
        folder.mkdir()
        pipes, children = [], []
        for _ in range(4):
            receive, send = ctx.Pipe(duplex=False)
            child = ctx.Process(target=_compile_all, args=(str(folder), str(templates), send))
            child.start()
            pipes.append(receive)
            children.append(child)
        problems = [p.recv() for p in pipes]
        for child in children:
            child.join()
        assert not any(problems), problems
        cached = sorted(folder.glob("*.cache"))
        assert len(cached) == 30
        from accessible_formats import cache_files  # noqa: PLC0415
        assert all(cache_files.intact(c) for c in cached), "a compiled template without its right digest"


def test_checking_a_cached_file_never_removes_it(tmp_path):
    """The check of a cached file only answers: another process of the same build may have just
    written the file and not yet its digest, and needs the file to be there to record it."""
    from accessible_formats import cache_files  # noqa: PLC0415

    made = tmp_path / "ab" / "made.pdf"
    made.parent.mkdir()
    made.write_bytes(b"%PDF- just written, its digest not yet")
    assert not cache_files.intact(made, "PDF")
    assert made.exists(), "the check removed a file another process was writing"
    cache_files.record(made)
    assert cache_files.intact(made, "PDF")
    made.write_bytes(b"%PDF- cut")
    assert not cache_files.intact(made, "PDF")
    assert made.exists()
