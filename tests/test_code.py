"""Our own code passes its lint and type checks.

Our own code: lint (ruff) and types (mypy) over hooks/, checks/, tests/ and tools/, the words
the code asks for (data/words.yml) all there, and the test workers sharing out the tests as the
suite expects."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CODE = ["engine", "hooks", "checks", "tests", "tools"]


def test_ruff_finds_nothing():
    result = subprocess.run([str(BIN / "ruff"), "check", *CODE], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_mypy_finds_nothing():
    hooks = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "hooks").glob("*.py"))
    for targets in (["engine/src/accessible_formats", "checks", "tests", "tools"], hooks):   # the hook files are not a package
        result = subprocess.run([str(BIN / "mypy"), "--cache-dir", str(ROOT / ".cache" / "mypy"), *targets],
                                cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_every_word_the_code_asks_for_is_in_the_words_file():
    words: dict = {}       # the engine's words, and this site's own over them (as the build reads them)
    for source in (ROOT / "engine" / "src" / "accessible_formats" / "words" / "en-GB.yml", ROOT / "data" / "words.yml"):
        for group, values in yaml.safe_load(source.read_text(encoding="utf-8")).items():
            words.setdefault(group, {}).update(values)
    asked = set()
    code = [*(ROOT / "engine").rglob("*.py"), *(ROOT / "hooks").rglob("*.py")]
    for f in code + [*(ROOT / "engine").rglob("*.html"), *(ROOT / "overrides").rglob("*.html")]:
        text = f.read_text(encoding="utf-8")
        asked |= {(m.group(1), m.group(2), f.name) for m in re.finditer(r"say\(\"(\w+)\", \"(\w+)\"\)", text)}
        asked |= {(m.group(1), m.group(2), f.name) for m in re.finditer(r"\bwords\.(\w+)\.(\w+)\b", text)}
    missing = [f"{name}: {group}.{key}" for group, key, name in sorted(asked) if key not in (words.get(group) or {})]
    assert asked and not missing, missing


def test_tests_of_one_group_run_on_one_worker(tmp_path):
    """The tests marked with one xdist_group run on one worker (pytest.ini: --dist loadgroup), so
    that the broken site and the first views are made once. pytest 9.2 broke this without a word
    (pytest-xdist issue 1386): the tests ran, each worker making everything again."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_group.py").write_text(
        "import os, pathlib, pytest\n"
        "@pytest.mark.xdist_group('one')\n"
        "@pytest.mark.parametrize('i', range(6))\n"
        "def test_it(i):\n"
        f"    pathlib.Path(r'{tmp_path}', f'ran-{{i}}').write_text(os.environ['PYTEST_XDIST_WORKER'])\n")
    # Only pytest-xdist among the plugins: the others took 3 of the run's 4 seconds to load.
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "xdist", "-n", "2", "--dist", "loadgroup",
                             "-p", "no:cacheprovider", "test_group.py"], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert result.returncode == 0, result.stdout + result.stderr
    workers = {f.read_text() for f in tmp_path.glob("ran-*")}
    assert len(list(tmp_path.glob("ran-*"))) == 6 and len(workers) == 1, workers
