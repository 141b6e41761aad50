"""The case engine: ``CaseEngine.register`` and ``fire`` (``cases``) check role, state, fields, dates
and guards and write one transaction; ``machine`` is the only module that talks to ``transitions``;
``fields`` validates trigger data, ``guards`` binds the guards and routing conditions and ``effects``
the effects the definitions name, ``messages`` builds every bilingual refusal line, ``audit`` the hash chain
and ``audit_verify`` its check; ``attachments`` attaches files to a case (an ``attach`` event in its
chain) and ``audit_attachments`` re-hashes them; ``hooks`` declares the ``Transition`` record and the
``TransitionHook`` protocol through which the parts above it (letters) act inside a transition. It
may import the foundation modules, ``definitions``, ``clocks``, ``store`` and ``views``, never a
part above it.
"""
