"""Valid HTML: the Nu HTML Checker (vnu.jar from npm) over every HTML file of the site."""
from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from pathlib import Path

from . import node_modules


def check(paths: list[Path]) -> list[str]:
    java = shutil.which("java")
    if not java:
        raise RuntimeError("Java is not installed: the Nu HTML Checker needs a Java runtime "
                           "(on Debian: apt-get install default-jre-headless)")
    vnu = node_modules() / "vnu-jar" / "build" / "dist" / "vnu.jar"
    if not vnu.exists():
        raise RuntimeError(f"{vnu} is missing: install vnu-jar from npm (npm install vnu-jar), or set "
                           "ACCESSIBLE_FORMATS_NODE_MODULES to the node_modules folder that has it")
    # TieredStopAtLevel=1: Java compiles the checker's code quickly, without its slower second
    # compiler, which a run of a few seconds never pays back: 7 s of CPU instead of 12.5 s over
    # the site, the same messages.
    result = subprocess.run([java, "-XX:TieredStopAtLevel=1", "-Xss8m", "-jar", str(vnu), "--errors-only", "--skip-non-html",
                             "--format", "json", *map(str, paths)], capture_output=True, text=True, timeout=1800)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    problems = []
    for m in messages:
        where = m.get("url", "").replace("file:", "")
        with contextlib.suppress(ValueError):
            where = "site/" + Path(where).resolve().relative_to(Path(paths[0]).resolve()).as_posix() \
                if len(paths) == 1 and Path(paths[0]).is_dir() else where
        problems.append(f"{where}, line {m.get('lastLine', '?')}: {m.get('message')} "
                        f"[{(m.get('extract') or '').strip()[:80]}]")
    return problems
