"""YAML that remembers line numbers, so that errors can name the line to fix."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from .errors import ContentError


class LineDict(dict):
    """A mapping read from YAML. `.line` is where it starts; `.lines[key]` where each key is."""

    line: int = 0
    lines: dict


class LineList(list):
    line: int = 0
    lines: list


_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)    # libyaml's parser when there is one: quicker


class _Loader(_Base):
    pass


def _mapping(loader, node):
    d = LineDict()
    d.line = node.start_mark.line + 1
    d.lines = {}
    loader.flatten_mapping(node)          # merge keys (<<: *anchor)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict)) or key is None:
            raise yaml.constructor.ConstructorError(
                None, None, "a field name must be a plain word, like 'title'", key_node.start_mark)
        key = key if isinstance(key, str) else str(key)     # 'yes:' or '2019:' read as text
        if key in d:
            raise yaml.constructor.ConstructorError(
                None, None, f"the field '{key}' is written twice (first on line {d.lines[key]})",
                key_node.start_mark)
        d[key] = loader.construct_object(value_node, deep=True)
        d.lines[key] = key_node.start_mark.line + 1
    return d


def _sequence(loader, node):
    seq = LineList(loader.construct_object(child, deep=True) for child in node.value)
    seq.line = node.start_mark.line + 1
    seq.lines = [child.start_mark.line + 1 for child in node.value]
    return seq


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
# A date (reviewed: 2026-12-04) stays as written: the schemas check it, and the model reads it.
_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


# Where an anchor (&name) or an alias (*name) may start: after a space, a bracket, a comma or a colon.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[&*][^\s]", re.MULTILINE)


def _refuse_anchors(text: str, path: Path | str, line_offset: int) -> None:
    """Anchors and aliases (&name, *name) repeat one part of a file elsewhere. No content file
    needs them, and ten nested ones make a value billions of items long (minutes to read, and
    messages hundreds of megabytes long), so they are refused before anything is built from them."""
    if not _MAYBE_ANCHOR.search(text):          # the quick look: most files have neither sign
        return
    try:
        for token in yaml.scan(text, Loader=_Base):
            if isinstance(token, (yaml.AnchorToken, yaml.AliasToken)):
                sign = "&" if isinstance(token, yaml.AnchorToken) else "*"
                raise ContentError(
                    path, f"'{sign}{str(token.value)[:40]}' is a YAML anchor or alias, which content files may not use",
                    "write the value out in full where it is needed (if it is text that starts with & or *, "
                    "put it in quotes).", token.start_mark.line + 1 + line_offset)
    except yaml.YAMLError:
        return                                  # the parse below names the syntax error


def parse(text: str, path: Path | str, line_offset: int = 0):
    """Parse YAML text; a syntax error becomes a ContentError naming the line. Anchors and
    aliases are refused."""
    _refuse_anchors(text, path, line_offset)
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if problem.startswith(("the field", "a field name")):
            problem = re.sub(r"first on line (\d+)", lambda m: f"first on line {int(m.group(1)) + line_offset}", problem)
            raise ContentError(path, problem, "keep one line for each field, and write its name as a plain word.",
                               line) from None
        raise ContentError(
            path, f"this is not valid YAML ({problem})",
            "check the indentation, and put quotes around text that contains a colon.", line
        ) from None
    if line_offset:
        _shift(data, line_offset)
    return data


def _shift(obj, offset):
    if isinstance(obj, LineDict):
        obj.line += offset
        obj.lines = {k: v + offset for k, v in obj.lines.items()}
        for v in obj.values():
            _shift(v, offset)
    elif isinstance(obj, LineList):
        obj.line += offset
        obj.lines = [v + offset for v in obj.lines]
        for v in obj:
            _shift(v, offset)


def line_of(mapping, key=None) -> int | None:
    if isinstance(mapping, LineDict):
        if key is not None and key in mapping.lines:
            return mapping.lines[key]
        return mapping.line
    return getattr(mapping, "line", None)
