"""What an act is aimed at: federal enforcement, or a protection of immigrants.

The sign of a claim is its act composed with its target. Suing, blocking or
repealing resists when it is aimed at federal enforcement (ICE, detainers,
287(g), deportations) or at a state law that forces cooperation (an
"anti-sanctuary" law); the same acts cooperate when they are aimed at a
protection (a sanctuary law or policy, a welcoming-city ordinance): a council
that sues to overturn its state's sanctuary law takes part in enforcement.

The words of each kind live in ``resources/stance_cues.json`` (terms
``protections``, ``anti_sanctuary`` and ``strict_enforcement``). A
protection named together with enforcement itself ("the sanctuary policy
that limits detainers") is read as enforcement: the act is then about the
enforcement. Federal words alone ("a federal lawsuit", "the Trump
administration") do not outweigh a protection: they name a party, not what
the act is aimed at.
"""

from __future__ import annotations

from sanctuary_cli.extract.stance.lexicon import StanceLexicon

ENFORCEMENT = "enforcement"
PROTECTION = "protection"


def classify(words: str, lexicon: StanceLexicon) -> str | None:
    """The kind of target the words name: ``enforcement``, ``protection`` or None."""
    if lexicon.anti_sanctuary.search(words) or lexicon.strict_enforcement.search(words):
        return ENFORCEMENT
    if lexicon.protections.search(words):
        return PROTECTION
    return None


def target_of(objects: str, purpose: str, governed: str, lexicon: StanceLexicon) -> str | None:
    """The target of an act: its object's kind, else its purpose clause's, else its governed words'.

    When the act has an object that names neither kind ("ended its
    agreement after the sanctuary bill passed"), the words around it do not
    decide: a sanctuary law named as a cause is not what the act is aimed at.
    """
    found = classify(objects, lexicon) or classify(purpose, lexicon)
    if found is not None or objects.strip():
        return found
    return classify(governed, lexicon)


def default_target(cls: str) -> str | None:
    """What an act of this class is aimed at when its words name no kind of target: a cue fires
    only on words of federal enforcement, so opposing and cooperating acts are about enforcement;
    protecting acts and sanctuary status are protections."""
    if cls in {"protection", "status"}:
        return PROTECTION
    if cls == "pressure":
        return None
    return ENFORCEMENT


def sign(cls: str, target: str | None) -> float:
    """+1 when an act of this class resists given its target, -1 when it cooperates.

    Opposing acts (resistance, criticism) aimed at a protection cooperate;
    every other composition keeps the class's own sign.
    """
    if cls in {"resistance", "criticism"} and target == PROTECTION:
        return -1.0
    return 1.0
