"""The tree's guard-rails (docs/architecture.md): module size, no hidden state, lazy upward calls.

The layer order itself is checked by import-linter (``lint-imports``, configured in
pyproject.toml). The allow-lists below hold today's offenders; each is a ratchet: a new offender
fails, and so does an entry that no longer offends (shrink the list when a fix lands).
"""

from __future__ import annotations

import ast
import importlib
import itertools
from collections import Counter
from pathlib import Path

import phicompare

SRC = Path(phicompare.__file__).parent  # the sources, or the installed wheel in CI
MAX_LINES = 400

# TODO(issue 12): split these modules along a seam the reader can name, then remove them here.
TOO_LONG: frozenset[str] = frozenset()

# The one sanctioned cache (STYLE.md: "cache at one well-defined edge"): the bundled catalog,
# parsed once per process. Keyed by nothing, it holds no caller's objects.
SANCTIONED: dict[str, Counter[str]] = {
    "catalog/bundled.py": Counter({"functools.cache": 1}),
    # The two private cattrs converters, each built once per process on first use (cattrs is
    # imported lazily). A converter is configuration, keyed by nothing and holding no data.
    "render/serialize.py": Counter({"functools.cache": 1}),
    "catalog/structure.py": Counter({"functools.cache": 1}),
}

# TODO(issue 12): hidden state to remove (counts per file and kind); lower a count, or drop the
# file, as each one goes.
HIDDEN_STATE_TODO: dict[str, Counter[str]] = {}

# The upward calls the layers allow (docs/architecture.md), as (module, function) pairs: each
# must import lazily, inside that function.
LAZY_UPWARD: frozenset[tuple[str, str]] = frozenset({
    ("analysis/comparison.py", "Comparison.narrative"),
    ("analysis/comparison.py", "Comparison.prose"),
    ("analysis/comparison.py", "Comparison.check"),
    ("analysis/comparison.py", "Comparison.to_markdown"),
    ("analysis/comparison.py", "Comparison.to_html"),
    ("analysis/comparison.py", "Comparison.to_text"),
    ("analysis/comparison.py", "Comparison.to_json"),
    ("analysis/comparison.py", "Comparison.to_dict"),
    ("analysis/comparison_dict.py", "comparison_from"),
    ("analysis/comparison.py", "Comparison.plot_cost"),
    ("analysis/comparison.py", "Comparison.plot_benchmarks"),
    ("analysis/comparison.py", "Comparison.to_frame"),
    ("analysis/estimate.py", "ModelCost.to_frame"),
    ("analysis/recommend.py", "Recommendation.reasons"),
    ("analysis/recommend.py", "Recommendation.check"),
    ("analysis/recommend.py", "Recommendation.to_frame"),
    ("analysis/recommend.py", "Recommendation.to_text"),
    ("analysis/recommend.py", "Recommendation.to_markdown"),
    ("analysis/recommend.py", "Recommendation.to_html"),
    ("analysis/recommend.py", "Recommendation.to_dict"),
    ("domain/records.py", "Model._repr_markdown_"),
    ("domain/records.py", "Model._repr_html_"),
    ("catalog/index.py", "Catalog._repr_markdown_"),
    ("catalog/index.py", "Catalog._repr_html_"),
})

# TODO(issue 12): upward imports outside the allowed conveniences ("<module scope>" when made at
# import time); the same edges are in pyproject.toml's import-linter TODO block.
UPWARD_TODO: frozenset[tuple[str, str, str]] = frozenset()

# Layer ranks, lowest first. Importers sit beside analysis (rank 3) and neither imports the
# other; the package index (`__init__`) is an interface, like the CLI.
RANK = {"_version": 0, "safe": 0, "exceptions": 0, "domain": 1, "catalog": 2, "analysis": 3,
        "importers": 3, "narrative": 4, "render": 5, "batch": 6, "site": 6, "cli": 6, "__init__": 6,
        "__main__": 7}


def modules() -> list[Path]:
    """Every Python module of the package."""
    return sorted(SRC.rglob("*.py"))


def name(path: Path) -> str:
    """The module's path relative to the package, with forward slashes."""
    return path.relative_to(SRC).as_posix()


def layer(module: str) -> str:
    """The layer of a dotted module name or of a package-relative path."""
    parts = module.removeprefix("phicompare").strip(".").replace("/", ".").split(".")
    head = parts[0].removesuffix(".py") if parts[0] else "__init__"
    return head.removesuffix(".py")


def non_blank_lines(path: Path) -> int:
    """Lines holding something other than whitespace."""
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def _dotted(node: ast.expr) -> str:
    """``functools.lru_cache`` for an attribute chain, ``ByIdentity`` for a name, else ``""``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _dotted(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def hidden_state(tree: ast.Module) -> Counter[str]:
    """Module-level identity caches, memo decorators, ``exec`` and collector switches in a module.

    A ``ByIdentity(...)`` counts when it is built outside any function (at module or class
    scope); the others count wherever they appear.
    """
    found: Counter[str] = Counter()

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Call):
            callee = _dotted(node.func)
            if callee.endswith("ByIdentity") and not in_function:
                found["ByIdentity("] += 1
            if callee in {"exec", "builtins.exec"}:
                found["exec("] += 1
        if isinstance(node, (ast.Name, ast.Attribute)):
            dotted = _dotted(node)
            if dotted in {"lru_cache", "functools.lru_cache"}:
                found["lru_cache"] += 1
            elif dotted in {"cache", "functools.cache"}:
                found["functools.cache"] += 1
            elif dotted in {"gc.disable", "disable"} and isinstance(node, ast.Attribute):
                found["gc.disable"] += 1
            if isinstance(node, ast.Attribute):
                return  # the chain is counted once, from its outermost attribute
        inner = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                 ast.Lambda))
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    visit(tree, in_function=False)
    return found


def upward_imports(path: Path) -> set[tuple[str, str, str]]:
    """(module, enclosing function or ``<module scope>``, imported module) for each upward edge."""
    module = name(path)
    rank = RANK[layer(module)]
    package = ".".join(("phicompare", *path.relative_to(SRC).parent.parts))
    edges: set[tuple[str, str, str]] = set()

    def targets(node: ast.Import | ast.ImportFrom) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        if node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            stem = f"{base}.{node.module}" if node.module else base
        else:
            stem = node.module or ""
        return [stem]

    def visit(node: ast.AST, scope: list[str]) -> None:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for target in targets(node):
                if target.split(".")[0] != "phicompare":
                    continue
                if RANK[layer(target)] > rank or (
                        {layer(target), layer(module)} == {"analysis", "importers"}):
                    edges.add((module, ".".join(scope) or "<module scope>", target))
        inner = scope
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            inner = [*scope, node.name]
        for child in ast.iter_child_nodes(node):
            visit(child, inner)

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for statement in tree.body:
        if isinstance(statement, ast.If) and _dotted(statement.test) in {
                "TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            continue  # annotations only: no import at run time
        visit(statement, [])
    return edges


def test_modules_stay_under_400_non_blank_lines() -> None:
    """No module passes 400 non-blank lines, except the listed ones, which are still too long."""
    long = {name(p) for p in modules() if non_blank_lines(p) > MAX_LINES}
    assert long - TOO_LONG == set(), f"split these modules (over {MAX_LINES} lines)"
    assert TOO_LONG - long == set(), "these are short now: remove them from TOO_LONG"


def test_no_hidden_state_beyond_the_allow_lists() -> None:
    """No module-level identity cache, memo decorator, exec or collector switch is added."""
    found = {name(p): hidden_state(ast.parse(p.read_text(encoding="utf-8"))) for p in modules()}
    found = {k: v for k, v in found.items() if v}
    allowed = {k: SANCTIONED.get(k, Counter()) + HIDDEN_STATE_TODO.get(k, Counter())
               for k in SANCTIONED.keys() | HIDDEN_STATE_TODO.keys()}
    new = {k: v - allowed.get(k, Counter()) for k, v in found.items()}
    assert {k: dict(v) for k, v in new.items() if v} == {}, "hidden state added"
    gone = {k: v - found.get(k, Counter()) for k, v in allowed.items()}
    assert {k: dict(v) for k, v in gone.items() if v} == {}, (
        "hidden state removed: lower HIDDEN_STATE_TODO")


def test_upward_imports_are_the_lazy_conveniences() -> None:
    """An import of a higher layer sits in an allowed convenience method, or is a listed TODO."""
    edges: set[tuple[str, str, str]] = set()
    for path in modules():
        edges |= upward_imports(path)
    unexpected = {e for e in edges if (e[0], e[1]) not in LAZY_UPWARD} - UPWARD_TODO
    assert unexpected == set(), "upward imports outside the allowed lazy conveniences"
    assert UPWARD_TODO - edges == set(), "fixed: remove these from UPWARD_TODO"


def test_the_checkers_see_what_they_are_meant_to() -> None:
    """The scanners find a planted offender of every kind, and skip the allowed forms."""
    planted = ast.parse(
        "import functools, gc\n"
        "_C = ByIdentity()\n"
        "class K:\n    _D = facts.ByIdentity()\n"
        "@functools.lru_cache(maxsize=8)\ndef f(x): return x\n"
        "@functools.cache\ndef g(): return 1\n"
        "def h():\n    local = ByIdentity()\n    exec('1')\n    gc.disable()\n"
        "    gc.freeze()\n")
    assert hidden_state(planted) == Counter({
        "ByIdentity(": 2, "lru_cache": 1, "functools.cache": 1, "exec(": 1, "gc.disable": 1})
    assert layer("phicompare.render.markdown") == "render"
    assert layer("catalog/index.py") == "catalog"
    assert layer("batch.py") == "batch"
    assert layer("phicompare") == "__init__"
    assert ("analysis/comparison.py", "Comparison.to_markdown", "phicompare.render.markdown") in (
        upward_imports(SRC / "analysis" / "comparison.py"))


# ``.value`` fields that are not an enum's: a requirement's argument ("yes", a capability's
# name, a token count) is text by design.
NOT_ENUM_VALUES = frozenset({"requirement"})


def _words(node: ast.expr) -> bool:
    """Whether ``node`` is a string literal, or a tuple, list or set of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, (ast.Tuple, ast.List, ast.Set)) and bool(node.elts) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts)


def _enum_value(node: ast.expr, bound: set[str]) -> bool:
    """Whether ``node`` reads an enum's ``.value`` (or a name bound to one in its function)."""
    if isinstance(node, ast.Name):
        return node.id in bound
    return isinstance(node, ast.Attribute) and node.attr == "value" and (
        _dotted(node.value).rsplit(".", 1)[-1] not in NOT_ENUM_VALUES)


def value_comparisons(tree: ast.Module) -> list[int]:
    """The lines comparing an enum's ``.value`` with a literal (``status.value == "ga"``).

    A name assigned ``x.kind.value`` (alone, in a tuple, or in a comprehension) counts as such a
    value within the function that binds it; compare the enum's members instead.
    """
    lines: list[int] = []

    def visit(node: ast.AST, bound: set[str]) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            bound = set()
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Assign):
                    continue
                pairs = [(t, inner.value) for t in inner.targets]
                pairs += [(t, v) for ts, vs in pairs if isinstance(ts, ast.Tuple)
                          and isinstance(vs, ast.Tuple) and len(ts.elts) == len(vs.elts)
                          for t, v in zip(ts.elts, vs.elts, strict=True)]
                for target, value in pairs:
                    read = value.elt if isinstance(
                        value, (ast.SetComp, ast.ListComp, ast.GeneratorExp)) else value
                    if isinstance(target, ast.Name) and _enum_value(read, set()):
                        bound.add(target.id)
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any((_enum_value(a, bound) and _words(b)) or (_words(a) and _enum_value(b, bound))
                   for a, b in itertools.pairwise(sides)):
                lines.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child, bound)

    visit(tree, set())
    return lines


def test_enums_are_compared_by_member_not_by_value() -> None:
    """No module compares an enum's ``.value`` with a string literal: mypy cannot catch a typo
    there (STYLE.md: kinds are enums, not strings)."""
    found = {name(p): lines for p in modules()
             if (lines := value_comparisons(ast.parse(p.read_text(encoding="utf-8"))))}
    assert found == {}, "compare the enum's members (status is RouteStatus.GA), not .value"


def test_the_value_comparison_checker_sees_what_it_is_meant_to() -> None:
    """It finds a status, a name bound to a kind and a set of kinds; a requirement's text passes."""
    planted = ast.parse(
        "def f(c, check):\n"
        "    if c.route.status.value == 'free-tier': pass\n"
        "    kind, value = check.requirement.kind.value, check.requirement.value\n"
        "    if kind in ('route', 'budget'): pass\n"
        "    failed = {k.kind.value for k in c.failures}\n"
        "    if 'route' in failed: pass\n"
        "    if check.requirement.value == 'yes': pass\n"
        "    if c.status is RouteStatus.GA: pass\n")
    assert value_comparisons(planted) == [2, 4, 6]


# TODO: the per-request fee's note ("a fee of $0.005 a request is not included") is a sentence
# the cost model writes; it belongs in the narrative with the other figures.
MONEY_TEXT_TODO: dict[str, int] = {"analysis/cost.py": 1}

REPRS = "analysis/reprs.py"
"""The facts' one-line reprs (``__repr__ = reprs.route_row``): a developer's view, as a
``__repr__`` is, so a dollar figure there is no page's."""


def test_the_reprs_module_holds_reprs_only() -> None:
    """Each public function of ``analysis/reprs.py`` is some class's ``__repr__``."""
    from phicompare.analysis import estimate, facts, reprs, source_facts

    classes = [getattr(m, n) for m in (facts, estimate, source_facts) for n in dir(m)
               if isinstance(getattr(m, n), type)]
    used = {c.__dict__["__repr__"].__name__ for c in classes if "__repr__" in c.__dict__}
    assert set(reprs.__all__) <= used


def money_texts(tree: ast.Module) -> list[int]:
    """The lines of f-strings that print a dollar figure (``f"${bill:,.2f}"``), outside reprs.

    The narrative formats money (``narrative/format.py``: one set of formatters); the analysis
    returns Decimals (DESIGN.md: fact records, no prose).
    """
    lines: list[int] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "__repr__":
            return  # (a developer's view of the object, not a page)
        if isinstance(node, ast.JoinedStr):
            parts = node.values
            if any(isinstance(a, ast.Constant) and str(a.value).endswith("$")
                   and isinstance(b, ast.FormattedValue) for a, b in itertools.pairwise(parts)):
                lines.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return lines


def test_the_analysis_formats_no_money() -> None:
    """No analysis module prints a dollar figure: it returns Decimals and the narrative words
    them (``analysis/choice.py`` formatted cents and price places of its own)."""
    found = {name(p): len(lines) for p in modules() if layer(name(p)) == "analysis"
             and name(p) != REPRS  # every function there is a class's __repr__
             and (lines := money_texts(ast.parse(p.read_text(encoding="utf-8"))))}
    assert found == MONEY_TEXT_TODO


def test_the_money_checker_sees_what_it_is_meant_to() -> None:
    """It finds a dollar figure in an f-string, and skips a repr and a plain dollar sign."""
    planted = ast.parse(
        "def f(bill):\n"
        "    a = f'${bill:,.2f} a month'\n"
        "    b = f'under $0.01 for {bill}'\n"
        "class C:\n"
        "    def __repr__(self):\n"
        "        return f'<C ${self.bill}>'\n")
    assert money_texts(planted) == [2]


def test_the_split_modules_keep_room_and_their_names() -> None:
    """``analysis/comparison.py`` and ``importers/_assemble.py``, once at the limit, were split
    by topic (``drawn.py``, ``comparison_dict.py``; ``_lab_apis.py``): room to grow, and every
    name they gave still imports from them. (Comparison.from_json() grew the first by ten
    lines after the split; the room asked for is what is left then.)"""
    for module, room in (("analysis/comparison.py", 15), ("importers/_assemble.py", 25)):
        assert non_blank_lines(SRC / module) <= MAX_LINES - room, module
    gave = {
        "phicompare.analysis.comparison": ("FORMAT_VERSION", "Comparison", "DrawnFrom"),
        "phicompare.importers._assemble": (
            "MAKERS", "MAKER_VENDORS", "MODEL_FACTS", "VENDORS_CHECKED", "WEIGHTS_LISTER",
            "Record", "assemble", "capability_facts", "split_vendor", "unique_names"),
    }
    for module, names in gave.items():
        imported = importlib.import_module(module)
        assert [n for n in names if not hasattr(imported, n)] == [], module
