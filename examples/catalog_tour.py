"""A tour of the bundled catalog: find models by any name, read their sourced facts."""

from phicompare import default_catalog

catalog = default_catalog()
for name in ("phi-2", "Phi 4 Mini"):
    model = catalog.model(name)
    priced = [r for r in model.routes if r.input is not None and not r.is_free]
    cheapest = min(priced, key=lambda r: (r.input or 0, r.output or 0), default=None)
    print(f"{model.name}: context {model.context_window} tokens, licence {model.license}")
    if cheapest is not None:
        print(f"  lowest input price: ${cheapest.input} per 1M tokens on "
              f"{catalog.provider_name(cheapest.provider)} (checked {cheapest.checked})")
