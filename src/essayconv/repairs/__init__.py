"""Repairs: named rules, run in a fixed order, each logging every change it makes."""

from __future__ import annotations

from lxml import etree

from . import (
    backlinks,
    bare_markers,
    glued_words,
    markers,
    merged_entries,
    merged_notes,
    numbered_sources,
    numeric,
    punctuation,
    quotes,
)

RULES = [merged_notes, merged_entries, backlinks, bare_markers, glued_words, punctuation, quotes,
         numeric, numbered_sources, markers]


def repair(essay: etree._Element) -> etree._Element:
    """Run every repair rule in order on the tree (in place) and return it."""
    for rule in RULES:
        rule.apply(essay)
    return essay
