"""The release stamp a model id closes on (``-2512``, ``-20241022``): for the checks and importers.

Its own module, off the first comparison's path (issue 16): only ``validate --strict``
(:mod:`phicompare.catalog.lint`) and the importers read a stamp, and its pattern was compiled
with :mod:`.names` by every comparison.
"""

from __future__ import annotations

import re

__all__ = ["id_stamp"]

_STAMP = re.compile(r"(?<![\w.])(?:(20\d\d)-?(0[1-9]|1[0-2])-?[0-3]\d|"
                    r"(2[3-9])(0[1-9]|1[0-2])(?:[0-3]\d)?)(?![\w.])")


def id_stamp(model_id: str) -> tuple[int, int] | None:
    """The (year, month) the id's last release stamp names, or None.

    A maker's id that closes on a release stamp names the month of that release: Mistral's and
    Qwen's year-month ``-2512`` (December 2025), a dated snapshot's ``-20241022`` or
    ``-2024-10-22``, ByteDance's ``-250715``. Month-day stamps (OpenAI's ``-0613``) name no year
    and are not read.

    Examples:
        >>> id_stamp("mistral-large-2512"), id_stamp("claude-3-5-sonnet-20241022")
        ((2025, 12), (2024, 10))
        >>> id_stamp("doubao-seed-1-6-flash-250715"), id_stamp("o3-2025-04-16")
        ((2025, 7), (2025, 4))
        >>> id_stamp("gpt-4-0613") is None, id_stamp("qwen3-235b-a22b") is None
        (True, True)
    """
    found = list(_STAMP.finditer(model_id))
    if not found:
        return None
    last = found[-1]
    if last[1] is not None:
        return int(last[1]), int(last[2])
    return 2000 + int(last[3]), int(last[4])
