"""A notes-style short form's head: the author's name, 'op. cit.' and its kin, the short title."""

from __future__ import annotations

import re

# notes-style short forms: 'Ibid.', 'Ibid., 45'; 'Gaddis, The Long Peace, 12' (surnames, then
# a capitalised or quoted short title, no year)
# a surname in a notes-style short form: 'Gaddis', 'Élie', 'Ó Gráda', 'Ní Dhuibhne' (an Irish
# surname's particle is part of it)
SURNAME = r"(?:(?:Ó|Ní|Nic|Uí)\s+)?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w’'\-]+"
# a forename's initials before a surname in a short form ('R. Barthes', 'P.-M. de Biasi',
# 'Ch. Dupont'), and a surname's particle ('de Biasi', 'van der Berg'): the surname keeps it
INITIALS = r"(?-i:(?:(?:[A-Z]|Ch|Th|Ph)\.(?:\s*-\s*|\s+))+)"
PARTICLE = r"(?-i:(?:(?:de|du|des|del|della|di|da|dos|van|von|der|den|ter|ten|la|le)\s+)*)"
# a family name of two surnames, Spanish 'Oyarzábal Lete', Catalan 'Casals i Ferrer'; two
# people joined by 'and', 'und', 'et', Spanish 'y', Italian 'e'
FAMILY = rf"{PARTICLE}{SURNAME}(?-i:\s+(?:i\s+)?{SURNAME})?"
AND = r"(?:\s+(?:and|und|et|(?-i:y|e))\s+|\s*&\s*)"
# the work cited before: 'op. cit.', 'loc. cit.', French 'art. cit.' (an article), 'ouvr. cit.',
# German 'a. a. O.' (its last full stop may be the note's, cut off: 'Treber, a. a. O.')
CITED_BEFORE = r"(?:(?:op|loc|art|ouvr)\.\s?cit|a\.\s?a\.\s?O)(?:\.|$)"
# 'Cupers, op. cit., p. 250', 'Reichel, a.a.O., S. 238', 'R. Barthes, art. cit., p. 85': the
# author's work cited before (the initials are no part of the name, nor a French given name
# after a surname in capitals: 'FEYEL, Gilles, op. cit.', 'KALIFA, Dominique et al., op. cit.';
# never 'Hamon, Introduction, op. cit.', a short title)
_CAPS_GIVEN = (r"(?-i:(?:\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de’'\-]+)*"
               r"(?<=[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de]),\s+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)")
_PERSON = rf"{FAMILY}(?:{_CAPS_GIVEN})?"
OP_CIT = re.compile(rf"^(?:{INITIALS})?(?P<authors>{_PERSON}"
                    rf"(?:{AND}(?:{INITIALS})?{_PERSON})?(?:\s+et\s+al\.)?),\s+"
                    rf"(?P<opcit>{CITED_BEFORE})", re.I)
GIVEN_AFTER = re.compile(rf",[^,]*?(?=$|\s+et\s+al\.|{AND})")  # the given names, cut off
# 'Melvern, p. 50': an author's name and a locator, no title, no year
AUTHOR_ONLY = re.compile(rf"^(?:{INITIALS})?(?P<authors>{FAMILY}(?:{AND}{FAMILY})?),"
                         r"(?=\s*(?:pp?\.|paras?\.|chaps?\.|S\.\s*\d|\d))")
# 'Gaddis, The Long Peace, 12', 'J. Rancière, Le Fil perdu, p. 25', 'Id., Du descriptif, p. 56'
# (the author of the citation before it)
AUTHOR_TITLE = re.compile(
    rf"^(?:{INITIALS})?(?P<authors>(?-i:Id\.|Idem|Ders\.|Dies\.|Eadem|Eidem)|"
    rf"(?:[A-Z][\w’'\-]+\.?\s+(?:i\s+)?){{0,2}}{PARTICLE}{SURNAME}"
    rf"(?:(?:,\s*{SURNAME}){{0,2}},?{AND}(?:[A-Z][\w’'\-]+\s+)?{SURNAME})?"
    r"(?:\s+et\s+al\.)?),\s+"
    r"(?P<title>(?:[“\"‘'„]|«\s?)?[A-Z\u00c0-\u00de][^,]*?(?:,[”\"’'])?)"
    r"(?=,\s*\S|$|(?<=,[”\"’'])\s)")
# the work cited before, after a short title: 'P. Hamon, Introduction …, op. cit., p. 40',
# 'Geyer, Verkehrte Welt, a. a. O., S. 200 f.', Italian 'I. Calvino, Le città invisibili, cit.,
# pp. 5-8'
AFTER_TITLE = re.compile(rf",\s*(?:{CITED_BEFORE}|cit(?:\.|$))(?=\s*,|\s*$)", re.I)
# a publication statement's year closing the words taken for a short title, after a comma or
# a place: '…, Einaudi, Torino 1996', '…, Essen 2014' (never a span's: 'Memoirs, 1925–1950')
STATEMENT_YEAR = re.compile(r"(?<=[\s,])(?:1[5-9]|20)\d\d[a-z]?$")
# Italian 'cit.' closing a short title: 'Ferrante, Lettere cit., p. xv'
TITLE_CIT = re.compile(r"(?<=[\w…»”’\"'])\s+cit\.$")
