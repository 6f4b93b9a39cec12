"""Classify single lines: web junk, headings, reference headings, notes, credits, captions."""

from __future__ import annotations

import re

REFERENCE_HEADINGS = re.compile(
    r"^(works cited|works consulted|references?|reference list|bibliography|"
    r"select bibliography|notes|endnotes|footnotes|sources|literature cited|"
    r"notes and references|bibliographie|r[ée]f[ée]rences( bibliographiques)?|literatur|"
    r"literaturverzeichnis|quellen|anmerkungen|bibliograf[íi]a|referencias|notas|"
    r"riferimenti bibliografici)\s*:?$",
    re.IGNORECASE,
)

_JUNK = [
    r"\d+\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago",
    r"(yesterday|today|just now)",
    r"\d+\s*(min|minute)s?\s+(read|listen)",
    r"(share|tweet|like|follow|subscribe|listen|save|print|copy link|email|comment|comments|"
    r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|sign in|sign up|log in|"
    r"share this( article| post)?|read more|advertisement|updated|\d+ (likes?|comments?|views?))",
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"( · \d+ min read)?",
]
WEB_JUNK = re.compile(r"^(?:[-•·*|]\s*)?(?:" + "|".join(_JUNK) + r")\s*[.!]?$", re.IGNORECASE)

CREDIT = re.compile(
    r"^(cover|masthead|header|banner|feature[d]?|hero|title) image\b|^image (credit|courtesy)\b|"
    r"^photo( credit)?s?:",
    re.IGNORECASE,
)
CAPTION = re.compile(r"^(figure|fig\.|table|image|plate|map|chart)\s+\d+[a-z]?\b", re.IGNORECASE)
LIST_ITEM = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s+\S|^[-•*]\s+\S")
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
BRACKET_NOTE = re.compile(r"^\[(\d{1,3})\]\s*")
PLAIN_NOTE = re.compile(r"^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)")
# a note pasted with its superscript number: '¹ Gaddis, …', '¹²Ibid.'
SUPERSCRIPT_NOTE = re.compile(r"^([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})\.?\s*(?=\S)")
_FROM_SUPERSCRIPT = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                                  "0123456789")
BYLINE_PREFIX = re.compile(r"^(?:[-•·*]\s*|by\s+)", re.IGNORECASE)
INFO = re.compile(r"^(received|accepted|published|citation|cite as|doi|orcid|keywords|key words)"
                  r"\b\s*:?", re.I)

# short words inside a name: 'Ana de la Cruz', 'Mary van der Berg', 'Seán Ó Briain'
PARTICLES = frozenset("de da di do dos das del della der den van von la le du ter ten "
                      "bin ibn al el y zu Ó".split())
# capitalised words of headings that are no one's name: 'The Cold War', 'Literature Review'
_NOT_NAME = frozenset(
    "The A An Of On In For To With From At Into Beyond Towards Toward Against Between Under "
    "Over After Before Why How What When Where Who Is Are Was Were Not No Our My Its Their "
    "This That These Those Part Chapter Section Appendix Introduction Conclusion Conclusions "
    "Concluding Abstract Summary Background Discussion Method Methods Methodology Results "
    "Findings Analysis Overview Review Literature Remarks Thoughts Acknowledgements "
    "Acknowledgments Context Evidence Implications Limitations Recommendations Outlook "
    "Aftermath Case Study Studies Theory Framework Approach Data Policy Research War World"
    .split())
# an institution's own word: 'University', 'College', 'School', …
_PLACE = re.compile(r"\b(?:Universit(?:y|ies|é|ät|at|ad|à|eit|et)|College|Institute|Institut|"
                    r"School|Faculty|Department|Dept\.|Centre|Center|Academy|Laborator(?:y|ies)|"
                    r"Polytechnic)(?!\w)")
_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,3}")
_ELISION = re.compile(r"^(?:d|l|al|el)['’-](?=\w)")


def _name_part(part: str) -> bool:
    """A piece of a name between hyphens or apostrophes: 'O', 'Connor', 'Luc', 'McDonald'."""
    return part.isalpha() and part[0].isupper() and (
        len(part) == 1 or any(char.islower() for char in part[1:]))


def name_word(word: str) -> bool:
    """A capitalised word of a person's name: 'Liam', "O'Connor", 'Álvarez-Ruiz', 'E.'."""
    if _INITIALS.fullmatch(word):
        return word.isupper()
    if len(word) < 2 or word.strip("'’-") != word or word in _NOT_NAME:
        return False
    return all(_name_part(part) for part in re.split(r"['’-]", _ELISION.sub("", word)))


def is_person_name(text: str) -> bool:
    """A person's name: two to five capitalised words, particles between them, no institution."""
    words = text.split()
    capitalised = [word for word in words if word not in PARTICLES]
    if not 2 <= len(capitalised) <= 5 or len(words) - len(capitalised) > 3:
        return False
    if words[0] in PARTICLES or words[-1] in PARTICLES or _PLACE.search(text):
        return False
    return all(name_word(word) for word in capitalised)


# a student's cover sheet, one 'Label: value' a line: 'Student ID: 2049817', 'Word count: 2,487'
COVER_FACT = re.compile(
    r"^((?:student|candidate|exam(?:ination)?)(?: (?:id|number|no\.?|name|code))?|name|author|"
    r"(?:module|course|unit|programme|program|class|paper)(?: (?:code|title|name|number|no\.?|"
    r"leader|convenor))?|word count|words|word limit|tutor|lecturer|instructor|teacher|"
    r"professor|supervisor|seminar(?: leader| tutor| group)?|marker|date(?: submitted| due)?|"
    r"date of submission|submitted|submission date|due date|deadline|assignment|assessment|"
    r"year|semester|term|group)(?:\s*\([^)]*\))?\s*:\s*(\S.*)$", re.IGNORECASE)
# an author's institution or course, the line under the byline
_PLACE_LINK = frozenset("of for at in de di du des der für".split())
_COURSE = re.compile(
    r"\b(?:[A-Z]{2,5} ?\d{3,4}[A-Z]?|[A-Z][a-z]+ \d{3}[A-Z]?|Year \d|Module|Course|Essay for|"
    r"Submitted (?:to|for)|Professor|Prof\.|B\.?Sc|B\.?A|M\.?A|M\.?Sc|MPhil|Ph\.?D|BEng|LLB|LLM|"
    r"Undergraduate|Postgraduate)\b")
# an institution that names itself: 'University of Leeds', 'Department of History, …'
_INSTITUTION_NAME = re.compile(
    r"^(?:The )?(?:University|Department|School|Faculty|Institute|College|Centre|Center) "
    r"(?:of|for) [A-Z]")


def cover_fact(line: str) -> tuple[str, str] | None:
    """(name, value) of a cover-sheet line ('Module: HIST2040 Modern Europe'), else None."""
    match = COVER_FACT.match(line.strip())
    if not match or len(match.group(2).split()) > 12:
        return None
    return re.sub(r"[^a-z0-9]+", "-", match.group(1).lower()).strip("-"), match.group(2)


def _names_place(text: str, match: re.Match[str]) -> bool:
    """Whether the word names an institution ('School of Law'), not 'The Department Store'."""
    before = text[: match.start()].split()[-1:]
    after = text[match.end() :].strip()
    following = after.split()[0] if after else ""
    if not after or after[0] in ",–—-(" or following in _PLACE_LINK:
        return True
    named = bool(before) and before[0][0].isupper() and before[0] not in ("The", "A", "An")
    return named and following[0].isupper()


def affiliation_like(line: str) -> bool:
    """A short line naming an institution or a course ('University of Edinburgh')."""
    text = line.strip()
    if len(text.split()) > 16 or len(text) > 140 or text[-1:] in ".:;?!":
        return False
    if EMAIL.search(text) or LIST_ITEM.match(text) or reference_heading(text):
        return False
    return any(_names_place(text, match) for match in _PLACE.finditer(text)) or bool(
        _COURSE.search(text))


def names_institution(line: str) -> bool:
    """An affiliation nothing else could be: 'University of Leeds', 'School of Law, UCL'."""
    return affiliation_like(line) and bool(_INSTITUTION_NAME.match(line.strip()))


def is_web_junk(line: str) -> bool:
    """A line of web-page furniture: relative dates, reading times, share buttons."""
    return bool(WEB_JUNK.match(line.strip()))


def byline_names(line: str) -> list[str]:
    """The authors' names if the line is a byline ("- Lou E. Cardot", "By Jane Doe and Al Roe")."""
    text = BYLINE_PREFIX.sub("", line.strip()).strip()
    names = [part.strip() for part in re.split(r"\s*(?:,|&|\band\b)\s*", text) if part.strip()]
    return names if names and all(is_person_name(name) for name in names) else []


NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+(?=[A-Z])")


# a sentence's end and then a note call, plain or superscript: 'had limits.5', 'held.¹'
_SENTENCE_THEN_CALL = re.compile(
    r"(?:(?<=[^\W\d_])[.!?]|[”’\"')])(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$")


def is_heading(line: str) -> bool:
    """A bare-line heading: short, no closing sentence punctuation, no markers."""
    text = NUMBERED_HEADING.sub("", line.strip())
    words = text.split()
    if not words or len(words) > 14 or len(text) > 110:
        return False
    if text[-1] in ".,;:" or "[" in text or CAPTION.match(text) or LIST_ITEM.match(text):
        return False
    if _SENTENCE_THEN_CALL.search(text):
        return False
    if BARE_URL.match(text) or EMAIL.search(text):
        return False
    return text[0].isupper() or text[0].isdigit()


def reference_heading(line: str) -> str | None:
    """The heading text if the line opens a reference section, else None."""
    text = line.strip()
    return text.rstrip(":").strip() if REFERENCE_HEADINGS.match(text) else None


def note_start(line: str, bracketed_only: bool = False) -> tuple[int, str] | None:
    """(number, rest) if the line starts a numbered note ("[12] …", "12 …" or "¹² …")."""
    match = BRACKET_NOTE.match(line)
    if not match and not bracketed_only:
        match = PLAIN_NOTE.match(line) or SUPERSCRIPT_NOTE.match(line)
    if not match:
        return None
    return int(match.group(1).translate(_FROM_SUPERSCRIPT)), line[match.end() :]
