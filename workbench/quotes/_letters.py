"""Character classes of capital and small letters for the name patterns.

Names in news copy are written in every Latin-script alphabet ("Łukasz", "Şule", "İlker",
"Đorđe", "Živa"), and now and then in Greek or Cyrillic. ``[A-Z]`` and Latin-1's
``\\u00c0-\\u00de`` miss most of their capitals, and Python's ``re`` has no ``\\p{Lu}``: the
classes here are built once from ``str.isupper``/``str.islower`` over those blocks, as ranges,
so a pattern that opens with them still lets the regex engine skip to the next capital.
"""

from __future__ import annotations

__all__ = ["LOWER", "UPPER"]

#: Basic Latin to Latin Extended-B and IPA, Greek and Cyrillic, Latin Extended Additional
_BLOCKS = ((0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF))


def _ranges(test) -> str:
    out: list[str] = []
    for lo, hi in _BLOCKS:
        start = None
        for cp in range(lo, hi + 2):
            ok = cp <= hi and test(chr(cp))
            if ok and start is None:
                start = cp
            elif not ok and start is not None:
                a, b = chr(start), chr(cp - 1)
                out.append(a if a == b else f"{a}-{b}")
                start = None
    return "".join(out)


#: capital letters, for inside ``[...]``: "A-Z" and the capitals of the blocks above
UPPER = _ranges(str.isupper)
#: small letters, for inside ``[...]``
LOWER = _ranges(str.islower)
