"""Rule punctuation: 'etc' gets its full stop, doubled spaces and spaces before punctuation go,
a space lost after a comma, a full stop or before a year's bracket comes back."""

from __future__ import annotations

import re

from .text import substitute

NAME = "punctuation"
# a wiki's namespaces: 'Talk:Climate change' is one page's name
_NAMESPACES = frozenset("talk file image category template user wikipedia help portal special "
                        "draft module media project".split())


# a name's last part that is a web domain or a file's extension, never a sentence's first word
_DOMAINS = frozenset("com org net edu gov mil int info biz io".split())
_EXTENSIONS = frozenset("pdf doc docx txt rtf odt htm html xml json csv xls xlsx ppt pptx zip "
                        "jpg jpeg png gif svg tif tiff mp3 mp4 wav mov epub tex bib md py js "
                        "exe".split())
# a sentence glued to the next by a lost space: 'this picture.Margaret Reid',
# '(Barnes 2003: 12).Universities'. The full stop follows a word of 3+ small letters that
# stands alone (no dot, '@', '/' or '\\' before it: never 'www.example.Com', 'java.util.List')
# or a closing bracket that holds something ('f().Bar' is code), and precedes a capitalised word
# in small letters after its capital that ends there (not 'U.S.Army' nor 'J.Smith': one letter
# before; not 'System.StringBuilder'; not 'report.Final.docx', 'mail@x.Com' or 'a.Bc/d').
GLUED_SENTENCE = re.compile(
    r"(?:(?<![\w.@/\\])([^\W\d_]{3,})|(?<=[^(\s]\)))\.([^\W\d_][^\W\d_]+)"
    r"(?![\w@/\\(=]|[.:]\w)")


def _sentence_space(match: re.Match[str]) -> str | None:
    """'. ' between a word in small letters (or a bracket) and a capitalised word, None for a
    domain ('example.Com') or a file's extension ('notes.Pdf') or a word in other cases."""
    word, following = match.groups()
    if word is not None and not word.islower():
        return None
    if not (following[0].isupper() and following[1:].islower()):
        return None
    if following.lower() in _DOMAINS | _EXTENSIONS:
        return None
    return (word or "") + ". " + following


def _colon_space(match: re.Match[str]) -> str | None:
    """': ' for a colon that lost its space, None after a wiki's namespace."""
    before = re.search(r"[^\W\d_]+$", match.string[:match.start()])
    return None if before and before.group().lower() in _NAMESPACES else ": "


RULES = [
    (re.compile(r"\betc\b(?!\.)"), lambda m: "etc."),
    (re.compile(r"(?<=\S) {2,}(?=\S)"), lambda m: " "),
    (re.compile(r"(?<=\w) +([,;!?])(?=\s|$)"), lambda m: m.group(1)),
    (re.compile(r"(?<=[\w)\]”’]) +\.(?=\s|$)(?!\.)"), lambda m: "."),
    # a space lost in pasting: 'Sen, A.,Bhatt, R.' and 'Rao, N.(2023)', 'Smith(2019)'
    (re.compile(r"(?<=[^\W\d_]|[.)]),(?=[A-Z][a-z]{2})"), lambda m: ", "),
    # (a word in lower case before it: 'COM(2022) 141', 'SWD(2020)' are document numbers)
    (re.compile(r"(?<=[^\W\d_][a-zß-ÿ]|[^\W\d_]\.)\((?=\d{4}[a-z]?\)(?!\s*\d))"),
     lambda m: " ("),
    # and after a colon between words: 'Feral:Searching for …', 'London:Penguin' (never a
    # wiki's page name, 'Talk:Climate change', 'File:Earth.jpg')
    (re.compile(r"(?<=[^\W\d_]{2}):(?=[A-Z][a-z])"), _colon_space),
    (GLUED_SENTENCE, _sentence_space),
    (re.compile(r"\( +"), lambda m: "("),
    (re.compile(r"(?<=\S) +\)"), lambda m: ")"),
]


def apply(essay) -> None:
    """Apply each punctuation fix to every text run, logging every change."""
    for pattern, replace in RULES:
        substitute(essay, NAME, pattern, replace)
