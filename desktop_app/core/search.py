"""Finding words in every chapter of a pack, accent- and case-insensitively.

Authors search for what they wrote: ids such as ``isoc_eb_ai`` are words (an underscore
between letters is not Markdown emphasis), and snippets are plain text (no table pipes).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .model import ReportPack

SNIPPET_RADIUS = 48


@dataclass(frozen=True)
class SearchHit:
    chapter_id: str
    section_index: int  # -1: the chapter's opening text before its first section
    chapter_title: str
    section_title: str
    snippet: str


def fold(text: str) -> str:
    """Lower case without accents, so 'efficiënt' is found by 'efficient'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def folded_text(body: str) -> str:
    """A section's text folded once, not again for every keystroke (the pack's text does
    not change while it is searched; a new pack's sections are new strings)."""
    return fold(body)


def query_words(query: str) -> list[str]:
    return [w for w in re.split(r"\s+", fold(query).strip()) if w]


def _snippet(text: str, folded: str, word: str) -> str:
    # Folding can change lengths (ß -> ss); indices into the folded text are close
    # enough for a snippet, and the snippet is display only.
    at = max(0, folded.find(word))
    start = max(0, at - SNIPPET_RADIUS)
    end = min(len(text), at + len(word) + SNIPPET_RADIUS)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + text[start:end].strip() + suffix


def search(pack: ReportPack, lang: str, query: str, limit: int = 200) -> list[SearchHit]:
    """Sections of every chapter containing all words of ``query``, in reading order."""
    words = query_words(query)
    if not words:
        return []
    hits: list[SearchHit] = []
    for chapter in pack.chapters:
        text = chapter.text(lang)
        parts = [(-1, text.title, f"{text.title} {text.intro_text}")]
        parts += [(i, s.title, f"{s.title} {s.plain_text}") for i, s in enumerate(text.sections)]
        for index, section_title, text_of_part in parts:
            body = " ".join(text_of_part.split())  # plain text on one line, for the snippet
            folded = folded_text(body)
            if all(w in folded for w in words):
                hits.append(
                    SearchHit(
                        chapter.id,
                        index,
                        text.title,
                        section_title if index >= 0 else "",
                        _snippet(body, folded, words[0]),
                    )
                )
                if len(hits) >= limit:
                    return hits
    return hits
