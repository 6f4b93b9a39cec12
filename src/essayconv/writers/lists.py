"""List items as the writers group them: one list per run of items sharing @list."""

from __future__ import annotations

from lxml import etree

ORDERED = {"decimal": "1", "lower-alpha": "a", "upper-alpha": "A", "lower-roman": "i",
           "upper-roman": "I"}  # each ordered type's HTML type attribute
JATS_TYPES = {"bullet": "bullet", "decimal": "order", "lower-alpha": "alpha-lower",
              "upper-alpha": "alpha-upper", "lower-roman": "roman-lower",
              "upper-roman": "roman-upper"}


def list_type(item: etree._Element) -> str:
    """The item's list type (bullet for an item the reader gave none)."""
    return item.get("type") or "bullet"


def ordered(item: etree._Element) -> bool:
    """An item of a numbered (or lettered) list."""
    return list_type(item) in ORDERED


def start(item: etree._Element) -> int:
    """Where the list of this first item starts numbering: its written number, else 1."""
    return int(item.get("value") or 1)


def same_list(last: etree._Element | None, item: etree._Element) -> bool:
    """The item goes on the list last's item belongs to (no @list: one list, as before)."""
    return last is not None and last.get("kind") == "item" and \
        last.get("list") == item.get("list")


def first_item(item: etree._Element) -> etree._Element:
    """The first item of the item's list (walking back over the items before it)."""
    while same_list(item.getprevious(), item):
        item = item.getprevious()
    return item
