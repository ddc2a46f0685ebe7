"""A validator's problem names its key and the TOML value, never a table's repr (review 27, P8).

``retires`` before ``deprecated``, a weekday listed twice and usage limits with no figure were
reported at the whole table, shown in Python's form (``{'checked': datetime.date(2026, 1, 1),
...}``, ``Decimal('0.5')``); a 5,000-digit integer had no line, and told a catalog author to
call ``sys.set_int_max_str_digits()``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from phicompare import ProviderRoute
from phicompare.catalog.loader import validate_paths

_MODEL = '[[models]]\nid = "m1"\nname = "M1"\n'
_ROUTE = ('[[models.routes]]\nprovider = "openrouter"\nsource = "https://x"\n'
          'checked = 2026-01-01\ninput = 1\noutput = 2\n')
_WINDOW = '[[models.routes.windows]]\nstart = "00:00"\nend = "01:00"\ninput = 0.5\n'

CASES = [
    (_MODEL + _ROUTE + "deprecated = 2026-05-01\nretires = 2026-01-01\n",
     "models[0].routes[0].retires = 2026-01-01: is before deprecated (2026-05-01)"),
    (_MODEL + _ROUTE + _WINDOW + "weekdays = [1, 1, 7]\n",
     "models[0].routes[0].windows[0].weekdays[1] = 1: listed twice in [1, 1, 7]"),
    (_MODEL + _ROUTE + _WINDOW + "weekdays = [1, 8]\n",
     ("models[0].routes[0].windows[0].weekdays[1] = 8: not an ISO weekday (1 = Monday .. 7 = "
     "Sunday)")),
    (_MODEL + _ROUTE + '[models.routes.limits]\nsource = "https://x"\nchecked = 2026-01-01\n',
     ("models[0].routes[0].limits: usage limits give no figure: set at least one of "
     "requests_per_minute, requests_per_day, tokens_per_minute, tokens_per_day, "
     "input_tokens_per_request, output_tokens_per_request")),
    ('[models]\nid = "m1"\nname = "M1"\n', "models: expected an array of tables ([[models]])"),
    (_MODEL + '[models.routes]\nprovider = "openrouter"\nchecked = 2026-01-01\n',
     "models[0].routes: expected an array of tables ([[...routes]])"),
    (_MODEL + "context_window = " + "9" * 5000 + "\n",
     "TOML syntax error at line 4, column 18: a number of 5,000 digits; no figure has so many"),
    (_MODEL + "context_window = 1_" + "0" * 5000 + "\n",
     "TOML syntax error at line 4, column 18: a number of 5,001 digits; no figure has so many"),
]


@pytest.mark.parametrize(("text", "line"), CASES)
def test_the_problem_names_the_key_and_its_toml_value(tmp_path: Path, text: str,
                                                      line: str) -> None:
    file = tmp_path / "c.toml"
    file.write_text(text, encoding="utf-8")
    assert [str(p) for p in validate_paths(file, bundled=True)] == [f"{file}: {line}"]


def test_the_api_message_is_unchanged() -> None:
    import datetime as dt

    with pytest.raises(ValueError, match=r"^retires \(2026-01-01\) is before deprecated "
                                         r"\(2026-05-01\)$"):
        ProviderRoute(provider="p", source="https://x", checked=dt.date(2026, 1, 1),
                      deprecated=dt.date(2026, 5, 1), retires=dt.date(2026, 1, 1))
