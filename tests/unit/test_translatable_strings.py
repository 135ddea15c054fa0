"""Every tr() call is one lupdate can find: none hides inside an f-string."""

from __future__ import annotations

import ast
from pathlib import Path

import portfolio_app

SOURCES = Path(portfolio_app.__file__).parent


def _tr_calls_in_f_strings(tree: ast.AST) -> list[int]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("tr", "translate") and any(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in inner.args
                ):
                    found.append(inner.lineno)
    return found


def test_no_literal_is_translated_inside_an_f_string() -> None:
    hidden = [
        f"{path.relative_to(SOURCES)}:{line}"
        for path in sorted(SOURCES.rglob("*.py"))
        for line in _tr_calls_in_f_strings(ast.parse(path.read_text(encoding="utf-8")))
    ]

    assert hidden == []  # lupdate misses these: move the tr() call before the f-string


def test_the_check_finds_one() -> None:
    tree = ast.parse("x = f\"<b>{self.tr('Database:')}</b>\"")

    assert _tr_calls_in_f_strings(tree) == [1]
