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
that its note is never cited. A superscript list or range naming the next notes ('³,⁴',
'³⁻⁵') is one call of them all.

An essay with [n] markers may call some references in superscript too ('guideline²',
'months³,⁴'): there a superscript after a word of two letters or more, or after punctuation,
is a call when every number it names is a note's; never a power ('10³', '12 km²', 'per
m³', 'R²'), nor a number that keys a body line of its own ('MPH¹' over '¹ School of …').
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


# superscript calls beside [n] markers: 'guideline²', 'months³,⁴', 'care³⁻⁵', 'control.²⁰'
_SUP = f"[{_SUPERSCRIPTS}]"
_GROUP = rf"{_SUP}+(?:\s?[,\u207b\u2010-\u2013-]\s?{_SUP}+)*(?!{_SUP})"
_SUPERSCRIPT_CALL = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=[^\W_][.,;:!?)\]’”]))(?P<group>{_GROUP})")
_PLAIN = str.maketrans(_SUPERSCRIPTS, "0123456789")
# units a power belongs to: 'per km²', 'in m³' (a word of letters right before it)
_UNITS = frozenset("m cm mm km µm nm dm ft in mi yd ha kg mol ms".split())


def _called(group: str, notes: set[int]) -> list[int]:
    """The note numbers of a superscript group ('³,⁴' → 3, 4; '³⁻⁵' → 3, 4, 5), or none
    when one of them is no note's."""
    numbers: list[int] = []
    for part in group.translate(_PLAIN).replace(" ", "").split(","):
        first, _, last = re.sub(r"[\u207b\u2010-\u2013]", "-", part).partition("-")
        end = int(last) if last else int(first)
        if not int(first) <= end <= int(first) + 30:
            return []
        numbers += range(int(first), end + 1)
    return numbers if numbers and set(numbers) <= notes else []


def _split_calls(text: str, notes: set[int]) -> list[str | tuple[list[int], str]]:
    """The text cut at its superscript calls: text, (numbers, call), text, …, text."""
    out: list[str | tuple[list[int], str]] = []
    position = 0
    for match in _SUPERSCRIPT_CALL.finditer(text):
        word = re.search(r"[^\W\d_]+$", text[:match.start()])
        numbers = _called(match.group("group"), notes)
        if not numbers or (word and word.group().lower() in _UNITS) or \
                _UNIT.search(text, 0, match.start()):
            continue  # '5 km²', 'per m³': a unit's power
        out += [text[position:match.start()], (numbers, match.group())]
        position = match.end()
    return [*out, text[position:]]


def _superscript_calls(essay, paragraph, notes: set[int]) -> None:
    """Superscript note calls in a paragraph that has [n] markers elsewhere in the essay."""
    line = int(paragraph.get("line"))
    owners = [None, *paragraph]  # None: the paragraph's own text; else a child's tail
    for owner in owners:
        text = (paragraph.text if owner is None else owner.tail) or ""
        parts = _split_calls(text, notes)
        if len(parts) == 1:
            continue
        if owner is None:
            paragraph.text, at = parts[0], 0
        else:
            owner.tail, at = parts[0], paragraph.index(owner) + 1
        context = str(parts[0])[-15:]
        for (numbers, call), tail in zip(parts[1::2], parts[2::2], strict=True):
            for n in numbers:
                cite = T.el("cite", note=f"n{n}", n=n, line=line)
                cite.tail = ""
                paragraph.insert(at, cite)
                at += 1
            cite.tail = tail
            group = ", ".join(str(n) for n in numbers)
            T.log_change(essay, NAME, line, f"{context}{call}", f"{context}[{group}]")
            context = str(tail)[-15:]


def apply(essay) -> None:
    """Turn bare note numbers in the body into cite elements, in note order; beside [n]
    markers, superscript calls whose numbers are all notes' ('guideline²', '³,⁴', '³⁻⁵')."""
    notes = [n for n in T.findall(essay, "notes/note") if n.get("n", "").isdigit()]
    paragraphs = T.findall(essay, "body/section/p")
    if notes and any(p.find(T.q("cite")) is not None for p in paragraphs):
        body = list(T.find(essay, "body").iter(T.q("p")))
        keyed = {int(m.group(1).translate(_PLAIN)) for p in body
                 if (m := re.match(rf"({_SUP}+)\s", p.text or ""))}
        numbers = {int(n.get("n")) for n in notes} - keyed  # '¹ School of …': its own key
        for paragraph in body:
            _superscript_calls(essay, paragraph, numbers)
        return
    if not notes:
        return
    queue = sorted(int(n.get("n")) for n in notes)
    every = list(queue)
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
            numbers, end = _with_group(match, text, queue, set(every))
            start = match.start()
            head, tail = text[:start], text[end:]
            context = head[-15:]
            T.log_change(essay, NAME, int(paragraph.get("line")), f"{context}{text[start:end]}",
                         f"{context}[{', '.join(str(n) for n in numbers)}]")
            if node is None:
                paragraph.text = head
            else:
                node.tail = head
            for number in numbers:
                node = T.sub(paragraph, "cite", note=f"n{number}", n=number,
                             line=paragraph.get("line"))
                node.tail = ""
            node.tail = tail
            text, position = tail, 0


def _with_group(match: re.Match[str], text: str, queue: list[int], notes: set[int]
                ) -> tuple[list[int], int]:
    """The notes a call at ``match`` names, taken off the queue, and where the call ends: a
    superscript list or range naming the next notes in order ('³,⁴', '³⁻⁵') is one call."""
    group = re.compile(_GROUP).match(text, match.start()) if match.group()[:1] in \
        _SUPERSCRIPTS else None
    numbers = _called(group.group(), notes) if group else []
    if len(numbers) > 1 and numbers == queue[:len(numbers)]:
        del queue[:len(numbers)]
        return numbers, group.end()
    return [queue.pop(0)], match.end()
