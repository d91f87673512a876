"""Kinds: the vocabulary of the figures contract, in one place for every module that needs it."""

from __future__ import annotations

# Statistics first (the numbers a story charts or quotes), then the context kinds.
STATISTICS = ("count", "percent", "money", "measure", "fraction")
KINDS = (*STATISTICS, "date", "year", "period", "duration", "time", "age", "ordinal", "identifier")
STATISTIC_KINDS = frozenset(STATISTICS)
CONTEXT_KINDS = frozenset(KINDS) - STATISTIC_KINDS
QUALIFIERS = ("", "more_than", "less_than", "at_least", "at_most", "nearly", "about", "order_of")
