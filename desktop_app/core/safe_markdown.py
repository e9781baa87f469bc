"""One strict rule for a pack's Markdown: what ``--check`` accepts is exactly what is shown.

Qt's Markdown reader would turn an image of any syntax into a file read or a download, raw
HTML into markup and any link into an anchor, and it differs from any checker in corner
cases (alt text over two lines, references, HTML). So the app never hands it a pack's own
Markdown: ``neutralise`` rewrites it first, and every consumer (reader, notes, slides, PDF)
renders only what it returns. The rule is lexical and deliberately simple:

* every ``[``, ``]`` and ``<`` of the text is written escaped (it looks the same), and so is a
  ``!`` before a ``[``, so no image, link, reference or HTML tag can form, whatever a Markdown
  reader makes of the rest (the one visible cost: a bare web address touching such a
  character is not clickable);
* the only live constructs in the result are ones this module writes itself: inline links
  ``[text](target)`` whose target is ``http(s)://``, ``mailto:``, ``chart:`` or ``#anchor``;
* an image becomes its alternative text in italics, a link to anything else its text, a bare
  ``ftp://`` plain text; each of these, every HTML tag, every link definition or reference
  and every ``](`` that closes no accepted link is a finding.

A text without findings therefore shows what its author wrote, and any finding keeps the
pack from opening. The line count never changes, so a finding's line is the line in the
file. Hostile files cost little: runs of ordinary text are copied in one step, and past
``MAX_FINDINGS`` the rest is escaped in one sweep.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

ASCII_PUNCTUATION = frozenset(string.punctuation)
# Link and image text: anything but brackets (escaped ones are fine), no blank line inside.
_TEXT = r"(?:\\.|[^\[\]\\\n]|\n(?![ \t]*\n))*"
_DESTINATION = r"(?:<[^<>\n]*>|[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)"
_TITLE = r"(?:\"[^\"]*\"|'[^']*'|\([^()]*\))"
# Possessive quantifiers: no backtracking over long runs of spaces in a hostile file.
INLINE_TAIL = re.compile(rf"\(\s*+(?P<dest>{_DESTINATION})(?:\s++{_TITLE})?+\s*+\)")
LINK_START = re.compile(rf"\[(?P<text>{_TEXT})\]")
IMAGE = re.compile(
    rf"!\[(?P<alt>(?:\\.|[^\[\]\\])*)\]"
    rf"(?:\(\s*+{_DESTINATION}(?:\s++{_TITLE})?+\s*+\)|\[[^\[\]]*\])?"
)
EMPTY = re.compile("")
REFERENCE_TAIL = re.compile(r"\[(?P<label>(?:\\.|[^\[\]\\])*)\]")
DEFINITION = re.compile(
    r"^(?:[ \t]*(?:>|[-*+]|[0-9]{1,9}[.)]))*[ \t]*\[(?P<label>(?:\\.|[^\[\]\\])+)\]:"
    r"[ \t]*(?P<dest>\S*)",
    re.MULTILINE,
)
URI_AUTOLINK = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
EMAIL_AUTOLINK = re.compile(
    r"<(?P<email>[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>"
)
HTML_TAG = re.compile(r"<[A-Za-z/!?][^<>\n]{0,60}>?")
# Qt's GitHub dialect links bare http(s)://, www. and e-mail addresses (allowed) and ftp://.
BARE_FTP = re.compile(r"(?<![A-Za-z0-9])[Ff][Tt][Pp]:(?=//)")
# A run of characters that start nothing: copied in one go, with each ']' and '<' in it
# escaped. A backslash only as a pair with what follows (never '\\]' or '\\<', which
# the escaping would split, nor an 'f' that may start ftp://); a '<' only before what no
# autolink or tag can start with; no ']' before '(' (Markdown would see a link there); it
# never passes an open link's ']' (its end is the limit).
_ESCAPE_PAIR = r"\\[!-/:-@\[-`{-~]"
RUN = re.compile(
    r"(?:[^\\!\[\]<Ff]|\\[^\]<Ff]|\](?!\()|!(?!\[)|(?<=[A-Za-z0-9])[Ff]|[Ff](?![Tt][Pp]://)"
    r"|<(?![A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]))+"
)
BACKSLASH = re.compile(rf"{_ESCAPE_PAIR}|\\")
# Of a run of '[' only the last can start a link.
BRACKETS = re.compile(r"\[+")
NON_SPACE = re.compile(r"\S{0,80}")
# Past this many findings in one file the rest is only escaped, quickly: a hostile file
# cannot make the check slow or print a million lines.
MAX_FINDINGS = 100
SPECIAL = re.compile(r"[\\\[\]<!]")
ESCAPE_EVERY_SPECIAL = str.maketrans({c: "\\" + c for c in "\\[]<!"})
BARE_FTP_ALL = re.compile(r"(?<![A-Za-z0-9])([Ff][Tt][Pp]):(?=//)")
ALLOWED_TARGET = re.compile(
    r"(?:[Hh][Tt][Tt][Pp][Ss]?://[^\s<>\"'`\\\[\]{}|^]+"
    r"|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\s<>\"'`\\\[\]{}|^()]+"
    r"|chart:[A-Za-z0-9_.-]+"
    r"|#[A-Za-z0-9_.-]+)"
)
IMAGE_MESSAGE = "images are not shown (the app loads no files and stays offline)"
ALLOWED_LINKS = "only http, https, mailto, chart: and #section links work"


@dataclass(frozen=True)
class Finding:
    """Something in the Markdown that is not shown as written; ``line`` counts from 1."""

    line: int
    message: str


def escape_markdown(text: str) -> str:
    """Markdown that shows ``text`` literally: every ASCII punctuation mark escaped."""
    return "".join("\\" + c if c in ASCII_PUNCTUATION else c for c in text)


def unescape(markdown: str) -> str:
    """The text of backslash escapes (``\\[`` is ``[``), for titles and search."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)


def allowed_target(destination: str) -> str | None:
    """The link target as it will be written, or None when links there are not allowed."""
    target = destination.strip()
    if target.startswith("<") and target.endswith(">"):
        target = target[1:-1].strip()
    target = unescape(target)
    if not ALLOWED_TARGET.fullmatch(target):
        return None
    return target.replace("(", "%28").replace(")", "%29")


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label_key(label: str) -> str:
    return " ".join(unescape(label).split()).casefold()


class _Neutraliser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[str] = []
        self.findings: list[Finding] = []
        self._counted_to, self._line = 0, 1  # line_of counts on from its last answer
        # Where a recognised link's text ends: position of its ']' -> (end, target or None).
        self.closers: dict[int, tuple[int, str | None]] = {}
        self.definitions: dict[str, str] = {}
        for match in DEFINITION.finditer(text):
            if len(self.findings) >= MAX_FINDINGS:
                break
            self.definitions.setdefault(_label_key(match["label"]), match["dest"])
            self.find(
                match.start("label") - 1,
                f"link definition '[{_shorten(match['label'], 30)}]: "
                f"{_shorten(match['dest'], 40)}' is not used and shows as text; "
                "write the link inline, as [text](https://…)",
            )

    def line_of(self, position: int) -> int:
        if position < self._counted_to:
            self._counted_to, self._line = 0, 1
        self._line += self.text.count("\n", self._counted_to, position)
        self._counted_to = position
        return self._line

    def find(self, position: int, message: str) -> None:
        self.findings.append(Finding(self.line_of(position), message))

    def limit(self) -> int:
        """A construct may not reach past the end of an open link's text."""
        return min(self.closers) if self.closers else len(self.text)

    def run(self) -> str:
        text, i = self.text, 0
        while i < len(text):
            if i in self.closers:
                end, target = self.closers.pop(i)
                self.out.append(f"]({target})" if target else "")
                self.out.append("\n" * text.count("\n", i, end))
                i = end
                continue
            if len(self.findings) >= MAX_FINDINGS and not self.closers:
                self.rest_escaped(i)
                break
            run = RUN.match(text, i, self.limit())
            if run is not None:
                self.out.append(run.group().replace("]", "\\]").replace("<", "\\<"))
                i = run.end()
                continue
            char = text[i]
            if char == "\\":
                pair = BACKSLASH.match(text, i).group()
                self.out.append(pair)
                i += len(pair)
            elif char == "!":  # RUN takes every '!' that is not before a '['
                i = self.image(i)
            elif char == "[" and text.startswith("[[", i):
                end = BRACKETS.match(text, i).end() - 1
                self.out.append("\\[" * (end - i))
                i = end
            elif char == "[":
                i = self.link(i)
            elif char == "]":  # a '](' that closes no link this rule accepts
                self.find(
                    i,
                    "'](' outside a link is shown as text; write a link as [text](https://…), "
                    "with no [ ] in its text",
                )
                self.out.append("\\]")
                i += 1
            elif char == "<":
                i = self.angle(i)
            elif (ftp := BARE_FTP.match(text, i)) is not None:  # where RUN stops at an 'f'
                url = NON_SPACE.match(text, i).group()
                self.find(i, f"link to '{_shorten(url)}' is shown as text; {ALLOWED_LINKS}")
                self.out.append(text[i : ftp.end() - 1] + "\\:")
                i = ftp.end()
            else:
                self.out.append(SPECIAL.sub(r"\\\g<0>", char))
                i += 1
        return "".join(self.out)

    def rest_escaped(self, i: int) -> None:
        """Past MAX_FINDINGS: escape every special character of the rest, in one sweep.

        The file has problems, so this text is never shown; it only has to stay harmless.
        Backslashes are escaped too, so no escape pair can be split.
        """
        self.findings.append(
            Finding(
                self.line_of(i),
                f"more than {MAX_FINDINGS} problems in this file; the rest are not listed",
            )
        )
        rest = self.text[i:].translate(ESCAPE_EVERY_SPECIAL)
        self.out.append(BARE_FTP_ALL.sub(r"\1\\:", rest))

    def open_bracket(self) -> None:
        """Write a live '[': a bare '!' just before it would make it an image."""
        for index in range(len(self.out) - 1, -1, -1):
            piece = self.out[index]
            if piece:
                before = piece[:-1]
                if piece.endswith("!") and (len(before) - len(before.rstrip("\\"))) % 2 == 0:
                    self.out[index] = before + "\\!"
                break
        self.out.append("[")

    def image(self, i: int) -> int:
        self.find(i, IMAGE_MESSAGE)
        match = IMAGE.match(self.text, i, self.limit())
        if match is None:
            self.out.append("\\!\\[")
            return i + 2
        alt = match["alt"]
        shown = [
            f"*{escape_markdown(part)}*" if (part := " ".join(unescape(line).split())) else ""
            for line in alt.split("\n")
        ]
        self.out.append("\n".join(shown))
        self.out.append("\n" * (match.group().count("\n") - alt.count("\n")))
        return match.end()

    def link(self, i: int) -> int:
        limit = self.limit()
        start = LINK_START.match(self.text, i, limit)
        if start is not None:
            close = start.end() - 1
            tail = INLINE_TAIL.match(self.text, start.end(), limit)
            if tail is not None:
                target = allowed_target(tail["dest"])
                if target is None:
                    self.find(
                        i,
                        f"link to '{_shorten(unescape(tail['dest']).strip('<>'))}' is shown as "
                        f"text; {ALLOWED_LINKS}",
                    )
                    self.closers[close] = (tail.end(), None)
                    return i + 1
                self.open_bracket()
                self.closers[close] = (tail.end(), target)
                return i + 1
            reference = self.defined_reference(start, limit) if self.definitions else None
            if reference is not None:
                self.find(
                    i,
                    f"link by reference '{_shorten(self.text[i : reference.end()], 40)}' is shown "
                    "as text; write the link inline, as [text](https://…)",
                )
                self.closers[close] = (reference.end(), None)
                return i + 1
        self.out.append("\\[")
        return i + 1

    def defined_reference(self, start: re.Match[str], limit: int) -> re.Match[str] | None:
        """The ``[label]`` (possibly empty) after ``[text]`` when it names a definition.

        A shortcut ``[label]`` alone matches as an empty tail, so the caller skips nothing.
        """
        end = start.end()
        if self.text.startswith(":", end):
            return None  # the definition itself
        reference = REFERENCE_TAIL.match(self.text, end, limit)
        label = reference["label"] if reference and reference["label"] else start["text"]
        if _label_key(label) not in self.definitions:
            return None
        return reference or EMPTY.match(self.text, end)

    def angle(self, i: int) -> int:
        limit = self.limit()
        uri = URI_AUTOLINK.match(self.text, i, limit)
        email = EMAIL_AUTOLINK.match(self.text, i, limit)
        if uri is not None or email is not None:
            url = uri["url"] if uri else "mailto:" + email["email"]
            shown = uri["url"] if uri else email["email"]
            target = allowed_target(url)
            if target is None:
                self.find(i, f"link to '{_shorten(url)}' is shown as text; {ALLOWED_LINKS}")
                self.out.append(escape_markdown(shown))
            else:
                self.open_bracket()
                self.out.append(f"{escape_markdown(shown)}]({target})")
            return (uri or email).end()
        tag = HTML_TAG.match(self.text, i, limit)
        if tag is not None:
            self.find(
                i,
                f"HTML is not interpreted: '{_shorten(tag.group(), 40)}' is shown as text "
                "(use Markdown, or write &lt; for a '<' before a letter)",
            )
        self.out.append("\\<")
        return i + 1


def neutralise(markdown: str) -> tuple[str, list[Finding]]:
    """The Markdown to render for ``markdown``, and everything that is not shown as written."""
    worker = _Neutraliser(markdown)
    result = worker.run()
    return result, sorted(dict.fromkeys(worker.findings), key=lambda f: f.line)


def safe_markdown(markdown: str) -> str:
    """Only the Markdown to render (see ``neutralise``)."""
    return neutralise(markdown)[0]
