"""Tense names shared by the tense reader and the resolver.
"""
from __future__ import annotations

PAST, FUTURE, PRESENT = "past", "future", "present"
WEAK_PAST = "weak-past"  # a past verb far from the date
STRICT_PAST = "strict-past"  # "since October": never the one ahead
NEAREST = "nearest"  # "follows Tuesday's declaration": the closer weekday either way (other kinds: unknown tense)
