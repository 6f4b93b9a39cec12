"""Short-form linking and deduplication (user audit 9): bodies named by their abbreviation or
initials, 'op. cit.' and its kin after a later work of the same author, name particles,
titles inverted for alphabetising, shelfmarks that keep works apart, and references to an
earlier note inside a short form.

Every expectation below is written from the rules in ``linking.py`` and ``matching.py``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from essayconv.references.linking import Linked, link_citations
from essayconv.references.matching import natural_title
from essayconv.references.names import parse_names
from essayconv.references.notes import parse_note

# --- a stand-in parser: 'Who (Year) Title. Place: Publisher.' ---------------------------------

_REF = re.compile(r"^(?P<who>.+?)\s*\((?P<year>\d{4})\)\s*(?P<title>[^.]+)\."
                  r"(?:\s*(?P<place>[^:.]+):\s*(?P<pub>[^.]+)\.?)?$")


def fake_parse(text: str) -> dict[str, Any]:
    """Persons written 'Family, I.' (joined by 'and'); any other name is one literal."""
    m = _REF.match(text)
    assert m, text
    if re.search(r",\s*[A-Z]\.", m["who"]):
        names = [dict(zip(("family", "given"), part.split(", ", 1), strict=True))
                 for part in re.split(r"\s+and\s+", m["who"])]
    else:
        names = [{"literal": m["who"]}]
    item: dict[str, Any] = {"type": "book", "author": names, "title": m["title"],
                            "issued": {"date-parts": [[int(m["year"])]]}}
    if m["pub"]:
        item.update({"publisher": m["pub"], "publisher-place": m["place"]})
    return item


def link(*notes: str, **kw: Any) -> Linked:
    return link_citations([(f"n{i}", parse_note(t)) for i, t in enumerate(notes, 1)],
                          parse=kw.pop("parse", fake_parse), **kw)


def links(out: Linked, notes: int) -> list[str | None]:
    """The work of each note's first citation, in note order."""
    return [out.links[(f"n{i}", 0)] for i in range(1, notes + 1)]


def rules(out: Linked) -> list[tuple[str, str]]:
    return [(d.level, d.rule) for d in out.diagnostics]


def short_form_findings(out: Linked) -> list[tuple[str, str]]:
    return [r for r in rules(out) if r[1].endswith("short-form")]


# --- 1. bodies: declared abbreviations, initials, two bodies ---------------------------------

WHO = "World Health Organization (WHO) (2018) Heat and health. Geneva: WHO."
WHO_ID = "worldhealthorganizationwho2018"


def test_a_short_form_with_the_declared_abbreviation_is_a_short_form() -> None:
    (c,) = parse_note("World Health Organization (WHO) (2018), p. 7.")
    assert (c["form"], c["authors"], c["year"], c["locator"]) == (
        "short", "World Health Organization (WHO)", "2018", "p. 7")
    (c,) = parse_note(WHO)
    assert (c["form"], c["year"]) == ("full", "2018")


def test_a_body_is_named_by_its_abbreviation_its_name_or_both() -> None:
    out = link(WHO, "WHO (2018), p. 3.", "World Health Organization (2018), p. 4.",
               "World Health Organization (WHO) (2018), p. 7.",
               "World Health Organization [WHO] (2018), p. 8.", "WHO (2018).")
    assert links(out, 6) == [WHO_ID] * 6
    assert [w["id"] for w in out.works] == [WHO_ID]  # no phantom 2018b
    assert out.diagnostics == []


def test_an_abbreviation_declared_in_square_brackets() -> None:
    out = link("World Health Organization [WHO] (2018) Heat and health. Geneva: WHO.",
               "WHO (2018), p. 3.")
    assert links(out, 2) == ["worldhealthorganizationwho2018"] * 2
    assert out.diagnostics == []


def test_a_body_is_named_by_its_initials() -> None:
    out = link("International Labour Organization (2019) Working on a warmer planet. Geneva: "
               "ILO.", "ILO (2019), p. 5.",
               "Self-Employed Women's Association (2022) Heat and women workers. Ahmedabad: "
               "SEWA.", "SEWA (2022), p. 9.", "ILO (2019), ch. 6; SEWA (2022).")
    ilo, sewa = "internationallabourorganization2019", "selfemployedwomensassociation2022"
    assert links(out, 5) == [ilo, ilo, sewa, sewa, ilo]
    assert out.links[("n5", 1)] == sewa
    assert out.diagnostics == []


def test_initials_two_bodies_share_name_neither() -> None:
    out = link("International Labour Organization (2019) Working on a warmer planet. Geneva: "
               "ILO.", "Independent Law Office (2019) Annual report. London: ILO.",
               "ILO (2019), p. 5.")
    assert links(out, 3)[2] is None
    assert short_form_findings(out) == [("warning", "unresolved-short-form")]


def test_a_declared_abbreviation_wins_over_another_bodys_initials() -> None:
    out = link("International Labour Organization (ILO) (2019) Working on a warmer planet. "
               "Geneva: ILO.", "Independent Law Office (2019) Annual report. London: ILO.",
               "ILO (2019), p. 5.")
    assert links(out, 3)[2] == "internationallabourorganizationilo2019"
    assert out.diagnostics == []


def test_two_bodies_each_with_its_abbreviation() -> None:
    out = link("World Health Organization (WHO) and World Meteorological Organization (WMO) "
               "(2015) Heatwaves and health. Geneva: WMO.",
               "WHO and WMO (2015), pp. 30–32.", "WHO and UNEP (2015), p. 4.")
    (work,) = out.works
    assert work["author"] == [{"literal": "World Health Organization (WHO)"},
                              {"literal": "World Meteorological Organization (WMO)"}]
    assert links(out, 3) == [work["id"], work["id"], None]  # UNEP is not the second body
    assert short_form_findings(out) == [("warning", "unresolved-short-form")]


def test_a_name_with_and_but_one_abbreviation_is_one_body() -> None:
    out = link("Food and Agriculture Organization (FAO) (2020) The state of food security. "
               "Rome: FAO.", "FAO (2020), p. 2.")
    (work,) = out.works
    assert work["author"] == [{"literal": "Food and Agriculture Organization (FAO)"}]
    assert links(out, 2) == [work["id"]] * 2


def test_the_same_report_under_the_abbreviation_and_the_name_is_one_work() -> None:
    out = link(WHO, "WHO (2018) Heat and health. Geneva: WHO.",
               "World Health Organization (2018) Heat and health. Geneva: WHO.")
    assert links(out, 3) == [WHO_ID] * 3
    assert len(out.works) == 1


def test_bodies_render_as_the_harvard_short_form(tmp_path) -> None:
    from essayconv import tree as T

    from validators import enriched, text

    essay = enriched(tmp_path, "Heat and work\nAnne Test\n\nIntroduction\nOne. [1] Two. [2] "
                     "Three. [3] Four. [4] Five. [5]\n\nNotes\n"
                     "[1] World Health Organization (WHO) (2018) Heat and health. Geneva: "
                     "World Health Organization.\n[2] WHO (2018), p. 3.\n"
                     "[3] World Health Organization (2018), p. 4.\n"
                     "[4] World Health Organization (WHO) (2018), p. 7.\n"
                     "[5] International Labour Organization (2019) Working on a warmer planet. "
                     "Geneva: ILO; ILO (2019), p. 5.\n")
    notes = T.findall(essay, "notes/note")
    assert [[c.get("work") for c in T.findall(n, "citation")] for n in notes] == [
        [WHO_ID], [WHO_ID], [WHO_ID], [WHO_ID],
        ["internationallabourorganization2019"] * 2]
    rendered = [text(T.find(n, "rendered")) for n in notes[1:4]]
    assert rendered == ["(World Health Organization (WHO), 2018, p. 3)",
                        "(World Health Organization (WHO), 2018, p. 4)",
                        "(World Health Organization (WHO), 2018, p. 7)"]
    assert len(T.findall(essay, "works/work")) == 2


# --- 2. 'op. cit.', 'loc. cit.', 'art. cit.', 'a. a. O.': the work cited before --------------

FELDMAN_93 = "Feldman, G.D. (1993) The great disorder. New York: Oxford University Press."
FELDMAN_66 = "Feldman, G.D. (1966) Army, industry and labor. Princeton: Princeton UP."


@pytest.mark.parametrize("opcit", ["op. cit.", "loc. cit.", "art. cit.", "a. a. O.", "a.a.O."])
def test_op_cit_is_the_work_cited_before_not_a_later_one(opcit: str) -> None:
    out = link(FELDMAN_93, f"Feldman, {opcit}, 837.", FELDMAN_66, f"Feldman, {opcit}, 12.")
    assert links(out, 4) == ["feldman1993", "feldman1993", "feldman1966", "feldman1966"]
    assert out.diagnostics == []


def test_op_cit_is_the_latest_notes_work_of_that_author() -> None:
    out = link(FELDMAN_93, FELDMAN_66, "Feldman (1993), p. 4.", "Feldman, op. cit., 9.")
    assert links(out, 4) == ["feldman1993", "feldman1966", "feldman1993", "feldman1993"]
    assert out.diagnostics == []


def test_op_cit_after_a_note_citing_two_works_of_the_author_is_ambiguous() -> None:
    out = link(f"{FELDMAN_93[:-1]}; {FELDMAN_66}", "Feldman, op. cit., 9.")
    assert links(out, 2)[1] is None
    assert rules(out) == [("error", "ambiguous-short-form")]


def test_op_cit_with_initials_and_a_particle() -> None:
    out = link("Barthes, R. (1968) L'effet de reel. Paris: Seuil.", "R. Barthes, op. cit., p. 86.",
               "de Biasi, P.-M. (2009) Une maniere de vivre. Paris: Grasset.",
               "P.-M. de Biasi, op. cit., p. 315.")
    assert links(out, 4) == ["barthes1968", "barthes1968", "debiasi2009", "debiasi2009"]
    assert out.diagnostics == []


def test_a_name_alone_is_the_one_work_cited_before() -> None:
    out = link("Melvern, L. (2000) A people betrayed. London: Zed.", "Melvern, p. 50.",
               "Melvern, L. (2004) Conspiracy to murder. London: Verso.")
    assert links(out, 3) == ["melvern2000", "melvern2000", "melvern2004"]
    assert out.diagnostics == []


def test_a_name_alone_after_two_works_cited_before_is_ambiguous() -> None:
    out = link("Melvern, L. (2000) A people betrayed. London: Zed.",
               "Melvern, L. (2004) Conspiracy to murder. London: Verso.", "Melvern, p. 50.")
    assert links(out, 3)[2] is None
    assert rules(out) == [("error", "ambiguous-short-form")]


@pytest.mark.parametrize(("notes", "expected"), [
    # /tmp/audit9/min/t6.txt
    ("1. Gerald D. Feldman, The Great Disorder (New York: Oxford University Press, 1993), 5.\n"
     "2. Feldman, op. cit., 837.\n"
     "3. Gerald D. Feldman, Army, Industry, and Labor in Germany, 1914–1918 (Princeton: "
     "Princeton University Press, 1966), 12.\n",
     [["feldman1993"], ["feldman1993"], ["feldman1966"]]),
    # /tmp/audit9/min/t5.txt (German)
    ("1 Gerald D. Feldman, The Great Disorder, New York: Oxford University Press 1993, S. 5–10.\n"
     "2 Feldman, a. a. O., S. 837.\n"
     "3 Gerald D. Feldman, Hugo Stinnes. Biographie eines Industriellen 1870–1924, München: "
     "C. H. Beck 1998, S. 800 ff.\n",
     [["feldman1993"], ["feldman1993"], ["feldman1998"]]),
])
def test_op_cit_in_an_essay_is_no_error(tmp_path, notes: str, expected: list) -> None:
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, "Op cit test\nAnne Test\n\nIntroduction\nOne. [1] Two. [2] "
                     f"Three. [3]\n\nNotes\n{notes}")
    assert [[c.get("work") for c in T.findall(n, "citation")]
            for n in T.findall(essay, "notes/note")] == expected
    assert [d.get("rule") for d in T.findall(essay, "diagnostics/diagnostic")
            if d.get("level") == "error"] == []


# --- 3. name particles ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "names"), [
    ("Pierre-Marc de Biasi", [{"family": "de Biasi", "given": "Pierre-Marc"}]),
    # written inverted, the particle stays where the author put it: a dropping particle
    # ('Biasi, P.-M. de' in the list, 'Biasi' in the text; 'de Biasi' still names him)
    ("Biasi, Pierre-Marc de", [{"family": "Biasi", "given": "Pierre-Marc",
                                "dropping-particle": "de"}]),
    ("Biasi, P.-M. de", [{"family": "Biasi", "given": "P.-M.", "dropping-particle": "de"}]),
    ("Berg, Jan van den", [{"family": "Berg", "given": "Jan", "dropping-particle": "van den"}]),
    # a title the labeller took for a name after it does not take the particle away
    ("Biasi, Pierre-Marc de, Gustave Flaubert",
     [{"family": "Biasi", "given": "Pierre-Marc", "dropping-particle": "de"},
      {"family": "Flaubert", "given": "Gustave"}]),
])
def test_a_particle_after_the_given_names_is_the_familys(text: str, names: list) -> None:
    assert parse_names(text)[0] == names


def test_a_particle_written_either_way_is_one_person_and_one_work() -> None:
    out = link_citations(
        [("n1", parse_note("Pierre-Marc de Biasi, La Génétique des textes, Paris, Nathan, 2000, "
                           "p. 12.")),
         ("n2", parse_note("P.-M. de Biasi, op. cit., p. 14."))],
        bibliography=["Biasi, Pierre-Marc de, La Génétique des textes, Paris, Nathan, 2000."])
    (work,) = out.works
    assert work["author"][0]["family"] == "de Biasi"
    assert links(out, 2) == [work["id"], work["id"]]
    assert short_form_findings(out) == []


def test_a_particle_in_a_given_name_of_a_csl_item_is_its_dropping_particle() -> None:
    item = {"type": "book", "author": [{"family": "Gogh", "given": "Vincent van"}],
            "title": "The letters", "issued": {"date-parts": [[2009]]}}
    out = link("van Gogh (2009), p. 4.", bibliography=[item])
    assert out.works[0]["author"] == [{"family": "Gogh", "given": "Vincent",
                                       "dropping-particle": "van"}]
    assert item["author"] == [{"family": "Gogh", "given": "Vincent van"}]  # not changed
    assert links(out, 1) == [out.works[0]["id"]]


# --- 4. titles inverted for alphabetising -------------------------------------------------------

@pytest.mark.parametrize(("title", "natural"), [
    ("Rising in Mesopotamia, The", "The Rising in Mesopotamia"),
    ("Life of Brian, The.", "The Life of Brian"),
    ("Étranger, L'", "L'Étranger"),
    ("Zauberberg, Der", "Der Zauberberg"),
    ("War and Peace", "War and Peace"),
    ("Coercion, Capital, and European States", "Coercion, Capital, and European States"),
])
def test_natural_title(title: str, natural: str) -> None:
    assert natural_title(title) == natural


def test_an_inverted_title_is_the_same_work() -> None:
    items = {"“The Rising in Mesopotamia,” Times (London), August 17, 1920, 9.":
             {"type": "article-newspaper", "title": "The Rising in Mesopotamia",
              "container-title": "Times", "issued": {"date-parts": [[1920, 8, 17]]}},
             "“Rising in Mesopotamia, The.” Times (London), August 17, 1920.":
             {"type": "book", "title": "Rising in Mesopotamia, The", "container-title": "Times",
              "issued": {"date-parts": [[1920, 8, 17]]}}}
    out = link_citations(
        [("b1", [{"form": "full", "text": t, "reference": t}]) for t in list(items)[1:]]
        + [("n1", parse_note("“The Rising in Mesopotamia,” Times (London), August 17, 1920, 9."))],
        parse=lambda text: dict(items[text]), listed=1)
    (work,) = out.works
    assert out.links[("b1", 0)] == out.links[("n1", 0)] == work["id"]
    assert work["title"] == "The Rising in Mesopotamia"
    assert work["type"] == "article-newspaper"  # a 'book' in a newspaper is its article


def test_a_short_title_matches_an_inverted_title() -> None:
    item = {"type": "motion_picture", "author": [{"literal": "Monty Python"}],
            "title": "Life of Brian, The", "issued": {"date-parts": [[1979]]}}
    out = link("Monty Python, Life of Brian, 12.", "Monty Python, The Life of Brian, 14.",
               bibliography=[item])
    assert links(out, 2) == ["montypython1979"] * 2
    assert out.diagnostics == []


# --- 5. shelfmarks and document numbers keep works apart --------------------------------------

KEW_CO = ("The National Archives, Kew. CO 730/1, Colonial Office: Iraq, Original Correspondence, "
          "1921.")
KEW_FO = ("The National Archives, Kew. FO 371/6350, Foreign Office: Political Departments, "
          "General Correspondence, 1921.")


def test_two_files_of_an_archive_stay_two_works() -> None:
    out = link_citations([], bibliography=[KEW_CO, KEW_FO])
    assert len(out.works) == 2
    assert len({w["id"] for w in out.works}) == 2


def test_the_same_file_cited_twice_is_one_work() -> None:
    out = link_citations([("n1", parse_note(KEW_FO))], bibliography=[KEW_CO, KEW_FO])
    assert len(out.works) == 2
    assert out.links[("n1", 0)] is not None


def test_a_file_is_one_work_whatever_the_order_of_its_reference() -> None:
    file = {"type": "manuscript", "title": "Colonial Office: Iraq, Original Correspondence",
            "archive": "The National Archives, Kew", "issued": {"date-parts": [[1921]]}}
    other = {**file, "title": "Foreign Office: Political Departments, General Correspondence"}
    parsed = {KEW_CO: file,
              "Colonial Office: Iraq, Original Correspondence, 1921, CO 730/1, The National "
              "Archives, Kew.": file, KEW_FO: other}
    out = link_citations([(f"n{i}", [{"form": "full", "text": t, "reference": t}])
                          for i, t in enumerate(parsed, 1)], parse=lambda t: dict(parsed[t]))
    assert len(out.works) == 2
    assert out.links[("n1", 0)] == out.links[("n2", 0)] != out.links[("n3", 0)]


def test_works_that_differ_only_in_their_shelfmark_are_two() -> None:
    def item(mark: str) -> dict[str, Any]:
        return {"type": "manuscript", "title": "Correspondence", "archive": "British Library",
                "archive_location": mark, "issued": {"date-parts": [[1921]]}}

    out = link_citations([], bibliography=[item("Add MS 41178"), item("Add MS 41179"),
                                           item("Add MS 41178")], parse=fake_parse)
    assert sorted(w["archive_location"] for w in out.works) == ["Add MS 41178", "Add MS 41179"]


# --- 6. a reference to an earlier note inside a short form ------------------------------------

GEYER_98 = "Geyer, M.H. (1998) Verkehrte Welt. Göttingen: Vandenhoeck & Ruprecht."
GEYER_01 = "Geyer, M.H. (2001) Verkehrte Welten im Vergleich. Berlin: Duncker."


@pytest.mark.parametrize(("short", "locator"), [
    ("Geyer, Verkehrte Welt (wie Anm. 1), S. 243.", "S. 243"),
    ("Geyer, Verkehrte Welt (Anm. 1), S. 243.", "S. 243"),
    ("Geyer, Verkehrte Welt (see n. 1), 243.", "243"),
    ("Geyer, Verkehrte Welt (above, n. 1), 243.", "243"),
    ("Geyer, Verkehrte Welt (n 1) 243.", "243"),
])
def test_a_note_reference_in_a_short_form_keeps_the_match(short: str, locator: str) -> None:
    cits = parse_note(short)
    out = link_citations([("n1", parse_note(GEYER_98)), ("n2", cits)], parse=fake_parse)
    assert links(out, 2) == ["geyer1998", "geyer1998"]
    assert (cits[0]["form"], cits[0]["locator"]) == ("short", locator)
    assert out.diagnostics == []


@pytest.mark.parametrize("short", ["Geyer, Verkehrte (wie Anm. 2), S. 5.",
                                   "Geyer, Verkehrte (see n. 2), 5.", "Geyer, Verkehrte (n 2) 5."])
def test_a_note_reference_picks_the_work_of_that_note(short: str) -> None:
    # 'Verkehrte' begins both titles: only the note tells them apart
    out = link(GEYER_98, GEYER_01, short)
    assert links(out, 3) == ["geyer1998", "geyer2001", "geyer2001"]
    assert out.diagnostics == []


def test_a_note_reference_to_another_work_falls_back_to_the_title() -> None:
    out = link(GEYER_98, GEYER_01, "Geyer, Verkehrte Welt (wie Anm. 2), S. 5.")
    assert links(out, 3) == ["geyer1998", "geyer2001", "geyer1998"]


def test_an_inverted_particle_prints_as_written_and_both_citations_link(tmp_path) -> None:
    """'Beauvoir, S. de (1953)' keeps its form in the list; '(Beauvoir, 1953)' and '(de
    Beauvoir, 1953)' both name it."""
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, """Ethics
Ann Lee

One view (Beauvoir, 1953). Another (de Beauvoir, 1953, p. 4). A third (Berg, 2001).

References

Beauvoir, S. de (1953) The second sex. London: Cape.
Berg, A. van den (2001) Rivers. London: Verso.
""")
    entries = ["".join(e.itertext()) for e in T.findall(essay, "bibliography/entry")]
    assert entries == ["Beauvoir, S. de (1953) The second sex. London: Cape.",
                       "Berg, A. van den (2001) Rivers. London: Verso."]
    assert [x.get("work") for x in essay.iter(T.q("xref"))] == [
        "beauvoir1953", "beauvoir1953", "berg2001"]


def test_two_bodies_with_the_same_initials_stay_two_works() -> None:
    # 'Department of Health' and 'Department of Housing' are both 'DH': never one work
    out = link("Department of Health (2019) Annual report 2019. London: DH.",
               "Department of Housing (2019) Annual report 2019. London: DH.")
    assert len(out.works) == 2
    assert len(set(links(out, 2))) == 2


def test_an_archive_file_named_by_its_call_number_in_a_note_is_cited(tmp_path) -> None:
    """A note that names a file by its call number cites the bibliography's entry of that
    file; a file no note names is still reported ('FO 371/63' is not 'FO 371/6350')."""
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, """Iraq
Ann Lee

Young pressed the case for aircraft.1 Cox warned Churchill.2

Notes

1. Minute by Hubert Young, 21 December 1920, CO 730/1, The National Archives, Kew.
2. Telegram from Cox to Churchill, 3 May 1921, FO 371/63, The National Archives, Kew.

Bibliography

The National Archives, Kew. CO 730/1, Colonial Office: Iraq, Original Correspondence, 1921.
The National Archives, Kew. FO 371/6350, Foreign Office: General Correspondence, 1921.
""")
    uncited = [d.text for d in T.findall(essay, "diagnostics/diagnostic")
               if "never cited" in (d.text or "")]
    assert len(uncited) == 1 and "FO 371/6350" not in uncited[0]
    ids = [w.get("id") for w in T.findall(essay, "works/work")]
    assert uncited[0].startswith(ids[1] + ":")
