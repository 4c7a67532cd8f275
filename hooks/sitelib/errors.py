"""The one kind of error a content editor sees.

Every problem in the content (a missing field, an unknown value, a picture without alt text,
a broken link) becomes a ContentError naming the file, the line when known, what is wrong and
what to do. MkDocs prints a PluginError as a plain message and stops the build, so editors see
no traceback.
"""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]


def where(path: Path | str, line: int | None = None) -> str:
    """'docs/principles/assets.md, line 4' relative to the project."""
    p = Path(path)
    try:
        p = p.resolve().relative_to(ROOT)
    except ValueError:
        pass
    return f"{p}, line {line}" if line else str(p)


class ContentError(PluginError):
    def __init__(self, path: Path | str, problem: str, fix: str = "", line: int | None = None):
        self.path, self.line, self.problem, self.fix = str(path), line, problem, fix
        text = f"{where(path, line)}: {problem}"
        if fix:
            text += f"\n    What to do: {fix}"
        super().__init__(text)


class ContentErrors(PluginError):
    """Several content errors at once, so an editor can fix them all in one go."""

    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        n = len(errors)
        head = f"The site was not built: {n} problem{'s' if n != 1 else ''} in the content.\n"
        super().__init__(head + "\n".join(f"- {e}" for e in errors))


class Collector:
    """Collects errors while checking many files, then raises them together."""

    def __init__(self):
        self.errors: list[ContentError] = []

    def add(self, path, problem, fix="", line=None):
        self.errors.append(ContentError(path, problem, fix, line))

    def extend(self, errors):
        self.errors.extend(errors)

    def raise_if_any(self):
        if self.errors:
            raise ContentErrors(self.errors)
