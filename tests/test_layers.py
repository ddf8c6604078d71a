"""The apps import one way: each only the apps below it, the shared helpers at the bottom.

Every module under council/ is read, migrations included (none needs an app above its own), and
every import wherever it stands: one inside a function, put there to dodge a circular import at
start-up, is still a circle.
"""

import ast
import sys
from itertools import pairwise
from pathlib import Path

COUNCIL = Path(__file__).resolve().parent.parent / "council"
PROJECT = "project"

# Bottom first. An app imports the apps of the layers below its own, and no other.
LAYERS = [
    {"lib"},  # the text helpers every app shares, in pure Python
    {"records"},  # the domain: models, querysets, the staff's admin
    # The site's own pages (about, licence…), staff's Markdown: they read no records, only take
    # the records' versioning and revision stamp; below the public site, which serves them and
    # lists them in every page's footer and menu, as it serves the records.
    {"pages"},
    {"archive", "importer"},  # the public site (pages, feeds, the page cache); import from articles
    {"opendata"},  # the records as files, cached as the site's pages are
    {"search"},  # the search page, its feed (the site's) and its table (open data's)
    # Email alerts, and the JSON API (open data's records found by search's form; oEmbed)
    {"alerts", "api"},
    {PROJECT},  # settings and URLs: council/*.py
]
LAYER_OF = {app: layer for layer, apps in enumerate(LAYERS) for app in apps}


class Import:
    def __init__(self, path, line, module):
        self.path, self.line, self.module = path, line, module
        self.app, self.imported_app = app_of(dotted(path)), app_of(module)

    def __str__(self):
        return f"{self.path.relative_to(COUNCIL.parent)}:{self.line} imports {self.module}"


def dotted(path):
    parts = path.relative_to(COUNCIL.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def app_of(module):
    """The app a dotted module name belongs to: a package under council/, or the project."""
    parts = module.split(".")
    if len(parts) > 1 and (COUNCIL / parts[1]).is_dir():
        return parts[1]
    return PROJECT


def imports_of(path):
    """Every import of a council module in the file at ``path``, relative ones resolved."""
    package = dotted(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - node.level + 1]
            modules = [".".join([*base, *filter(None, [node.module])])]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module]
        else:
            continue
        for module in modules:
            if module == "council" or module.startswith("council."):
                yield Import(path, node.lineno, module)


def imports_between_apps():
    return [
        found
        for path in sorted(COUNCIL.rglob("*.py"))
        for found in imports_of(path)
        if found.imported_app != found.app
    ]


def cycle(edges):
    """A list of nodes that leads back to its first, in the graph ``{node: {nodes}}``; None
    where there is no cycle."""
    done, path = set(), []

    def visit(node):
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for following in sorted(edges.get(node, ())):
            if found := visit(following):
                return found
        path.pop()
        done.add(node)
        return None

    for node in sorted(edges):
        if found := visit(node):
            return found
    return None


def test_every_app_has_a_layer():
    apps = {path.name for path in COUNCIL.iterdir() if (path / "__init__.py").exists()}
    assert apps - LAYER_OF.keys() == set()


def test_every_app_imports_only_the_apps_below_it():
    upward = [
        f"{found}: {found.app} may not import {found.imported_app}"
        for found in imports_between_apps()
        if LAYER_OF[found.imported_app] >= LAYER_OF[found.app]
    ]
    assert upward == []


def test_the_apps_import_each_other_in_no_cycle():
    edges, first_import = {}, {}
    for found in imports_between_apps():
        edges.setdefault(found.app, set()).add(found.imported_app)
        first_import.setdefault((found.app, found.imported_app), found)
    circle = cycle(edges)
    assert circle is None, "\n".join(
        [" → ".join(circle), *(str(first_import[pair]) for pair in pairwise(circle))]
    )


def test_the_shared_helpers_import_no_app():
    assert [str(found) for found in imports_between_apps() if found.app == "lib"] == []


def test_an_import_inside_a_function_is_read_and_a_relative_one_resolved(tmp_path, monkeypatch):
    council = tmp_path / "council"
    for app in ("records", "search"):
        (council / app).mkdir(parents=True)
    module = council / "records" / "models.py"
    module.write_text("def vector():\n    from ..search import documents\n")
    monkeypatch.setattr(sys.modules[__name__], "COUNCIL", council)
    assert [(found.app, found.module) for found in imports_of(module)] == [
        ("records", "council.search")
    ]


def test_a_cycle_is_named_from_where_it_closes():
    assert cycle({"records": {"lib", "search"}, "search": {"records"}}) == [
        "records",
        "search",
        "records",
    ]
    assert cycle({"search": {"archive", "records"}, "archive": {"records"}}) is None
