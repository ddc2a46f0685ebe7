"""Rendering: page blocks, Markdown, HTML, text, JSON, plots and the JSON Schema."""
