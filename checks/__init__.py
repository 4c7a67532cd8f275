"""The site's quality gates, as functions that take a built site (or a single page) and return
the problems they find. The tests in tests/ run them on the real site and on small broken
fixture sites (to prove that each gate fails when it should); tools/check_page.py runs the
readability checks on one page while you write it.
"""
