"""Signal words before a citation in a note ('see', 'cf.', 'contra', 'voir', 'vgl.', 'véase',
'si veda'), with their lead-ins ('On this point, see'), and the note's own prose around them.

Signals stack and take commas (``See, e.g., Prunier (1997)``); French and German ones take
their words (``voir par exemple``, ``vgl. dazu``, ``siehe hierzu``); a lead-in comes before
them (``On this point, see``, ``Sur ce point, cf.``, ``Zur Fragestellung vgl.``), lower-case
words on the work after them (``see also the earlier version,``). The note's own prose before
a signal (``It is worth noting … the debt. See Tavuchis, …``) is the citation's remark, and so
are its words on the work between the signal and the name (``Si veda il censimento in L.
Corradini, …``: the remark 'il censimento')."""

from __future__ import annotations

import re

# a signal word before a citation: "see", "cf.", "esp. Hobbes (1629) …"; French and German
# ones ('voir', 'vgl.', 'siehe'), and Latin 'contra'
_SIGNAL_WORD = (
    r"but see|but cf\.?|see generally|see also|see eg|see e\.g\.|see|cf\.?|compare|"
    r"(?:as )?quoted in|(?:as )?cited in|"
    r"esp\.|especially|e\.g\.|also|accord|contra|"
    r"for (?:example|instance)(?=,?\s+(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}"
    r"\s?[,(])|"  # before a name only ('For example, Britain and France …' is prose); 'See, for
    r"vgl\.|siehe auch|siehe|voir aussi|voir|dazu|hierzu|"  # example, Ziemann, …'
    # Spanish and Italian: 'Vid.', 'véase (también)', 'cfr.', 'citado en', 'Si veda', 'vedi', 'v.'
    r"véase|vease|vid\.|vide|cfr\.|citado en|cit\. en|si vedano|si veda|vedi|vd\.|(?-i:v\.)")
# words that go on a signal, never open a note: 'Voir par exemple', 'Vgl. etwa', 'vgl. dazu'
_SIGNAL_MORE = (r"par exemple|notamment|en particulier|aussi|z\.\s?B\.|zum Beispiel|etwa|"
                r"insbesondere|auch|ferner|también|por ejemplo|anche|ad esempio|in particolare")
# a lead-in before the signal: 'On rumour see', 'For a review, see', 'Sur ce point, cf.', 'Zur
# Fragestellung vgl.'
_SIGNAL_LEAD = (r"(?:on|for|in|as|with|regarding|about|sur|pour|dans|en|à|au|aux|zur|zum|zu|"
                r"für|über|sobre|para|su|per)\s[^,.;:()\d]{0,60}?,?\s+"
                r"(?=see|cf|compare|voir|vgl|siehe|véase|vid|si ved|vedi)")
SIGNAL = re.compile(
    rf"^(?:{_SIGNAL_LEAD})?(?:{_SIGNAL_WORD})(?!,\s+(?-i:[A-Z])\.),?\s+"  # 'Also, S. (2001)': a
    rf"(?:(?:{_SIGNAL_WORD}|{_SIGNAL_MORE})(?!,\s+(?-i:[A-Z])\.),?\s+)*"  # surname; 'But see'
    # after the signal, lower-case words describing the work: 'see also the earlier version,'
    r"(?:(?-i:(?:the|an?|its|his|her|their|l[ae]|les|une?|des|die|der|das|den|dem|eine?n?))"
    r"(?:\s+(?-i:[^\W\d_A-Z\u00c0-\u00de])[\w’'-]*){1,6},\s+(?=(?-i:[A-Z\u00c0-\u00de])))?"
    r"(?=\S)", re.I)
# a note's own prose before a signal and a citation: 'It is worth noting … the debt. See
# Tavuchis, …', 'For a sceptical account of …, which …, see Hickman, …' (at least four words)
PROSE_LEAD = re.compile(r"^(?P<prose>(?:\S+\s+){3,}?\S*?[.!?,;:])\s+"
                         r"(?P<signal>(?:see|cf\.?|cfr\.|compare|voir|vgl\.|siehe|véase|"
                         r"vid\.|si veda|vedi)(?!\w))",
                         re.I | re.S)
# after a signal, the note's words on the work before the name the citation opens with: 'Si
# veda il censimento in L. Corradini, …', 'Cf. la opinión contraria de Whitcombe, op. cit.'
# (an article, lower-case words, a preposition): the citation's remark, never the author's
WORDS_ON_WORK = re.compile(
    r"^(?-i:(?P<words>(?:the|an?|l[ae]|l['’]|les|los|las|el|il|lo|gli|une?|una|uno|des|die|"
    r"der|das|den|dem|eine?n?)(?:\s+[^\W\d_A-Z\u00c0-\u00de][\w’'-]*){0,6}?)\s+"
    r"(?:in|en|de|di|del|della|of|by|dans|chez|bei|von|da|nel|nella|dal|dalla))\s+"
    r"(?=(?-i:[A-Z\u00c0-\u00de]))")
