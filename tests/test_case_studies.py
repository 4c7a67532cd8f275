"""Every case study is on the site, on the index and on the right filter and principle pages.

Case studies: all of them on the site, on the index and on exactly the filter pages and
principle pages their metadata names."""
from __future__ import annotations

import posixpath
from pathlib import Path

import yaml
from lxml import html as lxml_html

ROOT = Path(__file__).resolve().parent.parent
FILTERS = {"principles": "by-principle", "settings": "by-setting", "nation": "by-nation"}


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1])


def case_study_files():
    return sorted(p for p in (ROOT / "case_studies").glob("*.md") if not p.name.endswith(".easy.md"))


def linked_case_studies(site_dir: Path, address: str, section_id: str | None = None) -> set[str]:
    """Slugs of the case studies linked from the main content of a page (or one section of it)."""
    root = lxml_html.fromstring((site_dir / address / "index.html").read_text(encoding="utf-8"))
    main = root.xpath('//*[@id="main-content"]')[0]
    if section_id:
        heading = main.xpath(f'.//*[@id="{section_id}"]')
        assert heading, f"/{address} has no section #{section_id}"
        nodes, el = [], heading[0].getnext()
        while el is not None and el.tag != "h2":
            nodes.append(el)
            el = el.getnext()
    else:
        nodes = [main]
    slugs = set()
    for node in nodes:
        for a in node.iter("a"):
            target = posixpath.normpath(posixpath.join("/" + address, a.get("href") or ""))
            parts = target.strip("/").split("/")
            if len(parts) == 2 and parts[0] == "case-studies" and parts[1] not in FILTERS.values():
                slugs.add(parts[1])
    return slugs


def test_every_case_study_file_is_on_the_site(manifest):
    files = case_study_files()
    assert files
    pages = {p["path"] for p in manifest["pages"] if p["kind"] == "case-study"}
    assert pages == {f"case-studies/{f.stem}" for f in files}


def test_the_index_lists_every_case_study(site_dir):
    assert linked_case_studies(site_dir, "case-studies/", "all") == {f.stem for f in case_study_files()}


def test_filter_pages_list_exactly_the_case_studies_their_metadata_names(site_dir):
    expected: dict[str, set[str]] = {}
    for f in case_study_files():
        meta = front_matter(f)
        for field, part in FILTERS.items():
            values = meta[field] if isinstance(meta[field], list) else [meta[field]]
            for v in values:
                expected.setdefault(f"case-studies/{part}/{v}/", set()).add(f.stem)
    for address, slugs in expected.items():
        assert linked_case_studies(site_dir, address) == slugs, address
    # and no filter page exists beyond those
    built = {f"{p.parent.relative_to(site_dir).as_posix()}/" for part in FILTERS.values()
             for p in (site_dir / "case-studies" / part).glob("*/index.html")}
    assert built == set(expected)


def test_each_principle_page_lists_exactly_its_case_studies(site_dir):
    for principle in ("assets", "capacity", "mutuality", "networks", "blurred-roles", "catalysts"):
        tagged = {f.stem for f in case_study_files() if principle in front_matter(f)["principles"]}
        listed = linked_case_studies(site_dir, f"principles/{principle}/", "case-studies")
        assert listed == tagged, principle


def test_each_principle_page_lists_exactly_its_tools(site_dir, manifest):
    for principle in ("assets", "capacity", "mutuality", "networks", "blurred-roles", "catalysts"):
        tools = {p["path"] for p in manifest["pages"] if p["kind"] == "tool" and principle in p["principles"]}
        root = lxml_html.fromstring((site_dir / "principles" / principle / "index.html").read_text(encoding="utf-8"))
        heading = root.xpath('//*[@id="tools"]')
        listed = set()
        if heading:
            el = heading[0].getnext()
            while el is not None and el.tag not in ("h2", "h3"):
                for a in el.iter("a"):
                    target = posixpath.normpath(posixpath.join(f"/principles/{principle}/", a.get("href"))).strip("/")
                    if target.startswith("tools/"):
                        listed.add(target)
                el = el.getnext()
        assert listed == tools, principle


def test_every_case_study_page_follows_the_template(site_dir, manifest):
    allowed = ["about", "what-it-meant", "what-helped", "what-was-hard", "outcomes", "reaching-everyone", "advice",
               "sources"]
    for p in manifest["pages"]:
        if p["kind"] != "case-study":
            continue
        root = lxml_html.fromstring((site_dir / p["formats"]["standard"] / "index.html").read_text(encoding="utf-8"))
        ids = [h.get("id") for h in root.xpath('//*[@id="main-content"]//h2') if h.get("id") != "cite-this-page"]
        assert ids[0] == "about" and ids[-1] == "sources", (p["path"], ids)
        assert ids == [i for i in allowed if i in ids], (p["path"], ids)
