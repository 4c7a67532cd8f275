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


def test_a_date_is_written_as_readers_of_the_sites_language_write_it_whatever_the_machines_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    day = D(2026, 12, 7)
    assert history.long_date(day) == "7 December 2026"
    assert history.long_date(day, "en-GB") == "7 December 2026"
    assert history.long_date(day, "en-US") == "December 7, 2026"
    assert history.long_date(day, "cy") == "7 Rhagfyr 2026"
    assert history.long_date(day, "en-XA") == "December 7, 2026"     # a test language: its language's dates


def test_a_language_code_the_engine_does_not_know_is_one_message_naming_mkdocs_yml(tmp_path):
    from accessible_formats import words  # noqa: PLC0415
    from accessible_formats.errors import Collector  # noqa: PLC0415

    errors = Collector()
    loaded = words.load(tmp_path / "words.yml", errors, language="xq-Nowhere", config_file=tmp_path / "mkdocs.yml")
    messages = [str(e) for e in errors.errors]
    assert len(messages) == 1, messages
    assert "mkdocs.yml" in messages[0] and "'xq-Nowhere'" in messages[0] and "language: en-GB" in messages[0]
    assert loaded.language == "en-GB"
