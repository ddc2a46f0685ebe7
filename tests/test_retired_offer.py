"""A provider whose every route of a model is retired counts in no capability's coverage.

`phicompare phi-2 phi-4-mini` read "Structured outputs | from 3 of 7 providers" and "...
Microsoft Foundry, NanoGPT, NVIDIA NIM (API catalog) and GitHub Models do not list it", though
the route table says GitHub Models' route retired on 2026-07-30 (review 20, P5's item 4). A
retired route serves nothing on the comparison's date: the capabilities table, the tradeoffs
and switch friction count the providers in service alike, as friction's shared providers do.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare


def test_a_retired_route_is_not_counted() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 11, 25))
    md = c.to_markdown()
    assert "| Structured outputs | not documented | from 3 of 6 providers |" in md, md
    assert "and GitHub Models do not list it" not in md, md
    assert ("Microsoft Foundry, NanoGPT and NVIDIA NIM (API catalog) do not list it" in md), md
    assert c.check() == []


def test_before_its_retirement_it_is() -> None:
    c = compare("phi-2", "phi-4-mini", as_of=dt.date(2026, 7, 1))
    md = c.to_markdown()
    assert "| Structured outputs | not documented | from 3 of 7 providers |" in md, md
    assert c.check() == []
