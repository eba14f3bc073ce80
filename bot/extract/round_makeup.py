"""The make-up of the main round: the women, the ill, the elderly told with the round, not with another one."""

from bot.extract.events import Event, statements
from bot.extract.fields import Classified
from bot.extract.makeup import MAKEUP
from bot.extract.text import Sentence


def makeup_of(main: Event, cands: list[Classified], events: list[Event], sentences: list[Sentence]
              ) -> dict[str, Classified]:
    """The make-up figures told with the main event: from its first statement up to another round's story.

    "1 155 политзаключенных, из них 172 женщины": the women of a prisoner count are not the round's.
    """
    own = {s.index for s in statements(main, events)}
    other_rounds = {e.sentence.index for e in events if e.value != main.value}
    counts = {c.mention.sentence.index for c in cands if c.field in ("political_prisoners", "cumulative_released")}
    first = min(own)
    start = next((s.index for s in sentences if s.para == sentences[first].para), first)
    own_paras = {sentences[i].para for i in own}
    allowed = set()
    after_other_round = False
    # Whether every other round told so far is an aside in a paragraph that states the main round.
    only_asides = True
    for index in range(start, len(sentences)):
        if index in other_rounds and index not in own:
            after_other_round = True
            only_asides = only_asides and sentences[index].para in own_paras
            continue
        if after_other_round and only_asides and sentences[index].para != sentences[index - 1].para:
            # "Гэта другая група: першыя 18 выйшлі 3 ліпеня. | Сярод памілаваных — 11 жанчын": an earlier round told
            # as an aside of the main round's paragraph; the next paragraph is back on the main round.
            after_other_round = False
        if after_other_round and not sentences[index].lex["THIS_TIME"].search(sentences[index].plain):
            # Past another round's story only "this time" brings the make-up back to the main one ("The first group,
            # of 18, was freed in July. Among those freed this time are 8 women and 22 men").
            continue
        if index in own or index not in counts:
            allowed.add(index)
    found: dict[str, Classified] = {}
    for c in cands:
        if c.mention.quoted and c.mention.value == main.value:
            # «Thirty people will hug their children tonight»: a speaker retelling the whole round, not its make-up.
            continue
        if c.field in MAKEUP and c.field not in found and not c.mention.is_old and c.mention.sentence.index in allowed:
            found[c.field] = c
    return found
