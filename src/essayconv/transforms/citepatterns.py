"""The patterns of the author's own in-text citations: years, names with their particles and
articles, author lists, signals, pages, the parts of one bracket (``intext.py`` reads them)."""

from __future__ import annotations

import re

# a year with its letter, a range of years ('1991-2008', its first year names the work), n.d.,
# APA's republished work ('1967/2006', its later year names the work)
_YEAR = (r"(?:(?:ca\.|c\.|circa)\s?)?(?:(?:1[5-9]\d\d|20\d\d)/)?"
         r"(?:1[5-9]\d\d|20\d\d)(?:[a-z]|[-\u2013](?:1[5-9]\d\d|20\d\d))?|n\.\s?d\.")
# a surname or an organisation: 'Watrall', 'Žižek', 'Des Forges', 'van der Berg', 'United
# Nations'. A word starts after no word character and is at most 40 long, so a long run of
# letters costs linear time, never quadratic.
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0391-\u03a9\u0410-\u042f"
_WORD = rf"(?<![\w\-])[{_CAPITAL}][\w’'\-]{{0,40}}\.?"
# the lower-case particles of surnames, before the name or inside it, in any case: 'van der
# Berg', 'De la Cruz', 'dos Santos', 'Silva e Souza', 'Ortega y Gasset'
_PARTICLE = (r"(?:de|del|della|dei|der|den|des|di|da|das|do|dos|du|van|von|vom|zu|zur|ten|ter|"
             r"le|la|les|lo|y|e|bin|ibn|bint|ben)")
# a name word with an Arabic article: 'al-Khatib', 'el-Sayed', 'ash-Shafi'i'
_ARTICLE = r"(?:al|el|ul|ad|ed|ar|as|ash|at|az|an|ud)"
_NAME_WORD = rf"(?:{_WORD}|(?<![\w\-’']){_ARTICLE}-[{_CAPITAL}][\w’'\-]{{0,40}})"
_SURNAME = (rf"(?:(?<![\w\-’'])(?:{_PARTICLE}\s+|d’|d')(?:{_PARTICLE}\s+){{0,2}})?{_NAME_WORD}"
            rf"(?:\s+(?:(?:of|for|the|on|{_PARTICLE})\s+){{0,3}}{_NAME_WORD}){{0,5}}")
# the words of a name before a year alone: name words, and particles between or before them
_NAME_WORDS = re.compile(rf"(?P<name>{_NAME_WORD})|(?<![\w\-’'])(?:{_PARTICLE}(?=\s)|"
                         rf"d[’'](?=[{_CAPITAL}]))")
# a word that may open a name in lower case: a particle, 'd’Errico', 'al-Khatib'
_NAME_START = re.compile(rf"{_PARTICLE}|(?:{_ARTICLE}-|d’|d')[{_CAPITAL}].*", re.I)
_AUTHORS = (rf"{_SURNAME}(?:(?:,\s*{_SURNAME}){{0,4}}(?:,?\s+(?:and|&|e|y|et|und)\s+{_SURNAME})|"
            rf"(?:;\s*{_SURNAME}){{1,5}}|\s+et\s+al\.?)?")  # ABNT: 'ROCHA; PEREIRA'

# one citation inside parentheses: 'Watrall 2002, 169', 'Honig & Both, 1996', 'NIOD, 2002, p. 14',
# 'Ingold 2013: 21'
# a signal before a citation in the author's brackets; French and German ones too: '(vgl.
# Winkler 1993)', '(voir Dupont 2001)'
_SIGNAL_WORDS = (r"(?:see(?:\s+also)?|cf\.|e\.g\.,?|contra|(?i:vgl\.|voir(?:\s+aussi)?|"
                 r"siehe(?:\s+auch)?))\s+")
_PART = re.compile(rf"(?P<signal>{_SIGNAL_WORDS})?"
                   rf"(?P<authors>{_AUTHORS})(?:\s*\[[A-Z][A-Za-z&]{{1,10}}\])?,?\s+"
                   rf"(?P<year>{_YEAR})(?P<rest>(?:[,:]\s*[^;]*)?)$")  # APA's '… [CDC], 2022'
# capitalised words that open a dated phrase, not a name: '(March 2005)', '(Since 1994)'
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter in since before after until from by during circa c "
    "chapter section figure table vol volume part book act article the a an".split())
# MLA author-page: 'Morrison 44', 'Morrison, Beloved 43', 'Rushdy 568-69', or the page alone
_PAGES = r"\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?(?:,\s+\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)*"
_PAGED = re.compile(rf"(?:(?P<authors>{_AUTHORS})(?:,\s*(?P<title>[^\d;,()]{{1,80}}?))?\s+)?"
                    rf"(?P<page>{_PAGES})$")
# MLA: an unsigned work's short title and page, '"Rising Tides" 4'; an indirect source
_QUOTED_TITLE = re.compile(rf"[\"“‘'](?P<title>[^\"“”]{{1,80}}?)[,.]?[\"”’'],?\s+{_PAGES}")
_LITERAL_PART = re.compile(r"(?P<name>[^\W\d_][^,;()\d]{2,120}?),?\s+(?P<year>(?:1[5-9]|20)\d\d)"
                           r"(?:[,:]\s*(?:pp?\.\s*)?\d[\d\s\-–]*)?")
# author-date 'Ibid.': '(ibid.)', '(Ibid., p. 205)'
_IBID_INTEXT = re.compile(r"\((?P<words>ibid(?:em)?\.?(?:,?\s*(?:pp?\.\s*)?\d[\d\s\-–,]*)?)\)",
                          re.I)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|President|Sir|Lord|Lady|Saint|St|King|"
                        r"Queen|General|Captain)\b\.?", re.I)
_INDIRECT = re.compile(r"(?:qtd\.?|quoted|cited)\s+in\s+", re.I)
# a year alone, with a page perhaps: '1989', '2001b, 45', 'n.d.'
_YEAR_ALONE = re.compile(r"(?P<year>(?:(?:1[5-9]\d\d|20\d\d)/)?(?:1[5-9]\d\d|20\d\d)[a-z]?|"
                         r"n\.\s?d\.)"
                         r"(?:,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?)?")
# more years after a citation's first: ', 2005', ', 2005, 2011a'
_MORE_YEARS = re.compile(rf"(?:,\s*(?:{_YEAR}))+")
_SIGNAL = re.compile(_SIGNAL_WORDS, re.I)
_GROUP = re.compile(r"\(([^()]*)\)")
# the citations of one bracket: split at ';', 'as well as' ('see Ingold 2007 as well as 2011;
# 2013') and a secondary source ('Gilbert, 2009, as cited in Neff & Germer, 2013', Harvard's
# 'Perlman and Peplau 1981, cited in Hawkley 2015, p. 392')
_PARTS = re.compile(r"(?:(?<=\sas well as )|(?<=\scited in )|(?<=\squoted in )|(?<=^)|(?<=;))"
                    r"(?:(?!,?\s+(?:as well as|(?:as )?cited in|quoted in)\s)[^;])+")
_CONTEXT = 300  # characters before a citation where the name it goes with may stand
# a narrative citation: 'Power (2002)', 'Honig and Both (1996, p. 4)'
_NARRATIVE = re.compile(rf"(?P<authors>{_AUTHORS})\s+\((?P<year>{_YEAR})(?:[,:]\s*[^()]*)?\)")
