"""Rule punctuation: 'etc' gets its full stop, doubled spaces and spaces before punctuation go,
a space lost after a comma or before a year's bracket comes back."""

from __future__ import annotations

import re

from .text import substitute

NAME = "punctuation"
# a wiki's namespaces: 'Talk:Climate change' is one page's name
_NAMESPACES = frozenset("talk file image category template user wikipedia help portal special "
                        "draft module media project".split())


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
    (re.compile(r"\( +"), lambda m: "("),
    (re.compile(r"(?<=\S) +\)"), lambda m: ")"),
]


def apply(essay) -> None:
    """Apply each punctuation fix to every text run, logging every change."""
    for pattern, replace in RULES:
        substitute(essay, NAME, pattern, replace)
