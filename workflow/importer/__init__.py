"""The ledger import: an office's Excel/CSV ledger of cases and proceedings read row by row
(``ledger``, ``rows``, ``records``), checked, and written in batches (``bulk``, ``jobs``) with a report
of every problem by spreadsheet row (``summary``). It may import every part below it; its events are
hashed into the audit chain exactly as the engine's are.
"""
