"""`make docs` is strict: the site config fails the build on a broken link, a missing anchor or a
page left out of the navigation (the passing build itself runs in `make docs`, part of `make test`).
`mkdocs build --quiet` would hide the warnings that strict mode counts, so neither uses it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def config() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    return loaded


def test_the_config_is_strict_and_every_page_is_in_the_nav() -> None:
    makefile = (ROOT / "Makefile").read_text()
    docs_recipe = makefile.split("\ndocs:", 1)[1].split("\n\n", 1)[0]
    assert "mkdocs build --strict" in docs_recipe
    assert "--quiet" not in docs_recipe.split("#", 1)[0]
    assert " -q" not in docs_recipe
    assert "docs" in makefile.split("\ntest:", 1)[1].split("##", 1)[0]  # part of make test
    site = config()
    assert site["strict"] is True
    assert {site["validation"][k] for k in ("omitted_files", "unrecognized_links", "anchors")} == {"warn"}

    def pages(nav: Any) -> list[str]:
        if isinstance(nav, str):
            return [nav]
        if isinstance(nav, list):
            return [p for item in nav for p in pages(item)]
        return [p for value in nav.values() for p in pages(value)]

    listed = set(pages(site["nav"]))
    on_disk = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md")}
    assert listed == on_disk


@pytest.mark.parametrize(
    ("page", "text", "complaint"),
    [
        ("media.md", "\n[gone](no-such-page.md)\n", "no-such-page.md"),
        ("media.md", "\n[gone](comments.md#no-such-heading)\n", "no-such-heading"),
        ("orphan.md", "# Not in the nav\n", "orphan.md"),
    ],
)
def test_a_broken_link_or_an_orphan_page_fails_the_build(tmp_path: Path, page: str, text: str, complaint: str) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    with (docs / page).open("a") as handle:
        handle.write(text)
    site = config()
    site["docs_dir"] = str(docs)
    site["site_dir"] = str(tmp_path / "site")
    site["plugins"] = ["search"]  # the API reference is not what this test is about (and is slow)
    for page_file in (docs / "reference").glob("*.md"):
        page_file.write_text(page_file.read_text().split(":::", 1)[0])
    for extension in site["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            extension["pymdownx.snippets"]["base_path"] = [str(ROOT)]
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(site))
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file)],
        capture_output=True,
        text=True,
        timeout=300,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )
    assert result.returncode != 0
    assert complaint in result.stderr + result.stdout


def test_the_reference_documents_every_namespace_of_the_client() -> None:
    from instagram_graph_api_sdk import InstagramClient
    from instagram_graph_api_sdk._namespaces import Namespace

    page = (ROOT / "docs" / "reference" / "namespaces.md").read_text()
    namespaces = {name: value for name, value in vars(InstagramClient).items() if isinstance(value, Namespace)}
    assert len(namespaces) >= 13
    for name, namespace in namespaces.items():
        assert f"## client.{name}\n" in page, name
        assert f"::: {namespace.module}.{namespace.name}\n" in page, name
