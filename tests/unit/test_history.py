"""Review dates and page histories are worked out from the content and the project's history.

The parts of accessible_formats/history.py that turn the project's history and CHANGELOG.md into each
page's review dates and list of changes, on small inputs."""
from __future__ import annotations

import datetime as dt

from accessible_formats import history
from accessible_formats.changelog import Release

D = dt.date


def test_months_are_added_as_a_person_counts_them():
    assert history.add_months(D(2026, 12, 4), 12) == D(2027, 12, 4)
    assert history.add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert history.add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)
    assert history.add_months(D(2026, 11, 15), 3) == D(2027, 2, 15)


def test_a_version_is_summed_up_by_its_first_line():
    assert history.summary("First version of the site.\n\n- The guide") == "First version of the site."
    assert history.summary("Fixes to\nthree pages.") == "Fixes to three pages."
    assert history.summary("- One fix, written\n  over two lines.\n- Another") == "One fix, written over two lines."


def test_each_change_belongs_to_the_first_version_published_on_or_after_it():
    releases = [Release("1.1.0", D(2026, 12, 4), "Second.", 1), Release("1.0.0", D(2026, 11, 23), "First.", 5)]
    changes = history.versions_that_changed([D(2026, 12, 4), D(2026, 11, 30), D(2026, 11, 23), D(2026, 11, 1)], releases)
    assert [(c["version"], c["summary"]) for c in changes] == [("1.1.0", "Second."), ("1.0.0", "First.")]
    assert history.versions_that_changed([D(2026, 11, 30)], releases)[0]["version"] == "1.1.0"
    assert history.versions_that_changed([D(2027, 1, 1)], releases) == []       # not published yet
    assert history.versions_that_changed([D(2026, 1, 1)], []) == []
