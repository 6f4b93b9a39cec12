"""The document's works as a CSL-JSON array (--to csl.json)."""

from __future__ import annotations

import json

from lxml import etree

from ..works import works_of
from . import WriteOptions


def csl_json(essay: etree._Element) -> str:
    """Pretty, stable CSL-JSON of every work in the tree."""
    return json.dumps(works_of(essay), ensure_ascii=False, indent=2) + "\n"


class CslJsonWriter:
    """Write the works list as CSL-JSON, the exchange format of Zotero and citeproc."""

    name = "csl.json"
    extension = "csl.json"
    binary = False

    def write(self, essay: etree._Element, options: WriteOptions) -> str:
        return csl_json(essay)
