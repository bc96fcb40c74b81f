"""Where an article's text stands in its file, so every report names the file's own line
and column: a JSON or JSONL article's text is a string literal (escapes, a list of
paragraphs) inside a line of the file, not lines of its own.

`literal_positions` reads one object's text literal(s) and returns breakpoints: (offset in
the decoded text, line, column in the file) at the start of each run in which both
advance together; `consistency.model.text_position` maps a text offset through them.
"""

from __future__ import annotations

import json
import re

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\r\n]*")
_ESCAPE = re.compile(r"\\u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|\\.")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _skip(s: str, i: int) -> int:
    return _WS.match(s, i).end()


def object_members(s: str, i: int) -> tuple[dict[str, tuple[int, int]], int]:
    """The members of the JSON object starting at `s[i]` ('{'): key -> (start, end) of its
    raw value, and the index after the object."""
    members: dict[str, tuple[int, int]] = {}
    i = _skip(s, i + 1)
    if s[i] == "}":
        return members, i + 1
    while True:
        key, i = _DECODER.raw_decode(s, i)
        i = _skip(s, _skip(s, i) + 1)  # past ':'
        _, end = _DECODER.raw_decode(s, i)
        members.setdefault(key, (i, end))
        i = _skip(s, end)
        if s[i] == "}":
            return members, i + 1
        i = _skip(s, i + 1)  # past ','


def array_items(s: str, i: int) -> list[int]:
    """The start of each item of the JSON array starting at `s[i]` ('[')."""
    starts: list[int] = []
    i = _skip(s, i + 1)
    if s[i] == "]":
        return starts
    while True:
        starts.append(i)
        _, i = _DECODER.raw_decode(s, i)
        i = _skip(s, i)
        if s[i] == "]":
            return starts
        i = _skip(s, i + 1)


def _literal(s: str, a: int, b: int, base: int, out: list[tuple[int, int, int]]) -> int:
    """Breakpoints of the string literal `s[a:b]` (quotes included), its decoded text
    starting at `base`; returns the decoded length. A literal holds no raw newline."""
    line = s.count("\n", 0, a)
    line_start = s.rfind("\n", 0, a) + 1
    out.append((base, line, a + 1 - line_start))
    pos, decoded = a + 1, base
    for m in _ESCAPE.finditer(s, a + 1, b - 1):
        decoded += m.start() - pos + len(json.loads('"' + m.group() + '"'))
        pos = m.end()
        out.append((decoded, line, pos - line_start))
    return decoded + (b - 1 - pos) - base


def literal_positions(s: str, start: int, field: str) -> tuple[tuple[int, int, int], ...]:
    """Breakpoints (text offset, 0-based line in `s`, 0-based column) of the text of the
    object at `s[start]` whose text is member `field`: a string, or a list of strings
    joined by newlines. () when there is no such member."""
    members, _ = object_members(s, start)
    if field not in members:
        return ()
    a, b = members[field]
    out: list[tuple[int, int, int]] = []
    if s[a] == '"':
        _literal(s, a, b, 0, out)
    else:
        base = 0
        for m in _STRING.finditer(s, a, b):
            base += _literal(s, m.start(), m.end(), base, out) + 1
    return tuple(out)
