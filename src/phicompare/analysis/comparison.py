"""The :class:`Comparison`: the facts of a comparison, frozen and serialisable."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from phicompare.domain.arguments import keywords_checked
from phicompare.domain.capabilities import Capability
from phicompare.domain.names import distinct_names, find_model, not_compared
from phicompare.domain.record import Valued
from phicompare.domain.records import Model
from phicompare.exceptions import ComparisonError

from .comparison_dict import FORMAT_VERSION, comparison_from, json_dict
from .drawn import DrawnFrom
from .facts import (
    BenchmarkRow,
    CapabilityRow,
    CostEstimate,
    CostFacts,
    FrictionItem,
    Provenance,
    Related,
    RouteRow,
    SpecRow,
)
from .route_groups import RouteGroup, route_groups, shared_providers
from .traffic import Traffic

if TYPE_CHECKING:
    from collections.abc import Iterable

    from phicompare.catalog.memo import Slot
    from phicompare.narrative.claims import Narrative

    from .provenance import SourceLayout

__all__ = ["FORMAT_VERSION", "Comparison", "DrawnFrom"]

V = TypeVar("V")


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Comparison(Valued):
    """Two or more models compared: every fact a page needs, nothing rendered yet.

    Build one with :func:`phicompare.compare`. Per-model values are tuples aligned with
    ``models``; ``to_dict()`` gives a JSON-ready dict and ``from_dict()`` rebuilds an equal object.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> Comparison.from_dict(c.to_dict()) == c
        True
    """

    models: tuple[Model, ...]
    traffic: Traffic
    requires: tuple[Capability, ...]
    include_free: bool
    as_of: dt.date
    specs: tuple[SpecRow, ...]
    capabilities: tuple[CapabilityRow, ...]
    benchmarks: tuple[BenchmarkRow, ...]
    routes: tuple[RouteRow, ...]
    cost: CostFacts
    friction: tuple[FrictionItem, ...]
    related: tuple[Related, ...]
    provenance: Provenance
    _drawn_from: DrawnFrom | None = attrs.field(default=None, init=False, eq=False, repr=False)
    """Set by :func:`~phicompare.compare` only; not a fact (not compared, copied or saved)."""

    @classmethod
    def drawn(cls, source: DrawnFrom, **facts: Any) -> Comparison:
        """A comparison of ``facts`` that keeps per-model work with the catalog it came from.

        :func:`~phicompare.compare` builds every comparison this way; ``source`` must be the
        catalog and the terms that ``facts`` were worked out from (see :meth:`derive`), and its
        sources the models' shares of ``facts``' sources, if given.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> facts = {field.name: getattr(c, field.name) for field in _FACTS}
            >>> Comparison.drawn(c._drawn_from, **facts) == c
            True
        """
        comparison = cls(**facts)
        object.__setattr__(comparison, "_drawn_from", source)  # frozen, and not an init argument
        return comparison

    def derive(self, slot: Slot[V], model: Model | str | int, key: Hashable,
               compute: Callable[[], V], *, anywhere: bool = False) -> V:
        """Work on one model alone, kept with the catalog this comparison came from.

        Pages are made of parts that depend on one model only (its route table, its bill):
        every comparison of that model in a catalog, under the same terms, shares them.
        ``model`` is the Model, its id or its position. The value must be a pure function of
        the model, its position, this comparison's terms and ``key`` (what else it reads, such
        as the name shown); ``anywhere=True`` says it does not depend on the position either,
        so the model's comparisons share it whether it comes first or second. ``compute``
        makes it the first time (a comparison rebuilt from JSON, unpickled or copied: always).

        Examples:
            >>> from phicompare import compare
            >>> from phicompare.catalog.memo import Slot
            >>> ROUTES: Slot[int] = Slot("route count")
            >>> c = compare("phi-2", "phi-4-mini")
            >>> c.derive(ROUTES, "phi-4-mini", (), lambda: len(c.routes_of(1)), anywhere=True)
            7
            >>> compare("phi-4-mini", "phi-2").derive(ROUTES, 0, (), lambda: 0, anywhere=True)
            7
        """
        models, source = self.models, self._drawn_from  # (a position or an id: no look-up)
        index = model if type(model) is int and 0 <= model < len(models) else next(
            (k for k, m in enumerate(models) if m.id == model), None)  # (position()'s first)
        index = self.position(model) if index is None else index  # (a name, or a Model)
        if source is None:
            return compute()
        return source.catalog.derive(slot, models[index], (source.terms, key) if anywhere
                                     else (source.terms, index, key), compute)  # (two deep)

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in _FACTS}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_drawn_from", None)

    @functools.cached_property
    def narrative(self) -> Narrative:
        """The prose sections, as claims backed by these facts (built on first use).

        Examples:
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").narrative.title
            'Phi-2 vs Phi-4 Mini'
        """
        from phicompare.narrative.narrate import narrate  # noqa: PLC0415

        return narrate(self)

    @keywords_checked
    def prose(self) -> Narrative:
        """The narrative, for pages: :attr:`narrative` itself (one path builds every sentence).

        Renderers call this; it is the same object as :attr:`narrative`, evidence included.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> c.prose() is c.narrative
            True
        """
        return self.narrative

    @keywords_checked
    def check(self) -> list[str]:
        """Contradictions between the narrative and the facts; empty when every sentence holds.

        Each claim's evidence is resolved against the facts again, each shown figure is
        re-formatted, and each comparative ("cheaper", "leads") is re-derived.

        Examples:
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").check()
            []
        """
        from phicompare.narrative.check import check_claims  # noqa: PLC0415

        return check_claims(self.narrative, self)

    @keywords_checked
    def to_markdown(self, *, sections: Iterable[str] | None = None) -> str:
        """The comparison page as Markdown (table pipes in data escaped).

        ``sections`` keeps only those named (``phicompare.render.page.SECTIONS``; ``BRIEF`` for
        a brief page).

        Examples:
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").to_markdown().splitlines()[0]
            '# Phi-2 vs Phi-4 Mini'
        """
        from phicompare.render.markdown import render_markdown  # noqa: PLC0415

        return render_markdown(self, sections=sections)

    @keywords_checked
    def to_html(self, *, document: bool = True, sections: Iterable[str] | None = None) -> str:
        """The page as self-contained HTML: a whole document, or a fragment to embed.

        ``sections`` keeps only those named.

        Every catalog string is escaped.

        Examples:
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").to_html().startswith("<!DOCTYPE html>")
            True
        """
        from phicompare.render.html import render_html  # noqa: PLC0415

        return render_html(self, document=document, sections=sections)

    @keywords_checked
    def to_text(self, width: int = 80, *, sections: Iterable[str] | None = None) -> str:
        """The page as plain text wrapped to ``width`` columns, for a terminal.

        A width under 30 is laid out at 30 columns (:data:`phicompare.render.text.MIN_WIDTH`);
        one that is not a positive ``int`` is an :class:`~phicompare.exceptions.ArgumentError`.
        ``sections`` keeps only those named.

        Examples:
            >>> from phicompare import compare
            >>> text = compare("phi-2", "phi-4-mini").to_text(width=80)
            >>> max(len(line) for line in text.splitlines()) <= 80
            True
        """
        from phicompare.render.text import render_text  # noqa: PLC0415

        from .checks import check_width  # noqa: PLC0415 - (API review 14, A3)

        check_width(width)
        return render_text(self, width, sections=sections)

    @keywords_checked
    def to_json(self) -> str:
        """``to_dict()`` plus the narrative, as JSON (valid against the shipped schema).

        Examples:
            >>> import json
            >>> from phicompare import compare
            >>> json.loads(compare("phi-2", "phi-4-mini").to_json())["format"]
            1
        """
        from phicompare.render.json import render_json  # noqa: PLC0415

        return render_json(self)

    @keywords_checked
    def plot_cost(self) -> Any:
        """A matplotlib Figure: monthly cost against traffic, the crossover marked.

        Needs the ``plot`` extra (``pip install 'phicompare[plot]'``).

        Examples:
            >>> import pytest; _ = pytest.importorskip("matplotlib")
            >>> from phicompare import compare
            >>> figure = compare("phi-2", "phi-4-mini").plot_cost()
            >>> type(figure).__name__
            'Figure'
        """
        from phicompare.render.plot import plot_cost  # noqa: PLC0415

        return plot_cost(self)

    @keywords_checked
    def plot_benchmarks(self) -> Any:
        """A matplotlib Figure: benchmark scores with their 95% intervals (``plot`` extra).

        Examples:
            >>> import pytest; _ = pytest.importorskip("matplotlib")
            >>> from phicompare import compare
            >>> figure = compare("phi-2", "phi-4-mini").plot_benchmarks()
            >>> type(figure).__name__
            'Figure'
        """
        from phicompare.render.plot import plot_benchmarks  # noqa: PLC0415

        return plot_benchmarks(self)

    @keywords_checked
    def to_frame(self, table: str = "routes", *, money: str = "decimal") -> Any:
        """A table as a pandas DataFrame: ``benchmarks``, ``routes``, ``cost`` or ``specs``.

        Needs the ``frames`` extra (``pip install 'phicompare[frames]'``). Decimals stay exact
        unless ``money="float"``; unknown values are NA. See :mod:`phicompare.render.frames`.

        Examples:
            >>> import pytest; _ = pytest.importorskip("pandas")
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").to_frame("cost")["provider"].tolist()[0]
            'Fireworks AI'
        """
        from phicompare.render.frames import comparison_frame  # noqa: PLC0415

        return comparison_frame(self, table, money=money)

    def __repr__(self) -> str:
        bills = ", ".join(
            f"{m.id} {'unknown' if e.monthly is None else f'${e.monthly:,.2f}'}"
            for m, e in zip(self.models, self.cost.estimates, strict=True))
        return (f"<Comparison {' vs '.join(self.names)}: {len(self.benchmarks)} benchmarks, "
                f"{len(self.routes)} routes; monthly {bills}>")

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        return self.to_html(document=False)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """The models' display names, as every page names them (worked out once).

        A name two compared models share carries each one's id
        (:func:`~phicompare.domain.names.distinct_names`).

        Examples:
            >>> from phicompare import compare
            >>> compare("command-r-plus-04-2024", "command-r-plus-08-2024").names
            ('Command R+ (command-r-plus-04-2024)', 'Command R+ (command-r-plus-08-2024)')
        """
        return distinct_names([(m.name, m.id) for m in self.models])

    @keywords_checked
    def position(self, model: Model | str | int) -> int:
        """Where ``model`` stands in :attr:`models`: the Model, a name, or a position.

        A name is any ``compare()`` takes for the model (its id or an alias, any case, ignoring
        spaces, dashes and underscores), or the name the page shows (``domain.names.find_model``).

        Raises:
            ComparisonError: the model is not one of those compared.

        Examples:
            >>> from phicompare import compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> c.position("phi-4-mini"), c.position(c.models[0]), c.position(1)
            (1, 0, 1)
            >>> c.position("microsoft/Phi-4-mini-instruct"), c.position("Phi-2")
            (1, 0)
        """
        if isinstance(model, int) and not isinstance(model, bool):
            found = model if 0 <= model < len(self.models) else None
        else:  # a Model, or a name (API review 14, A6)
            found = find_model(self.models, model)
        if found is None:
            raise ComparisonError(not_compared(model, self.models, self.names))
        return found

    @keywords_checked
    def estimate(self, model: Model | str | int) -> CostEstimate:
        """The cost estimate of a model (the Model, a name :meth:`position` takes, a position).

        Examples:
            >>> from phicompare import compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> c.estimate("phi-2").model is c.models[0]
            True
        """
        return self.cost.estimates[self.position(model)]

    @keywords_checked
    def sources_by_model(self) -> SourceLayout | None:
        """Each model's share of ``provenance.sources``: its own sources, then its routes' others.

        The sources are each model's own, in model order, then each model's routes' others, but
        a URL cited for several models comes once, where first cited, with its citations merged
        (``merged``, by URL: usually none). A model's share is the same in every comparison of it
        on the same day: a page keeps its rows with the catalog (see :meth:`derive`). ``None``
        for a comparison not drawn from a catalog (read back from JSON, unpickled, copied,
        evolved).

        Examples:
            >>> from phicompare import compare
            >>> c = compare("gpt-4o", "claude-sonnet-4-5")
            >>> shares, merged, _ = c.sources_by_model()
            >>> listed = sum(len(own) + len(routes) for own, routes in shares)
            >>> list(merged)  # both models cite it: in each one's share, on the page once
            ['https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule']
            >>> listed - len(merged) == len(c.provenance.sources)
            True
            >>> list(compare("phi-2", "phi-4-mini").sources_by_model().merged)  # one shared source
            ['https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard']
            >>> Comparison.from_dict(c.to_dict()).sources_by_model() is None  # no catalog
            True
        """
        source = self._drawn_from
        return None if source is None else source.sources

    @keywords_checked
    def routes_of(self, model: Model | str | int) -> tuple[RouteRow, ...]:
        """The route rows of a model (the Model, a name :meth:`position` takes, a position).

        Examples:
            >>> from phicompare import compare
            >>> [r.provider_name for r in compare("phi-2", "phi-4-mini").routes_of("phi-2")]
            ['Fireworks AI', 'Together AI']
        """
        return self.route_groups[self.position(model)][0]

    @functools.cached_property
    def route_groups(self) -> tuple[RouteGroup, ...]:
        """Each model's route rows and their indexes in ``routes``, worked out once.

        Examples:
            >>> from phicompare import compare
            >>> [ks for _, ks in compare("phi-2", "phi-4-mini").route_groups]
            [(0, 1), (2, 3, 4, 5, 6, 7, 8)]
        """
        return route_groups(self.routes, len(self.models))

    @property
    def shared_providers(self) -> tuple[str, ...]:
        """Names of providers that serve every model compared."""
        return shared_providers(self.route_groups)

    @keywords_checked
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: strings for Decimals and dates, lists for tuples.

        Examples:
            >>> from phicompare import compare
            >>> d = compare("phi-2", "phi-4-mini").to_dict()
            >>> d["format"], d["cost"]["blend"]
            (1, [7, 3])
        """
        from phicompare.render.serialize import unstructure  # noqa: PLC0415

        return {"format": FORMAT_VERSION, **unstructure(self)}

    @classmethod
    @keywords_checked
    def from_dict(cls, data: dict[str, Any]) -> Comparison:
        """Rebuild a comparison from :meth:`to_dict`'s output.

        Examples:
            >>> import json
            >>> from phicompare import Comparison, compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> Comparison.from_dict(json.loads(c.to_json())) == c
            True

        Raises:
            ComparisonError: (a ``ValueError``) the dict is not a comparison of a known format
                (the message names every wrong key; for ``to_json()``'s text, ``json.loads``).
        """
        return comparison_from(cls, data)

    @classmethod
    @keywords_checked
    def from_json(cls, text: str | bytes) -> Comparison:
        """:meth:`from_dict` of :meth:`to_json`'s text (:func:`.comparison_dict.json_dict`).

        Examples:
            >>> from phicompare import Comparison, compare
            >>> c = compare("phi-2", "phi-4-mini")
            >>> Comparison.from_json(c.to_json()) == c
            True
        """
        return cls.from_dict(json_dict(text))

    @keywords_checked
    def inconsistencies(self) -> list[str]:
        """What does not fit together in these facts (empty for any :func:`compare` result).

        A comparison read from JSON may have been edited by hand: every per-model tuple must
        have one entry per model, every fact must refer to models compared, and the bills'
        arithmetic and words must be their routes' (``bill_checks.py``, ``estimate_checks.py``).

        Examples:
            >>> from phicompare import compare
            >>> compare("phi-2", "phi-4-mini").inconsistencies()
            []
        """
        from .checks import inconsistencies  # noqa: PLC0415

        return inconsistencies(self)


_FACTS = tuple(f for f in attrs.fields(Comparison) if f.init)
"""The fields that are facts: what a pickle or a copy of a comparison holds."""
