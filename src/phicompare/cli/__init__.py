"""The ``phicompare`` command line."""
