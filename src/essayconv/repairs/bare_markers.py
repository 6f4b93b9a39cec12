"""Rule bare-markers: note numbers pasted as plain digits ("History.3 The") become markers.

Superscript note calls lose their formatting when a web page is copied as text. The rule
runs only when the essay has a notes list and no [n] markers at all, and looks for the
note numbers in order (1, 2, 3 …), each after the previous one: a number glued to a word
or to closing punctuation (".3", "),5", "soteria 12 or"), never inside another number
("5.88", "5.105, 103"); or kept as superscript digits ("deterrence.¹²"). A number after a
space ("soteria 12 or", "Paris 1") is taken only when the number stands glued nowhere further
on, and one after a year's full stop ("in 1915.3 The") only when it stands nowhere else.
Last, the 'number' tier: a call glued to a whole number of three or more digits ("Resolution
918.3 The", "in April 1994.6" ending the paragraph) is taken only when the note stands in no
other form anywhere, a sentence starts after it (or, after a year, the paragraph ends), and
it comes before the next note's call; never in a decimal ("5.88", "3.5 The", "2,548.4",
"£918.3"), nor in a section's number ("Section 2.3 The", "Article 101.3 The"). A number
found nowhere is skipped, and the search goes on with the next one; check-markers then warns
that its note is never cited.
"""

from __future__ import annotations

import re

from .. import tree as T

NAME = "bare-markers"
# after a word, or after punctuation or a closing quote (a straight one only right before the
# number: 'of war."2', never "the students' 2 cars")
_GLUED = r"(?:(?<=[^\W\d_])|(?<=[^\d\s][.,;:!?)’”\"']))"
_SPACED = r"(?:(?<=[^\W\d_] )|(?<=[^\d\s][.,;:!?)’”] ))"  # weaker: 'Paris 1' is no call


_SUPERSCRIPT = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077"
                                           "\u2078\u2079")
_SUPERSCRIPTS = "0123456789".translate(_SUPERSCRIPT)


def _pattern(number: int, spaced: bool | str) -> re.Pattern[str]:
    """Note ``number`` as plain digits glued to a word or punctuation (or after a space, if
    ``spaced``), or in superscript digits ('deterrence.¹²') after a letter or punctuation
    (never a digit: '10³')."""
    sup = str(number).translate(_SUPERSCRIPT)
    if spaced == "year":  # 'in 1915.3 The region': after a year's full stop, a sentence next
        return re.compile(rf"(?<=(?<!\d)(?:1[5-9]|20)\d\d\.){number}(?=\s+[A-Z“\"‘'(])")
    if spaced == "number":  # 'Resolution 918.3 The', 'in April 1994.6' (checked in _call)
        return re.compile(rf"(?<=\d\d\d\.){number}(?=\s+[A-Z“\"‘'(]|\s*$)")
    before = _SPACED if spaced else _GLUED
    return re.compile(rf"{before}{number}(?=\s|$)|"
                      rf"(?<=[^\s\d{_SUPERSCRIPTS}]){sup}(?![{_SUPERSCRIPTS}])")


# a unit after a number: '40 km²', '5 m³' (the superscript is the unit's, not a note call)
_UNIT = re.compile(r"\d\s?[A-Za-zµ]{1,3}$")
# the 'number' tier: a whole number of 3+ digits before the call's full stop, not part of a
# decimal, a grouped number or an amount ('5.105.3', '2,548.3', '£918.3'), nor a section's
_WHOLE = re.compile(r"(?<![\d.,$£€¥])(\d{3,})\.$")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_SECTION = re.compile(r"(?:§§?|\b(?:sections?|secs?\.|chapters?|ch\.|articles?|arts?\.|"
                      r"paragraphs?|paras?\.|clauses?|parts?|rules?|tables?|figs?\.|figures?|"
                      r"equations?|eqs?\.|appendix|annex|schedule))\s*\d+\.$", re.IGNORECASE)


def _whole_number_call(match: re.Match[str], text: str) -> bool:
    """A 'number' tier match stands after a whole number ('918.3 The'); at a paragraph's end
    only after a year ('in April 1994.6')."""
    head = text[:match.start()]
    whole = _WHOLE.search(head)
    if not whole or _SECTION.search(head):
        return False
    return bool(text[match.end():].strip()) or bool(_YEAR.fullmatch(whole.group(1)))


def _call(number: int, text: str, position: int, spaced: bool | str = False
          ) -> re.Match[str] | None:
    """The first place from position where note ``number`` is called."""
    for match in _pattern(number, spaced).finditer(text, position):
        if spaced == "number" and not _whole_number_call(match, text):
            continue
        if not (match.group()[0] in _SUPERSCRIPTS and _UNIT.search(text, 0, match.start())):
            return match
    return None


def _number_call(queue: list[int], text: str, position: int, later: list[str]
                 ) -> re.Match[str] | bool | None:
    """Note ``queue[0]`` glued to a whole number (the 'number' tier), only if it comes before
    the next note's call: the match in ``text``, True if it is in a later paragraph, None if
    there is none."""
    for index, (part, start) in enumerate([(text, position)] + [(t, 0) for t in later]):
        match = _call(queue[0], part, start, "number")
        following = _call(queue[1], part, start) if len(queue) > 1 else None
        if match and not (following and following.start() < match.start()):
            return match if index == 0 else True
        if following:
            return None
    return None


def apply(essay) -> None:
    """Turn bare note numbers in the body into cite elements, in note order."""
    notes = [n for n in T.findall(essay, "notes/note") if n.get("n", "").isdigit()]
    paragraphs = T.findall(essay, "body/section/p")
    if not notes or any(p.find(T.q("cite")) is not None for p in paragraphs):
        return
    queue = sorted(int(n.get("n")) for n in notes)
    searched = [p for p in paragraphs if p.get("kind") != "caption"]
    for index, paragraph in enumerate(searched):
        if not queue:
            break
        text, node, position = paragraph.text or "", None, 0
        later = [p.text or "" for p in searched[index + 1:]]
        while queue:
            match = _call(queue[0], text, position)
            if not match and not any(_call(queue[0], t, 0) for t in later):
                match = _call(queue[0], text, position, spaced=True)
                if not match and not any(_call(queue[0], t, 0, spaced=True) for t in later):
                    match = _call(queue[0], text, position, spaced="year")
                    if not match and not any(_call(queue[0], t, 0, "year") for t in later):
                        found = _number_call(queue, text, position, later)
                        if found is None:
                            queue.pop(0)  # called nowhere: the next number may be
                            continue
                        match = found if found is not True else None
            if not match:
                break
            number = queue.pop(0)
            start, end = match.start(), match.end()
            head, tail = text[:start], text[end:]
            context = head[-15:]
            T.log_change(essay, NAME, int(paragraph.get("line")), f"{context}{match.group()}",
                         f"{context}[{number}]")
            if node is None:
                paragraph.text = head
            else:
                node.tail = head
            node = T.sub(paragraph, "cite", note=f"n{number}", n=number,
                         line=paragraph.get("line"))
            node.tail = tail
            text, position = tail, 0
