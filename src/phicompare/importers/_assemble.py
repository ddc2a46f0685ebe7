"""From records (one file or entry each) to models: grouping by identity, choosing model facts.

A model's routes are its records' routes, unchanged. Its own facts come from its *primary* records
(a vendor-neutral description: models.dev's ``models/`` metadata, an LLMStats model file) when one
gives them; otherwise each fact is the value most of its records give, ties going to the record
read first. Capabilities stay on the routes that document them, so that one provider's flag never
speaks for another's; primary records give the model's own capabilities.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from phicompare.domain.capabilities import Capabilities
from phicompare.domain.names import alike_key, normalize_name
from phicompare.domain.pricing import ProviderRoute
from phicompare.domain.records import BenchmarkScore, Model

from ._conflicts import RecordFacts
from ._identity import (
    identity_key,
    keep_apart,
    last_segment,
    quantised,
    spelling,
    squash,
    table_undated,
    undated,
    unprefixed,
    unquantised,
)
from ._lab_apis import (
    MAKER_VENDORS,
    MAKERS,
    VENDORS_CHECKED,
    WEIGHTS_LISTER,
    by_maker,
    weights_said,
)
from ._listings import thinking_mode
from ._spellings import SAME
from ._stamp_dates import stamp_echo

__all__ = ["MAKERS", "MAKER_VENDORS", "MODEL_FACTS", "VENDORS_CHECKED", "WEIGHTS_LISTER",
           "Record", "assemble", "capability_facts", "split_vendor", "unique_names"]

_LATEST = re.compile(r"\s*\(latest\)$", re.I)  # models.dev's "Claude Sonnet 4 (latest)"
MODEL_FACTS = (
    "name", "vendor", "family", "released", "parameters_b", "context_window",
    "max_output_tokens", "max_input_tokens", "license", "open_weights", "knowledge_cutoff",
    "input_modalities", "output_modalities",
)
_CAPABILITIES = tuple(a.name for a in attrs.fields(Capabilities))


@attrs.define(slots=True)
class Record:
    """What one file or entry of a source says (mutable while an importer builds it; private).

    ``identity`` is the name the record's model is identified by; ``names`` every name it is
    found by. ``vote`` is false for a record that repeats another (a symlinked file): its route
    counts, its facts do not count twice; and for a listing of a request mode (NanoGPT's
    ``-thinking`` id of a hybrid model, ``_listings.thinking_mode``): its route counts, its facts
    describe the listing, not the model (unless no other record names the model).
    """

    identity: str
    source: str
    url: str
    names: tuple[str, ...] = ()
    facts: dict[str, object] = attrs.Factory(dict)
    route: ProviderRoute | None = None
    scores: tuple[BenchmarkScore, ...] = ()
    primary: bool = False
    vote: bool = True
    sources: tuple[str, ...] = ()


def capability_facts(capabilities: Capabilities | None) -> dict[str, object]:
    """The known flags of ``capabilities`` as evidence facts (``capabilities.reasoning``: ...).

    Examples:
        >>> capability_facts(Capabilities(reasoning=False))
        {'capabilities.reasoning': False}
    """
    if capabilities is None:
        return {}
    return {
        f"capabilities.{name}": flag
        for name in _CAPABILITIES
        if (flag := getattr(capabilities, name)) is not None
    }


_VENDOR_PREFIX = re.compile(r"([A-Z][\w.&' -]{0,28}[\w.]): +(\S.*)")
_NUMBERED = re.compile(r"(?:^|[\s-])\d|\d[bB]\b")
_FREE_LABEL = re.compile(r" *\((?i:free)\)$")  # OpenRouter's ":free" route: "Phi 4 (free)"
_REPO_PATH = re.compile(r"[A-Za-z][\w.-]*/(?=[A-Za-z])")
"""A repository's owner before a name ("Qwen/Qwen3-VL-32B-Thinking", "x-AI/Grok-4.1-Fast"): a
listing's path, not the model's name (review 26); "DeepSeek V3/Chat" and "(09/2025)" are names."""


def _unpathed(name: str) -> str:
    """``name`` without a repository owner before it, which some hosts list as the name.

    Examples:
        >>> _unpathed("Qwen/Qwen3.5-4B"), _unpathed("X-Ai/Grok 4.1 Fast Reasoning")
        ('Qwen3.5-4B', 'Grok 4.1 Fast Reasoning')
        >>> _unpathed("DeepSeek V3/Chat Cheaper"), _unpathed("Gemini 2.5 Flash (09/2025)")
        ('DeepSeek V3/Chat Cheaper', 'Gemini 2.5 Flash (09/2025)')
    """
    found = _REPO_PATH.match(name)
    return name if found is None else name[found.end():]


def split_vendor(name: str, model_id: str = "") -> tuple[str | None, str]:
    """A reseller's ``Vendor: Name`` (OpenRouter's style) as the vendor and the model's name.

    The vendor is a field of its own, so the name loses the prefix; it keeps the vendor's name
    as its first word only when the rest is no complete name: the model id starts with the
    vendor's name and the rest does not (``Mistral: Saba`` for ``mistral-saba``).

    Examples:
        >>> split_vendor("OpenAI: GPT-4 (older v0314)")
        ('OpenAI', 'GPT-4 (older v0314)')
        >>> split_vendor("Mistral: Saba", "mistral-saba")
        ('Mistral', 'Mistral Saba')
        >>> split_vendor("Claude 3.5 Sonnet")
        (None, 'Claude 3.5 Sonnet')
    """
    found = _VENDOR_PREFIX.fullmatch(name)
    if found is None:
        return None, name
    vendor, rest = found.groups()
    if _NUMBERED.search(vendor):  # "Llama 3: 8B", "Qwen3-235B: ...": a model's name, not a vendor
        return None, name
    short = squash(vendor)
    if squash(last_segment(model_id)).startswith(short) and not squash(rest).startswith(short):
        return vendor, f"{vendor} {rest}"
    return vendor, rest


def _id_like(name: str, model_id: str) -> bool:
    """Whether ``name`` is the model's id written as a name: lower case, no space, the id's letters.

    Examples:
        >>> _id_like("chatgpt-4o-latest", "chatgpt-4o-latest"), _id_like("ChatGPT-4o-Latest", "x")
        (True, False)
    """
    return name == name.lower() and " " not in name and squash(name) == squash(
        last_segment(model_id))


def _name_and_vendor(records: Sequence[Record], model_id: str, vendor: object
                     ) -> tuple[str, str | None]:
    """The model's name, the maker's spelling first; a vendor only a name's prefix gives."""
    names: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    first: str | None = None
    for record in records:
        if not isinstance(raw := record.facts.get("name"), str):
            continue
        prefix, name = split_vendor(raw, model_id)
        if record.route is not None and (record.route.provider_model_id or "").endswith(":free"):
            name = _FREE_LABEL.sub("", name)  # the free route's label, not the model's name
        if prefix is not None:
            prefixes[prefix] = prefixes.get(prefix, 0) + 1
        if first is None and by_maker(record, vendor, name):
            first = name
        if record.vote:
            names[name] = names.get(name, 0) + 1
    primary = next((split_vendor(n, model_id)[1] for r in records if r.primary
                    and isinstance(n := r.facts.get("name"), str)), None)
    # An id written as a name ("chatgpt-4o-latest") gives way to any other source's display name,
    # as a repository's path ("Qwen/Qwen3.5-4B") does, or loses its owner (review 26).
    named = {n: k for n, k in names.items() if not _id_like(n, model_id)} or names
    named = {n: k for n, k in named.items() if _unpathed(n) == n} or {
        _unpathed(n): k for n, k in named.items()}
    # A route's label ("Qwen3 4B FP8") gives way to a model's name, or loses its suffix.
    named = {n: k for n, k in named.items() if not quantised(n.replace(" ", "-"))} or {
        unquantised(n): k for n, k in named.items()}
    chosen = _unpathed(primary or first or (max(named, key=named.__getitem__) if named
                                            else model_id))
    if not model_id.endswith("-latest"):  # a snapshot's or version's name, not a moving alias's
        chosen = _LATEST.sub("", chosen) or chosen
    return chosen, (max(prefixes, key=prefixes.__getitem__) if prefixes else None)


def _launch_first(records: Sequence[Record]) -> Sequence[Record]:
    """``records`` without a maker's release date that repeats its id's stamp, before a launch.

    Where another maker's record gives a later day, that is the launch (review 14, N7: Claude
    Opus 4.5, stamped ``20251101``, launched 2025-11-24); a stamp that is the only date stays.
    """
    days = [(r, r.facts.get("released")) for r in records if r.primary]
    launches = [d for r, d in days if isinstance(d, dt.date) and not stamp_echo(r.identity, d)]
    echoes = {id(r) for r, d in days if isinstance(d, dt.date) and stamp_echo(r.identity, d)
              and any(launch > d for launch in launches)}
    return [r for r in records if id(r) not in echoes] if echoes else records


def _choose(records: Sequence[Record], fact: str, vendor: object = None) -> object:
    if fact == "released":  # a maker's launch day over its snapshot id's stamp read back
        records = _launch_first(records)
    for record in records:
        if record.primary and (value := record.facts.get(fact)) is not None:
            return value
    if fact == "max_input_tokens":  # the maker's cap on every route: a primary record's alone,
        return None  # never a reseller's own (a gateway's 7,000 for DeepSeek; review 12, L1)
    if fact == "open_weights":  # the makers' and OpenRouter's word first (``_lab_apis``)
        decided, value = weights_said(records, vendor)
        if decided:
            return value
        records = [r for r in records if r.facts.get(fact) is not False]
    counts: dict[object, int] = {}
    for record in records:
        if record.vote and (value := record.facts.get(fact)) is not None:
            counts[value] = counts.get(value, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)  # the first of the most frequent


def _model_id(records: Sequence[Record]) -> str:
    # A moving alias the spellings table names as one release (mistral-medium-latest, Medium
    # 3.1 in the snapshots) has no vote: the release's own names give the id, even where the
    # maker's file is the alias's alone (review 12 leftover)
    voters = [r for r in records if not _moving(_voted_name(r))] or list(records)
    primary = [r for r in voters if r.primary]
    counts: dict[str, int] = {}
    for record in primary or voters:
        name = _voted_name(record)
        counts[name] = counts.get(name, 0) + 1
    plain = {n: c for n, c in counts.items() if not quantised(n)}  # not a route's name
    if not plain:  # only routes' names (qwen3-4b-fp8): the model's is theirs without the suffix
        for name, count in counts.items():
            plain[unquantised(name)] = plain.get(unquantised(name), 0) + count
    counts = plain
    for name in list(counts):  # a host's undated name of one dated release (spellings table:
        target = SAME.get(squash(name), "")  # OpenRouter's mistral-large, Large 2): the release's
        if target.startswith(f"{name}-") and target in counts:
            counts[target] += counts.pop(name)
        elif name.startswith("nova-") and (bare := spelling(name)) != name and bare in counts:
            counts[bare] += counts.pop(name)  # hosts' nova-lite-v1 is Bedrock's nova-lite
        elif _hosted_undated(name, bare := spelling(name)):  # Azure's Cohere-command-r-plus
            counts[bare] = counts.get(bare, 0) + counts.pop(name)
    most = max(counts.values())
    tops = [name for name, count in counts.items() if count == most]
    # On a tie, the plain name (``claude-sonnet-4-5``) over a dated or resold spelling.
    return next((name for name in tops if undated(spelling(name)) == name), tops[0])


def _hosted_undated(name: str, release: str) -> bool:
    """Whether ``name`` is a host's prefixed, undated name of the dated ``release``.

    ``release`` is one the spellings table names (Cohere's docs: "command-r-plus is an alias for
    command-r-plus-04-2024").

    Examples:
        >>> _hosted_undated("cohere-command-r-plus", "command-r-plus-04-2024")
        True
        >>> _hosted_undated("ministral-3b", "ministral-3b-2512")  # no host's prefix: its own
        False
        >>> _hosted_undated("mistral-small-2503", "mistral-small-3.1")
        False
    """
    parts = release.split("-")
    return release in SAME.values() and any(
        name.endswith("-" + "-".join(parts[:i])) for i in range(2, len(parts)))


def _voted_name(record: Record) -> str:
    return unprefixed(last_segment(record.identity).casefold().removesuffix(":free"))


def _moving(name: str) -> bool:
    """Whether ``name`` is a ``-latest`` alias the spellings table names as one release.

    Examples:
        >>> _moving("mistral-medium-latest"), _moving("magistral-medium-latest")
        (True, False)
    """
    return name.endswith("-latest") and squash(name) in SAME


def _aliases(model_id: str, records: Iterable[Record]) -> tuple[str, ...]:
    seen, aliases = {normalize_name(model_id), ""}, list[str]()  # "" names nothing
    names = [n for record in records for n in record.names]  # then the table's undated names
    for name in (*names, *table_undated(model_id, names)):
        for candidate in (name, last_segment(name)):
            key = normalize_name(candidate)
            if key not in seen:
                seen.add(key)
                aliases.append(candidate)
    return tuple(aliases)


def _model(records: Sequence[Record], checked: dt.date, model_id: str | None = None
           ) -> tuple[Model, tuple[RecordFacts, ...]]:
    if not any(r.vote for r in records):  # only a mode's listings: theirs are the facts known
        records = [attrs.evolve(r, vote=True) if r.route is not None
                   and thinking_mode(r.route.provider_model_id or "") else r for r in records]
    if any(not _moving(_voted_name(r)) for r in records):  # the alias's facts are the newest
        records = [attrs.evolve(r, primary=False, vote=False, facts={})  # release's at its
                   if _moving(_voted_name(r)) else r for r in records]  # file's date: none here
    model_id = model_id or _model_id(records)
    facts = {fact: _choose(records, fact) for fact in MODEL_FACTS if fact != "open_weights"}
    cap, window = facts["max_input_tokens"], facts["context_window"]
    if isinstance(cap, int) and isinstance(window, int) and cap >= window:  # no cap below it
        facts["max_input_tokens"] = None
    own: dict[str, object] = {}
    for name in _CAPABILITIES:
        for record in records:
            if record.primary and (flag := record.facts.get(f"capabilities.{name}")) is not None:
                own[name] = flag
                break
    sources: dict[str, None] = {}
    for record in records:
        sources[record.url] = None
        sources.update(dict.fromkeys(record.sources))
    facts.pop("name")
    name, prefix = _name_and_vendor(records, model_id, facts["vendor"])
    if facts["vendor"] is None and prefix is not None:  # a source names it only there
        facts["vendor"] = prefix
    facts["open_weights"] = _choose(records, "open_weights", facts["vendor"])
    model = Model(
        id=model_id,
        name=name,
        aliases=_aliases(model_id, records),
        sources=tuple([url for url in sources if url.strip()]),  # (a record without a URL)
        checked=checked,
        capabilities=Capabilities(**own),  # type: ignore[arg-type]
        scores=tuple(s for r in records for s in r.scores),
        routes=tuple(r.route for r in records if r.route is not None),
        **{k: v for k, v in facts.items() if v is not None},  # type: ignore[arg-type]
    )
    evidence = tuple(
        RecordFacts(source=r.source, url=r.url, facts=tuple(r.facts.items()))
        for r in records if r.facts and r.vote
    )
    return model, evidence


def unique_names(models: Iterable[Model]) -> tuple[Model, ...]:
    """``models`` without the aliases that another model's id or an earlier alias claims.

    A name then always finds the model the catalog lists under it. Names are matched as
    :func:`~phicompare.domain.names.alike_key` reads them, as a catalog refuses them (an alias
    with a Cyrillic look-alike letter of another model's id is dropped: brief fixDE).

    Examples:
        >>> a = Model(id="a", name="A", aliases=("b", "x"))
        >>> b = Model(id="b", name="B", aliases=("x", "y"))
        >>> [m.aliases for m in unique_names([a, b])]
        [('x',), ('y',)]
    """
    models = tuple(models)
    taken = {alike_key(m.id) for m in models}
    kept = []
    for model in models:
        aliases = []
        for alias in model.aliases:
            key = alike_key(alias)
            if key not in taken:
                taken.add(key)
                aliases.append(alias)
        changed = len(aliases) != len(model.aliases)
        kept.append(attrs.evolve(model, aliases=tuple(aliases)) if changed else model)
    return tuple(kept)


def assemble(
    records: Iterable[Record], checked: dt.date, apart: frozenset[str] = frozenset(),
    aliases: Mapping[str, str] | None = None,
) -> tuple[tuple[Model, ...], dict[str, tuple[RecordFacts, ...]]]:
    """Group records into models by identity key; the models in order of first appearance.

    ``aliases`` maps names (a record's names, or their last segments) to the model id they are;
    it wins over the identity rule.

    Examples:
        >>> recs = [Record(identity="azure_ai/Phi-4", source="a", url="u1",
        ...                names=("azure_ai/Phi-4",), facts={"context_window": 16384}),
        ...         Record(identity="microsoft/phi-4", source="b", url="u2",
        ...                names=("microsoft/phi-4",), facts={"context_window": 16384,
        ...                                                  "name": "Phi 4"})]
        >>> models, evidence = assemble(recs, dt.date(2026, 1, 1))
        >>> [(m.id, m.name, m.context_window, m.aliases) for m in models]
        [('phi-4', 'Phi 4', 16384, ('azure_ai/Phi-4', 'microsoft/phi-4'))]
        >>> models, _ = assemble(recs, dt.date(2026, 1, 1), aliases={"azure_ai/Phi-4": "x"})
        >>> [m.id for m in models]
        ['x', 'phi-4']
    """
    explicit = {squash(name): target for name, target in (aliases or {}).items()}
    records = list(records)
    # Two snapshot dates of one model anywhere in the source keep each apart (keep_apart).
    apart |= keep_apart([name] for name in {n for record in records
                                             for n in (record.identity, *record.names)})
    groups: dict[str, list[Record]] = {}
    named: dict[str, str] = {}
    for record in records:
        target = next((hit for name in record.names for candidate in (name, last_segment(name))
                       if (hit := explicit.get(squash(candidate))) is not None), None)
        if target is None:
            key = identity_key(record.identity, apart)
        else:
            key = squash(target)
            named[key] = target
        groups.setdefault(key, []).append(record)
    models = []
    evidence: dict[str, tuple[RecordFacts, ...]] = {}
    taken: set[str] = set()
    for key, group in groups.items():
        model, found = _model(group, checked, named.get(key))
        if normalize_name(model.id) in taken:  # two keys, one id: keep both findable
            model = attrs.evolve(model, id=f"{model.id}~{len(taken)}")
        taken.add(normalize_name(model.id))
        models.append(model)
        evidence[model.id] = found
    return unique_names(models), evidence
