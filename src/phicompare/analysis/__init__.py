"""Analysis: traffic and cost, statistics, fact records, the comparator. No prose."""
