"""The traffic in words: "800M input and 250M output tokens a month", with the bills' shares.

Split from :mod:`.assumptions` (which re-exports these), so that the narrative's context can
keep a page's traffic phrase (:attr:`.context.Context.traffic_said`) without importing the
sections: the words are a function of the traffic alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from . import format as fmt, paths
from .claims import Evidence, EvidenceKind

if TYPE_CHECKING:
    from phicompare.analysis.traffic import Traffic

__all__ = ["share_words", "traffic_evidence", "traffic_terms", "traffic_text"]


def traffic_terms(t: Traffic) -> tuple[str, list[Evidence]]:
    """:func:`traffic_text` with the shares the bills assume, in brackets, and their evidence.

    A sentence that states its bills at a traffic states the cache and batch shares too, in
    the words the assumptions use: the counts alone do not give the bills (review 25, P7).

    Examples:
        >>> from phicompare import Traffic
        >>> text, evidence = traffic_terms(Traffic(cached_share="0.5"))
        >>> text
        '800M input and 250M output tokens a month (50% of input read from the prompt cache)'
        >>> [e.shown for e in evidence]
        ['800M', '250M', '50%']
        >>> print(traffic_terms(Traffic(cached_share="0.6", batch_share="0.5"))[0][42:85])
        (60% of input read from the prompt cache; 5

    """
    shares = share_words(t)
    text = traffic_text(t)
    if shares:
        said = [f"{fmt.percent(s)} {words}" for s, words, _ in shares]
        # a share whose words hold an "and" ("of output and of the other input") is set apart
        # by semicolons, never read as one more item of the list (review 28, P7)
        text += f" ({'; '.join(said) if any(' and ' in w for w in said) else fmt.join_words(said)})"
    return text, traffic_evidence(t) + [
        Evidence(paths.traffic(field), share, fmt.percent(share), EvidenceKind.PERCENT)
        for share, _, field in shares]


def traffic_text(t: Traffic) -> str:
    """:func:`traffic_phrase`'s words alone (a sentence whose evidence waits for its basis)."""
    shown_in, shown_out = fmt.big_count(t.input_tokens), fmt.big_count(t.output_tokens)
    # a rounded count ("2.3B" for 2,250,000,000) is "about" it: the exact ones are in the bill
    exact = _exact(shown_in, t.input_tokens) and _exact(shown_out, t.output_tokens)
    about = "" if exact else "about "
    if t.input_tokens != 1 and t.output_tokens != 1:
        return f"{about}{shown_in} input and {shown_out} output tokens a month"
    # agreement by count: "800M input tokens and 1 output token a month", never "1 output tokens"
    return (f"{about}{shown_in} input {_token(t.input_tokens)} and {shown_out} output "
            f"{_token(t.output_tokens)} a month")


def share_words(t: Traffic) -> list[tuple[Decimal, str, paths.TrafficField]]:
    """The traffic's shares that are not zero: each share, its words and its field.

    One wording for a comparison's assumptions and a recommendation's summary. The batch share
    is of the output and of the input the cache neither reads nor writes (docs/cost-model.md):
    beside a cache share, it says so, never "of tokens" (review 26, P4).

    Examples:
        >>> from phicompare import Traffic
        >>> [(str(s), w) for s, w, _ in share_words(Traffic(cached_share="0.5"))]
        [('0.5', 'of input read from the prompt cache')]
        >>> [w for _, w, _ in share_words(Traffic(batch_share="0.5"))]
        ['of tokens sent through batch APIs']
        >>> [w for _, w, _ in share_words(Traffic(cached_share="0.6", batch_share="0.5"))][1]
        'of output and of the other input sent through batch APIs'
    """
    cached = t.cached_share or t.cache_write_share
    found: tuple[tuple[Decimal, str, paths.TrafficField], ...] = (
        (t.cached_share, "of input read from the prompt cache", "cached_share"),
        (t.cache_write_share,
         "of input written to " + ("it" if t.cached_share else "the prompt cache"),
         "cache_write_share"),
        (t.cache_write_1h_share, "of cache writes kept for an hour", "cache_write_1h_share"),
        (t.batch_share, "of output and of the other input sent through batch APIs" if cached
         else "of tokens sent through batch APIs", "batch_share"))
    return [(share, words, field) for share, words, field in found if share]


def _token(count: int) -> str:
    return "token" if count == 1 else "tokens"


_UNITS = {"K": 10**3, "M": 10**6, "B": 10**9}


def _exact(shown: str, count: int) -> bool:
    """Whether ``shown`` (:func:`~phicompare.narrative.format.big_count`) is ``count`` itself."""
    unit = _UNITS.get(shown[-1:])
    digits = (shown if unit is None else shown[:-1]).replace(",", "")  # ("1,000,000B")
    return Decimal(digits) * (unit or 1) == count


def traffic_evidence(t: Traffic) -> list[Evidence]:
    """:func:`traffic_phrase`'s evidence alone: both counts, as the words show them."""
    return [Evidence(paths.traffic("input_tokens"), t.input_tokens, fmt.big_count(t.input_tokens),
                     EvidenceKind.COUNT),
            Evidence(paths.traffic("output_tokens"), t.output_tokens,
                     fmt.big_count(t.output_tokens), EvidenceKind.COUNT)]
