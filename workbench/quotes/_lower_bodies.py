"""Lower-case nouns that head a body on their own ("the navy said", "the carmaker said",
"the drugmaker said", "the palace said"), where the lists of bodies' words cannot hold them: a
capital would make "Navy SEAL Ann Roe" no person's name and a headline's "Carmaker delays
model" a body's subject."""

from __future__ import annotations

from ._names import speaker_words

__all__ = ["LAST_ONLY_BODIES", "LOWER_BODIES", "lower_body"]

#: nouns that head a body in lower case only ("the navy said", "the carmaker said"; not in the
#: lists of bodies' words, where a capital would make "Navy SEAL Ann Roe" no person's name and a
#: headline's "Carmaker delays model" a body's subject)
LOWER_BODIES = frozenset(
    "navy navies carmaker carmakers automaker automakers district districts palace miner".split()
)
#: the makers of abstractions and the craftspeople among the "-maker" nouns: people ("the
#: policymaker", "the filmmaker", "the winemaker"); every other maker of a product is a firm in
#: news copy ("the drugmaker said", "the planemaker", "the chipmaker", "the tyremaker")
_PERSON_MAKERS = frozenset(
    "law policy film movie decision peace trouble mischief king play match home holiday speech deal "
    "dress shoe wine cheese rain noise merry hay money pace taste".split()
)


def lower_body(noun: str) -> bool:
    """A lower-case noun that heads a body only in lower case: ``LOWER_BODIES``, or a maker
    of a product ("drugmaker", "planemakers"), not of an abstraction or a craft."""
    if noun in LOWER_BODIES:
        return True
    stem = noun.removesuffix("s").removesuffix("maker")
    return (
        noun.endswith(("maker", "makers"))
        and stem.rstrip("-") not in _PERSON_MAKERS
        and len(stem) > 2
        and noun not in speaker_words()["heads"]  # ("the lawmaker", "the bookmaker": the lists' people)
    )


#: ... of which these only as the phrase's last word ("the school district said"; not "one
#: district party leader", a person the district's name modifies)
LAST_ONLY_BODIES = frozenset("district districts palace miner".split())
