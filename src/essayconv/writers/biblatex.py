"""The document's works as BibLaTeX (--to bib), converted from CSL-JSON by pandoc."""

from __future__ import annotations

import json
import re
import subprocess

from lxml import etree

from ..errors import EssayconvError
from ..reader.language import guess_language
from . import WriteOptions
from .csljson import csl_json


class BibLatexWriter:
    """Write the works list as a .bib file for BibLaTeX users."""

    name = "bib"
    extension = "bib"
    binary = False

    def write(self, essay: etree._Element, options: WriteOptions) -> str:
        import pypandoc

        works = json.loads(csl_json(essay))
        for work in works:  # pandoc title-cases English titles only: never 'La Soledad En La'
            if "language" not in work and guess_language(work.get("title", ""), "?") \
                    not in ("en", "?"):
                work["language"] = "und"
        result = subprocess.run(
            [pypandoc.get_pandoc_path(), "-f", "csljson", "-t", "biblatex"],
            input=json.dumps(works, ensure_ascii=False).encode("utf-8"), capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            message = result.stderr.decode("utf-8", "replace").strip().splitlines()
            raise EssayconvError(f"pandoc could not write BibLaTeX: {message[:1]}")
        bib = _drop_empty_fields(result.stdout.decode("utf-8"))
        return _arxiv(_name_parts(bib, works))


def _drop_empty_fields(bib: str) -> str:
    """An undated work (n.d.) comes back as 'date = {}', which biber rejects; a title of no
    language we could name carries 'langid = {und}': drop both."""
    return re.sub(r",\n  (?:date = \{\}|langid = \{und\})(?=\n\})|"
                  r"  (?:date = \{\}|langid = \{und\}),\n", "", bib)


def _arxiv(bib: str) -> str:
    """A preprint's arXiv number as BibLaTeX's eprint fields: 'number = {arXiv:2001.08361}'
    is 'eprinttype = {arxiv}' and 'eprint = {2001.08361}'."""
    return re.sub(r"(?m)^  number = \{arXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?)\}",
                  r"  eprinttype = {arxiv},\n  eprint = {\1}", bib)


def _bib_name(name: dict) -> str | None:
    """A name as BibLaTeX must read it, where pandoc's form misleads: a suffix as its own
    part ('King, Jr., M. L.', never 'King Jr.'), a particle joined by a hyphen ('{al-Khatib},
    S.', never 'al- Khatib'), a family name alone kept whole ('{Ibn Khaldun}'), 'et al.' as
    'and others'."""
    if name.get("literal") == "others":  # 'et al.': BibLaTeX's own keyword, never braced
        return "others"
    family, given, suffix = name.get("family"), name.get("given"), name.get("suffix")
    if not family or "literal" in name:
        return None
    if re.match(r"^[^\W\d_]+-", family) and family[:1].islower():
        family = "{" + family + "}"
    elif not given and " " in family:
        return "{" + family + "}"
    elif not suffix and family == name.get("family"):
        return None
    return ", ".join(part for part in (family, suffix, given) if part)


def _name_parts(bib: str, works: list[dict]) -> str:
    """Rewrite the names pandoc writes in a way BibLaTeX misreads (see _bib_name)."""
    for work in works:
        head = bib.find("{" + work["id"] + ",\n")
        end = bib.find("\n}", head)
        if head < 0 or end < 0:
            continue
        entry = bib[head:end]
        for role, field in (("author", "author"), ("editor", "editor"),
                            ("translator", "translator")):
            names = work.get(role) or []
            match = re.search(rf"\n  {field} = \{{(.*)\}},?\n", entry + ",\n")
            if not names or not match:
                continue
            parts = match.group(1).split(" and ")
            if len(parts) != len(names):
                continue
            fixed = [_bib_name(name) or part for name, part in zip(names, parts, strict=True)]
            entry = entry.replace(match.group(1), " and ".join(fixed), 1)
        bib = bib[:head] + entry + bib[end:]
    return bib
