"""A listing-only model's "no" names each listing as it reads, one that flags it apart.

Gemma 4 31B's record is its route listings': NanoGPT's lists text input alone, Poe's flags
image input (vision). The record's text-only inputs come from one listing, so its vision reads
"no", and the pages said "Gemma 4 31B's route listings (NanoGPT and Poe) do not list it",
false of Poe's (helper fixAF's brief, item 4). The import rule stays (a union of inputs gave
gpt-oss-20b and DeepSeek V3.1 image input); the words follow each route row's own flag, and the
claim checks each flag: "Gemma 4 31B's route listing on NanoGPT does not list it (its listing
on Poe flags it)". Those listings are routes of Google's gemma-4-31b-it since brief dataCG; Doubao
Seed 1.6's (NanoGPT's, and Qiniu's flagging vision) are shaped alike and stand in.
"""

from __future__ import annotations

import datetime as dt

from phicompare import compare
from phicompare.narrative.context import context_of
from tests.helpers import vision_listed_pages

DAY = dt.date(2026, 12, 2)


def _texts(c: object) -> list[str]:
    return [claim.text for claim in c.narrative.claims()]  # type: ignore[attr-defined]


def test_a_listing_only_model_s_listings_each_said_as_they_read() -> None:
    """The tradeoff, the switch friction and the verdict name Qiniu's flag and NanoGPT's
    silence."""
    c = compare("doubao-seed-1.6", "qvq-max", as_of=DAY)
    texts = _texts(c)
    assert ("QVQ Max documents vision; Doubao Seed 1.6's route listing on NanoGPT does not list "
            "it (its listing on Qiniu flags it).") in texts, texts
    assert any(t.startswith("Doubao Seed 1.6's route listing on NanoGPT does not list vision "
                            "(its listing on Qiniu flags it); QVQ Max documents vision")
               for t in texts)
    assert not any("(NanoGPT and Qiniu) do not list" in t for t in texts)
    assert c.check() == []
    c = compare("doubao-seed-1.6", "gpt-4o-mini", as_of=DAY)
    assert any("Doubao Seed 1.6's route listing on NanoGPT does not list them (its listing on "
               "Qiniu flags vision), which leaves them unknown for that model." in t
               for t in _texts(c)), _texts(c)
    assert c.check() == []


def test_after_which_the_flagging_listing_follows_a_though() -> None:
    """In a relative clause, often in brackets already, the flag reads after "though"."""
    c = compare("qwen3-coder", "gpt-4o-mini", as_of=DAY)
    assert ("it documents vision and multimodal input, which Qwen3 Coder 480B A35B's route "
            "listings on six providers do not list, though its listing on Helicone flags "
            "vision;") in c.narrative.verdict[1].text, c.narrative.verdict[1].text
    assert c.check() == []


def test_the_claim_checks_each_listing_s_flag() -> None:
    """The sentence's evidence holds each listing's vision flag: true on Qiniu's alone."""
    c = compare("doubao-seed-1.6", "qvq-max", as_of=DAY)
    claim = next(claim for claim in c.narrative.tradeoffs if "flags it" in claim.text)
    flags = {e.path: e.value for e in claim.evidence if ".route.capabilities." in e.path}
    by_provider = {c.routes[int(path.split("[")[1].split("]")[0])].provider_name: value
                   for path, value in flags.items()}
    assert by_provider == {"NanoGPT": False, "Qiniu": True}, by_provider


def test_every_listing_only_model_so_shaped_names_its_flagging_listings() -> None:
    """About ten listing-only records read "no" for vision while some listing flags it: each
    sentence that says their listings do not list it names the listings that flag it."""
    seen = 0
    for c, loud in vision_listed_pages(DAY):
        seen += 1
        name = c.models[0].id
        own = f"{context_of(c).names[0]}'s route"
        said = [t for t in _texts(c) if "not list" in t and own in t]
        assert said, name
        for text in said:
            assert all(provider in text for provider in loud), (name, text)
            assert " flag" in text, (name, text)
        assert c.check() == []
    assert seen >= 8, seen
