"""The essay tree itself as XML (--to xml)."""

from __future__ import annotations

from lxml import etree

from .. import tree as T
from . import WriteOptions


class XmlWriter:
    """Write the essay tree, valid against essay.rng."""

    name = "xml"
    extension = "xml"
    binary = True

    def write(self, essay: etree._Element, options: WriteOptions) -> bytes:
        return T.dump(essay)
