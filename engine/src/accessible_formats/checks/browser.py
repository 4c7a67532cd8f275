"""Headless Chromium from Debian, driven by Playwright (Playwright's own browser download does
not work offline). Used by the browser tests and by tools/screenshot.py."""
from __future__ import annotations

import contextlib
import functools
import http.server
import io
import shutil
import socketserver
import threading
from pathlib import Path
from urllib.parse import urlsplit

# The last: JavaScript without V8's optimising compilers (Maglev, TurboFan). Every page the checks
# open is a new document that runs axe-core once, briefly, and V8 spent more CPU optimising axe in
# the background, page after page, than it saved: the browser checks of 31 pages took 12.5 s of
# the browser's CPU instead of 15.8 s, and axe alone 5.8 s instead of 10.0 s, with the same
# results. What a check finds does not depend on how V8 compiles. (Lighthouse, which measures
# speed, starts its own Chromium without it: tools/lighthouse_budget.py.)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                 "--disable-dev-shm-usage", "--js-flags=--no-opt --no-maglev"]


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("Chromium is not installed: install your system's chromium package "
                           "(on Debian: apt-get install chromium).")
    return path


def headless_path() -> str:
    """Debian's chromium-headless-shell when it is installed (make test installs it): the same
    Blink as chromium without the browser around it, so a page costs about a quarter less CPU
    (measured on the browser checks of 60 pages: 0.57 s a page against 0.76 s)."""
    return shutil.which("chromium-headless-shell") or chromium_path()


@contextlib.contextmanager
def browser():
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (Playwright: the checks extra, loaded only when a browser runs)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=headless_path(), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def end_headers(self):
        # LinkChecker slows to a few requests a second on any host that does not send this
        # header; our own test server does, so the whole site is checked in a minute or two.
        self.send_header("LinkChecker", "local test server")
        super().end_headers()


class _CompressingHandler(_QuietHandler):
    """Sends a file's compressed copy (steps/compressed_files.py) when the browser accepts it, as
    a web host with gzip_static and brotli_static does: for measuring speed as readers get it."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()          # the redirect to the folder's address
            path = path / "index.html"
        accepts = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            packed = path.with_name(path.name + suffix)
            if encoding in accepts and path.is_file() and packed.is_file():
                data = packed.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(str(path)))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return io.BytesIO(data)
        return super().send_head()


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass  # a client that closes the connection early is not a problem here


def requests_away(page) -> list[str]:
    """A list that fills with every request the page makes to anywhere but this site (served on
    127.0.0.1) and the browser itself (file:, data:, blob:): the privacy checks want it empty."""
    away: list[str] = []

    def seen(request):
        parts = urlsplit(request.url)
        if parts.scheme not in ("file", "data", "blob") and parts.hostname != "127.0.0.1":
            away.append(request.url)
    page.on("request", seen)
    return away


@contextlib.contextmanager
def serve(directory: Path, port: int = 0, compressed: bool = False):
    """Serve a folder on 127.0.0.1; yields the base URL. With `compressed`, send each file's
    .br or .gz copy as a web host set up as README.md says would."""
    handler = functools.partial(_CompressingHandler if compressed else _QuietHandler, directory=str(directory))
    server = _Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def first_frames(page) -> None:
    """Wait until the page has drawn two frames after loading: a reader never sees a page before
    its first frame. The theme sizes the menu beside the content when a frame is drawn (a
    ResizeObserver). On a busy machine the load event came before any frame, the menu ran down
    over the dark footer, and axe found the links there too faint (contrast 1.06). With the
    menu's size taken away after loading, axe finds the same links, so that was the cause."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
