"""Served by nginx as deploy/nginx.conf says, the site sends every header, its compressed copies and 404 page, and journeys work.

The site is served by Debian's own nginx (installed by `make test`) on 127.0.0.1 with the
configuration in the repository, deploy/nginx.conf, as a web host would serve it: every response
carries the headers a <meta> policy cannot set (frame-ancestors, X-Content-Type-Options,
Referrer-Policy, Permissions-Policy) and the right type; a browser that accepts Brotli or gzip
gets the copy the build wrote; a missing address gets the site's 404 page with status 404; a
moved page sends the reader on. Then readers' journeys run in Chromium through nginx, with the
pages' own policy and the server's both enforced: any violation fails the test (conftest.py),
and a picture opened by itself runs no script."""
from __future__ import annotations

import contextlib
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from checks import journeys
from tests import fixture_site

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy" / "nginx.conf"
BROTLI = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")
HEADERS = {
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=()",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def nginx(root: Path, tmp: Path):
    """nginx serving `root` with deploy/nginx.conf (its listen and root changed), in the
    foreground as this user; yields the base URL."""
    program = shutil.which("nginx") or "/usr/sbin/nginx"
    port = _free_port()
    site_conf = CONFIG.read_text(encoding="utf-8")
    site_conf = re.sub(r"^\s*listen .*;\n", "", site_conf, flags=re.M)
    site_conf = re.sub(r"^(\s*)root .*;", rf"\1root {root};", site_conf, count=1, flags=re.M)
    site_conf = site_conf.replace("server {\n", f"server {{\n    listen 127.0.0.1:{port};\n", 1)
    (tmp / "site.conf").write_text(site_conf, encoding="utf-8")
    temp = " ".join(f"{kind}_temp_path {tmp / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp / "nginx.conf").write_text(f"""load_module {BROTLI};
daemon off;
master_process off;
worker_processes 1;
pid {tmp / 'nginx.pid'};
error_log {tmp / 'error.log'} warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    {temp}
    include {tmp / 'site.conf'};
}}
""", encoding="utf-8")
    args = [program, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(tmp / "nginx.conf")]
    checked = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, f"nginx does not accept deploy/nginx.conf:\n{checked.stderr}"
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            assert process.poll() is None, f"nginx stopped: {process.stderr.read() if process.stderr else ''}"
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def get(url: str, encoding: str | None = None):
    """(status, headers, body) of a GET, without following redirects or undoing compression."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding or "identity"})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def served(site_dir, tmp_path_factory):
    with nginx(site_dir, tmp_path_factory.mktemp("nginx")) as url:
        yield url


def _addresses(manifest) -> dict[str, str]:
    """One address of each kind of file the site has, and the type nginx must send it as."""
    page = next(p for p in manifest["pages"] if p["path"] == "principles/assets")
    sheet = manifest["sheets"][0]["addresses"]
    return {
        "": "text/html; charset=utf-8",
        page["formats"]["standard"]: "text/html; charset=utf-8",
        page["formats"]["easy_read"]: "text/html; charset=utf-8",
        page["formats"]["large_print"]: "text/html; charset=utf-8",
        page["formats"]["large_print_pdf"]: "application/pdf",
        page["formats"]["text"]: "text/plain; charset=utf-8",
        sheet["page"]: "text/html; charset=utf-8",
        sheet["easy_read_pdf"]: "application/pdf",
        page["formats"]["easy_read"] + "audio/point-1.mp3": "audio/mpeg",
        "assets/css/site.css": "text/css; charset=utf-8",
        "assets/js/listen.js": "application/javascript; charset=utf-8",
        "assets/pictures/home.svg": "image/svg+xml; charset=utf-8",
        "assets/fonts/atkinson-hyperlegible-next-latin-400-normal.woff2": "font/woff2",
        "feed.xml": "application/atom+xml; charset=utf-8",
        "search/search_index.json": "application/json; charset=utf-8",
        "manifest.json": "application/json; charset=utf-8",
    }


def _missing_headers(headers, address: str) -> list[str]:
    return [f"/{address}: {name} is {headers.get(name)!r}, not one with {value!r}"
            for name, value in HEADERS.items() if value not in (headers.get(name) or "")]


def test_every_kind_of_file_is_sent_with_its_type_and_every_header(served, manifest):
    problems = []
    for address, media_type in _addresses(manifest).items():
        status, headers, _body = get(served + address)
        if status != 200:
            problems.append(f"/{address}: status {status}")
            continue
        if headers.get("Content-Type") != media_type:
            problems.append(f"/{address}: sent as {headers.get('Content-Type')!r}, not {media_type!r}")
        problems += _missing_headers(headers, address)
    assert not problems, "\n".join(problems)


def test_a_picture_opened_by_itself_gets_a_policy_that_runs_no_script(served):
    _status, headers, _body = get(served + "assets/pictures/home.svg")
    policy = headers.get("Content-Security-Policy") or ""
    assert "default-src 'none'" in policy and "script-src" not in policy and "frame-ancestors 'none'" in policy, policy


@pytest.mark.parametrize("encoding, suffix", [("br", ".br"), ("gzip", ".gz"), ("gzip, deflate, br", ".br"), (None, "")],
                         ids=["brotli", "gzip", "either", "neither"])
def test_a_browser_gets_the_compressed_copy_it_accepts(served, site_dir, encoding, suffix):
    for address, file in (("principles/assets/", "principles/assets/index.html"), ("assets/css/site.css", "assets/css/site.css"),
                          ("search/search_index.json", "search/search_index.json")):
        status, headers, body = get(served + address, encoding)
        assert status == 200, address
        assert headers.get("Content-Encoding") == (encoding and suffix[1:].replace("gz", "gzip")), (address, dict(headers))
        assert body == (site_dir / (file + suffix)).read_bytes(), f"/{address} with {encoding}: not the file {file}{suffix}"
        assert "Accept-Encoding" in (headers.get("Vary") or ""), (address, dict(headers))


def test_a_missing_address_gets_the_404_page_with_status_404(served, site_dir):
    for address in ("no-such-page/", "principles/no-such-principle/", "easy-read/nothing.html"):
        status, headers, body = get(served + address)
        assert status == 404, address
        assert body == (site_dir / "404.html").read_bytes(), f"/{address}: not the site's 404 page"
        assert headers.get("Content-Type") == "text/html; charset=utf-8"
        assert not _missing_headers(headers, address)


def test_a_folder_without_its_slash_is_sent_to_its_address(served):
    status, headers, _body = get(served + "principles/assets")
    assert status == 301 and headers.get("Location") == "/principles/assets/", (status, dict(headers))
    assert not _missing_headers(headers, "principles/assets")


@pytest.fixture(scope="module")
def moved_site(tmp_path_factory):
    """A small site where a page moved (a redirect in mkdocs.yml), with a picture that holds a
    script, as if one had got onto the server."""
    tmp = tmp_path_factory.mktemp("moved")
    root = fixture_site.make(tmp)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace(
        "redirect_maps: {}", "redirect_maps:\n        old-name.md: about-co-production/what-it-is.md"), encoding="utf-8")
    ok, output, site = fixture_site.build(root)
    assert ok, output[-3000:]
    # put on the server after the build, which would refuse it (tests/test_hostile_inputs.py)
    (site / "assets" / "drawing.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="document.title=\'ran\'">'
        "<script>document.title = 'ran';</script><rect width='10' height='10'/></svg>", encoding="utf-8")
    with nginx(site, tmp) as url:
        yield url


def test_a_moved_page_is_sent_with_every_header_and_takes_the_reader_on(moved_site, chromium):
    for old, new in (("old-name/", "/about-co-production/what-it-is/"),
                     ("easy-read/old-name/", "/easy-read/about-co-production/what-it-is/")):
        status, headers, body = get(moved_site + old)
        assert status == 200 and b"http-equiv=\"Content-Security-Policy\"" in body, (old, status)
        assert not _missing_headers(headers, old)
        page = chromium.new_page()
        page.goto(moved_site + old)
        page.wait_for_url(re.compile(re.escape(new) + "$"), timeout=10000)
        page.close()


def test_a_script_inside_a_picture_does_not_run_when_the_picture_is_opened(moved_site, chromium):
    context = chromium._browser.new_context()         # not watched: the violation is the point here
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    page.goto(moved_site + "assets/drawing.svg")
    page.wait_for_timeout(300)
    assert page.title() != "ran", "the script in the picture ran"
    assert any("Content Security Policy" in s for s in said), said
    context.close()


SIZE = {"width": 375, "height": 740}


def test_readers_journeys_work_through_nginx_with_both_policies(served, chromium, manifest):
    """The Easy Read reader, the facilitator (PDFs included), a listener and a search, through
    nginx: the pages' policy and the server's are both in force, and the browser reports no
    violation (conftest.py) and no header it does not understand."""
    context = chromium.new_context(viewport=SIZE)
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    problems = journeys.run(journeys.easy_read_reader, page, served)
    problems += journeys.run(journeys.facilitator, page, served, True)
    problems += journeys.run(journeys.listener, page, served + "easy-read/principles/assets/")
    page.goto(served + "principles/assets/")
    page.locator('.md-header [data-toggle="__search"]').first.click()    # on a phone, search opens from its button
    page.keyboard.type("personal budgets", delay=20)
    page.wait_for_selector(".md-search-result__item a", timeout=15000)
    context.close()
    assert not problems, problems
    header_problems = [s for s in said if "Permissions-Policy" in s or "Unrecognized feature" in s]
    assert not header_problems, header_problems


def _nginx_headers() -> dict[str, str]:
    text = CONFIG.read_text(encoding="utf-8")
    headers = dict(re.findall(r'^\s*add_header (\S+) "([^"]+)" always;', text, re.M))
    policies = dict(re.findall(r'^\s*(default|~\^image/)\s+"([^"]+)";', text, re.M))
    headers["Content-Security-Policy"] = policies["default"]
    headers["Content-Security-Policy for pictures"] = policies["~^image/"]
    return headers


def test_the_apache_and_static_host_notes_send_the_same_headers_as_the_tested_nginx_configuration():
    expected = _nginx_headers()
    apache_text = (ROOT / "deploy" / "apache.conf").read_text(encoding="utf-8")
    apache = {}
    for name, value in re.findall(r'^\s*Header always set (\S+) "([^"]+)"', apache_text, re.M):
        apache[name if name not in apache else f"{name} for pictures"] = value
    static: dict[str, str] = {}
    section = ""
    for line in (ROOT / "deploy" / "_headers").read_text(encoding="utf-8").splitlines():
        if line.startswith("/"):
            section = line.strip()
        elif line.startswith("  ") and ":" in line:
            name, value = line.strip().split(": ", 1)
            key = f"{name} for pictures" if section == "/*.svg" else name
            if section in ("/*", "/*.svg"):
                static[key] = value
    assert apache == expected, "deploy/apache.conf differs from deploy/nginx.conf"
    assert static == expected, "deploy/_headers differs from deploy/nginx.conf"
