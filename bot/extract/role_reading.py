"""What one sentence says of one person (`Reading`): what `roles.read_roles` returns, `people.find_names` weighs."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Reading:
    """What a sentence says of a person: the role, where in the lemma text the word that says it stands, and
    whether it comes from a relative clause describing the name (background to the main clause)."""

    role: str
    at: int | None = None
    relative: bool = False
    # An official ("пресс-секретарь X", "X, the US envoy") or an interview's speaker label ("Kastusiou: ..."): the
    # sentences around tell the state of others ("Все они ...", "She is still in the colony"), not theirs.
    bystander: bool = False
