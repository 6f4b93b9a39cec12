"""Token features for the CRF reference-string labeller."""

from __future__ import annotations

from .gazetteer import mark_places
from .tokens import (
    DOC_SYMBOL,
    INITIAL,
    NUMBER,
    PAGE_RANGE,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    URL,
    YEAR,
    shape,
    strip_punct,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PLACES = _words(
    "london new york paris oxford cambridge boston chicago berlin washington dc d.c princeton"
    " ithaca toronto geneva madison amsterdam tokyo sydney melbourne edinburgh manchester"
    " basingstoke abingdon brunswick hague leiden stanford berkeley los angeles san francisco"
    " baltimore philadelphia ny ma ca uk usa mass conn heidelberg dordrecht wien vienna rome"
    " milan madrid barcelona brussels nairobi kigali delhi beijing singapore hoboken thousand"
    " oaks newbury park englewood cliffs nj upper saddle river durham nc cheltenham aldershot"
    " farnham bristol leeds ottawa montreal zurich munich münchen frankfurt stuttgart leipzig"
    " copenhagen stockholm oslo helsinki moscow cape town johannesburg westport lanham md"
    " boulder co haven ann arbor mi evanston il minneapolis seattle pittsburgh lincoln austin"
    " houston atlanta charlottesville bloomington urbana lexington albany syracuse rochester"
    " buffalo glasgow dublin bern berne lyon lausanne kampala pretoria addis ababa canberra"
    " wellington auckland hamburg cologne köln bonn göttingen tübingen oxon malden mahwah"
    " norwood reading redwood menlo sebastopol armonk hershey harlow brighton sussex surrey"
    " kent york new delhi mumbai hong kong seoul jerusalem cairo lagos accra dakar nijmegen"
)
PUBLISHER = _words(
    "press university books publishers publishing publications verlag editions éditions"
    " edizioni routledge springer elsevier wiley sage penguin random house macmillan palgrave"
    " blackwell polity verso norton harper collins knopf vintage pearson mcgraw-hill academic"
    " ltd inc co company group taylor francis brill pluto zed hurst gallimard seuil puf"
    " suhrkamp mit ieee acm kluwer addison-wesley prentice hall erlbaum guilford bloomsbury"
    " continuum ashgate earthscan pergamon longman heinemann hachette picador faber"
    " doubleday bantam basic simon schuster little brown hill wang"
)
ORG = _words(
    "united nations commission council bank watch government inquiry museum international"
    " tribunal programme program database organization organisation office ministry department"
    " agency committee assembly secretariat secretary-general amnesty cross fund union"
    " parliament parliamentary centre center court association society federation forum"
    " network initiative project board authority institute institution foundation unicef"
    " unhcr unesco who oecd nato imf icrc ictr icty ngo house senate congress state news"
    " bbc cnn reuters times guardian coalition alliance médecins frontières oxfam crisis red"
)
MONTHS = _words(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
MARKERS = _words(
    "pp p vol vols no nos ed eds edn edn. edition in available at accessed retrieved from online"
    " et al and & doi isbn report resolution statement thesis phd dissertation paper working"
    " memorandum memo release speech trans translated by dir n.d nd press issue series"
    " special rapporteur volume chapter ch pages part proceedings conference journal review"
    " unpublished forthcoming web print url viewed cited"
)


def _flags(tok: str) -> dict[str, float | str]:
    core = strip_punct(tok)
    low = core.lower()
    f: dict[str, float | str] = {
        "w": low[:20],
        "shape": shape(tok),
        "suf3": low[-3:],
        "pre3": low[:3],
        "last": tok[-1],
        "first": tok[0] if not tok[0].isalnum() else ("U" if tok[0].isupper() else "a"),
    }
    if not core:
        f["punct_only"] = 1.0
    if YEAR.match(tok):
        f["year"] = 1.0
    if NUMBER.match(core):
        f["num"] = 1.0
        f["numlen"] = str(min(len(core), 5))
    elif any(c.isdigit() for c in core):
        f["hasdigit"] = 1.0
    if PAGE_RANGE.search(tok):
        f["range"] = 1.0
    if "(" in tok and ")" in tok and any(c.isdigit() for c in tok):
        f["numparen"] = 1.0
    if URL.match(tok) or "://" in tok:
        f["url"] = 1.0
    if "10." in tok and "/" in tok:
        f["doiish"] = 1.0
    if DOC_SYMBOL.match(tok):
        f["docsym"] = 1.0
    if INITIAL.match(tok):
        f["initial"] = 1.0
    if core[:1].isupper():
        f["cap"] = 1.0
    if core.isupper() and len(core) > 1:
        f["allcaps"] = 1.0
    if low in PLACES:
        f["place"] = 1.0
        if tok.endswith(":"):
            f["place_colon"] = 1.0
    if low in PUBLISHER:
        f["pub"] = 1.0
    if low in ORG:
        f["org"] = 1.0
    if low in MONTHS:
        f["month"] = 1.0
    if low in MARKERS:
        f["mark"] = low
    return f


_NEIGHBOUR_KEYS = ("w", "shape", "last", "first", "year", "num", "initial", "cap", "place",
                   "pub", "org", "mark", "range", "month", "url", "numparen",
                   "gazetteer_place")


def sequence_features(tokens: list[str], lex: list[dict[str, float]] | None = None
                      ) -> list[dict[str, float | str]]:
    """Feature dicts (one per token) for python-crfsuite; ``lex`` adds lexicon features."""
    n = len(tokens)
    base = [_flags(t) for t in tokens]
    for b, is_place in zip(base, mark_places(tokens), strict=True):
        if is_place:
            b["gazetteer_place"] = 1.0
    nearby = [[(k, b[k]) for k in _NEIGHBOUR_KEYS if k in b] for b in base]
    colon_at = [i for i, b in enumerate(base) if "place_colon" in b]  # 'London:' tokens
    out: list[dict[str, float | str]] = []
    in_quote = False
    paren = 0
    seen_year = False
    seen_colon = False
    seen_in = False
    periods = 0
    for i, tok in enumerate(tokens):
        f: dict[str, float | str] = dict(base[i])
        f["bias"] = 1.0
        f["pos"] = str(min(i, 5))
        f["rpos"] = str(int(10 * i / max(n, 1)))
        f["toend"] = str(min(n - 1 - i, 4))
        starts_quote = tok[0] in QUOTE_OPEN
        if in_quote or starts_quote:
            f["inquote"] = 1.0
        if paren > 0 or tok.startswith("("):
            f["inparen"] = 1.0
        if i > 0 and tokens[i - 1].endswith(":"):
            f["after_colon"] = 1.0
        if i > 0 and tokens[i - 1][-1] in ".,:;)" and "initial" not in base[i - 1]:
            f["seg_start"] = 1.0
        if any(i - 8 <= j < i for j in colon_at):
            f["after_place_colon"] = 1.0
        if seen_colon:
            f["seen_colon"] = 1.0
        if seen_year:
            f["seen_year"] = 1.0
        if seen_in:
            f["seen_in"] = 1.0
        f["periods"] = str(min(periods, 4))
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                for k, value in nearby[j]:
                    f[f"{d}:{k}"] = value
            else:
                f[f"{d}:edge"] = 1.0
        if lex is not None:
            f.update(lex[i])
            for d in (-1, 1):
                if 0 <= i + d < n:
                    for k in lex[i + d]:
                        f[f"{d}:{k}"] = 1.0
        if i > 0:
            f["-1w|w"] = f"{base[i - 1]['w']}|{base[i]['w']}"
        out.append(f)
        # update running state
        if starts_quote and not (len(tok) > 1 and tok.rstrip(".,;:")[-1:] in QUOTE_CLOSE):
            in_quote = True
        elif in_quote and tok.rstrip(".,;:)")[-1:] in QUOTE_CLOSE:
            in_quote = False
        paren += tok.count("(") - tok.count(")")
        paren = max(paren, 0)
        if "year" in base[i]:
            seen_year = True
        if tok.endswith(":"):
            seen_colon = True
        if base[i]["w"] == "in":
            seen_in = True
        if tok.endswith(".") and "initial" not in base[i]:
            periods += 1
    return out
