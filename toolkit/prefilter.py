"""Anchored patterns that fail fast: a lookahead on the first characters a match can start with.

At a position where no alternative of a big alternation can match, `re` still enters every
alternative (a named group each) before it gives up. A lookahead made of the strings a match
can begin with turns most of those failures into a few character comparisons. The strings are
read from the pattern itself, so the lookahead stays right when the pattern changes: it may let
through a position that then fails, never stop one that would match.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser `re` compiles with; private, so the lookahead is skipped if it moves
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parse = None


def _prefixes(items: list[tuple[Any, Any]], depth: int) -> set[str]:
    """Strings every match of the parsed pattern `items` starts with: each is `depth`
    characters long, or shorter where the match may end or any character may follow."""
    if depth == 0 or not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    if op is _sre.LITERAL:
        return {chr(arg) + tail for tail in _prefixes(rest, depth - 1)}
    if op is _sre.IN:
        chars: set[str] = set()
        for item, value in arg:
            if item is _sre.LITERAL:
                chars.add(chr(value))
            elif item is _sre.RANGE and value[1] - value[0] < 64:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a category (`\w`), a negated or a wide set: any character
                return {""}
        tails = _prefixes(rest, depth - 1)
        return {c + tail for c in chars for tail in tails}
    if op is _sre.BRANCH:
        return set().union(*(_prefixes([*branch, *rest], depth) for branch in arg[1]))
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = arg
        if add_flags & _sre.SRE_FLAG_IGNORECASE:
            return {""}
        return _prefixes([*sub, *rest], depth)
    if op is _sre.ATOMIC_GROUP:
        return _prefixes([*arg, *rest], depth)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, sub = arg
        # more than `depth` copies add no other first `depth` characters
        counts = range(min(low, depth), min(high, depth) + 1)
        return set().union(*(_prefixes([*sub] * n + rest, depth) for n in counts))
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return _prefixes(rest, depth)  # zero-width: it only ever removes matches
    return {""}  # any character (`.`), a back-reference...: no constraint


def _alternation(strings: set[str]) -> str:
    """A pattern matching the start of a text that starts with one of `strings`, as a trie
    (`re` compares one first character per branch instead of one per string)."""
    if "" in strings:
        return ""
    heads: dict[str, set[str]] = {}
    for s in sorted(strings):
        heads.setdefault(s[0], set()).add(s[1:])
    branches = []
    for head, tails in heads.items():
        tail = _alternation(tails)
        branches.append(re.escape(head) + (f"(?:{tail})" if "|" in tail else tail))
    return "|".join(branches)


def fail_fast(pattern: str, depth: int = 4) -> re.Pattern[str]:
    """`re.compile(pattern)` behind a lookahead on the first `depth` characters its matches
    can start with: the same matches (groups, `lastgroup`), found by `match` at the same
    positions, but positions that cannot start one fail at once."""
    compiled = re.compile(pattern)
    if _sre_parse is None or compiled.flags & re.IGNORECASE:
        return compiled
    lookahead = _alternation(_prefixes(list(_sre_parse.parse(pattern)), depth))
    if not lookahead:
        return compiled  # a match may start with any character
    return re.compile(f"(?={lookahead})(?:{pattern})")
