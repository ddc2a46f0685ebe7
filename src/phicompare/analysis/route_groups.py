"""A comparison's route rows, model by model: ``Comparison.route_groups`` and what it gives."""

from __future__ import annotations

from collections.abc import Sequence

from .facts import RouteRow

__all__ = ["RouteGroup", "route_groups", "shared_providers"]

RouteGroup = tuple[tuple[RouteRow, ...], tuple[int, ...]]
"""One model's route rows and their indexes in the comparison's ``routes``."""


def route_groups(routes: tuple[RouteRow, ...], count: int) -> tuple[RouteGroup, ...]:
    """Each of ``count`` models' route rows and their indexes in ``routes``.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> [ks for _, ks in route_groups(c.routes, 2)]
        [(0, 1), (2, 3, 4, 5, 6, 7, 8)]
        >>> [ks for _, ks in route_groups(c.routes[::-1], 2)]  # out of order: found one by one
        [(7, 8), (0, 1, 2, 3, 4, 5, 6)]
    """
    owners = [r.model_index for r in routes]
    if owners == sorted(owners):  # as compare() builds them: model by model
        import bisect  # noqa: PLC0415 - pages need it, a comparison's first call does not

        groups = []
        for i in range(count):
            start, end = bisect.bisect_left(owners, i), bisect.bisect_right(owners, i)
            groups.append((routes[start:end], tuple(range(start, end))))
        return tuple(groups)
    return tuple((tuple(routes[k] for k in ks), ks) for ks in (
        tuple(k for k, owner in enumerate(owners) if owner == i) for i in range(count)))


def shared_providers(groups: Sequence[RouteGroup]) -> tuple[str, ...]:
    """The names of the providers with a route in every group, in the first group's order.

    Examples:
        >>> from phicompare import compare
        >>> shared_providers(compare("phi-4-mini", "phi-3.5-mini").route_groups)
        ('Microsoft Foundry', 'GitHub Models')
    """
    per_model = [{r.route.provider: r.provider_name for r in rows} for rows, _ in groups]
    return tuple(name for pid, name in per_model[0].items()
                 if all(pid in p for p in per_model[1:]))
