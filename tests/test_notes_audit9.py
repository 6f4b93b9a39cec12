"""Note splitting, short forms and locators a user audit found misread: French and German
short forms ('art. cit.', an initial before the surname), 'Id.' as the author before it,
note markers glued to the note before, pages cited after a work's own range ('at 28',
'hier S. 170'), roman pages, 'sq.'/'ff.' kept in the locator, Latin, French and German
signals and the lead-ins before them (expectations written by hand from the rules)."""

from __future__ import annotations

from typing import Any

import pytest

from essayconv import tree as T
from essayconv.references.idem import carry_idem
from essayconv.references.notes import parse_note

from validators import enriched


def one(text: str) -> dict[str, Any]:
    (cit,) = parse_note(text)
    return cit


def carried(*notes: str) -> list[dict[str, Any]]:
    """Each note parsed, 'Id.' carried over in their order: every citation, in turn."""
    parsed = [parse_note(note) for note in notes]
    carry_idem(parsed)
    return [cit for citations in parsed for cit in citations]


def _works_cited(tmp_path, notes: list[str], citations: str = "notes"):
    """The work each note's citations link to, the works by id, and the diagnostics."""
    from essayconv.works import works_of
    from essayconv.writers import WriteOptions

    body = " ".join(f"Sentence {i}. [{i}]" for i in range(1, len(notes) + 1))
    listed = "\n".join(f"[{i}] {n}" for i, n in enumerate(notes, 1))
    essay = enriched(tmp_path, f"An Essay\nAnne Test\n\nIntroduction\n{body}\n\nNotes\n{listed}\n",
                     WriteOptions(citations=citations))
    links = [[c.get("work") for c in T.findall(note, "citation")]
             for note in T.findall(essay, "notes/note")]
    works = {w["id"]: w for w in works_of(essay)}
    diagnostics = [(d.get("level"), d.text) for d in T.findall(essay, "diagnostics/diagnostic")]
    return links, works, diagnostics, essay


# --- 1. French and German short forms: 'art. cit.', an initial before the surname ------------

@pytest.mark.parametrize(("text", "authors", "locator"), [
    ("R. Barthes, art. cit., p. 85.", "Barthes", "p. 85"),
    ("Barthes, art. cit., p. 85.", "Barthes", "p. 85"),
    ("R. Barthes, op. cit., p. 86.", "Barthes", "p. 86"),
    ("R. Barthes, art. cit., 87.", "Barthes", "87"),
    ("E. Auerbach, op. cit., S. 453.", "Auerbach", "S. 453"),
    ("P.-M. de Biasi, op. cit., p. 315.", "de Biasi", "p. 315"),  # the particle is the name's
    ("Feldman, a. a. O., S. 837.", "Feldman", "S. 837"),
])
def test_the_work_cited_before_with_or_without_initials(text, authors, locator):
    c = one(text)
    assert (c["form"], c["authors"], c["title"], c["year"], c["locator"], c["label"],
            c["remark"]) == ("short", authors, "", None, locator, "page", None)


@pytest.mark.parametrize(("text", "authors", "title", "locator"), [
    ("J. Rancière, Le Fil perdu, p. 25.", "Rancière", "Le Fil perdu", "p. 25"),
    ("Rancière, Le Fil perdu, p. 26.", "Rancière", "Le Fil perdu", "p. 26"),
    # 'op. cit.' / 'a. a. O.' after the short title: the short title names the work
    ("P. Hamon, Introduction à l'analyse du descriptif, op. cit., p. 40.", "Hamon",
     "Introduction à l'analyse du descriptif", "p. 40"),
    ("Geyer, Verkehrte Welt, a. a. O., S. 200.", "Geyer", "Verkehrte Welt", "S. 200"),
    # a title in French quotation marks
    ("G. Genette, « Vraisemblance et motivation », p. 7.", "Genette",
     "Vraisemblance et motivation", "p. 7"),
])
def test_an_initial_and_a_surname_then_a_short_title(text, authors, title, locator):
    c = one(text)
    assert (c["form"], c["authors"], c["title"], c["year"], c["locator"], c["remark"]) == (
        "short", authors, title, None, locator, None)


def test_a_cross_reference_after_the_short_title_names_the_note():
    c = one("Geyer, Verkehrte Welt (wie Anm. 4), S. 243.")
    assert (c["form"], c["authors"], c["title"], c.get("note_ref"), c["locator"]) == (
        "short", "Geyer", "Verkehrte Welt", "4", "S. 243")


def test_an_initial_before_a_full_reference_leaves_it_full():
    c = one("R. Barthes, Mythologies, Paris, Seuil, 1957, p. 12.")  # a year: a reference
    assert (c["form"], c["locator"]) == ("full", "p. 12")


def test_french_short_forms_link_to_the_works_cited_before(tmp_path):
    links, _, diagnostics, _ = _works_cited(tmp_path, [
        "Roland Barthes, « L'effet de réel », Communications, n° 11, 1968, p. 84-89.",
        "Barthes, art. cit., p. 85.",
        "R. Barthes, op. cit., p. 86.",
        "R. Barthes, art. cit., 87.",
        "Jacques Rancière, Le Fil perdu, Paris, La Fabrique, 2014, p. 21.",
        "J. Rancière, Le Fil perdu, p. 25.",
        "Rancière, Le Fil perdu, p. 26.",
    ])
    barthes, ranciere = links[0][0], links[4][0]
    assert barthes and ranciere and barthes != ranciere
    assert links == [[barthes]] * 4 + [[ranciere]] * 3
    assert not [d for d in diagnostics if d[0] == "error"]


# --- 2. 'Id.' / 'Idem': the author of the citation before it ----------------------------------

def test_id_ibid_is_ibid():
    c = one("Id., ibid., p. 84.")
    assert (c["form"], c.get("ibid"), c["locator"], c["authors"]) == (
        "short", True, "p. 84", None)


@pytest.mark.parametrize(("text", "locator"), [
    ("Idem, p. 45.", "p. 45"), ("Id., S. 45.", "S. 45"), ("Id., Annex 2.", "Annex 2"),
])
def test_id_before_a_locator_is_ibid(text, locator):
    c = one(text)
    assert (c["form"], c.get("ibid"), c["locator"], c.get("idem")) == ("short", True, locator, None)


def test_id_before_a_quoted_title_is_the_same_authors_article():
    c = one("Id., « Le discours de l'histoire », Information sur les sciences sociales, n° 6, "
            "1967, p. 70.")
    assert (c["form"], c.get("ibid"), c.get("idem"), c["locator"]) == ("full", None, "Id.", "p. 70")


def test_id_before_a_title_is_a_full_reference_by_the_author_before_it():
    c = one("Id., The Desert and the Sown (London: Heinemann, 1907), 44.")
    assert (c["form"], c.get("idem"), c["locator"], c.get("ibid")) == ("full", "Id.", "44", None)
    letter, desert = carried(
        "Gertrude Bell to Sir Hugh Bell, 12 March 1921, in The Letters of Gertrude Bell, ed. "
        "Lady Bell, vol. 2 (London: Ernest Benn, 1927), 590.",
        "Id., The Desert and the Sown (London: Heinemann, 1907), 44.")
    # the letter cites its collection; its writer is still the author 'Id.' repeats
    assert letter["reference"].startswith("The Letters of Gertrude Bell")
    assert letter["remark"] == "Gertrude Bell to Sir Hugh Bell, 12 March 1921"
    assert desert["reference"] == ("Gertrude Bell, The Desert and the Sown (London: Heinemann, "
                                   "1907).")
    assert desert["locator"] == "44"


def test_id_after_an_ibid_and_before_a_short_title():
    cits = carried(
        "Philippe Hamon, Introduction à l'analyse du descriptif, Paris, Hachette, 1981, p. 11.",
        "Ibid., p. 12.",
        "Id., Du descriptif, Paris, Hachette, 1993, p. 56-60.",
        "Id., Du descriptif, p. 58.")
    assert cits[2]["reference"] == "Philippe Hamon, Du descriptif, Paris, Hachette, 1993."
    assert (cits[3]["form"], cits[3]["authors"], cits[3]["title"], cits[3]["locator"]) == (
        "short", "Hamon", "Du descriptif", "p. 58")


def test_id_with_no_author_before_it_is_no_author_called_id():
    (c,) = carried("Id., The Desert and the Sown (London: Heinemann, 1907), 44.")
    assert c["reference"] == "The Desert and the Sown (London: Heinemann, 1907)."


def test_id_gives_the_work_its_author(tmp_path):
    links, works, _, _ = _works_cited(tmp_path, [
        "Gerald D. Feldman, The Great Disorder (New York: Oxford University Press, 1993), 5.",
        "Id., Army, Industry, and Labor in Germany (Princeton: Princeton University Press, "
        "1966), 12.",
    ])
    work = works[links[1][0]]
    assert [a.get("family") for a in work["author"]] == ["Feldman"]
    assert links[0] != links[1]


# --- 3. a note marker glued to the note before it -------------------------------------------

def _notes_of(tmp_path, notes_block: str, cited: int):
    body = " ".join(f"Sentence {i}. [{i}]" for i in range(1, cited + 1))
    essay = enriched(tmp_path, f"Heat\nAnne Test\n\nIntroduction\n{body}\n\nNotes\n"
                               f"{notes_block}\n")
    texts = {n.get("n"): T.find(n, "text").text for n in T.findall(essay, "notes/note")}
    errors = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
              if d.get("level") == "error"]
    return texts, errors


def test_a_glued_marker_splits_like_a_spaced_one(tmp_path):
    texts, errors = _notes_of(tmp_path, (
        "[1] World Health Organization (2018) Heat and health. Geneva: WHO.\n"
        "[2] Chen, M. and Vanek, J. (2013) 'Informal employment revisited', Indian Journal of "
        "Industrial Relations, 48(3), pp. 390–401.[3] India Meteorological Department (IMD) "
        "(2021) Gridded daily temperature data set [dataset]. Pune: IMD."), 3)
    assert errors == []
    assert texts["2"].endswith("pp. 390–401.")
    assert texts["3"].startswith("India Meteorological Department (IMD) (2021)")


@pytest.mark.parametrize("line", [
    # not the next number: note 2 is missing, '[3]' is the reference's own
    "[1] Smith, J. (2001) A report [online].[3] Available at: https://x.org.",
    # glued to a word, not after a full stop or a closing bracket
    "[1] Smith, J. (2001) Vol. 3[2] of the series. London: Verso.",
])
def test_a_bracketed_number_that_is_no_next_note_stays(tmp_path, line):
    texts, _ = _notes_of(tmp_path, line, 1)
    assert texts == {"1": line[4:]}


# --- 4. locators ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "locator", "reference_end"), [
    # Chicago: the article's range, then the page cited 'at' it
    ('Priya Satia, "The Defense of Inhumanity," American Historical Review 111, no. 1 '
     "(2006): 16–51, at 28.", "28", "(2006): 16–51."),
    # Harvard: the same after a labelled range
    ("Smith, J. (2001) 'A chapter', Journal of Things, 12(3), pp. 151–179, at 170.", "170",
     "pp. 151–179."),
    # 'hier S.', 'here p.': the word is not printed, the chapter's range stays the work's
    ("Peter-Christian Witt, Staatliche Wirtschaftspolitik, in: Gerald D. Feldman u. a. "
     "(Hrsg.), Die deutsche Inflation, Berlin: de Gruyter 1982, S. 151–179, hier S. 170.",
     "S. 170", "S. 151–179."),
    ("Smith, J. (2001) 'A chapter', in Jones, B. (ed.) A Book. London: Verso, pp. 151–179, "
     "here p. 170.", "p. 170", "pp. 151–179."),
])
def test_the_page_cited_inside_a_works_own_range(text, locator, reference_end):
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("full", locator, "page", None)
    assert c["reference"].endswith(reference_end)


def test_an_articles_range_after_its_issue_and_year_is_its_own():
    # French: 'n° 11, 1968, p. 84-89' is the article's; one page there is the page cited
    c = one("Roland Barthes, « L'effet de réel », Communications, n° 11, 1968, p. 84-89.")
    assert (c["locator"], c["reference"].endswith("p. 84-89.")) == (None, True)
    c = one("Roland Barthes, « L'effet de réel », Communications, n° 11, 1968, p. 85.")
    assert c["locator"] == "p. 85"


@pytest.mark.parametrize("text", ["Dodge, op. cit., xi.", "Dodge, Inventing Iraq, xi."])
def test_a_roman_page_after_a_short_form_is_its_locator(text):
    c = one(text)
    assert (c["form"], c["locator"], c["label"], c["remark"]) == ("short", "xi", "page", None)


def test_a_word_made_of_roman_letters_is_no_page():
    c = one("Smith (2001), mix of sources.")
    assert (c["locator"], c["remark"]) == (None, "mix of sources")


@pytest.mark.parametrize(("text", "locator"), [
    ("Vincent Jouve, La Poétique du roman, Paris, Armand Colin, 2001, p. 45 sq.", "p. 45 sq."),
    ("Yvan Leclerc, Crimes écrits, Paris, Plon, 1991, p. 150 et suiv.", "p. 150 et suiv."),
    ("Karl Helfferich, Das Geld, Leipzig: Hirschfeld 1923, S. 650 ff.", "S. 650 ff."),
    ("Gerald D. Feldman, The Great Disorder, New York: Oxford University Press 1993, pp. 45 ff.",
     "pp. 45 ff."),
    ("Geyer, Verkehrte Welt, S. 200 f.", "S. 200 f."),
    ("Ibid., S. 456 f.", "S. 456 f."),
])
def test_the_following_pages_are_part_of_the_locator(text, locator):
    c = one(text)
    assert (c["locator"], c["label"], c["remark"]) == (locator, "page", None)


def test_german_s_is_rendered_as_p_is(tmp_path):
    """'S. 12' goes to citeproc as the page 'p. 12' does: the same rendering."""
    from essayconv.transforms.rendering import locator_value

    assert (locator_value("S. 170"), locator_value("p. 170")) == ("170", "170")
    assert locator_value("S. 650 ff.") == locator_value("pp. 650 ff.") == "650 ff."
    rendered = []
    for page in ("p. 12", "S. 12"):
        _, _, _, essay = _works_cited(tmp_path, [
            f"Winkler, H. A. (1993) Weimar 1918–1933. München: C. H. Beck, {page}."],
            citations="author-date")
        (note,) = T.findall(essay, "notes/note/rendered")
        rendered.append("".join(note.itertext()))
    assert rendered[0] == rendered[1]
    assert "12" in rendered[0] and "S." not in rendered[0]


# --- 5. signals: Latin 'contra', in mid-note, lower case inside brackets ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Contra Smith (2001), p. 3.", [("Contra", "Smith", "p. 3")]),
    ("Smith (2001), p. 4; contra Jones (2002), p. 5.",
     [(None, "Smith", "p. 4"), ("contra", "Jones", "p. 5")]),
    ("Feldman (1993), S. 12; zur Fragestellung vgl. Winkler (1993).",
     [(None, "Feldman", "S. 12"), ("zur Fragestellung vgl.", "Winkler", None)]),
    ("Vgl. dazu Winkler (1993), S. 4.", [("Vgl. dazu", "Winkler", "S. 4")]),
    ("Siehe hierzu Winkler (1993).", [("Siehe hierzu", "Winkler", None)]),
    ("R. Barthes, art. cit., p. 87; contra P. Hamon, Introduction à l'analyse du descriptif, "
     "op. cit., p. 40.", [(None, "Barthes", "p. 87"), ("contra", "Hamon", "p. 40")]),
])
def test_signals_anywhere_in_a_note(text, expected):
    got = [(c["prefix"], c["authors"], c["locator"]) for c in parse_note(text)]
    assert got == expected
    assert all(c["form"] == "short" for c in parse_note(text))


@pytest.mark.parametrize(("prefix", "inside"), [
    ("Voir", "voir "), ("Vgl.", "vgl. "), ("Cf.", "cf. "), ("Contra", "contra "),
    ("Voir par exemple", "voir par exemple "), ("Sur ce point, cf.", "sur ce point, cf. "),
    ("Zur Fragestellung vgl.", "zur Fragestellung vgl. "), ("See", "see "),
])
def test_signals_go_lower_case_inside_author_date_brackets(prefix, inside):
    from essayconv.transforms.rendering import _cite

    citation = T.el("citation", work="winkler1993", prefix=prefix)
    assert _cite(citation)["prefix"] == inside
    assert _cite(citation, notes=True)["prefix"] == prefix + " "  # a footnote's first word


def test_french_and_german_signals_in_the_authors_own_brackets():
    from test_intext import linked

    refs, warnings, _ = linked("Both (vgl. Power 2002; voir Smith 2001a).")
    assert (refs, warnings) == ([("power2002", "Power 2002"), ("smith2001a", "Smith 2001a")], [])
    refs, _, _ = linked("Power’s idea of a problem (vgl. 2002; 2005) holds.")
    assert refs == [("power2002", "2002"), ("power2005", "2005")]


# --- 6. a lead-in before the reference is the citation's prefix, never its author ----------

@pytest.mark.parametrize(("text", "prefix", "reference_start", "locator"), [
    ("Sur ce point, cf. Jacques Neefs, « La représentation fictionnelle du document », "
     "Romantisme, n° 73, 1991, p. 27-35.", "Sur ce point, cf.", "Jacques Neefs, « La", None),
    ("Voir par exemple Vincent Jouve, L'Effet-personnage dans le roman, Paris, PUF, 2e éd., "
     "2001, p. 12.", "Voir par exemple", "Vincent Jouve, L'Effet", "p. 12"),
    ("Zur Fragestellung vgl. Martin H. Geyer, Verkehrte Welt, Göttingen: Vandenhoeck & "
     "Ruprecht 1998.", "Zur Fragestellung vgl.", "Martin H. Geyer, Verkehrte", None),
    ("Pour une synthèse, voir Vincent Jouve, La Poétique du roman, Paris, Armand Colin, 2001, "
     "p. 45.", "Pour une synthèse, voir", "Vincent Jouve, La Poétique", "p. 45"),
])
def test_a_french_or_german_lead_in_is_the_prefix(text, prefix, reference_start, locator):
    c = one(text)
    assert (c["form"], c["prefix"], c["locator"]) == ("full", prefix, locator)
    assert c["reference"].startswith(reference_start)


def test_words_describing_the_work_after_a_signal_are_the_prefix():
    first, second = parse_note(
        "Somanathan, E. (2021) 'The impact of temperature', Journal of Political Economy, "
        "129(6), pp. 1797–1827; see also the earlier version, Somanathan, E. et al. (2015) The "
        "impact of temperature. Discussion Paper 15-03. New Delhi: Indian Statistical Institute.")
    assert first["prefix"] is None
    assert (second["form"], second["prefix"], second["authors"], second["year"]) == (
        "full", "see also the earlier version,", "Somanathan et al.", "2015")
    assert second["reference"].startswith("Somanathan, E. et al. (2015) The impact")


def test_a_french_sentence_before_a_signal_is_the_remark():
    c = one("Cette lecture a été contestée par plusieurs critiques. Voir Jouve (2001), p. 12.")
    assert (c["form"], c["prefix"], c["authors"], c["locator"], c["remark"]) == (
        "short", "Voir", "Jouve", "p. 12",
        "Cette lecture a été contestée par plusieurs critiques.")


@pytest.mark.parametrize("text", ["Id., Para 4.", "Id., Schedule 2.", "Id., Clause 4.",
                                  "Id., Fig 2."])
def test_id_before_a_written_out_locator_is_ibid(text):
    assert one(text).get("ibid") is True
