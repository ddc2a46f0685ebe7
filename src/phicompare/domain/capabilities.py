"""Capabilities: what a model or a route can do, and whether that is documented."""

# Annotations are evaluated (no ``from __future__ import annotations``): cattrs reads these
# records' types, and real types spare it compiling strings on the first load.

import enum
from collections.abc import Iterable, Sequence

import attrs

from phicompare.exceptions import ArgumentError, ComparisonError, quoted

from .record import Record

__all__ = ["Capabilities", "Capability", "Support", "image_only"]

class Capability(str, enum.Enum):
    """A capability a model or a route may have.

    Examples:
        >>> Capability("structured_outputs").label
        'Structured outputs'
    """

    VISION = "vision"
    MULTIMODAL = "multimodal"
    REASONING = "reasoning"
    FUNCTION_CALLING = "function_calling"
    TOOL_USE = "tool_use"
    STRUCTURED_OUTPUTS = "structured_outputs"
    CODE_EXECUTION = "code_execution"

    @property
    def label(self) -> str:
        """The capability as a reader sees it ("Reasoning mode": no benchmark category says it)."""
        return _CAPABILITY_LABELS[self._value_]  # (a page reads dozens: looked up, not built)

    @classmethod
    def parse(cls, name: "Capability | str") -> "Capability":
        """The capability a member or a name stands for, in any case, with spaces or dashes.

        Raises:
            ComparisonError: (a ``ValueError``) an unknown name; the message suggests the
                closest known one.

        Examples:
            >>> Capability.parse("Structured outputs"), Capability.parse(Capability.VISION)
            (<Capability.STRUCTURED_OUTPUTS: 'structured_outputs'>, <Capability.VISION: 'vision'>)
        """
        if isinstance(name, Capability):
            return name
        if not isinstance(name, str):  # a caller without type checks
            msg = f"a capability is a Capability or its name, got {name!r}"  # type: ignore[unreachable]
            raise ArgumentError(msg)
        key = name.strip().lower().replace(" ", "_").replace("-", "_")
        key = "reasoning" if key == "reasoning_mode" else key
        try:
            return cls(key)
        except ValueError:
            import difflib  # noqa: PLC0415 - error path only

            known = [c.value for c in cls]
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else f"; known: {', '.join(known)}"
            raise ComparisonError(f"unknown capability {quoted(name)}{hint}") from None


_CAPABILITY_LABELS = {
    c.value: "Reasoning mode" if c is Capability.REASONING
    else c.value.replace("_", " ").capitalize() for c in Capability}


class Support(str, enum.Enum):
    """Whether a capability is documented as present, documented as absent, or not documented.

    Examples:
        >>> Support.of(None).label
        'not documented'
    """

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, flag: bool | None) -> "Support":
        """The support that a catalog flag (``True``, ``False`` or absent) stands for."""
        if flag is None:
            return cls.UNKNOWN
        return cls.YES if flag else cls.NO

    @property
    def label(self) -> str:
        """How the value reads in a table."""
        return _SUPPORT_LABELS[self._value_]


_SUPPORT_LABELS = {"yes": "yes", "no": "no", "unknown": "not documented"}


@attrs.frozen(kw_only=True, eq=False, repr=False)
class Capabilities(Record):
    """Capability flags: ``True`` (documented yes), ``False`` (documented no), ``None`` (unknown).

    Examples:
        >>> Capabilities(vision=False).support(Capability.VISION)
        <Support.NO: 'no'>
        >>> Capabilities().support(Capability.REASONING).label
        'not documented'
    """

    vision: bool | None = None
    multimodal: bool | None = None
    reasoning: bool | None = None
    function_calling: bool | None = None
    tool_use: bool | None = None
    structured_outputs: bool | None = None
    code_execution: bool | None = None

    def flag(self, capability: Capability | str) -> bool | None:
        """The raw flag for ``capability`` (a member or its name)."""
        flag: bool | None = getattr(self, Capability.parse(capability).value)
        return flag

    def support(self, capability: Capability | str) -> Support:
        """The :class:`Support` for ``capability`` (a member or its name)."""
        return Support.of(self.flag(capability))

    def over(self, base: "Capabilities") -> "Capabilities":
        """These flags where known, ``base``'s elsewhere (a route's table over its model's)."""
        return Capabilities(
            **{
                c.value: (mine if (mine := self.flag(c)) is not None else base.flag(c))
                for c in Capability
            }
        )


def image_only(models: Iterable[tuple[bool, bool, Sequence[str]]]) -> bool:
    """Whether "multimodal input" says of these models only what "vision" does.

    Each model as (has vision, has multimodal input, its input modalities): true where the
    models with multimodal input are those with vision, at least one, each taking no input but
    text and image (its inputs sourced). Their multimodal input is then image input, and the
    pages say it once, as vision, with vision's reading for the rest (review 14, N9).

    Examples:
        >>> image_only([(True, True, ("text", "image")), (False, False, ())])
        True
        >>> image_only([(True, True, ("text", "image", "audio")), (False, False, ())])
        False
        >>> image_only([(True, True, ("text", "image")), (False, True, ("text", "audio"))])
        False
    """
    found = [(vision, multimodal, inputs) for vision, multimodal, inputs in models
             if vision or multimodal]
    return bool(found) and all(vision and multimodal and inputs and set(inputs) <= _IMAGE_TEXT
                               for vision, multimodal, inputs in found)


_IMAGE_TEXT = frozenset(("text", "image"))
