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

_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)"
BYLINE = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}$")


def is_web_junk(line: str) -> bool:
    """A line of web-page furniture: relative dates, reading times, share buttons."""
    return bool(WEB_JUNK.match(line.strip()))


def byline_names(line: str) -> list[str]:
    """The authors' names if the line is a byline ("- Lou E. Cardot", "By Jane Doe and Al Roe")."""
    text = BYLINE_PREFIX.sub("", line.strip()).strip()
    names = [part.strip() for part in re.split(r"\s*(?:,|&|\band\b)\s*", text) if part.strip()]
    return names if names and all(BYLINE.match(name) for name in names) else []


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
