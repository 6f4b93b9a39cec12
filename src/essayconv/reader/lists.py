"""Lists: a list item's typed marker ('- ', '• ', '1. ', 'b) ', 'iii. ') read into attributes.

The reader marks list items as ``p kind="item"`` with the marker still in their text; here each
item's marker leaves the text for ``@marker`` (kept as written: nothing is lost), its list type
goes to ``@type`` (bullet, or decimal, lower-alpha, upper-alpha, lower-roman, upper-roman), an
ordered item's number to ``@value`` ('c)' is 3, 'iv.' is 4) and the list it belongs to to
``@list``. Consecutive items make one list until the marker's kind changes (a '-' list, then a
'1.' list, then a '•' list are three lists; so are '1.' and '1)') or an ordered list starts
again (a '1.' after a '3.'). Letters that are all roman numerals in order from 'i' ('i.',
'ii.', 'iii.') are roman, any other letters alphabetic ('h)', 'i)', 'j)').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .. import tree as T
from .lines import LIST_ITEM

MARKER = re.compile(r"^(?:(?P<glyph>[-•*–·▪◦])|(?P<number>\d{1,2})(?P<delim>[.)])|"
                    r"(?P<letters>[a-zA-Z]{1,4})(?P<close>[.)]))\s+(?=\S|$)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
BULLET = "bullet"


@dataclass(frozen=True)
class Marker:
    """One item's marker: as written, its family (what must not change inside one list)
    and, for numbers and letters, the written number or letters."""

    written: str
    family: str
    label: str | None = None


def parse_marker(text: str) -> tuple[Marker, str] | None:
    """The item's marker and the text after it ('- how often' → ('-', 'how often'))."""
    match = MARKER.match(text)
    if not match:
        return None
    written, rest = match.group().rstrip(), text[match.end():]
    if match.group("glyph"):
        return Marker(written, f"glyph{match.group('glyph')}"), rest
    if match.group("number"):
        return Marker(written, f"decimal{match.group('delim')}", match.group("number")), rest
    letters = match.group("letters")
    if len(letters) > 1 and roman_value(letters) is None:
        return None  # a word ('etc.'), never a marker
    case = "lower" if letters.islower() else "upper" if letters.isupper() else None
    if case is None:
        return None
    return Marker(written, f"{case}{match.group('close')}", letters.lower()), rest


def roman_value(letters: str) -> int | None:
    """The value of a lower-case roman numeral up to 'xl'-ish ('iv' → 4), else None."""
    if not letters or any(c not in _ROMAN for c in letters.lower()):
        return None
    values = [_ROMAN[c] for c in letters.lower()]
    total = sum(-v if k + 1 < len(values) and v < values[k + 1] else v
                for k, v in enumerate(values))
    return total if _to_roman(total) == letters.lower() else None


def _to_roman(value: int) -> str:
    """A number as a lower-case roman numeral (canonical form)."""
    out = ""
    for number, digits in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
                           (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            out, value = out + digits, value - number
    return out


def _is_roman(labels: list[str]) -> bool:
    """Letters counting i, ii, iii … (from i, or from a numeral of two letters or more), each
    the one before plus one or i again (a new list)."""
    values = [roman_value(label) for label in labels]
    if None in values:
        return False
    if len(labels) == 1:
        return labels[0] == "i" or len(labels[0]) > 1
    return (values[0] == 1 or len(labels[0]) > 1) and \
        all(b in (a + 1, 1) for a, b in zip(values, values[1:], strict=False))  # type: ignore[operator]


def _values(family: str, labels: list[str]) -> tuple[str, list[int]]:
    """The list type and each item's number for a run of one family."""
    if family.startswith("decimal"):
        return "decimal", [int(label) for label in labels]
    case = "lower" if family.startswith("lower") else "upper"
    if _is_roman(labels):
        return f"{case}-roman", [roman_value(label) or 0 for label in labels]
    if all(len(label) == 1 for label in labels):
        return f"{case}-alpha", [ord(label) - ord("a") + 1 for label in labels]
    return "", []


def _runs(items: list[tuple[etree._Element, Marker | None]]
          ) -> list[list[tuple[etree._Element, Marker]]]:
    """Split consecutive items where the marker's family changes or an item has none."""
    runs: list[list[tuple[etree._Element, Marker]]] = []
    last: Marker | None = None
    for p, marker in items:
        if marker is not None and last is not None and last.family == marker.family:
            runs[-1].append((p, marker))
        elif marker is not None:
            runs.append([(p, marker)])
        last = marker
    return runs


def _siblings(container: etree._Element) -> list[list[etree._Element]]:
    """The runs of item paragraphs that follow one another in a container."""
    groups: list[list[etree._Element]] = []
    previous = None
    for child in container:
        if child.tag == T.q("p") and child.get("kind") == "item":
            if previous is None:
                groups.append([])
            groups[-1].append(child)
            previous = child
        else:
            previous = None
    return groups


def _strip(paragraph: etree._Element, length: int) -> None:
    """Take the first ``length`` characters (the marker and its space) off the item's text."""
    paragraph.text = (paragraph.text or "")[length:]


def mark_end_items(essay: etree._Element) -> None:
    """The end matter's list items (an appendix's '1. How often …?' questions): a paragraph
    opening with a list marker next to another that does, as in the body."""
    def opens(node: etree._Element | None) -> bool:
        return node is not None and node.tag == T.q("p") and node.get("kind") in (None, "item") \
            and bool(LIST_ITEM.match(node.text or ""))

    found = [p for p in T.findall(essay, "endmatter/p")
             if opens(p) and (opens(p.getprevious()) or opens(p.getnext()))]
    for p in found:
        p.set("kind", "item")


def number_lists(essay: etree._Element) -> None:
    """Give every list item its list, type, marker and number, its marker out of its text."""
    mark_end_items(essay)
    count = 0
    containers: list[etree._Element] = []
    for p in essay.iter(T.q("p")):
        if p.get("kind") == "item" and not any(p.getparent() is c for c in containers):
            containers.append(p.getparent())
    for container in containers:
        for group in _siblings(container):
            markers = [_marker(p) for p in group]
            for p, marker in zip(group, markers, strict=True):
                if marker is None:
                    p.attrib.pop("kind")  # no marker to read: a plain paragraph
            for run in _runs(list(zip(group, markers, strict=True))):
                count = _number_run(run, count)


def _marker(p: etree._Element) -> Marker | None:
    """The item's marker, if it opens the item and something follows ('- [1] …' too); an
    item typed with no marker at all (the reader knew it otherwise: a Wikipedia page's 'See
    also' links) a bullet with an empty marker."""
    found = parse_marker(p.text or "")
    if found:
        return found[0] if found[1].strip() or len(p) else None
    if not LIST_ITEM.match(p.text or "") and T.inline_text(p).strip():
        return Marker("", "glyph")
    return None


def _number_run(run: list[tuple[etree._Element, Marker]], count: int) -> int:
    """Set the attributes of one run of a single marker family; returns the list count."""
    family = run[0][1].family
    if family.startswith("glyph"):
        kind, values = BULLET, []
    else:
        kind, values = _values(family, [marker.label or "" for _, marker in run])
    if not kind:  # letters that count neither way ('a)', 'iv)'): alphabetic, from its first
        kind, values = "lower-alpha" if family.startswith("lower") else "upper-alpha", []
    previous = None
    for index, (p, marker) in enumerate(run):
        value = values[index] if values else None
        if index == 0 or (value is not None and previous is not None and value <= previous):
            count += 1
        previous = value
        _strip(p, len(marker.written) + _space(p.text or "", len(marker.written)))
        p.set("list", f"l{count}")
        p.set("type", kind)
        p.set("marker", marker.written)
        if value is not None:
            p.set("value", str(value))
    return count


def _space(text: str, start: int) -> int:
    """The length of the white space at ``start`` in text."""
    return len(text[start:]) - len(text[start:].lstrip())
