"""Catalogs: the immutable index, the strict converter, the loader and the lint."""
