"""Merge a second copy of a work into the first: what a later copy may add, and what not.

Rules:

* The first copy's fields win; a later copy only fills fields the first lacks, and a copy
  that is an article or a chapter makes a "book" that already names a container (a
  newspaper, a journal) that article or chapter.
* **An entry of the essay's own reference list is authoritative.**  A note citing the same
  work may fill only fields the entry lacks, never its type, its container, nor (when the
  entry is not in a container) a container of the note's reading: only an entry that
  names its own container (a "book" in the *Times*) takes a note's article type.  A note
  whose reading contradicts the entry (it puts in a container a work the list gives as
  standing alone, or names another container, publisher or place) adds nothing: the note's
  parse is the less reliable of the two ("Titel. Untertitel, 3. Aufl., Stuttgart 2017" read
  as an article in a journal "Untertitel").
"""

from __future__ import annotations

from typing import Any

from .csl import ascii_key
from .sameness import IN_A_CONTAINER

__all__ = ["merge_copy"]

# fields a note never gives a listed entry: what kind of work it is, and where it appeared
_ENTRY_ONLY = ("type", "container-title", "collection-title")
# fields a note may not contradict
_AGREE = ("container-title", "publisher", "publisher-place")


def _in_container(item: dict[str, Any]) -> bool:
    return item.get("type") in IN_A_CONTAINER or bool(item.get("container-title"))


def _contradicts(entry: dict[str, Any], note: dict[str, Any]) -> bool:
    """Does a note's reading of a work contradict the list's entry of it?"""
    if _in_container(note) and not _in_container(entry):
        return True
    return any(entry.get(k) and note.get(k)
               and ascii_key(str(entry[k])) != ascii_key(str(note[k])) for k in _AGREE)


def merge_copy(first: dict[str, Any], copy: dict[str, Any], *, entry: bool = False,
               from_note: bool = False) -> None:
    """Merge ``copy`` into ``first`` (in place); ``entry``: ``first`` is an entry of the
    essay's reference list, ``from_note``: ``copy`` is a note's reading."""
    if entry and from_note:
        if _contradicts(first, copy):
            return
        for key, value in copy.items():
            if key not in _ENTRY_ONLY:
                first.setdefault(key, value)
    else:
        for key, value in copy.items():
            first.setdefault(key, value)
    if first.get("container-title") \
            and first.get("type") not in IN_A_CONTAINER and copy.get("type") in IN_A_CONTAINER:
        first["type"] = copy["type"]  # a 'book' in a newspaper: the newspaper article
