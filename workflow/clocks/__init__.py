"""Statutory time: the working-day calendar (statutory holidays and make-up working days, from
``chinesecalendar``, the package's YAML and the overrides; ``calendar``, ``calendar_sources``) and the
clock set that derives every due date of a case from its recorded inputs (start, pauses, extension;
``clockset``). Pure computation, no database: it may import the foundation modules and
``definitions``; the store keeps its clock rows, the engine applies it.
"""
