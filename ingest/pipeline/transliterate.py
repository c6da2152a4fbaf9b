"""Does a Hangul name sound like a Latin one?  A consonant skeleton for cross-script duplicates.

Korean writes foreign company names by sound (레인보우로보틱스 = Rainbow Robotics, 텐스토렌트 =
Tenstorrent), and Korean companies' English names are romanisations (업스테이지 = Upstage).
Exact rules are irregular both ways, so both names are reduced to the classes of their
consonants (labials, dentals, velars, sibilants, affricates, liquids, nasals, h), vowels and
silent ㅇ dropped, and compared with a similarity ratio.  Good enough to *propose* pairs for
review (``aigraph entities --duplicates``), never to merge by itself.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# Initial and final consonants of a Hangul syllable (Unicode order) -> class letter.
_INITIALS = list("KKNTTRMPPSS") + [""] + list("JJJKTPH")
_FINALS = [
    "",
    "K",
    "K",
    "KS",
    "N",
    "NJ",
    "NH",
    "T",
    "R",
    "RK",
    "RM",
    "RP",
    "RS",
    "RT",
    "RP",
    "RH",
    "M",
    "P",
    "PS",
    "S",
    "S",
    "N",
    "J",
    "J",
    "K",
    "T",
    "P",
    "H",
]
_LATIN = [
    (r"ph", "P"),
    (r"ch|tch|g(?=[eiy])", "J"),
    (r"sh", "S"),
    (r"th", "T"),
    (r"ng", "N"),
    (r"ck", "K"),
    (r"qu", "K"),
    (r"[bpfv]", "P"),
    (r"[dt]", "T"),
    (r"[gkcq]", "K"),
    (r"[szx]", "S"),
    (r"j", "J"),
    (r"[lr]", "R"),
    (r"m", "M"),
    (r"n", "N"),
    (r"h", "H"),
]
_LATIN_RE = re.compile("|".join(f"({p})" for p, _ in _LATIN))
MIN_SIMILARITY = 0.8


def hangul_skeleton(name: str) -> str:
    out = []
    for ch in name:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_INITIALS[code // 588] + _FINALS[code % 28])
        elif ch.isascii() and ch.isalnum():
            out.append(latin_skeleton(ch))
    return "".join(out)


def latin_skeleton(name: str) -> str:
    out = []
    for m in _LATIN_RE.finditer(name.casefold()):
        group = next(i for i, g in enumerate(m.groups()) if g)
        out.append(_LATIN[group][1])
    return "".join(out)


def sounds_alike(hangul: str, latin: str) -> bool:
    """A Hangul name and a Latin name whose consonant skeletons nearly agree."""
    a, b = hangul_skeleton(hangul), latin_skeleton(latin)
    if min(len(a), len(b)) < 3:
        return False
    return SequenceMatcher(None, a, b).ratio() >= MIN_SIMILARITY
