"""Transforms that enrich the repaired tree: references, citation placement, rendering."""
