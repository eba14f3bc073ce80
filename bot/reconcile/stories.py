"""Rewrites of one story: two articles whose texts share most of their phrases are one source.

Wire copies are republished under other outlets' names ("The Associated Press (Yahoo copy)", a
local site's lightly edited version), so the outlet's name alone cannot tell that two reports are
one. Each article keeps a sample of its five-word phrases, hashed: about one phrase in four, chosen
by the hash itself, so two copies of a text keep the same phrases whatever else they add or cut.
"""

from __future__ import annotations

import hashlib
import re

PHRASE_WORDS = 5
SAMPLE_EVERY = 4  # keep the phrases whose hash is divisible by this
MAX_PHRASES = 400
# Two texts are one story when most of the shorter one's sampled phrases are in the longer one.
SAME_STORY_SHARE = 0.5
MIN_SHARED = 3

_WORD = re.compile(r"\w+")


def _phrase_hash(phrase: str) -> int:
    digest = hashlib.blake2b(phrase.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)  # fits SQLite's 64-bit INTEGER


def story_phrases(text: str) -> list[int]:
    """The sampled phrase hashes of a text (sorted, at most MAX_PHRASES), insensitive to case and punctuation."""
    words = _WORD.findall(text.casefold())
    hashes = {_phrase_hash(" ".join(words[i:i + PHRASE_WORDS])) for i in range(len(words) - PHRASE_WORDS + 1)}
    return sorted(h for h in hashes if h % SAMPLE_EVERY == 0)[:MAX_PHRASES]


def same_story(shared: int, mine: int, theirs: int) -> bool:
    """Do two samples of `mine` and `theirs` phrases, `shared` of them in common, come from one story?"""
    shorter = min(mine, theirs)
    return shared >= MIN_SHARED and shorter > 0 and shared >= SAME_STORY_SHARE * shorter
