"""Every page carries a policy that lets it load only the site's own files, and a script slipped into a page does not run.

Every page of the site and of its offline copy carries the policy (steps/content_policy.py),
before anything it loads, naming by hash every script written in it; no page needs anything the
policy refuses. Every browser test fails on any violation the browser reports (conftest.py), so
the journeys, the sheets filled in on screen, the audio and the offline copy opened from a folder
are all tested with the policy in force. Here: the check itself bites, and a script that gets
into a page (past the HTML allow-list, say) is stopped by the browser."""
from __future__ import annotations

import re

import pytest

from accessible_formats.checks import policy
from accessible_formats.steps import content_policy

PAGE = """<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <script>document.documentElement.className = "js"</script>
  <link rel="stylesheet" href="site.css">
</head>
<body><p>Words.</p><script type="application/json">{"not": "run"}</script></body>
</html>
"""


def test_every_page_and_the_offline_copy_carry_the_policy(site_dir):
    problems = policy.check_site(site_dir)
    assert not problems, "\n".join(problems[:30])


def test_a_page_gets_its_policy_first_with_the_hash_of_its_own_script_only():
    page = content_policy.with_policy(PAGE)
    assert policy.check_html(page, "page") == []
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert meta and page.index(meta.group(0)) < page.index("<script>")
    hashes = re.findall(r"'sha256-[^']+'", meta.group(1))
    assert hashes == [content_policy.digest('document.documentElement.className = "js"')]
    assert "form-action 'none'" in meta.group(1) and "default-src 'none'" in meta.group(1)
    assert content_policy.with_policy(page) == page, "a second pass changed the page"


@pytest.mark.parametrize("change, expect", [
    (lambda p: p, "no Content-Security-Policy"),
    (lambda p: content_policy.with_policy(p).replace("</body>", "<script>alert(1)</script></body>"),
     "a script in the page is not named by the policy"),
    (lambda p: content_policy.with_policy(p).replace("<p>", '<p style="color: red">'), "a style= attribute"),
    (lambda p: content_policy.with_policy(p).replace("</head>", "<style>p { color: red }</style></head>"),
     "a <style> element"),
    (lambda p: content_policy.with_policy(p).replace("<p>", '<p onclick="go()">'), "an on...= attribute"),
    (lambda p: content_policy.with_policy(p).replace("<p>Words.", '<p><a href="javascript:go()">Go</a>'),
     "a javascript: address"),
    (lambda p: content_policy.with_policy(p).replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
     "the policy's script-src is"),
    (lambda p: content_policy.with_policy(p).replace("img-src 'self' data:", "img-src *"), "the policy's img-src is"),
    (lambda p: content_policy.with_policy(p).replace("; form-action 'none'", ""), "the policy's form-action is 'missing'"),
    (lambda p: content_policy.with_policy(p).replace('<meta charset="utf-8">\n',
                                                     '<meta charset="utf-8"><link rel="stylesheet" href="y.css">\n'),
     "comes after a <link>"),
], ids=["no policy", "a script it does not name", "style=", "<style>", "onclick=", "javascript:", "unsafe-inline",
        "pictures from anywhere", "no form-action", "after a stylesheet"])
def test_the_policy_check_finds_each_fault(change, expect):
    problems = policy.check_html(change(PAGE), "page")
    assert any(expect in p for p in problems), problems


def test_a_script_slipped_into_a_page_does_not_run(chromium, base_url):
    """As if a script got past the HTML allow-list (or a stored copy of a page was changed): the
    browser stops it, and says so."""
    context = chromium._browser.new_context()       # not watched: the violation is the point here
    page = context.new_page()
    said: list[str] = []
    page.on("console", lambda message: said.append(message.text))
    slipped = ('<script>document.title = "ran";</script>'
               '<img src="assets/images/favicon.png" alt="" onload="document.title = \'ran\'">'
               '<a id="js" href="javascript:document.title=\'ran\'">go</a>')

    def change(route):
        response = route.fetch()
        route.fulfill(response=response, body=response.text().replace("</main>", slipped + "</main>"))
    page.route(re.compile(r".*/principles/assets/$"), change)
    page.goto(base_url + "principles/assets/")
    page.click("#js")
    page.wait_for_timeout(300)
    assert page.title() != "ran", "a script in the page ran"
    assert sum("Content Security Policy" in s for s in said) >= 3, said
    context.close()
