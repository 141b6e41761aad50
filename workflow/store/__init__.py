"""Storage: the SQLAlchemy Core schema (``models``), the Alembic migrations, database URLs and
connections (``db``, ``urls``), and the ``Repository`` of domain verbs used inside a transaction the
caller opens. ``prepared`` holds the prepared-statement path of the transition's writes and
``sqlite_case_page`` reads the case page of an SQLite file with the standard library alone;
``blobs`` keeps attached files by their SHA-256 (a folder or an S3 bucket) and ``attachments`` their
rows. It may
import the foundation modules, ``definitions`` and ``clocks`` (for the clock record it loads).
"""
