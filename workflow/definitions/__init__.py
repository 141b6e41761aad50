"""The lifecycle definitions as data: the YAML in ``definitions/`` (states, triggers, roles, fields,
guards, effects, clocks, vocabulary) parsed and validated into frozen objects (``model``, ``parse``;
the clock rules compiled by ``clockrules``, each trigger's plan of fields, clocks and effects worked
out at load), looked up by regime and version (``registry``), and drawn as a diagram (``diagram``). A definition
error names the file and the key path. It may import only the foundation modules (errors, paths);
every other part reads definitions, none is read by them.
"""
