"""The one kind of error a content editor sees.

Every problem in the content (a missing field, an unknown value, a picture without alt text,
a broken link) becomes a ContentError naming the file, the line when known, what is wrong and
what to do. MkDocs prints a PluginError as a plain message and stops the build, so editors see
no traceback. All the problems of a build are collected and reported together, once each: the
same problem on several lines of one file is one entry that lists the lines.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

from mkdocs.exceptions import PluginError


def where(path: Path | str, line: int | None = None) -> str:
    """'docs/principles/assets.md, line 4': relative to the folder the build runs in (the project's)."""
    name = _relative(str(path), os.getcwd())
    return f"{name}, line {line}" if line else name


@functools.lru_cache(maxsize=8192)
def _relative(path: str, cwd: str) -> str:
    """A file's name as where() gives it: worked out once per file (the manifest asks for 3,000)."""
    p = Path(path)
    if p.is_absolute():
        real = p.parent.resolve() / p.name      # the file itself is named, even when it is a link
        if real.is_relative_to(Path(cwd).resolve()):
            p = real.relative_to(Path(cwd).resolve())
    return p.as_posix()


# The most of a message that is printed: an editor's value inside one (a title, a list pasted by
# mistake, a whole file read as one field) is cut short, so that a message is always a few lines.
# What to do may be longer (a list of the values allowed), but not without end.
PROBLEM_SIZE, FIX_SIZE = (4, 400), (8, 1200)


def clip(text: str, size: tuple[int, int] = PROBLEM_SIZE) -> str:
    """A message's text cut to a few lines of at most a few hundred characters each."""
    most_lines, most_characters = size
    lines = str(text).splitlines() or [""]
    cut = [line if len(line) <= most_characters else line[:most_characters] + "… (cut short)"
           for line in lines[:most_lines]]
    if len(lines) > most_lines:
        cut[-1] += f" … ({len(lines) - most_lines} more lines)"
    return "\n".join(cut)


class ContentError(PluginError):
    def __init__(self, path: Path | str, problem: str, fix: str = "", line: int | None = None):
        problem, fix = clip(problem), clip(fix, FIX_SIZE)
        self.path, self.line, self.problem, self.fix = str(path), line, problem, fix
        text = f"{where(path, line)}: {problem}"
        if fix:
            text += "\n    What to do: " + fix.replace("\n", "\n      ")
        super().__init__(text)

    @property
    def file(self) -> str:
        return where(self.path)

    def __reduce__(self):      # made again from its parts, when it comes from another process (accessible_formats/cores.py)
        return (ContentError, (self.path, self.problem, self.fix, self.line))


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return shown + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def grouped(errors: list[ContentError]) -> list[str]:
    """One entry per problem: the same problem (and fix) in one file on several lines is
    reported once, with its count and lines."""
    groups: dict[tuple[str, str, str], list[ContentError]] = {}
    for e in errors:
        groups.setdefault((e.file, e.problem, e.fix), []).append(e)
    out = []
    for (file, problem, fix), items in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[1][0].line or 0)):
        lines = sorted({e.line for e in items if e.line})
        if len(items) == 1:
            out.append(str(items[0]))
            continue
        place = f"{file}, lines {_lines(lines)}" if lines else file
        text = f"{place}: {problem} ({len(items)} times)"
        if fix:
            text += "\n    What to do: " + fix.replace("\n", "\n      ")
        out.append(text)
    return out


# The most problems one message lists: the rest are counted (fixing the first often fixes many).
MOST_PROBLEMS = 50


class ContentErrors(PluginError):
    """Several content errors at once, so an editor can fix them all in one go."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        entries = grouped(errors)
        n = len(entries)
        head = f"The site was not built: {n} problem{'s' if n != 1 else ''} in the content.\n"
        text = head + "\n".join(f"- {e}" for e in entries[:MOST_PROBLEMS])
        if n > MOST_PROBLEMS:
            text += f"\n- … and {n - MOST_PROBLEMS} more problems: fix these, then build again to see the rest."
        super().__init__(text)

    def __reduce__(self):
        return (ContentErrors, (self.errors,))


class Collector:
    """Collects errors while checking many files, then raises them together."""

    def __init__(self):
        self.errors: list[ContentError] = []

    def add(self, path, problem, fix="", line=None):
        error = ContentError(path, problem, fix, line)
        if not any((e.file, e.line, e.problem) == (error.file, line, problem) for e in self.errors[-20:]):
            self.errors.append(error)

    def extend(self, errors):
        for e in errors:
            if isinstance(e, ContentErrors):
                self.errors.extend(e.errors)
            else:
                self.errors.append(e)

    def __len__(self) -> int:
        return len(self.errors)

    def files_with_errors(self) -> set[str]:
        return {e.file for e in self.errors}

    def raise_if_any(self):
        if self.errors:
            raise ContentErrors(self.errors)
