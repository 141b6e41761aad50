"""Letters to applicants and consulted parties: the transition hook that records the letters a
trigger owes (``issuing.LetterHook``), the worker that makes them later from the case as it was at
that event (``worker``), the documents and what they say (``documents``, ``composition``,
``event_facts``, ``rules``) and the Word layout (``docx``). It implements the engine's
``TransitionHook`` and may import everything below it (foundation, ``definitions``, ``clocks``,
``store``, ``views``, ``engine``, ``outbox``); the engine never imports it.
"""
