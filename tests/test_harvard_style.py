"""Our Harvard (Cite Them Right) CSL style on translated works, volumes and bracketed genres.

The works are CSL-JSON written by hand; each expected reference is written from the Cite Them
Right rules: the translator after the title ("Translated by J. White"), the volume after the
title and edition ("vol. 24", "2 vols"), the kind of item in square brackets after the title
("[Press release]") followed by its day and month.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from essayconv.citations import Rendered, plain_text, render, resolve_style

NS = "urn:essayconv:essay:1"
ROOT = Path(__file__).resolve().parents[1]
ACCESSED = {"date-parts": [[2024, 5, 1]]}

WORKS = [
    # ---- films, podcasts, programs, preprints, interviews (Cite Them Right's forms)
    {"id": "spiritedaway2001", "type": "motion_picture", "title": "Spirited away",
     "issued": {"date-parts": [[2001]]}, "genre": "Film",
     "director": [{"family": "Miyazaki", "given": "Hayao"}], "publisher": "Studio Ghibli",
     "publisher-place": "Tokyo"},
    {"id": "poetry2019", "type": "broadcast", "author": [{"literal": "Poetry Foundation"}],
     "issued": {"date-parts": [[2019, 10, 2]]}, "title": "Magical realism in the classroom",
     "container-title": "Poetry Off the Shelf", "genre": "Podcast"},
    {"id": "ott2019", "type": "software", "author": [{"family": "Ott", "given": "M."}],
     "issued": {"date-parts": [[2019]]}, "title": "fairseq", "version": "0.8.0",
     "genre": "Computer program"},
    {"id": "nllb2022", "type": "article", "author": [{"literal": "NLLB Team"}],
     "issued": {"date-parts": [[2022]]}, "title": "No language left behind",
     "genre": "Preprint", "number": "arXiv:2207.04672"},
    {"id": "alrashid2016", "type": "interview", "author": [{"family": "Al-Rashid",
                                                              "given": "M."}],
     "interviewer": [{"family": "Haddad", "given": "L."}], "issued": {"date-parts": [[2016]]},
     "title": "Clinic managers and the Syrian crisis", "publisher": "Jordan Oral History Project",
     "publisher-place": "Amman"},
    # ---- a book's editors beside its author; a reprint's original year
    {"id": "weber1978", "type": "book", "author": [{"family": "Weber", "given": "Max"}],
     "editor": [{"family": "Roth", "given": "G."}, {"family": "Wittich", "given": "C."}],
     "issued": {"date-parts": [[1978]]}, "title": "Economy and society", "volume": "2",
     "publisher": "University of California Press", "publisher-place": "Berkeley"},
    {"id": "hardy1993", "type": "book", "author": [{"family": "Hardy", "given": "Thomas"}],
     "issued": {"date-parts": [[1993]]}, "original-date": {"date-parts": [[1874]]},
     "title": "Far from the madding crowd", "publisher": "Wordsworth Editions",
     "publisher-place": "Ware"},
    # ---- translators
    {"id": "lefebvre1973", "type": "book",
     "author": [{"family": "Lefebvre", "given": "Georges"}],
     "translator": [{"family": "White", "given": "Joan"}],
     "issued": {"date-parts": [[1973]]},
     "title": "The great fear of 1789: rural panic in revolutionary France",
     "publisher": "Pantheon Books", "publisher-place": "New York"},
    {"id": "zola2004", "type": "book", "author": [{"family": "Zola", "given": "Émile"}],
     "translator": [{"family": "Pattison", "given": "Roger"},
                    {"family": "Buss", "given": "Robin Charles"}],
     "issued": {"date-parts": [[2004]]}, "title": "Germinal", "edition": "2",
     "publisher": "Penguin", "publisher-place": "London"},
    {"id": "bloch1967", "type": "chapter", "author": [{"family": "Bloch", "given": "Marc"}],
     "translator": [{"family": "Anderson", "given": "J. E."}],
     "issued": {"date-parts": [[1967]]}, "title": "The advent and triumph of the watermill",
     "editor": [{"family": "Postan", "given": "M. M."}],
     "container-title": "Land and work in mediaeval Europe", "publisher": "Routledge",
     "publisher-place": "London", "page": "136-168"},
    {"id": "bourdieu1985", "type": "article-journal",
     "author": [{"family": "Bourdieu", "given": "Pierre"}],
     "translator": [{"family": "Nice", "given": "Richard"}],
     "issued": {"date-parts": [[1985]]}, "title": "The social space and the genesis of groups",
     "container-title": "Theory and Society", "volume": "14", "issue": "6",
     "page": "723-744"},
    # ---- volumes
    {"id": "young1795", "type": "book", "author": [{"family": "Young", "given": "Arthur"}],
     "issued": {"date-parts": [[1795]]}, "title": "Annals of agriculture and other useful arts",
     "volume": "24", "publisher": "J. Rackham", "publisher-place": "Bury St Edmunds"},
    {"id": "gibbon1994", "type": "book", "author": [{"family": "Gibbon", "given": "Edward"}],
     "issued": {"date-parts": [[1994]]},
     "title": "The history of the decline and fall of the Roman Empire", "edition": "3",
     "volume": "2", "publisher": "Penguin", "publisher-place": "London"},
    {"id": "braudel1972", "type": "book", "author": [{"family": "Braudel", "given": "Fernand"}],
     "translator": [{"family": "Reynolds", "given": "Siân"}],
     "issued": {"date-parts": [[1972]]},
     "title": "The Mediterranean and the Mediterranean world in the age of Philip II",
     "number-of-volumes": "2", "publisher": "Collins", "publisher-place": "London"},
    {"id": "postan1987", "type": "chapter", "author": [{"family": "Postan", "given": "Michael"}],
     "issued": {"date-parts": [[1987]]}, "title": "The trade of medieval Europe: the north",
     "editor": [{"family": "Miller", "given": "Edward"}],
     "container-title": "The Cambridge economic history of Europe", "volume": "2",
     "edition": "2", "publisher": "Cambridge University Press",
     "publisher-place": "Cambridge", "page": "168-305"},
    {"id": "hatcher2001", "type": "chapter", "author": [{"family": "Hatcher", "given": "John"}],
     "issued": {"date-parts": [[2001]]}, "title": "Mills and markets",
     "editor": [{"family": "Thirsk", "given": "Joan"}],
     "container-title": "The agrarian history of England and Wales", "volume": "3",
     "publisher": "Cambridge University Press", "publisher-place": "Cambridge",
     "page": "10-30"},
    {"id": "doe2020", "type": "article-journal", "author": [{"family": "Doe", "given": "Jane"}],
     "issued": {"date-parts": [[2020]]}, "title": "Mapping rural panic",
     "container-title": "Journal of Historical Geography", "volume": "23", "issue": "4",
     "page": "1-10"},
    # ---- genres
    {"id": "ftc2016", "type": "webpage", "author": [{"literal": "Federal Trade Commission"}],
     "issued": {"date-parts": [[2016, 1, 5]]},
     "title": "Lumosity to pay $2 million to settle FTC deceptive advertising charges",
     "genre": "Press release",
     "URL": "https://www.ftc.gov/news-events/news/press-releases/2016/01/lumosity-pay-2-million",
     "accessed": ACCESSED},
    {"id": "who2023", "type": "report", "author": [{"literal": "World Health Organization"}],
     "issued": {"date-parts": [[2023]]}, "title": "Malaria", "genre": "Fact sheet",
     "URL": "https://www.who.int/news-room/fact-sheets/detail/malaria", "accessed": ACCESSED},
    {"id": "unhcr2019", "type": "report", "author": [{"literal": "UNHCR"}],
     "issued": {"date-parts": [[2019]]}, "title": "Global trends: forced displacement in 2018",
     "number": "ST/2019/1", "genre": "Statistical report", "publisher": "UNHCR",
     "publisher-place": "Geneva"},
    {"id": "leedscc2019", "type": "document", "author": [{"literal": "Leeds City Council"}],
     "issued": {"date-parts": [[2019, 3, 4]]}, "title": "Recycling your garden waste",
     "genre": "Leaflet", "publisher": "Leeds City Council", "publisher-place": "Leeds"},
    {"id": "nhs2020", "type": "webpage", "author": [{"literal": "NHS"}],
     "issued": {"date-parts": [[2020, 6, 2]]}, "title": "Hay fever",
     "URL": "https://www.nhs.uk/conditions/hay-fever/", "accessed": ACCESSED},
    {"id": "roe2015", "type": "thesis", "author": [{"family": "Roe", "given": "Rita"}],
     "issued": {"date-parts": [[2015]]}, "title": "Mills in the Yorkshire Dales",
     "genre": "PhD thesis", "publisher": "University of York"},
    {"id": "rcoreteam2023", "type": "software", "author": [{"literal": "R Core Team"}],
     "issued": {"date-parts": [[2023]]}, "title": "R: a language for statistical computing",
     "genre": "Computer software", "publisher": "R Foundation"},
    {"id": "ons2022", "type": "dataset", "author": [{"literal": "Office for National Statistics"}],
     "issued": {"date-parts": [[2022]]}, "title": "Household flood survey",
     "genre": "Data set", "publisher": "UK Data Service"},
    # ---- an approximate year; a volume with its own title
    {"id": "kempe1450", "type": "book", "author": [{"literal": "Anon."}],
     "issued": {"date-parts": [[1450]], "circa": True}, "title": "The book of Margery Kempe",
     "publisher": "British Library", "publisher-place": "London"},
    {"id": "bayly1989", "type": "book", "author": [{"family": "Bayly", "given": "C. A."}],
     "issued": {"date-parts": [[1989]]}, "title": "Imperial meridian", "volume": "1",
     "volume-title": "1768–1846", "publisher": "Longman", "publisher-place": "London"},
]

EXPECTED = {
    "kempe1450": "Anon. (c. 1450) The book of Margery Kempe. London: British Library.",
    "bayly1989": "Bayly, C.A. (1989) Imperial meridian, vol. 1: 1768–1846. London: Longman.",
    "spiritedaway2001": "Spirited away (2001) Directed by H. Miyazaki [Film]. Tokyo: Studio "
                        "Ghibli.",
    "poetry2019": "Poetry Foundation (2019) Magical realism in the classroom, Poetry Off the "
                  "Shelf [Podcast].",
    "ott2019": "Ott, M. (2019) fairseq (Version 0.8.0) [Computer program].",
    "nllb2022": "NLLB Team (2022) No language left behind [Preprint]. arXiv:2207.04672.",
    "alrashid2016": "Al-Rashid, M. (2016) Clinic managers and the Syrian crisis. Interviewed by "
                    "L. Haddad. Amman: Jordan Oral History Project.",
    "weber1978": "Weber, M. (1978) Economy and society, vol. 2. Edited by G. Roth and "
                 "C. Wittich. Berkeley: University of California Press.",
    "hardy1993": "Hardy, T. (1993) Far from the madding crowd. Ware: Wordsworth Editions. "
                 "Originally published 1874.",
    "lefebvre1973": "Lefebvre, G. (1973) The great fear of 1789: rural panic in revolutionary "
                    "France. Translated by J. White. New York: Pantheon Books.",
    "zola2004": "Zola, É. (2004) Germinal. Translated by R. Pattison and R.C. Buss. 2nd edn. "
                "London: Penguin.",
    "bloch1967": "Bloch, M. (1967) ‘The advent and triumph of the watermill’, translated by "
                 "J.E. Anderson, in Postan, M.M. (ed.) Land and work in mediaeval Europe. "
                 "London: Routledge, pp. 136–168.",
    "bourdieu1985": "Bourdieu, P. (1985) ‘The social space and the genesis of groups’, "
                    "translated by R. Nice, Theory and Society, 14(6), pp. 723–744.",
    "young1795": "Young, A. (1795) Annals of agriculture and other useful arts, vol. 24. "
                 "Bury St Edmunds: J. Rackham.",
    "gibbon1994": "Gibbon, E. (1994) The history of the decline and fall of the Roman Empire. "
                  "3rd edn, vol. 2. London: Penguin.",
    "braudel1972": "Braudel, F. (1972) The Mediterranean and the Mediterranean world in the "
                   "age of Philip II, 2 vols. Translated by S. Reynolds. London: Collins.",
    "postan1987": "Postan, M. (1987) ‘The trade of medieval Europe: the north’, in Miller, E. "
                  "(ed.) The Cambridge economic history of Europe. 2nd edn, vol. 2. Cambridge: "
                  "Cambridge University Press, pp. 168–305.",
    "hatcher2001": "Hatcher, J. (2001) ‘Mills and markets’, in Thirsk, J. (ed.) The agrarian "
                   "history of England and Wales, vol. 3. Cambridge: Cambridge University "
                   "Press, pp. 10–30.",
    "doe2020": "Doe, J. (2020) ‘Mapping rural panic’, Journal of Historical Geography, 23(4), "
               "pp. 1–10.",
    "ftc2016": "Federal Trade Commission (2016) Lumosity to pay $2 million to settle FTC "
               "deceptive advertising charges [Press release]. 5 January. Available at: "
               "https://www.ftc.gov/news-events/news/press-releases/2016/01/"
               "lumosity-pay-2-million (Accessed: 1 May 2024).",
    "who2023": "World Health Organization (2023) Malaria [Fact sheet]. Available at: "
               "https://www.who.int/news-room/fact-sheets/detail/malaria "
               "(Accessed: 1 May 2024).",
    "unhcr2019": "UNHCR (2019) Global trends: forced displacement in 2018 (ST/2019/1) "
                 "[Statistical report]. Geneva: UNHCR.",
    "leedscc2019": "Leeds City Council (2019) Recycling your garden waste [Leaflet]. 4 March. "
                   "Leeds: Leeds City Council.",
    # without a genre a web page keeps its plain form: no brackets, no day and month
    "nhs2020": "NHS (2020) Hay fever. Available at: https://www.nhs.uk/conditions/hay-fever/ "
               "(Accessed: 1 May 2024).",
    # a thesis keeps its degree as a sentence of its own, not in brackets
    "roe2015": "Roe, R. (2015) Mills in the Yorkshire Dales. PhD thesis. University of York.",
    # software and data sets say what they are in brackets, as documents do
    "rcoreteam2023": "R Core Team (2023) R: a language for statistical computing [Computer "
                     "software]. R Foundation.",
    "ons2022": "Office for National Statistics (2022) Household flood survey [Data set]. UK Data "
               "Service.",
}

# The italic part of each entry: the title of the work, or the book or journal it is in.
ITALIC = {
    "lefebvre1973": "The great fear of 1789: rural panic in revolutionary France",
    "bloch1967": "Land and work in mediaeval Europe",
    "bourdieu1985": "Theory and Society",
    "young1795": "Annals of agriculture and other useful arts",
    "hatcher2001": "The agrarian history of England and Wales",
    "ftc2016": "Lumosity to pay $2 million to settle FTC deceptive advertising charges",
    "who2023": "Malaria",
}


def ems(el: etree._Element) -> list[str]:
    return ["".join(e.itertext()) for e in el.iter(f"{{{NS}}}em")]


@pytest.fixture(scope="module")
def harvard() -> Rendered:
    clusters = [[{"id": "young1795", "locator": "2", "label": "volume"}],
                [{"id": "gibbon1994", "locator": "1-3", "label": "volume"}],
                [{"id": "lefebvre1973", "locator": "12", "label": "page"}]]
    return render(WORKS, clusters)


@pytest.fixture(scope="module")
def bib(harvard: Rendered) -> dict[str, etree._Element]:
    return dict(harvard.bibliography)


@pytest.mark.parametrize("work_id", EXPECTED)
def test_reference_list_entry(bib, work_id):
    assert plain_text(bib[work_id]) == EXPECTED[work_id]


@pytest.mark.parametrize("work_id", ITALIC)
def test_only_the_title_or_container_is_italic(bib, work_id):
    # the translator, the volume and the bracketed genre stay in roman type
    assert ems(bib[work_id]) == [ITALIC[work_id]]


def test_every_work_is_listed_without_warnings(harvard):
    assert sorted(dict(harvard.bibliography)) == sorted(w["id"] for w in WORKS)
    assert harvard.warnings == []


def test_volume_locators_in_text(harvard):
    assert [plain_text(c) for c in harvard.clusters] == [
        "(Young, 1795, vol. 2)", "(Gibbon, 1994, vols 1–3)", "(Lefebvre, 1973, p. 12)"]


def test_first_note_gives_the_translator():
    clusters = [[{"id": "lefebvre1973", "locator": "12", "label": "page"}],
                [{"id": "lefebvre1973", "locator": "13", "label": "page"}]]
    out = render(WORKS, clusters, mode="notes")
    assert [plain_text(c) for c in out.clusters] == [
        "Lefebvre, G. (1973) The great fear of 1789: rural panic in revolutionary France. "
        "Translated by J. White. New York: Pantheon Books, p. 12.",
        "Lefebvre (1973), p. 13."]


def test_the_style_is_one_well_formed_file():
    # the package's styles directory is the repository's (a link), so one file serves both
    path = resolve_style("harvard")
    assert path.samefile(ROOT / "styles" / "csl" / "harvard.csl")
    root = etree.parse(str(path)).getroot()
    assert root.tag == "{http://purl.org/net/xbiblio/csl}style"
    assert root.get("version") == "1.0"


def test_the_authors_year_letters_are_kept():
    """Two works of one author and year keep the letters the author gave them, whatever
    their titles' order ('2020a' is the one the essay cites as 2020a)."""
    smith = [{"family": "Smith", "given": "J."}]
    works = [{"id": "smith2020a", "type": "book", "author": smith, "title": "Zebras",
              "issued": {"date-parts": [[2020]]}, "year-suffix": "a"},
             {"id": "smith2020b", "type": "book", "author": smith, "title": "Apples",
              "issued": {"date-parts": [[2020]]}, "year-suffix": "b"}]
    out = render(works, [[{"id": "smith2020a"}], [{"id": "smith2020b"}]])
    assert [plain_text(c) for c in out.clusters] == ["(Smith, 2020a)", "(Smith, 2020b)"]
    assert [plain_text(entry) for _, entry in out.bibliography] == [
        "Smith, J. (2020a) Zebras.", "Smith, J. (2020b) Apples."]
