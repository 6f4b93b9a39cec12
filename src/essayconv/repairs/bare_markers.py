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
from . import numeric_calls as C

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
    ahead = r"(?=\s|$)" if spaced else rf"(?=\s|$|[,{C._DASHES}]\d)"  # '.1,2', '.4-5'
    return re.compile(rf"{before}{number}{ahead}|"
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


def _call(number: int, text: str, position: int, spaced: bool | str = False,
          notes: frozenset[int] = frozenset()) -> re.Match[str] | None:
    """The first place from position where note ``number`` is called: a plain list or range
    ('.1,2') only when it names ``notes``; never a number that counts ('Roughly 1 in 4')
    nor one after a label, unit or formula ('Fig.2', 'm2', 'CO2')."""
    for match in _pattern(number, spaced).finditer(text, position):
        if spaced == "number" and not _whole_number_call(match, text):
            continue
        plain = match.group()[0] not in _SUPERSCRIPTS
        if plain and spaced is True and C.counts(text, match.start(), match.end()):
            continue
        if plain and not spaced and (C.labelled(text, match.start()) or (
                not text[match.end():match.end() + 1].isspace() and match.end() < len(text)
                and not C.plain_group(text, match.start(), set(notes)))):
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
            at = C.insert_calls(essay, paragraph, at, (numbers, call, tail), context)
            context = str(tail)[-15:]


def apply(essay) -> None:
    """Turn bare note numbers in the body into cite elements, in note order; beside [n]
    markers, superscript calls whose numbers are all notes' ('guideline²', '³,⁴', '³⁻⁵');
    anywhere, caret calls ('mortality.^4')."""
    notes = [n for n in T.findall(essay, "notes/note") if n.get("n", "").isdigit()]
    if not notes:
        return
    every = {int(n.get("n")) for n in notes}
    body = list(T.find(essay, "body").iter(T.q("p")))
    paragraphs = T.findall(essay, "body/section/p")
    marked = any(p.find(T.q("cite")) is not None for p in paragraphs)
    careted = C.caret_calls(essay, body, every)
    if marked:
        keyed = {int(m.group(1).translate(_PLAIN)) for p in body
                 if (m := re.match(rf"({_SUP}+)\s", p.text or ""))}
        numbers = every - keyed  # '¹ School of …': its own key
        for paragraph in body:
            _superscript_calls(essay, paragraph, numbers)
        return
    searched = [p for p in paragraphs if p.get("kind") != "caption"]
    _in_order(essay, searched, sorted(every - careted), frozenset(every))
    if not re.search(r"notes", T.find(essay, "notes").get("heading") or "", re.IGNORECASE):
        C.repeated_calls(essay, searched, set(every))


def _in_order(essay, searched: list, queue: list[int], every: frozenset[int]) -> None:
    """Find the note numbers of ``queue`` in order, each after the one before."""
    for index, paragraph in enumerate(searched):
        owners = [None, *paragraph]
        for place, owner in enumerate(owners):
            if not queue:
                return
            later = [(o.tail if o is not None else "") or "" for o in owners[place + 1:]]
            later += [" ".join(C.pieces(p)) for p in searched[index + 1:]]
            _in_segment(essay, paragraph, owner, queue, later, every)


def _find(queue: list[int], text: str, position: int, later: list[str],
          every: frozenset[int]) -> re.Match[str] | None | bool:
    """Where note ``queue[0]`` is called in ``text``: glued first, then after a space, after
    a year, after a whole number, each tier only when no stronger one finds it further on;
    False when it is called nowhere (it is skipped)."""
    match = _call(queue[0], text, position, notes=every)
    if match or any(_call(queue[0], t, 0, notes=every) for t in later):
        return match
    match = _call(queue[0], text, position, spaced=True)
    if match or any(_call(queue[0], t, 0, spaced=True) for t in later):
        return match
    match = _call(queue[0], text, position, spaced="year")
    if match or any(_call(queue[0], t, 0, "year") for t in later):
        return match
    found = _number_call(queue, text, position, later)
    if found is None:
        return False
    return found if found is not True else None


def _in_segment(essay, paragraph, owner, queue: list[int], later: list[str],
                every: frozenset[int]) -> None:
    """Calls in the paragraph's text (owner None) or a child's tail, in queue order."""
    text = (paragraph.text if owner is None else owner.tail) or ""
    anchor, position = owner, 0
    while queue:
        match = _find(queue, text, position, later, every)
        if match is False:
            queue.pop(0)  # called nowhere: the next number may be
            continue
        if not match:
            return
        numbers, end = _with_group(match, text, queue, set(every))
        start = match.start()
        head, tail = text[:start], text[end:]
        context = head[-15:]
        T.log_change(essay, NAME, int(paragraph.get("line")), f"{context}{text[start:end]}",
                     f"{context}[{', '.join(str(n) for n in numbers)}]")
        if anchor is None:
            paragraph.text = head
        else:
            anchor.tail = head
        for number in numbers:
            cite = T.el("cite", note=f"n{number}", n=number, line=paragraph.get("line"))
            cite.tail = ""
            if anchor is None:
                paragraph.insert(0, cite)
            else:
                anchor.addnext(cite)
            anchor = cite
        anchor.tail = tail
        text, position = tail, 0


def _with_group(match: re.Match[str], text: str, queue: list[int], notes: set[int]
                ) -> tuple[list[int], int]:
    """The notes a call at ``match`` names, taken off the queue, and where the call ends: a
    superscript list or range naming the next notes in order ('³,⁴', '³⁻⁵') is one call, and
    so is a plain one glued to a word ('States.1,2', 'services.4-5')."""
    if match.group()[:1] not in _SUPERSCRIPTS:
        plain = C.plain_group(text, match.start(), notes)
        if plain:
            numbers, end = plain
            queue[:] = [n for n in queue if n not in numbers]
            return numbers, end
        return [queue.pop(0)], match.end()
    group = re.compile(_GROUP).match(text, match.start())
    numbers = _called(group.group(), notes) if group else []
    if len(numbers) > 1 and numbers == queue[:len(numbers)]:
        del queue[:len(numbers)]
        return numbers, group.end()
    return [queue.pop(0)], match.end()
