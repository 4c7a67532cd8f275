"""The content schemas (schemas/*.schema.json), checked with jsonschema, with messages for editors.

Each kind of file an editor writes has one schema, as data: a guide page's front matter, a case
study's, an Easy Read text's, a printable sheet, the glossary, the lists in data/. The same files
drive the tables in CONTRIBUTING.md (a test compares them) and can give editors live checking in
their editor (see CONTRIBUTING.md).

Our own keywords, which other tools ignore:
- "x-list": the value must be one of a site list: a group of data/taxonomy.yml, "sources"
  (data/sources.yml) or "pictures" (data/pictures.yml).
- "x-max-words": the most words a piece of text may have.
- "x-rule": the rule a "pattern" stands for, in words (for the message).
- "x-name": what an object is called in messages ("front matter", "question").
- "x-example": how to write the value, shown in "What to do".
- "x-fix": the "What to do" for any problem with the value.
"""
from __future__ import annotations

import difflib
import json
import re
from functools import cache
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from . import own_files, yaml_lines
from .errors import Collector

# Where each site list comes from, for messages: "sources" and "pictures" are files of their own,
# any other list is a group of the taxonomy (the project's data folder).
LIST_FILES = {"sources": "data/sources.yml", "pictures": "data/pictures.yml"}
ENGINE_ONLY = (own_files.SCHEMAS,)


def _read_documents(folders: tuple[Path, ...]) -> dict[str, dict]:
    """Every schema in these folders, by file name: the first folder's file wins (a project's
    schemas/ before the engine's)."""
    docs: dict[str, dict] = {}
    for folder in folders:
        for p in sorted(Path(folder).glob("*.schema.json")) if Path(folder).is_dir() else []:
            docs.setdefault(p.name, json.loads(p.read_text(encoding="utf-8")))
    return docs


@cache
def _documents(folders: tuple[Path, ...]) -> dict[str, dict]:
    """For tools and tests outside a build (a build reads them afresh: Schemas)."""
    return _read_documents(folders)


def document(name: str, folders: tuple[Path, ...] = ENGINE_ONLY) -> dict:
    return _documents(tuple(folders))[f"{name}.schema.json"]


def _x_max_words(validator, most, instance, schema):
    if isinstance(instance, str) and len(instance.split()) > most:
        yield jsonschema.ValidationError(f"{len(instance.split())} words; the most is {most}")


class Schemas:
    """The schemas of one build (read from its folders when it starts, so a schema changed under
    `mkdocs serve` counts at the next rebuild), bound to the site's lists (taxonomy groups,
    sources, pictures)."""

    def __init__(self, site_lists: dict[str, dict], folders: tuple[Path, ...] = ENGINE_ONLY):
        self.site_lists = site_lists
        self.folders = tuple(folders)
        self.documents = _read_documents(self.folders)
        self._registry = Registry().with_resources(
            (name, Resource.from_contents(doc)) for name, doc in self.documents.items())

        def x_list(validator, list_name, instance, schema):
            allowed = site_lists.get(list_name)
            if isinstance(instance, str) and allowed is not None and instance not in allowed:
                yield jsonschema.ValidationError(f"'{instance}' is not in the list {list_name}")

        self._class = jsonschema.validators.extend(Draft202012Validator, {"x-list": x_list, "x-max-words": _x_max_words})
        self._validators: dict = {}

    def document(self, name: str) -> dict:
        return self.documents[f"{name}.schema.json"]

    def has(self, name: str) -> bool:
        return f"{name}.schema.json" in self.documents

    def validator(self, name: str):
        if name not in self._validators:
            self._validators[name] = self._class(self.document(name), registry=self._registry,
                                                 format_checker=Draft202012Validator.FORMAT_CHECKER)
        return self._validators[name]

    def check(self, name: str, instance, path: Path, errors: Collector, line_offset_for_empty: int = 1) -> bool:
        """Check `instance` (read with yaml_lines, so it knows its lines) against a schema.
        Adds one message per problem; returns True when there is none."""
        before = len(errors)
        leaves = [leaf for error in sorted(self.validator(name).iter_errors(instance), key=_order)
                  for leaf in _leaves(error)]
        misspelt = {(tuple(leaf.absolute_path), meant) for leaf in leaves if (meant := _meant(leaf))}
        for leaf in leaves:
            if leaf.validator == "required" and (tuple(leaf.absolute_path), _missing(leaf)) in misspelt:
                continue        # the field is there, misspelt: its one message says so
            problem, fix, line = explain(leaf, instance, self.site_lists, name, self.documents)
            errors.add(path, problem, fix, line or yaml_lines.line_of(instance) or line_offset_for_empty)
        return len(errors) == before


def _extra(error) -> str | None:
    """The first field an 'additionalProperties' error found that its schema does not have."""
    if error.validator != "additionalProperties" or not isinstance(error.schema, dict):
        return None
    known = error.schema.get("properties", {})
    return next((k for k in (error.instance or {}) if k not in known), None)


def _meant(error) -> str | None:
    """The field an unknown field most likely misspells ('descripton' for 'description'), if any."""
    extra = _extra(error)
    if extra is None:
        return None
    return _closest(extra, [k for k in error.schema.get("properties", {}) if k not in error.instance])


def _closest(word, choices: list[str]) -> str | None:
    """The choice a word most likely misspells ('englnd' for 'england'), if any."""
    close = difflib.get_close_matches(str(word), choices, n=1, cutoff=0.75)
    return close[0] if close else None


def _not_allowed(field: str, value, meant: str | None, allowed: str, line):
    """A value that is not one of the allowed ones: one message, saying which it most likely misspells."""
    if meant:
        return (f"{field} has the value '{value}', which is not allowed: did you mean '{meant}'?",
                f"correct it to '{meant}', or use one of: {allowed}", line)
    return f"{field} has the value '{value}', which is not allowed", f"use one of: {allowed}", line


def _missing(error) -> str:
    found = re.match(r"^'(.+)' is a required property", error.message)
    return found.group(1) if found else error.validator_value[0]


def _order(error):
    return [str(p) for p in error.absolute_path]


def _leaves(error):
    """The errors worth showing: for 'anyOf'/'oneOf'/'allOf' failures, the ones inside."""
    if error.context:
        # The errors of the branches the value's type fits (a list checked as the list it may be,
        # not as the text it is not); the others only when none fits.
        wrong_type = {e.relative_schema_path[0] for e in error.context
                      if e.validator == "type" and len(e.relative_schema_path) == 2}
        fitting = [e for e in error.context if e.relative_schema_path[0] not in wrong_type]
        best = jsonschema.exceptions.best_match(fitting or error.context)
        return [best] if best is not None else [error]
    return [error]


# --- messages -------------------------------------------------------------------------------

TYPE_WORDS = {"string": "a piece of text", "array": "a list", "object": "a group of fields",
              "integer": "a whole number", "number": "a number", "boolean": "yes or no"}


def _name_of(path) -> str:
    """The field's name for messages: its key, or 'entry 3 of <key>' in a list."""
    keys = list(path)
    if not keys:
        return ""
    last = keys[-1]
    if isinstance(last, int):
        parent = next((k for k in reversed(keys[:-1]) if isinstance(k, str)), "the list")
        return f"entry {last + 1} of '{parent}'"
    return f"'{last}'"


def _container(instance, path):
    obj = instance
    for key in list(path)[:-1]:
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            return None
    return obj


def _line(instance, path) -> int | None:
    """The line of the value at `path`: the line of its key (or list entry), else of what holds it."""
    obj, best = instance, yaml_lines.line_of(instance)
    for key in list(path):
        in_dict = isinstance(obj, yaml_lines.LineDict) and key in obj.lines
        in_list = isinstance(obj, yaml_lines.LineList) and isinstance(key, int) and key < len(obj.lines)
        if in_dict or in_list:
            best = obj.lines[key]
        try:
            obj = obj[key]
        except (KeyError, IndexError, TypeError):
            break
    return best


def _what(schema: dict) -> str:
    return schema.get("description") or ""


def _example(schema: dict) -> str:
    return schema.get("x-example", "")


def explain(error, instance, site_lists, doc_name: str = "", documents: dict | None = None) -> tuple[str, str, int | None]:
    """(problem, what to do, line) for one jsonschema error, in words an editor can act on."""
    path = error.absolute_path
    schema = error.schema if isinstance(error.schema, dict) else {}
    field = _name_of(path)
    line = _line(instance, path)
    kind = error.validator
    value = error.instance
    holder = schema.get("x-name", "front matter")
    custom_fix = schema.get("x-fix", "")

    if kind == "required":
        name = _missing(error)
        sub = error.schema.get("properties", {}).get(name, {}) if isinstance(error.schema, dict) else {}
        sub = _resolved(sub, documents or {}, f"{doc_name}.schema.json")
        where_ = f"the {holder}" + (f" ({_name_of(path)})" if path else "")
        example = f" Write it like:\n{_example(sub)}" if _example(sub) else ""
        return (f"{where_} has no '{name}'", f"add '{name}:' with {_what(sub) or 'its value'}.{example}", line)
    if kind == "additionalProperties":
        extra, meant = _extra(error), _meant(error)
        allowed = ", ".join(schema.get("properties", {}))
        line = _line(instance, list(path) + [extra]) if extra else line
        problem = f"unknown field '{extra or '?'}' in the {holder}"
        if meant:
            return f"{problem}: did you mean '{meant}'?", f"correct the spelling to '{meant}:'.", line
        return (problem, f"use only these fields: {allowed}. Check the spelling, and the indentation." if allowed
                else "remove it.", line)
    if kind == "type":
        want = error.validator_value
        wants = want if isinstance(want, list) else [want]
        words = " or ".join(TYPE_WORDS.get(w, str(w)) for w in wants)
        got = value
        if "string" in wants and isinstance(got, list):
            fix = f"write one value, not a list: {path[-1] if path else 'it'}: {got[0] if got else '...'}"
        elif "array" in wants and isinstance(got, str):
            fix = f"write it as a list, like: {_example(schema) or (str(path[-1]) + ': [' + got + ']')}"
        elif "string" in wants and got is None:
            fix = "write the value after the colon, or remove the line."
        elif "string" in wants and isinstance(got, bool):
            fix = (f"YAML reads words like yes, no, on and off as true or false: put the words in quotes, like: "
                   f"{path[-1] if path else 'title'}: \"{'Yes' if got else 'No'}\"")
        elif "string" in wants:
            fix = f"put the value in quotes, like: {path[-1] if path else 'title'}: \"{got}\""
        else:
            fix = custom_fix or (f"write it like:\n{_example(schema)}" if _example(schema) else f"write {words}.")
        return f"{field or 'the ' + holder} should be {words}", custom_fix or fix, line
    if kind == "x-list":
        list_name = error.validator_value
        values = list(site_lists.get(list_name, {}))
        source = LIST_FILES.get(list_name, "data/taxonomy.yml")
        if len(values) > 15:
            close = difflib.get_close_matches(str(value), values, n=3)
            allowed = (f"a name from the list ({len(values)} names)" +
                       (f"; did you mean {' or '.join(close)}?" if close else ""))
            if list_name == "pictures":
                allowed += " The page /about/pictures/ of the built site shows every picture"
        else:
            allowed = ", ".join(values)
        if _is_property_name(error):
            return (f"unknown {list_name[:-1] if list_name.endswith('s') else list_name} '{value}'",
                    f"use one of: {allowed} (see {source}).", _line(instance, list(path) + [value]) or line)
        meant = _closest(value, values) if len(values) <= 15 else None     # a long list suggests names itself
        return _not_allowed(field, value, meant, f"{allowed} (see {source}).", line)
    if kind == "enum":
        values = [str(v) for v in error.validator_value]
        return _not_allowed(field, value, _closest(value, values), ", ".join(values) + ".", line)
    if kind == "const":
        return f"{field} should be '{error.validator_value}'", custom_fix or "", line
    if kind in ("minItems", "minProperties"):
        n = error.validator_value
        if isinstance(value, dict) and kind == "minProperties" and n == 1:
            return f"{field} is empty", custom_fix or f"write it like:\n{_example(schema)}", line
        return (f"{field} should list at least {n}",
                custom_fix or f"write it like:\n{_example(schema)}" if _example(schema) else f"add at least {n}.", line)
    if kind in ("maxItems", "maxProperties"):
        return (f"{field} has too many entries (the most is {error.validator_value})",
                custom_fix or f"keep at most {error.validator_value}: where more are needed, split it in two "
                              "(a sheet into two sheets, say).", line)
    if kind == "uniqueItems":
        return f"{field} lists the same value twice", "remove the repeated value.", line
    if kind in ("minLength", "pattern") and isinstance(value, str) and not value.strip():
        return f"{field} is empty", f"write {_what(schema) or 'a value'} after the colon.", line
    if kind == "pattern":
        rule = schema.get("x-rule") or f"it must match {error.validator_value}"
        if _is_property_name(error):
            return (f"the name '{value}' cannot be used: {rule}", custom_fix or "rename it to follow the rule.",
                    _line(instance, list(path) + [value]) or line)
        shown = value if len(str(value)) < 60 else str(value)[:57] + "..."
        return f"{field} is '{shown}': {rule}", custom_fix or "change it to follow the rule.", line
    if kind == "minLength":
        return f"{field} is too short", custom_fix or "write more.", line
    if kind == "x-max-words":
        n = len(value.split())
        return (f"{field} has {n} words; the most is {error.validator_value}",
                "shorten it to one plain sentence: it is shown in lists and link previews.", line)
    if kind in ("minimum", "maximum"):
        lo, hi = schema.get("minimum"), schema.get("maximum")
        return (f"{field} is {value}: it should be a number from {lo} to {hi}",
                custom_fix or f"write a number from {lo} to {hi}: {_what(schema)}.", line)
    if kind == "format":
        return f"{field} is '{value}', which is not {error.validator_value}", schema.get("x-rule", ""), line
    return f"{field or 'the ' + holder} is not right ({error.message})", custom_fix, line


def _is_property_name(error) -> bool:
    return any(p == "propertyNames" for p in error.absolute_schema_path)


def _resolved(schema: dict, documents: dict, here: str = "") -> dict:
    """A property's schema with a '$ref' followed, for its description and example."""
    if "$ref" in schema and "description" not in schema:
        ref = schema["$ref"]
        doc_name, _, pointer = ref.partition("#")
        doc = documents.get(doc_name or here)
        if doc:
            target = doc
            for part in pointer.strip("/").split("/"):
                if part:
                    target = target.get(part, {})
            return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def field_descriptions(name: str, folders: tuple[Path, ...] = ENGINE_ONLY) -> dict[str, str]:
    """The fields of a schema's top level (or its items, for a list) with their descriptions."""
    documents = _documents(tuple(folders))
    doc = documents[f"{name}.schema.json"]
    props = doc.get("properties") or doc.get("items", {}).get("properties") or {}
    return {k: _resolved(v, documents).get("description", "") for k, v in props.items()}
