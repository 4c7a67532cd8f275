"""A format's work shared out over every core. The Easy Read, large-print and plain-text pages,
the sheets, the offline copy's pages and the compressed copies are each made one page or file at
a time, from the page model and the files already made: no page needs another's.

`each(items, work, cores)` gives `work` the items in shares, one share to each core: the build's own
process takes the first, and a process forked from it (so holding the whole page model, as it
stands) each of the others. `work` writes its files and returns what the build still needs from
it (a plain-text page for the whole guide, the HTML of a PDF to queue): the results come back in
the order of `items`. What `work` changes in memory stays in its process, so it must change
nothing another hook reads (work that others read is done before the pages are shared out).

An error in any share is raised in the build as it would be without the shares: a content
problem (accessible_formats.errors.ContentError) is the same one message, with what to do; any other error
carries the traceback of the process it happened in. The live preview (`make serve`) does the work in
its own process: its web server runs beside the build, and a process forked from one with threads
running is not safe.
"""
from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def cpus() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def each(items: Sequence[T], work: Callable[[T], R], cores: int) -> list[R]:
    """`work` on every item, over at most `cores` processes (the build's `workers`: one in the
    live preview)."""
    n = max(1, min(cores, len(items)))
    if n == 1:
        return [work(item) for item in items]
    shares = [list(items[k::n]) for k in range(n)]
    ctx = multiprocessing.get_context("fork")
    children = []
    for share in shares[1:]:
        receive, send = ctx.Pipe(duplex=False)
        child = ctx.Process(target=_share, args=(work, share, send), daemon=True)
        child.start()
        send.close()
        children.append((child, receive))
    try:
        results = [[work(item) for item in shares[0]]]
    finally:
        # Every share is waited for, even when this one fails, so no process is left writing files.
        theirs = [_result(child, receive) for child, receive in children]
    for outcome in theirs:
        if isinstance(outcome, BaseException):
            raise outcome
        results.append(outcome)
    ordered: list[R] = [None] * len(items)      # type: ignore[list-item]
    for k, share_results in enumerate(results):
        ordered[k::n] = share_results
    return ordered


class RemoteTraceback(Exception):
    """Where, in the process that did a share, an error was raised (as concurrent.futures shows it)."""

    def __str__(self) -> str:
        return "\n" + self.args[0]


def _share(work, share, send) -> None:
    try:
        outcome: tuple = ("done", [work(item) for item in share])
    except BaseException as exc:      # noqa: BLE001 (sent to the build, which raises it there)
        outcome = ("raised", exc, traceback.format_exc())
    try:
        send.send(outcome)
    except Exception as exc:          # noqa: BLE001 (an error or result that cannot be sent: its traceback can)
        where = outcome[2] if outcome[0] == "raised" else ""
        send.send(("raised", RuntimeError(f"a share of the pages could not be sent back ({exc})"),
                   where or traceback.format_exc()))
    send.close()


def _result(child, receive):
    try:
        outcome = receive.recv()
    except EOFError:            # the process ended without a word: its exit code says how
        outcome = None
    finally:
        child.join()
        receive.close()
    if outcome is None:
        return RuntimeError(f"the process that made a share of the pages ended with code {child.exitcode}")
    if outcome[0] == "done":
        return outcome[1]
    _kind, exc, where = outcome
    if where:
        exc.__cause__ = RemoteTraceback(where)
    return exc
