"""The narrative: typed claims built from facts, and the self-check."""
