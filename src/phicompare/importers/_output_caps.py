"""A model's output cap above its own window is no cap of the model's (review 21, P1).

The prompt and the output share a model's context window, so no model writes more tokens than
its window holds. A record whose output cap is above its window (Llama 3 8B Instruct's 16,384,
Kilo's listing's, beside Meta's 8,192) took the cap from a listing that did not describe the
model as recorded: ``tools/bundle_catalog.py`` drops the cap (unknown) after the keyed
corrections, so that the window it is judged against is the record's final one, and says so in
the model's notes. A route's own cap needs no such rule: one at nine tenths of the window in
force or more is read as the window itself (``Model.route_output``), never as more output.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from phicompare.domain.records import Model

from ._noted import noted

__all__ = ["outputs_within"]


def outputs_within(models: Sequence[Model]) -> tuple[list[Model], list[str]]:
    """``models`` without an output cap above their own window, and a line for each dropped.

    Examples:
        >>> fixed, lines = outputs_within([Model(id="m", name="M", context_window=8_192,
        ...                                      max_output_tokens=16_384)])
        >>> fixed[0].max_output_tokens, lines
        (None, ['m: max output 16384 above its 8192-token window: dropped'])
        >>> outputs_within([Model(id="m", name="M", context_window=8_192,
        ...                       max_output_tokens=8_192)])[1]
        []
    """
    out, lines = [], []
    for model in models:
        cap, window = model.max_output_tokens, model.context_window
        if cap is None or window is None or cap <= window:
            out.append(model)
            continue
        note = (f"Max output {cap:,} dropped: above the model's own {window:,}-token window, "
                f"which the prompt and the output share (docs/data-notes.md).")
        out.append(attrs.evolve(model, max_output_tokens=None,
                                notes=noted(model.notes, note)))
        lines.append(f"{model.id}: max output {cap} above its {window}-token window: dropped")
    return out, lines
