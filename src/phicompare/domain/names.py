"""How names are matched: one rule for the catalog's index, the importers and the narrative."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from phicompare.exceptions import quoted

if TYPE_CHECKING:
    from .records import Model

__all__ = ["ALIKE", "alike_key", "closest_ids", "distinct_names", "find_model", "licence_key",
           "lookup_names", "normalize_name", "not_compared", "route_id_forms"]

_IGNORED = re.compile(r"[\s_\-]+")


def normalize_name(name: str) -> str:
    """The form names are matched in: lower case, without spaces, dashes and underscores.

    Examples:
        >>> normalize_name("Phi-4 Mini"), normalize_name("phi4_mini")
        ('phi4mini', 'phi4mini')
    """
    return _IGNORED.sub("", name.casefold())


ALIKE = ("once case, spaces, dashes, underscores, character widths and look-alike letters are "
         "ignored")
"""How :func:`alike_key` matches names, as messages say it."""

# Cyrillic and Greek letters drawn like Latin ones in an id's usual fonts, each as that Latin
# letter (Unicode's confusables, cut to the letters that look the same; capitals as capitals:
# Cyrillic "В" is "B", though its lower case "в" looks like no Latin letter). Not letters that
# only resemble one (Greek "ι" has no dot; "κ" and "υ" are drawn apart). Written as escapes:
# Cyrillic а е о р с х у і ј ѕ ԁ һ ԛ ԝ ӏ and А В Е К М Н О Р С Т Х У І Ј Ѕ Ӏ; Greek ο α ρ ν ϲ ϳ
# and Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ Ϲ (the palochka as "l", as it is drawn; review 38, #5). The
# fold runs before casefolding (capitals whose lower case looks like no Latin letter) and after
# it (capitals whose lower case is folded: Cyrillic "Һ" is "һ", so "h"), and before NFKC.
_LOOK_ALIKES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0458\u0455\u0501\u04bb\u051b\u051d"
    "\u04cf\u04c0"
    "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0423\u0406\u0408"
    "\u0405\u03bf\u03b1\u03c1\u03bd\u03f2\u03f3\u03f9"
    "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7",
    "aeopcxyijsdhqw" "ll" "ABEKMHOPCTXYIJ" "S" "oapvcjC" "ABEZHIKMNOPTYX")


def alike_key(name: str) -> str:
    """The form look-alike names share: :func:`normalize_name` after NFKC and a look-alike fold.

    Full-width letters and digits, ligatures and other compatibility forms read as the letters
    they show (Unicode NFKC), so ``"ｐｈｉ-２"`` is ``"phi-2"``; and Cyrillic and Greek letters
    drawn like Latin ones read as those letters, so ``"рhi-2"`` with a Cyrillic ``р`` is
    ``"phi-2"`` too (the fold: Cyrillic ``а е о р с х у і ј ѕ ԁ һ ԛ ԝ``, Greek ``ο α ρ ν``, and
    the capitals drawn as Latin capitals). A catalog refuses two ids (or an id and an alias, or
    a model's two aliases) with one key, and suggestions match by it; a lookup itself stays
    :func:`normalize_name`'s. A plain-ASCII name's key is its :func:`normalize_name`.

    Examples:
        >>> alike_key("ｐｈｉ-２"), alike_key("Azure_Foundry"), alike_key("ﬁne-tune")
        ('phi2', 'azurefoundry', 'finetune')
        >>> alike_key("\u0440hi-2"), alike_key("GP\u0422-4\u03bf"), alike_key("\u0432")
        ('phi2', 'gpt4o', 'в')
        >>> alike_key("p\u04bai-2"), alike_key("\u04cflama"), alike_key("\u03f2laude")
        ('phi2', 'llama', 'claude')
    """
    if name.isascii():
        return normalize_name(name)
    import unicodedata  # noqa: PLC0415 - catalog checks and error paths only

    # (folded before NFKC too, which reads the lunate sigma "ϲ" as "σ")
    shown = unicodedata.normalize("NFKC", name.translate(_LOOK_ALIKES)).translate(_LOOK_ALIKES)
    return normalize_name(shown.casefold().translate(_LOOK_ALIKES))


def lookup_names(model: Model) -> tuple[str, ...]:
    """The names ``model`` is looked up by: its id and aliases, normalised, each once, in order.

    The one rule of :meth:`Catalog.model <phicompare.Catalog.model>` (and so of ``compare()``)
    and of :func:`find_model`.

    Examples:
        >>> from phicompare import default_catalog
        >>> lookup_names(default_catalog().model("phi-4-mini"))[:2]
        ('phi4mini', 'microsoft/phi4miniinstruct')
    """
    return tuple(dict.fromkeys(normalize_name(name) for name in (model.id, *model.aliases)))


_VENDOR = re.compile(r"^[a-z]+\.(?=[a-z])", re.IGNORECASE)
"""A cloud's vendor prefix on a model id: Bedrock's ``meta.`` and ``anthropic.``."""
_VERSION = re.compile(r"(?:-v\d+:\d+|@\d{8})$")
"""A cloud's version suffix: Bedrock's ``-v1:0``, Vertex's ``@20240307``."""


def route_id_forms(name: str) -> tuple[str, ...]:
    """Shorter forms of a provider's route id, to suggest the model it names (review 34, #3).

    Without a path (``accounts/fireworks/models/``, ``bedrock/``), then a vendor prefix
    (``meta.``), then a version suffix (``-v1:0``, ``@20240307``), each form once, the most
    stripped last; none for a name without such parts.

    Examples:
        >>> route_id_forms("bedrock/anthropic.claude-3-haiku-20240307-v1:0")
        ('anthropic.claude-3-haiku-20240307-v1:0', 'claude-3-haiku-20240307-v1:0', \
'claude-3-haiku-20240307')
        >>> route_id_forms("accounts/fireworks/models/phi-2-3b"), route_id_forms("gpt-4.1")
        (('phi-2-3b',), ())
    """
    path = name.rsplit("/", 1)[-1]
    vendor = _VENDOR.sub("", path)
    forms = (path, vendor, _VERSION.sub("", vendor))
    return tuple(f for f in dict.fromkeys(forms) if f and f != name)


def find_model(models: Sequence[Model], name: object) -> int | None:
    """Where the model ``name`` names (or the Model itself) is among ``models``, or ``None``.

    Its id as written first; then, ignoring case, spaces, dashes and underscores, any name
    ``compare()`` looks a model up by (:func:`lookup_names`), or the name pages show it by
    (API review 14, A6: a comparison refused the very names ``compare()`` took).

    Examples:
        >>> from phicompare import default_catalog
        >>> models = [default_catalog().model(n) for n in ("phi-2", "phi-4-mini")]
        >>> find_model(models, "Phi-4 Mini"), find_model(models, "microsoft/phi-2")
        (1, 0)
        >>> find_model(models, "gpt-4o") is None
        True
    """
    if not isinstance(name, str):  # a Model
        return next((k for k, model in enumerate(models) if model == name), None)
    for k, model in enumerate(models):
        if model.id == name:
            return k
    key = normalize_name(name)
    for k, model in enumerate(models):
        if key and (key in lookup_names(model) or key == normalize_name(model.name)):
            return k
    return None  # "" or "-" names none


def closest_ids(name: object, names: Mapping[str, str], limit: int = 3) -> tuple[str, ...]:
    """Up to ``limit`` ids of ``names`` (id -> display name) closest to the unknown ``name``.

    Ids whose id or display name begins with or holds the name come first (``azure`` is
    ``azure-foundry``, Microsoft Foundry), the likest first; with none, the ids spelled like it.
    Never every id: an unknown name is one line (review 8, G20). The one rule of an unknown
    provider or benchmark, in the catalog and in a provider filter.

    Examples:
        >>> names = {"azure-foundry": "Microsoft Foundry", "openrouter": "OpenRouter"}
        >>> closest_ids("azure", names), closest_ids("openroute", names), closest_ids("zz", names)
        (('azure-foundry',), ('openrouter',), ())
        >>> closest_ids("ＡＺＵＲＥ", names)
        ('azure-foundry',)
    """
    import difflib  # noqa: PLC0415 - error path only

    if not isinstance(name, str):
        return ()
    key = alike_key(name)  # a full-width "ａｚｕｒｅ" is "azure" (review 34)
    forms = {i: alike_key(shown) for i, shown in names.items()}
    ids = sorted(names)
    holding = [i for i in ids if key and any(key in form for form in (alike_key(i), forms[i]))]
    if holding:
        def likeness(i: str) -> tuple[bool, float, str]:
            form = alike_key(i)
            return (not form.startswith(key) and not forms[i].startswith(key),
                    -difflib.SequenceMatcher(None, key, form).ratio(), i)
        return tuple(sorted(holding, key=likeness)[:limit])
    import unicodedata  # noqa: PLC0415

    typed = unicodedata.normalize("NFKC", name).lower()
    return tuple(difflib.get_close_matches(typed, ids, n=limit, cutoff=0.6))


def not_compared(given: object, models: Sequence[Model], names: Sequence[str]) -> str:
    """Why ``given`` names none of ``models`` (shown as ``names``), and what to pass instead.

    Examples:
        >>> from phicompare import compare
        >>> c = compare("phi-2", "phi-4-mini")
        >>> print(not_compared("gpt-4o", c.models, c.names))
        'gpt-4o' is not one of the models compared: 'phi-2' (Phi-2), 'phi-4-mini' (Phi-4 Mini); \
pass an id, an alias or a name of one, or its position from 0 to 1
    """
    listed = ", ".join(f"{m.id!r} ({name})" for m, name in zip(models, names, strict=True))
    return (f"{quoted(given)} is not one of the models compared: {listed}; pass an id, an alias or "
            f"a name of one, or its position from 0 to {len(models) - 1}")


_LICENCE_NOISE = re.compile(r"(?:licen[cs]e)?[\s_\-.]*agreement$|[\s_\-.]+|licen[cs]e$")


def licence_key(name: str) -> str:
    """The form licences are compared in: "Apache 2.0", "apache-2.0" and "Apache-2.0" are one.

    Case, spaces, dashes, dots and a trailing "License" or "License Agreement" (Meta's "Llama
    3.3 Community License Agreement") are ignored; nothing else is guessed: a version left out
    ("CC-BY-NC" beside "CC-BY-NC-4.0") stays another licence.

    Examples:
        >>> licence_key("Apache 2.0") == licence_key("apache-2.0") == licence_key("Apache-2.0")
        True
        >>> licence_key("MIT License") == licence_key("MIT"), licence_key("MPL-2.0")
        (True, 'mpl20')
        >>> (licence_key("Llama 3.3 Community License Agreement")
        ...  == licence_key("Llama 3.3 Community License"))
        True
        >>> licence_key("CC-BY-NC") == licence_key("CC-BY-NC-4.0")
        False
    """
    return _LICENCE_NOISE.sub("", name.casefold())


def distinct_names(models: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The display names of ``models`` (``(name, id)`` pairs), each clear beside the others.

    A name two or more of them share (as :func:`normalize_name` matches them) gets its model's
    id in brackets, on every model that shares it: a page never compares "Command R+" with
    "Command R+". Ids are unique, so the names returned are too; names nobody shares stay.

    Examples:
        >>> distinct_names([("Phi-2", "phi-2"), ("Phi-4 Mini", "phi-4-mini")])
        ('Phi-2', 'Phi-4 Mini')
        >>> distinct_names([("Qwen3 Max", "qwen3-max"), ("Qwen3 Max", "qwen3-max-2026-01-23"),
        ...                 ("Phi-2", "phi-2")])
        ('Qwen3 Max (qwen3-max)', 'Qwen3 Max (qwen3-max-2026-01-23)', 'Phi-2')
    """
    pairs = list(models)
    keys = [normalize_name(name) for name, _ in pairs]
    counts = Counter(keys)
    if len(counts) == len(keys):  # the usual page: no name shared
        return tuple([name for name, _ in pairs])
    return tuple([f"{name} ({model_id})" if counts[key] > 1 else name
                  for (name, model_id), key in zip(pairs, keys, strict=True)])
