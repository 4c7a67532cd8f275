"""Pages made on several processor cores at once are the same as pages made on one, in the same order.

accessible_formats/cores.py forks a process for each share but the first. A content problem met in another
process reaches the editor as the same one clear message. Any other error is raised as it was,
with its traceback. The build waits for every share before it goes on."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from accessible_formats import build, cores
from accessible_formats.errors import ContentError, ContentErrors


def _where(n: int) -> tuple[int, int]:
    """The process that did item n, and the item's square."""
    return os.getpid(), n * n


def test_every_item_done_once_in_order_and_on_more_than_one_process():
    done = cores.each(list(range(11)), _where, cores=3)
    assert [square for _pid, square in done] == [n * n for n in range(11)]
    pids = [pid for pid, _square in done]
    assert len(set(pids)) == 3 and pids[0] == os.getpid()


def test_files_written_in_every_share_are_there_when_it_returns(tmp_path):
    def write(n: int) -> None:
        (tmp_path / f"{n}.txt").write_text(str(n))
    cores.each(list(range(20)), write, cores=2)
    assert sorted(int(p.stem) for p in tmp_path.iterdir()) == list(range(20))


def test_one_item_or_one_core_stays_in_this_process():
    assert cores.each([5], _where, cores=2) == [(os.getpid(), 25)]
    assert {pid for pid, _ in cores.each([1, 2, 3], _where, cores=1)} == {os.getpid()}
    assert cores.each([], _where, cores=2) == []


def test_the_live_preview_works_in_its_own_process(tmp_path):
    preview = build.Build(config=None, root=tmp_path, command="serve")
    assert preview.workers == 1 and build.Build(config=None, root=tmp_path).workers == cores.cpus()
    assert {pid for pid, _ in cores.each([1, 2, 3, 4], _where, preview.workers)} == {os.getpid()}


def _problem_in_the_second_share(n: int) -> int:
    if n == 3:
        raise ContentError(Path("docs/principles/index.easy.md"), "the picture 'hapy' is not in the picture list",
                           "choose a picture from data/pictures.yml.", line=7)
    return n


def test_a_content_problem_in_another_process_is_the_same_message():
    with pytest.raises(ContentError) as caught:
        cores.each([0, 1, 2, 3], _problem_in_the_second_share, cores=2)
    error = caught.value
    assert (error.path, error.line, error.problem, error.fix) == (
        "docs/principles/index.easy.md", 7, "the picture 'hapy' is not in the picture list",
        "choose a picture from data/pictures.yml.")
    assert str(error) == str(ContentError(Path("docs/principles/index.easy.md"), error.problem, error.fix, line=7))


def test_content_problems_together_stay_together():
    def work(n: int) -> int:
        if n == 1:
            raise ContentErrors([ContentError("sheets/a.yml", "no title", "add one.", line=1),
                                 ContentError("sheets/b.yml", "no title", "add one.", line=1)])
        return n
    with pytest.raises(ContentErrors) as caught:
        cores.each([0, 1], work, cores=2)
    assert [e.path for e in caught.value.errors] == ["sheets/a.yml", "sheets/b.yml"]
    assert "2 problems" in str(caught.value)


def test_any_other_error_in_another_process_is_raised_with_its_traceback():
    def work(n: int) -> int:
        if n == 1:
            raise OSError(28, "No space left on device", "site/text/guide.txt")
        return n
    with pytest.raises(OSError) as caught:      # as the offline copy catches it, to say what to do
        cores.each([0, 1], work, cores=2)
    assert (caught.value.errno, caught.value.filename) == (28, "site/text/guide.txt")
    assert "in work" in str(caught.value.__cause__) and "No space left" in str(caught.value.__cause__)


def test_a_process_that_dies_is_an_error_not_a_hang():
    def work(n: int) -> int:
        if n == 1:
            os._exit(3)
        return n
    with pytest.raises(RuntimeError, match="ended with code 3"):
        cores.each([0, 1], work, cores=2)


def test_every_share_is_waited_for_when_this_one_fails(tmp_path):
    def work(n: int) -> None:
        if n == 0:
            raise ContentError("docs/index.md", "broken", "mend it.")
        time.sleep(0.3)
        (tmp_path / f"{n}.txt").write_text("done")
    with pytest.raises(ContentError):
        cores.each([0, 1], work, cores=2)
    assert (tmp_path / "1.txt").exists()      # the other share had finished before the error was raised


def test_an_error_that_cannot_be_sent_back_still_arrives_with_its_traceback():
    class Local(Exception):      # defined here, so it cannot be pickled to the build's process
        pass

    def work(n: int) -> int:
        if n == 1:
            raise Local("the page's table has no header row")
        return n
    with pytest.raises(RuntimeError, match="could not be sent back") as caught:
        cores.each([0, 1], work, cores=2)
    assert "the page's table has no header row" in str(caught.value.__cause__)
