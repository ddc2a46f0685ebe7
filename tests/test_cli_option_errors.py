"""A bad option value's line names the option first (API review 15, A10; cli.md's rule).

``--materiality 1`` printed the library's message with a Python ``Decimal('1')``;
``--requires``, ``--provider``/``--exclude-provider``, ``pick --priority`` and ``pick --license``
did not name their option, and ``--priority nosuch`` suggested 'egoschema'. An unknown option
after ``list``, ``show`` or ``validate`` pointed at ``phicompare --help``; ``list --vendor
nosuch`` printed an empty table and exited 0.
"""

from __future__ import annotations

import io

import pytest

from phicompare.cli.main import main

CASES = [
    (["phi-2", "phi-4-mini", "--materiality", "1"],
     "--materiality: '1' is not a share from 0 up to (not including) 1"),
    (["phi-2", "phi-4-mini", "--materiality", "100%"],
     "--materiality: '100%' is not a share from 0 up to (not including) 1"),
    (["phi-2", "phi-4-mini", "--requires", "telepathy"],
     "--requires: unknown capability 'telepathy'; known: "),
    (["pick", "--requires", "telepathy"], "--requires: unknown capability 'telepathy'; known: "),
    (["phi-2", "phi-4-mini", "--exclude-provider", "azure"],
     "--exclude-provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["phi-2", "phi-4-mini", "--provider", "azure"],
     "--provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["pick", "--provider", "azure"],
     "--provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["show", "phi-2", "--exclude-provider", "azure"],
     "--exclude-provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["list", "--provider", "azure"],
     "unrecognized arguments: --provider azure (see `phicompare list --help`)"),
    (["all", "--out", "unused", "--models", "phi-2,phi-4", "--provider", "azure"],
     "--provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["site", "--out", "unused", "--models", "phi-2,phi-4", "--exclude-provider", "azure"],
     "--exclude-provider: unknown provider 'azure'; did you mean 'azure-foundry'?"),
    (["phi-2", "phi-4-mini", "--provider", "openrouter", "--exclude-provider", "OpenRouter"],
     "every provider allowed (openrouter) is excluded too: no provider is left"),  # (review 27)
    (["pick", "--provider", "openrouter", "--exclude-provider", "openrouter"],
     "every provider allowed (openrouter) is excluded too: no provider is left"),
    (["pick", "--priority", "nosuch"],
     "--priority: unknown benchmark 'nosuch'; no benchmark id is close to it, of the "),
    (["pick", "--priority", "mmlu-pr"],
     "--priority: unknown benchmark 'mmlu-pr'; did you mean 'mmlu-pro'"),
    (["pick", "--license", "nosuch"],
     "--license: no model in the catalog has the licence 'nosuch'"),
    (["list", "--as-of", "2025-01-01"],
     "unrecognized arguments: --as-of 2025-01-01 (see `phicompare list --help`)"),
    (["show", "phi-2", "--bogus"],
     "unrecognized arguments: --bogus (see `phicompare show --help`)"),
    (["validate", "x", "--bogus"],
     "unrecognized arguments: --bogus (see `phicompare validate --help`)"),
    (["list", "--vendor", "nosuch"], "--vendor: no model of nosuch in the catalog"),
    (["list", "--vendor", "microsft"],
     "--vendor: no model of microsft in the catalog; did you mean 'Microsoft'?"),
]


@pytest.mark.parametrize(("argv", "start"), CASES, ids=[" ".join(a)[:50] for a, _ in CASES])
def test_the_line_names_the_option_first(argv: list[str], start: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    status = main(argv, out=out)
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith(f"phicompare: {start}"), err
    assert err.count("\n") == 1
    assert out.getvalue() == ""


def test_a_known_vendor_still_lists(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["list", "--vendor", "microsoft"], out=out) == 0
    assert "phi-4-mini" in out.getvalue()
