"""Stance: where a place's government stands on federal immigration enforcement.

Each piece of evidence is a claim: an actor does an act aimed at a target,
with a polarity and a status. The modules, in the order an article is read:

- ``lexicon``: the cue words, targets and bodies of ``resources/stance_cues.json``, compiled;
- ``claims``: an act found in the parse, its negation and reversal scope, its status;
- ``framing``: how the act's word stands in its clause (negated, a topic, a group's label, background, a
  possibility or advice, a condition refused, limited to a judge's order);
- ``aims``: the words an act is aimed at (its object, purpose clause) and the partner it helps;
- ``antecedents``: what "the program" or an act with no object ("urged a veto") points back to;
- ``targets``: what an act is aimed at (federal enforcement or a protection) and the sign that gives;
- ``mentions``: where the article names its cities, counties and people (on the shared doc index);
- ``subjects``: who a clause says acts, from the parse (its subject, the one who bars, the one joined);
- ``actors``: who acts, at which level (city, county, state, federal), and for which place;
- ``actor_places``: the place an actor's phrase names as its own, and whether it is a place's government;
- ``voices``: whom a person speaks for, by their title, their jurisdiction and a title written by their name;
- ``evidence``: the article read sentence by sentence and quote by quote into evidence rows;
- ``facilities``: county jails the article shows holding people in ICE custody;
- ``verdict``: a place's label and score from its rows (imports nothing from spaCy, for queries).
"""
