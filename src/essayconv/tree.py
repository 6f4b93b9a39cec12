"""The essay tree: namespace, element builders, schema check and serialisation."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from lxml import etree

NS = "urn:essayconv:essay:1"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NSMAP = {None: NS}


class SchemaError(Exception):
    """The tree does not match essay.rng: always a bug in essayconv, never in the input."""


def q(name: str) -> str:
    """Return the qualified (Clark) name of an essay element."""
    return f"{{{NS}}}{name}"


def el(name: str, text: str | None = None, /, **attrs: object) -> etree._Element:
    """Make an essay element with optional text and attributes (None values are skipped)."""
    node = etree.Element(q(name), nsmap=NSMAP)
    for key, value in attrs.items():
        if value is not None:
            node.set(key.rstrip("_").replace("_", "-"), str(value))
    if text is not None:
        node.text = text
    return node


def sub(parent: etree._Element, name: str, text: str | None = None, /, **attrs: object):
    """Append a new essay element to parent and return it."""
    node = el(name, text, **attrs)
    parent.append(node)
    return node


def find(node: etree._Element, path: str) -> etree._Element | None:
    """Find the first element at an essay-namespace path like 'meta/title'."""
    return node.find(_qualify(path))


def findall(node: etree._Element, path: str) -> list[etree._Element]:
    """Find every element at an essay-namespace path like 'body/section/p'."""
    return node.findall(_qualify(path))


def _qualify(path: str) -> str:
    return "/".join(part if part in ("", ".", "..", "*") else q(part) for part in path.split("/"))


def inline_text(node: etree._Element, markers: bool = True) -> str:
    """Plain text of an inline element; citation markers become [n] when markers is true."""
    parts: list[str] = [node.text or ""]
    for child in node:
        if child.tag == q("cite"):
            if markers:
                parts.append(f"[{child.get('n')}]")
        else:
            parts.append(inline_text(child, markers))
        parts.append(child.tail or "")
    return "".join(parts)


def log_change(tree: etree._Element, rule: str, line: int, before: str, after: str) -> None:
    """Record one change in the tree's change log."""
    changes = find(tree, "changes")
    change = sub(changes, "change", rule=rule, line=line)
    sub(change, "before", before)
    sub(change, "after", after)


def diagnose(tree: etree._Element, level: str, rule: str, message: str, line: int | None) -> None:
    """Record an error or a warning in the tree."""
    diagnostics = find(tree, "diagnostics")
    if diagnostics is None:
        diagnostics = el("diagnostics")
        changes = find(tree, "changes")
        changes.addnext(diagnostics)
    sub(diagnostics, "diagnostic", message, level=level, rule=rule, line=line)


@cache
def _schema() -> etree.RelaxNG:
    source = files("essayconv").joinpath("schema/essay.rng").read_bytes()
    return etree.RelaxNG(etree.fromstring(source))


def validate(tree: etree._Element, stage: str) -> None:
    """Check the tree against essay.rng; raise SchemaError naming the stage on failure."""
    schema = _schema()
    if not schema.validate(tree):
        first = schema.error_log.filter_from_errors()[0]
        raise SchemaError(f"essay tree invalid after {stage} (bug): {first.message}")


def dump(tree: etree._Element) -> bytes:
    """Serialise the tree as indented UTF-8 XML."""
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
