"""Linking citations to works: dedup, ids, short-form resolution, diagnostics, seed works."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from essayconv.references.csl import to_csl_json, work_id
from essayconv.references.linking import Linked, link_citations
from essayconv.references.notes import parse_note

DATA = Path(__file__).parent / "data"


# --- a tiny stand-in parser for the rule tests -------------------------------------------

_FAKE = re.compile(r"^(?P<who>.*?)\s*(?P<ed>\(eds?\.\))?\s*\((?P<year>[^)]+)\)\s*(?P<title>.*?)"
                   r"(?:[.?]\s+(?P<place>[^.:]+):\s*(?P<pub>[^.]+))?\.?$")


def fake_parse(text: str) -> dict[str, Any]:
    """``Family, I. (Year) Title. Place: Publisher.`` → a CSL item; organisations literal."""
    url = re.search(r"\.\s*Available at:\s*(.*?)\.?$", text)
    text = text[: url.start()] if url else text
    m = _FAKE.match(text)
    assert m, text
    names = []
    for part in re.split(r"\s+and\s+", m["who"]):
        family, _, given = part.partition(", ")
        names.append({"family": family, "given": given} if given else {"literal": part})
    year = m["year"]
    issued = ({"literal": "n.d."} if year == "n.d." else {"date-parts": [[int(year[:4])]]})
    item: dict[str, Any] = {"type": "book", "editor" if m["ed"] else "author": names,
                            "issued": issued, "title": m["title"]}
    if len(year) == 5:
        item["year-suffix"] = year[4]
    if url and url[1].startswith("http"):
        item["URL"] = url[1]
    if m["pub"]:
        item.update({"publisher": m["pub"], "publisher-place": m["place"]})
    return item


def link(*notes: str, **kw: Any) -> Linked:
    return link_citations([(str(i + 1), parse_note(t)) for i, t in enumerate(notes)],
                          parse=fake_parse, **kw)


def rules(linked: Linked) -> list[tuple[str, str]]:
    return [(d.level, d.rule) for d in linked.diagnostics]


def test_short_form_links_to_full() -> None:
    out = link("Terry, F. (2002) Condemned to repeat? Ithaca: Cornell University Press, pp. 1–2.",
               "Terry (2002), pp. 168–180 (on aid diversion and militarization).")
    assert [w["id"] for w in out.works] == ["terry2002"]
    assert out.links == {("1", 0): "terry2002", ("2", 0): "terry2002"}
    assert out.diagnostics == []


def test_duplicates_merge_and_keep_first_fields() -> None:
    out = link("Millwood, D. (ed.) (1996) The international response: lessons from the Rwanda "
               "experience. Copenhagen: Steering Committee (Synthesis Report notes over $1m).",
               "Millwood, D. (ed.) (1996) The international response: lessons from the Rwanda "
               "experience (Synthesis Report).")
    assert [w["id"] for w in out.works] == ["millwood1996"]
    assert out.works[0]["publisher"] == "Steering Committee"


def test_updated_edition_is_the_same_work() -> None:
    out = link("Human Rights Watch (1999) Leave none to tell the story: genocide in Rwanda "
               "(updated edition), pp. 721–750.",
               "Human Rights Watch (1999) Leave none to tell the story: genocide in Rwanda "
               "(updated sections on Turquoise).")
    assert len(out.works) == 1 and out.links[("2", 0)] == "humanrightswatch1999"


def test_longer_title_variant_is_the_same_work() -> None:
    out = link("French Parliamentary Inquiry (1998) Rapport d'information sur les opérations "
               "militaires menées par la France au Rwanda (Mission Quilès).",
               "French Parliamentary Inquiry (1998) Rapport d'information sur les opérations "
               "militaires menées par la France, autres pays et l'ONU au Rwanda.")
    assert [w["id"] for w in out.works] == ["frenchparliamentaryinquiry1998"]


def test_same_author_and_year_get_letters_in_first_cited_order() -> None:
    out = link("UNSC (1994) Resolution 912.", "UNSC (1994) Resolution 929.",
               "UNSC (1994) Resolution 912.", "UNSC (1993) Resolution 872.")
    assert [w["id"] for w in out.works] == ["unsc1994a", "unsc1994b", "unsc1993"]
    assert out.links[("3", 0)] == "unsc1994a"


def test_ambiguous_short_form_is_an_error() -> None:
    out = link("Smith, J. (2001) One. London: X.", "Smith, J. (2001) Two. London: X.",
               "Smith (2001), p. 3.")
    assert out.links[("3", 0)] is None
    assert ("error", "ambiguous-short-form") in rules(out)


def test_written_year_letter_resolves() -> None:
    out = link("Smith, J. (2001a) One. London: X.", "Smith, J. (2001b) Two. London: X.",
               "Smith (2001b), p. 3.")
    assert [w["id"] for w in out.works] == ["smith2001a", "smith2001b"]
    assert out.links[("3", 0)] == "smith2001b"


def test_unresolved_short_form_warns_with_candidates() -> None:
    out = link("Prunier, G. (1997) The Rwanda crisis. London: Hurst.", "Prunier (1998), p. 3.")
    assert out.links[("2", 0)] is None
    (diag,) = [d for d in out.diagnostics if d.rule == "unresolved-short-form"]
    assert diag.level == "warning" and diag.note_id == "2" and "prunier1997" in diag.message
    assert [w["id"] for w in out.works] == ["prunier1997"]  # no work is invented


def test_short_form_with_several_names() -> None:
    out = link("Straus, S. and Waldorf, L. (eds.) (2011) Remaking Rwanda. Madison: UWP.",
               "Straus and Waldorf (2011), p. 4.", "Straus (2011), p. 5.")
    assert out.links[("2", 0)] == out.links[("3", 0)] == "straus2011"


def test_short_form_with_given_names_first() -> None:
    out = link("Beard, M. (2010) Which Thucydides can you trust? London: X.",
               "Straus, S. and Waldorf, L. (eds.) (2011) Remaking Rwanda. Madison: UWP.",
               "Mary Beard (2010), p. 2.", "Scott Straus and Lars Waldorf (2011), p. 4.",
               "Mary Smith (2010), p. 2.")
    assert out.links[("3", 0)] == "beard2010"
    assert out.links[("4", 0)] == "straus2011"
    assert out.links[("5", 0)] is None  # the surname still has to match


def test_bibliography_resolves_short_forms_and_orders_by_first_citation() -> None:
    out = link("Ober (2010) 65-87; Dal Borgo (2016).",
               bibliography=["Dal Borgo, M. (2016) Thucydides. London: UCL.",
                             "Ober, J. (2010) Democracy. Princeton: PUP.",
                             "Fearon, J. (1995) Rationalist explanations. Boston: X."])
    assert [w["id"] for w in out.works] == ["ober2010", "dalborgo2016", "fearon1995"]
    assert out.links == {("1", 0): "ober2010", ("1", 1): "dalborgo2016"}


def test_completeness_warnings() -> None:
    out = link("World Bank (1994) Rwanda: emergency demobilization.",
               "UN Peace Agreements Database (1993) Arusha Peace Agreement. Available at: "
               "relevant UN archives.",
               "Smith, J. (2010) Title. London: X. Available at: https://example.org.")
    found = {(d.rule, d.note_id) for d in out.diagnostics}
    assert ("missing-publisher", "1") in found
    assert ("placeholder-url", "2") in found
    assert not any(note == "3" for _, note in found)


def test_article_with_an_article_number_has_what_a_journal_asks() -> None:
    article = {"type": "article-journal", "author": [{"family": "Richardson", "given": "L."}],
               "issued": {"date-parts": [[2013]]}, "title": "A digital public archaeology?",
               "container-title": "Papers from the Institute of Archaeology", "volume": "23"}
    for extra, warned in (({"number": "10"}, False), ({}, True)):
        out = link_citations([("1", parse_note("Richardson, L. (2013) Article."))],
                             parse=lambda _t, extra=extra: article | extra)
        assert any(d.rule == "missing-journal-details" for d in out.diagnostics) == warned


def test_parser_failure_is_an_error_not_a_crash() -> None:
    def broken(text: str) -> dict[str, Any]:
        raise ValueError("boom")

    out = link_citations([("1", parse_note("Smith, J. (2001) One. London: X."))], parse=broken)
    assert out.links == {("1", 0): None} and rules(out) == [("error", "parse-failed")]


def test_work_id_and_json() -> None:
    assert work_id({"author": [{"family": "Forges", "non-dropping-particle": "Des"}],
                    "issued": {"date-parts": [[1999]]}}) == "desforges1999"
    assert work_id({"editor": [{"family": "Quilès"}], "issued": {"literal": "n.d."}}) == "quilesnd"
    text = to_csl_json([{"title": "T", "type": "book", "id": "x1999"}])
    assert json.loads(text) == [{"id": "x1999", "type": "book", "title": "T"}]
    assert text.index('"id"') < text.index('"type"') < text.index('"title"')


# --- the seed essay, against the real CRF parser -------------------------------------------

from test_notes import EXPECTED as SEED_NOTES  # noqa: E402
from test_notes import NOTES  # noqa: E402

SEED_WORKS = json.loads((DATA / "seed_works.json").read_text(encoding="utf-8"))
FIELDS = ["type", "author", "editor", "issued", "title", "container-title", "publisher",
          "publisher-place", "volume", "issue", "page", "number"]
# Works whose CSL the CRF parser gets wrong today; each reason names the wrong field.
PARSER_GAPS: dict[str, str] = {}
# Notes whose links the parser's errors change (a wrong author gives a wrong id).
LINK_GAPS: dict[int, str] = {}


@pytest.fixture(scope="module")
def seed() -> Linked:
    pytest.importorskip("pycrfsuite")
    return link_citations([(str(n), parse_note(NOTES[n])) for n in sorted(NOTES)])


def _names(names: list[dict[str, Any]] | None) -> list[dict[str, str]]:
    out = []
    for n in names or []:
        if n.get("literal"):
            if n["literal"].strip().lower() not in ("et al.", "et al", "others"):
                out.append({"literal": n["literal"]})
            continue
        family = " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
        out.append({"family": family, "given": re.sub(r"\s+", "", n.get("given", ""))})
    return out


def comparable(item: dict[str, Any]) -> dict[str, Any]:
    """The fields that matter; names without et al., initials without spaces, dashes unified."""
    out = {k: item[k] for k in FIELDS if item.get(k)}
    for role in ("author", "editor"):
        if role in out:
            out[role] = _names(out[role])
    if "page" in out:
        out["page"] = re.sub(r"[-‐‑–—]+", "–", str(out["page"]))
    for key in ("volume", "issue", "number"):
        if key in out:
            out[key] = str(out[key])
    return out


def _work_params() -> list[Any]:
    marks = {w: pytest.mark.xfail(strict=True, reason=r) for w, r in PARSER_GAPS.items()}
    return [pytest.param(w, id=w["id"], marks=marks.get(w["id"], ())) for w in SEED_WORKS]


@pytest.mark.parametrize("expected", _work_params())
def test_seed_work(seed: Linked, expected: dict[str, Any]) -> None:
    works = {w["id"]: w for w in seed.works}
    assert expected["id"] in works, sorted(works)
    assert comparable(works[expected["id"]]) == comparable(expected)


def _note_params() -> list[Any]:
    marks = {n: pytest.mark.xfail(strict=True, reason=r) for n, r in LINK_GAPS.items()}
    return [pytest.param(n, id=f"note{n}", marks=marks.get(n, ())) for n in range(1, 68)]


@pytest.mark.parametrize("number", _note_params())
def test_seed_note_links(seed: Linked, number: int) -> None:
    cits = parse_note(NOTES[number])
    got = [{"work": seed.links[(str(number), i)], "form": c["form"], "locator": c["locator"],
            "label": c["label"], "remark": c["remark"]} for i, c in enumerate(cits)]
    assert got == SEED_NOTES[str(number)]


def test_seed_short_forms_resolve(seed: Linked) -> None:
    """Every short form resolves to one work, but the two descriptions with no full form."""
    unresolved = []
    for n in range(1, 68):
        for i, cit in enumerate(parse_note(NOTES[n])):
            if cit["form"] == "short" and seed.links[(str(n), i)] is None:
                unresolved.append((n, cit["authors"]))
    assert unresolved == [(36, "declassified U.S. State Department documents"),
                          (56, "declassified U.S. Department of State memoranda")]
    assert not [d for d in seed.diagnostics if d.rule == "ambiguous-short-form"]
    flagged = {(d.note_id, d.rule) for d in seed.diagnostics}
    assert {("36", "unresolved-short-form"), ("56", "unresolved-short-form")} <= flagged


def test_seed_distinct_works(seed: Linked) -> None:
    # counted by hand from the Works Cited: 50 distinct works (the 5 UNSC resolutions apart,
    # Des Forges 1999 and Human Rights Watch 1999 apart, ICTR and its long name apart)
    assert len(seed.works) == 50
    assert len({w["id"] for w in seed.works}) == 50
    assert seed.works[0]["id"] == "prunier1997" and seed.works[-1]["id"] == "straus2011"


def test_bibliography_entry_is_the_work_a_note_quotes() -> None:
    """Dev essay 05: note 11 quotes Hobbes after 'esp. Hobbes (1629)'; the bibliography has the
    work in full, so the work is the bibliography's and the quotation is the note's remark."""
    from essayconv import tree as T
    from essayconv.pipeline import read
    from essayconv.transforms.references import add_references

    essay = read(Path(__file__).parent / "corpus" / "05_epoiesen-melian-response-bibliography.txt")
    add_references(essay)
    hobbes = [w for w in T.findall(essay, "works/work") if w.get("id", "").startswith("hobbes")]
    assert len(hobbes) == 1
    fields = {f.get("name"): f.text for f in T.findall(hobbes[0], "field")}
    assert fields["title"] == "To the Readers"
    note = next(n for n in T.findall(essay, "notes/note") if n.get("n") == "11")
    cit = T.findall(note, "citation")[1]
    assert (cit.get("form"), cit.get("prefix"), cit.get("work")) == ("short", "esp.",
                                                                     hobbes[0].get("id"))
    assert T.find(cit, "remark").text.startswith("To the Readers: Thucydides “introduceth")


def test_unparsed_bibliography_entry_demotes_no_note(tmp_path, monkeypatch) -> None:
    """A bibliography entry the parser fails on links to no work; a note whose own full
    reference also failed (no work either) must stay a full citation, not become a remark."""
    from essayconv import tree as T
    from essayconv.pipeline import read
    from essayconv.references import parser
    from essayconv.transforms.references import add_references

    text = ("A Test Essay\n\nBy Jane Doe\n\nIntroduction\n\nA claim.[1]\n\nNotes\n\n"
            "[1] Doe, J. (2001) Broken note reference. London: Verso.\n\nBibliography\n\n"
            "Roe, R. (1999) Broken list reference. Paris: Seuil.\n")
    src = tmp_path / "essay.txt"
    src.write_text(text, encoding="utf-8")
    essay = read(src)

    def fail(reference: str) -> dict:
        raise ValueError("unparsable")

    monkeypatch.setattr(parser, "parse_reference", fail)
    add_references(essay)
    (cit,) = T.findall(essay, "notes/note/citation")
    assert cit.get("form") == "full" and cit.get("work") is None
    assert T.find(cit, "remark") is None


# --- notes-style short forms: 'Author, Short Title' and 'Ibid.' ------------------------------

TERRY = "Terry, F. (2002) Condemned to repeat? Ithaca: Cornell University Press."
POWER = "Power, S. (2002) A problem from hell. New York: Basic Books."


def links(out: Linked) -> list[str | None]:
    return [out.links[k] for k in sorted(out.links)]


def test_author_and_short_title_link_to_the_full_work() -> None:
    out = link(TERRY, POWER, "Terry, Condemned to Repeat, 4.", "Power, Problem from Hell, 9.")
    assert links(out) == ["terry2002", "power2002", "terry2002", "power2002"]
    assert out.diagnostics == []


def test_ibid_repeats_the_work_cited_just_before() -> None:
    out = link(TERRY, "Ibid., 45.", POWER, "Ibid.")
    assert links(out) == ["terry2002", "terry2002", "power2002", "power2002"]


def test_ibid_with_nothing_before_is_a_warning() -> None:
    out = link("Ibid., 4.", TERRY)
    assert links(out) == [None, "terry2002"]
    assert rules(out) == [("warning", "unresolved-short-form")]


def test_ibid_never_repeats_the_essays_own_reference_list() -> None:
    out = link(TERRY, "Ibid., 4.", listed=1)  # the first entry is the bibliography's
    assert links(out) == ["terry2002", None]


def test_a_short_title_the_author_never_wrote_is_a_warning() -> None:
    out = link(TERRY, "Terry, Repeating Ourselves, 4.")
    assert links(out) == ["terry2002", None]
    assert [d.message for d in out.diagnostics] == [
        "'Terry, Repeating Ourselves, 4.' names no title of this author's works; closest: "
        "Terry (2002) [terry2002]"]


def test_a_work_of_no_author_here_stays_a_citation_of_its_own() -> None:
    cits = parse_note("Plutarch, Life of Nicias, 12.")
    out = link_citations([("1", parse_note(TERRY)), ("2", cits)], parse=fake_parse)
    assert (out.links[("2", 0)], cits[0]["form"], out.diagnostics) == (None, "other", [])


def test_ibid_after_a_citation_of_no_work_links_nothing() -> None:
    cits = [parse_note(t) for t in (TERRY, "Plutarch, Life of Nicias, 12.", "Ibid., 13.")]
    out = link_citations([(str(n), c) for n, c in enumerate(cits, 1)], parse=fake_parse)
    assert links(out) == ["terry2002", None, None]
    assert out.diagnostics == []


def test_a_short_title_prefers_the_title_it_begins() -> None:
    items = [{"type": "book", "author": [{"family": "Gaddis", "given": "J."}], "title": title,
              "issued": {"date-parts": [[year]]}}
             for title, year in (("The Cold War: A New History", 2005),
                                 ("Strategies of Containment during the Cold War", 1982))]
    out = link_citations([("1", parse_note("Gaddis, Cold War, 45.")),
                          ("2", parse_note("John Lewis Gaddis, Strategies, 3."))],
                         bibliography=items, parse=fake_parse)
    assert (out.links[("1", 0)], out.links[("2", 0)]) == ("gaddis2005", "gaddis1982")
    assert [r for _, r in rules(out) if r.endswith("short-form")] == []


def test_a_citation_by_web_address_or_declared_abbreviation() -> None:
    items = [{"type": "post-weblog", "author": [{"family": "Morley", "given": "N."}],
              "issued": {"date-parts": [[2015]]}, "title": "The Melian dilemma",
              "URL": "https://thesphinxblog.com/2015/03/27/melian/"},
             {"type": "book", "author": [{"family": "Hornblower", "given": "S."}],
              "issued": {"date-parts": [[1991]]}, "title": "A commentary on Thucydides",
              "note": "cited as CT 3"}]
    notes = [("1", parse_note("Morley (http://www.thesphinxblog.com/2015/03/27/melian).")),
             ("2", parse_note("CT 3.248-9.")), ("3", parse_note("CT 3.216ff. A richer model.")),
             ("4", parse_note("CT 30.1.")), ("5", parse_note("Thuc. 5.89.")),
             # prose that holds the address or opens with the abbreviation is a note of its own
             ("6", parse_note("See the long discussion at https://thesphinxblog.com/2015/03/27/"
                              "melian/, which argues that the game is a trap, 44.")),
             ("7", parse_note("CT 3 is the third volume."))]
    out = link_citations(notes, bibliography=items, parse=fake_parse)
    assert [out.links[(str(n), 0)] for n in range(1, 8)] == [
        "morley2015", "hornblower1991", "hornblower1991", None, None, None, None]
    assert [(c[0]["form"], c[0]["locator"], c[0]["remark"]) for _, c in notes] == [
        ("short", None, None), ("short", "248-9", None), ("short", "216ff.", "A richer model"),
        ("other", None, None), ("other", None, None), ("other", None, None),
        ("other", None, None)]


@pytest.mark.parametrize(("text", "key"), [
    ("Бабель", "babel"), ("Κωστόπουλος", "kostopoylos"), ("Kabaağaçlı", "kabaagacli"),
    ("Łódź", "lodz"), ("Quilès, N'Sele", "quilesnsele"),
])
def test_keys_in_latin_letters(text: str, key: str) -> None:
    from essayconv.references.csl import ascii_key

    assert ascii_key(text) == key


def test_cyrillic_authors_link_and_an_id_never_starts_with_a_digit(tmp_path):
    from essayconv import tree as T

    from validators import enriched

    essay = enriched(tmp_path, "Odessa\nJane Roe\n\nIntro\nStories (Бабель, 1931, p. 17) and "
                     "more (Gray, 1957).\n\nReferences\nБабель, И. (1931) Одесские рассказы. "
                     "Москва: ГИХЛ.\nGray, M. (1957) The Highland Economy.\n1750–1850. "
                     "Edinburgh: Oliver and Boyd, 1957.\n")  # never an invalid tree
    ids = [w.get("id") for w in T.findall(essay, "works/work")]
    assert "babel1931" in ids and all(i[:1].isalpha() for i in ids)
    linked = [x.get("work") for x in essay.iter(T.q("xref"))]
    assert "babel1931" in linked


# --- a short title that is a number ----------------------------------------------------------

BOLANO = {"type": "book", "author": [{"family": "Bolaño", "given": "Roberto"}], "title": "2666",
          "issued": {"date-parts": [[2008]]}}
ORWELL = {"type": "book", "author": [{"family": "Orwell", "given": "George"}], "title": "1984",
          "issued": {"date-parts": [[1949]]}}


def test_a_number_that_is_the_authors_title_is_the_short_title() -> None:
    notes = [(str(n), parse_note(t)) for n, t in enumerate(
        ("Bolaño, 2666, 52.", "Orwell, 1984, 15.", "Ibid., 17.", "See Orwell, 1984."), 1)]
    out = link_citations(notes, bibliography=[BOLANO, ORWELL], parse=fake_parse)
    assert links(out) == ["bolano2008", "orwell1949", "orwell1949", "orwell1949"]
    got = [(c["form"], c.get("title"), c["locator"], c["prefix"]) for _, (c,) in notes]
    assert got == [("short", "2666", "52", None), ("short", "1984", "15", None),
                   ("short", None, "17", None), ("short", "1984", None, "See")]
    assert [w["id"] for w in out.works] == ["bolano2008", "orwell1949"]
    assert [r for _, r in rules(out) if r.endswith("short-form")] == []


def test_a_number_that_is_no_title_of_the_author_stays_a_year() -> None:
    seen: list[str] = []

    def parse(text: str) -> dict[str, Any]:
        seen.append(text)
        return {"type": "book", "author": [{"family": "Orwell"}],
                "issued": {"date-parts": [[1946]]}}

    notes = [("1", parse_note("Orwell, 1946, 3."))]
    out = link_citations(notes, bibliography=[ORWELL], parse=parse)
    assert seen == ["Orwell, 1946, 3."]  # read as before: a full reference of 1946
    assert (notes[0][1][0]["form"], out.links[("1", 0)]) == ("full", "orwell1946")


def test_no_place_is_missing_from_an_oscola_book() -> None:
    def parse(text: str) -> dict[str, Any]:
        return {"type": "book", "author": [{"family": text.split()[1].rstrip(",")}],
                "title": "T", "publisher": "CUP", "issued": {"date-parts": [[2009]]}}

    notes = [("1", parse_note("Aileen Kavanagh, Constitutional Review (CUP 2009) 45")),
             ("2", parse_note("Jeffrey Jowell, The Changing Constitution (7th edn, CUP 2011).")),
             ("3", parse_note("Anne Roy, A Book (CUP, 2009), 4."))]  # a place left out
    out = link_citations(notes, parse=parse)
    assert [d.message for d in out.diagnostics if d.rule == "missing-place"] == [
        "roy2009: book without place of publication"]
