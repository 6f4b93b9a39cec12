"""Guess the essay's language from its commonest function words (en, fr, de, es, it, pt, nl)."""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "en": "the of and to in is that for it as with was on by this are be from which",
    "fr": "le la les de des et est une dans que du pour qui sur par au pas ce sont aux",
    "de": "der die und das ist nicht mit den von zu auf ein eine sich dem des auch",
    "es": "el la los las y de que en del al se por con para una es como pero su sus fue más",
    "it": "il di che la e per una sono del della con non nel gli anche alla delle",
    "pt": "o que de da do em para com uma os não por mais as dos como foi",
    "nl": "de het een en van is dat op te zijn niet met voor die er ook aan",
}
_SETS = {lang: set(words.split()) for lang, words in STOPWORDS.items()}


def guess_language(text: str, default: str = "en", at_least: int = 1) -> str:
    """The ISO 639-1 code whose function words are commonest in text (default if unsure:
    fewer than ``at_least`` of them). Citations' 'et al.' is Latin, never French 'et'."""
    words = Counter(re.findall(r"[^\W\d_]+", _ET_AL.sub(" ", text.lower())))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _SETS.items()}
    best = max(scores, key=scores.get)
    total = sum(words.values())
    return best if total and scores[best] >= max(0.08 * total, at_least) else default


_ET_AL = re.compile(r"\bet\s+al\b\.?")
