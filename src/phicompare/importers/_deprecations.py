"""Keyed route deprecations (``tools/bundle_catalog.py`` applies them after the retirements).

A route the shared snapshots list as served while its provider has deprecated the model (closed
it to new customers, with no shutdown day yet) takes the day the provider announced it as its
``deprecated`` date and the status ``deprecated`` (docs/catalog.md): from that day on no page
bills it. A free tier keeps the status ``free-tier``: the date decides, and a page dated before
it still says the route is a free tier. The route keeps its price and the price's source and
date; its notes name the deprecation's source, the day it was read and why, the model's sources
gain that source, and ``docs/data-notes.md`` lists each. A shutdown day, where the provider gives
one, is a retirement (:mod:`._retirements`); a route may carry both days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from phicompare.domain.pricing import ProviderRoute, RouteStatus
from phicompare.domain.records import Model

from ._keyed_routes import keyed_routes
from ._retirements import _CLAUDE_APRIL, _CLAUDE_PAGE

__all__ = ["DEPRECATIONS", "Deprecation", "deprecated_routes"]

_READ = dt.date(2026, 12, 1)


@attrs.frozen
class Deprecation:
    """The day a provider deprecated a model, read at ``source`` on ``checked``, and why.

    Examples:
        >>> Deprecation("m", "p", dt.date(2025, 9, 15), "https://x.test", _READ, "w").deprecated
        datetime.date(2025, 9, 15)
    """

    model: str
    provider: str
    deprecated: dt.date
    source: str
    checked: dt.date
    why: str


DEPRECATIONS: tuple[Deprecation, ...] = (
    # review 14, N4: review 13, M2 repriced this route and left it "ga"
    Deprecation(
        "command-r-plus-04-2024", "cohere", dt.date(2025, 9, 15),
        "https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations", _READ,
        "Cohere's changelog of 2025-09-15, \"Announcing Major Command Deprecations\", lists "
        "command-r-plus-04-2024 (and the alias command-r-plus) among its deprecated models and "
        "recommends command-r-plus-08-2024 or command-a-03-2025 instead; Cohere's deprecations "
        "page (https://docs.cohere.com/docs/deprecations) says a deprecated model is \"no longer "
        "available to new customers\" and stays available to existing users until a shutdown "
        "date is assigned, and gives none for it"),
    # dataS: Mistral's -latest aliases of the October 2024 Ministraux moved to Ministral 3
    *(Deprecation(
        model_id, "mistral", dt.date(2025, 12, 2), f"https://docs.mistral.ai/models/{slug}",
        dt.date(2026, 12, 2),
        f"Mistral's page for {name} (API name {model_id}-2410; its source, the docs' model "
        f"data src/schema/models/models/{slug}.ts in mistralai/platform-docs-public at "
        f"222f4ba9, 2026-08-21) gives status Deprecated, deprecation date 2025-12-02 (December "
        f"1 in the commit of 2025-12-02 that first gave it) and retirement date 2025-12-31, "
        f"replacement {new}; from that commit the data lists {model_id}-latest, this route's "
        f"id, among {new}'s API names ({model_id}-2512, ${new_price}), as LiteLLM 1.110.2's "
        f"entry mistral/{model_id}-latest prices it; models.dev's Mistral file, which this "
        f"route is, still sold the alias at the October model's ${price}, its price while the "
        f"alias named it")
      for model_id, slug, name, new, new_price, price in (
          ("ministral-3b", "ministral-3b-24-1", "Ministral 3B", "Ministral 3 3B", "0.10",
           "0.04"),
          ("ministral-8b", "ministral-8b-24-1", "Ministral 8B", "Ministral 3 8B", "0.15",
           "0.10"))),
    # dataW: the deprecation days of routes whose retirements were keyed without them
    *(Deprecation(
        model_id, "mistral", dt.date(2026, 5, 22), f"https://docs.mistral.ai/models/{slug}",
        dt.date(2026, 12, 2),
        f"Mistral's page for {name} (API names {api}; read in its source, "
        f"src/schema/models/models/{slug}.ts in mistralai/platform-docs-public at 222f4ba9, "
        f"2026-08-21{also}) gives status Deprecated, deprecation date 2026-05-22 and retirement "
        f"date 2026-07-31, replacement {new}; the dates are Mistral's API's, and other hosts' "
        f"routes stay")
      for model_id, slug, name, api, new, also in (
          ("mistral-nemo", "mistral-nemo-12b-24-07", "Mistral Nemo 12B",
           "open-mistral-nemo-2407, open-mistral-nemo", "Ministral 3 8B",
           ", and in its Markdown form, docs.mistral.ai/models/mistral-nemo-12b-24-07.md"),
          ("magistral-medium-latest", "magistral-medium-1-2-25-09", "Magistral Medium 1.2",
           "magistral-medium-2509, magistral-medium-latest", "Mistral Medium 3.5", ""))),
    Deprecation(
        "mistral-large-2411", "mistral", dt.date(2026, 2, 27),
        "https://docs.mistral.ai/models/mistral-large-2-1-24-11", dt.date(2026, 12, 2),
        "Mistral's page for Mistral Large 2.1 (API name mistral-large-2411; read in its source, "
        "src/schema/models/models/mistral-large-2-1-24-11.ts in mistralai/platform-docs-public "
        "at 222f4ba9, 2026-08-21) gives status Deprecated, deprecation date 2026-02-27 and "
        "retirement date 2026-05-31; the dates are Mistral's API's, and other hosts' routes "
        "stay"),
    # dataX: Pixtral Large 2411, whose retirement was keyed with Mistral Large 2411's day
    Deprecation(
        "pixtral-large-2411", "mistral", dt.date(2026, 2, 27),
        "https://docs.mistral.ai/models/pixtral-large-24-11", dt.date(2026, 12, 2),
        "Mistral's page for Pixtral Large (API names pixtral-large-2411, pixtral-large-latest, "
        "this model's two routes on Mistral; read in its source, "
        "src/schema/models/models/pixtral-large-24-11.ts in mistralai/platform-docs-public at "
        "222f4ba9, 2026-08-21) gives status Deprecated, deprecation date 2026-02-27 and "
        "retirement date 2026-05-31, replacement Mistral Medium 3.5, the days of Mistral Large "
        "2411's; the dates are Mistral's API's, and other hosts' routes stay"),
    # Anthropic's deprecations page, read in a mirror's crawls of it as its retirement days were
    *(Deprecation(
        model_id, "anthropic", deprecated,
        "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        dt.date(2026, 12, 2),
        f"Anthropic's model deprecations page gives {api_id} deprecated on {said} and retired "
        f"on {retired}: {_CLAUDE_PAGE}, its model status table gives both days, and its "
        f"deprecation history says Anthropic notified the model's users on {said}{april}; its "
        f"dates apply to Anthropic's own API, and partner platforms (Amazon Bedrock, Google "
        f"Cloud's Vertex AI) set their own, so their routes stay")
      for model_id, api_id, deprecated, said, retired, april in (
          *((model_id, api_id, dt.date(2026, 4, 14), "April 14, 2026", "June 15, 2026",
             f"; {_CLAUDE_APRIL} gives it \"Deprecated\" with the same days")
            for model_id, api_id in (("claude-sonnet-4-0", "claude-sonnet-4-20250514"),
                                     ("claude-opus-4-0", "claude-opus-4-20250514"))),
          ("claude-opus-4-1", "claude-opus-4-1-20250805", dt.date(2026, 6, 5),
           "June 5, 2026", "August 5, 2026", ""))),
    # dataAB (review 18, P6): the Claude 3.x days, written in the routes' retirement notes only
    *(Deprecation(
        model_id, "anthropic", deprecated,
        "https://platform.claude.com/docs/en/about-claude/model-deprecations",
        dt.date(2026, 12, 2),
        f"Anthropic's model deprecations page gives {api_id} deprecated on {said} and retired "
        f"on {retired} ({read}); its dates apply to Anthropic's own API, and partner platforms "
        f"(Amazon Bedrock, Google Cloud's Vertex AI) set their own, so their routes stay")
      for model_id, api_id, deprecated, said, retired, read in (
          *((model_id, api_id, deprecated, said, retired,
             ("read in its Chinese edition, docs.anthropic.com/zh-CN/docs/about-claude/"
             "model-deprecations, a stored copy from mid-2025 whose model status table gives "
             "both days"))
            for model_id, api_id, deprecated, said, retired in (
                ("claude-3-sonnet-20240229", "claude-3-sonnet-20240229", dt.date(2025, 1, 21),
                 "January 21, 2025", "July 21, 2025"),
                ("claude-3-opus", "claude-3-opus-20240229", dt.date(2025, 6, 30),
                 "June 30, 2025", "January 5, 2026"))),
          *((model_id, model_id, dt.date(2025, 8, 13), "August 13, 2025", "October 28, 2025",
             ("read secondhand: in the copies of its model status table the retirement was read "
             "in, and in GitLab's issue 572012, \"Anthropic deprecated the model on "
             "2025-08-13\"; the page's stored copies read here do not show the two models' "
             "rows"))
            for model_id in ("claude-3-5-sonnet-20240620", "claude-3-5-sonnet-20241022")),
          ("claude-3-7-sonnet-20250219", "claude-3-7-sonnet-20250219", dt.date(2025, 10, 28),
           "October 28, 2025", "February 19, 2026",
           ("read in its Chinese editions, platform.claude.com/docs/zh-CN/ and zh-TW/about-claude/"
           "model-deprecations, stored copies from between December 19, 2025 and February 19, "
           "2026 whose model status table gives both days; Anthropic's release notes of October "
           "28, 2025 say \"We announced the deprecation of the Claude Sonnet 3.7 model\"")),
          ("claude-3-5-haiku-20241022", "claude-3-5-haiku-20241022", dt.date(2025, 12, 19),
           "December 19, 2025", "February 19, 2026",
           ("read in its Chinese editions, platform.claude.com/docs/zh-CN/ and zh-TW/about-claude/"
           "model-deprecations, stored copies from between December 19, 2025 and February 19, "
           "2026 whose model status table gives both days and whose log says developers using "
           "Claude Haiku 3.5 were told on December 19, 2025")),
          ("claude-3-haiku", "claude-3-haiku-20240307", dt.date(2026, 2, 19),
           "February 19, 2026", "April 20, 2026",
           ("read secondhand: in the copies of its model status table the retirement was read "
           "in; the page's stored copies read here date from before and list the model "
           "active")))),
    # GitHub's changelog: models deprecated in GitHub Models (no shutdown day given)
    *(Deprecation(
        model_id, "github-models", deprecated, source, dt.date(2026, 12, 2),
        f"GitHub's changelog of {deprecated}, \"{title}\", lists {said} among the models "
        f"\"now deprecated in GitHub Models\", its users to transition to {new}{more}; it gives "
        f"no day the model stops answering, so the free tier keeps its status and the day "
        f"decides")
      for model_id, deprecated, source, title, said, new, more in (
          *((model_id, dt.date(2025, 10, 31),
             "https://github.blog/changelog/2025-10-31-deprecated-models-in-github-models",
             "Deprecated models in GitHub Models", name, new, "")
            for model_id, name, new in (
                ("mistral-large-2411", "Mistral-large-2411", "Mistral-medium-2505"),
                ("mistral-nemo", "Mistral-Nemo", "Mistral-small-2503"))),
          ("command-r-plus-04-2024", dt.date(2025, 6, 26),
           "https://github.blog/changelog/2025-06-26-deprecated-cohere-models-in-github-models",
           "Deprecated Cohere models in GitHub Models", ("Command R+ (this route, "
           "cohere/cohere-command-r-plus, the April 2024 release)"), "Command R+ 08-2024",
           " (its changelog of 2025-05-08 had announced the deprecation for June 30, 2025)"))),
)
"""Route deprecations set to the provider's own word, each read on ``checked``."""


def deprecated_routes(models: Sequence[Model], deprecations: Sequence[Deprecation] = DEPRECATIONS
                      ) -> tuple[list[Model], list[str]]:
    """``models`` with each keyed route deprecated from its day (notes saying it), and a line each.

    Examples:
        >>> from phicompare.domain.pricing import ProviderRoute
        >>> route = ProviderRoute(provider="p", source="https://price.test",
        ...                       checked=dt.date(2025, 7, 5))
        >>> fix = Deprecation("m", "p", dt.date(2025, 9, 15), "https://x.test", _READ, "closed")
        >>> out, lines = deprecated_routes([Model(id="m", name="M", routes=(route,))], [fix])
        >>> out[0].routes[0].deprecated, out[0].routes[0].status.value
        (datetime.date(2025, 9, 15), 'deprecated')
        >>> lines
        ['m: p route deprecated 2025-09-15 (https://x.test, read 2026-12-01): closed']
    """
    return keyed_routes(models, deprecations, _deprecate)


def _deprecate(route: ProviderRoute, fix: Deprecation) -> tuple[str, dict[str, Any]] | None:
    """The route deprecated from the fix's day, or ``None`` where it says so already.

    A free tier keeps its status: the date decides, so a page dated before it reads a free tier.
    """
    status = RouteStatus.FREE_TIER if route.status is RouteStatus.FREE_TIER \
        else RouteStatus.DEPRECATED
    if route.deprecated == fix.deprecated and route.status is status:
        return None
    return f"deprecated {fix.deprecated}", {"status": status, "deprecated": fix.deprecated}
