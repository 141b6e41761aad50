"""The 查询码 of an online application: the applicant's key to its public status.

A code is 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L): 31**10, about 2**49.5
possibilities, drawn with ``secrets``. Only a salted SHA-256 of it is stored. A slow hash (argon2)
protects *chosen* secrets, which are few enough to try; a random code is not, so a fast hash does:
reversing a leaked row costs about 2**49 hashes, one row at a time (the salt), for a status of low
value, while a slow hash would let anyone make the server burn CPU through the status lookup, which
needs no token. Online guessing is limited per client address (``workflow.web.api.ratelimit``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import Connection, delete, select

from workflow.accounts.users import utcnow
from workflow.store.models import disclosure_case, intake_code

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 letters and digits; no 0 O 1 I L
LENGTH = 10
MAX_GIVEN = 40  # a longer "code" is not one of ours: refused before hashing
_NO_SALT = "0" * 32  # hashed against when the case has no code, so both answers take as long


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def normal(code: str) -> str:
    """The code as typed by a person: case, spaces and hyphens do not matter."""
    return "".join(code.split()).replace("-", "").upper()


def digest(salt: str, code: str) -> str:
    return hashlib.sha256(f"{salt}:{normal(code)}".encode()).hexdigest()


def keep_code(conn: Connection, case_id: int, token_id: int) -> str:
    """A new code for the case (replacing any former one): stored hashed, returned once."""
    code, salt = new_code(), secrets.token_hex(16)
    conn.execute(delete(intake_code).where(intake_code.c.case_id == case_id))
    conn.execute(
        intake_code.insert().values(
            case_id=case_id, token_id=token_id, salt=salt, code_hash=digest(salt, code), created_at=utcnow()
        )
    )
    return code


def renew_code(conn: Connection, case_no: str) -> str | None:
    """A new code for a case registered through intake (the former one stops working), or None."""
    row = conn.execute(
        select(intake_code.c.case_id, intake_code.c.token_id)
        .join(disclosure_case, disclosure_case.c.id == intake_code.c.case_id)
        .where(disclosure_case.c.case_no == case_no)
    ).first()
    return keep_code(conn, row.case_id, row.token_id) if row is not None else None


def case_with_code(conn: Connection, case_no: str, code: str) -> int | None:
    """The id of the case ``case_no`` if ``code`` is its 查询码; None for an unknown case, a case
    registered otherwise or a wrong code alike."""
    if len(code) > MAX_GIVEN:
        return None
    row = conn.execute(
        select(intake_code.c.case_id, intake_code.c.salt, intake_code.c.code_hash)
        .join(disclosure_case, disclosure_case.c.id == intake_code.c.case_id)
        .where(disclosure_case.c.case_no == case_no)
    ).first()
    given = digest(row.salt if row is not None else _NO_SALT, code)
    if row is None or not hmac.compare_digest(given, row.code_hash):
        return None
    return int(row.case_id)
