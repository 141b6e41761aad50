"""Read models for people: the case page (``case_page``: what ``show`` and ``history`` print and the
web's case page renders) and the case list (``case_list``), with personal data masked by
``workflow.privacy``. Reading only, never writing: it may import the foundation modules,
``definitions``, ``clocks``, ``store`` and the ``runtime`` protocol.
"""
