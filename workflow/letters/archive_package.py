"""The archive package (案卷包) of a case: one zip with the files of its case file, the letters the
system made (as Word documents), the index 案卷目录 (a Word document) and a manifest of SHA-256 hashes.

The manifest (``manifest.json``) names every other member with its hash and size, so whoever keeps
the package can check it was not changed (:func:`verify_package`). Member names are made here from
the item's number and title, never from an uploaded file's name: that name is shown in the index
only.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from workflow.definitions.checklist import ItemStatus, evaluate
from workflow.letters.documents import stored_document
from workflow.letters.file_index import IndexRow, build_index
from workflow.store.case_file import file_facts

if TYPE_CHECKING:
    from collections.abc import Callable

    from workflow.runtime import Runtime
    from workflow.store.attachments import AttachmentRecord
    from workflow.store.repository import Repository

    # an attachment's bytes, refused when they no longer hash to what was recorded (CaseFiles.content)
    FileReader = Callable[[AttachmentRecord], bytes]

MANIFEST = "manifest.json"
INDEX = "00-案卷目录.docx"


@dataclass(frozen=True)
class FileEntry:
    """One document of the file, as it goes into the package."""

    title: str
    on: date | None
    data: bytes
    source: str  # "attachment" or "letter"
    suffix: str  # the member name's extension, with its dot
    note: str = ""  # the uploaded file's own name, shown in the index

    @property
    def pages(self) -> int | None:
        return count_pages(self.data, self.suffix)


def count_pages(data: bytes, suffix: str) -> int | None:
    """A PDF's pages (its page objects) or 1 for an image; None where it cannot be told cheaply."""
    if suffix == ".pdf":
        return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)) or None
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif", ".webp"):
        return 1
    return None


def _suffix(filename: str | None, media_type: str | None) -> str:
    match = re.search(r"\.([A-Za-z0-9]{1,5})$", filename or "")
    if match:
        return "." + match.group(1).lower()
    return {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}.get(
        media_type or "", ".bin"
    )


def _member_title(title: str) -> str:
    """A title fit for a member name: no path separators or characters archivers refuse."""
    return re.sub(r'[\\/:*?"<>|\s]+', "_", title).strip("._") or "文件"


def case_entries(
    services: Runtime, repo: Repository, case: dict[str, Any], read_file: FileReader
) -> list[FileEntry]:
    """The attachments and the stored letters of ``case``, in date order (an attachment by the day it
    was uploaded in the office's time zone; letters after attachments of the same day)."""
    vocab = services.registry.vocabulary
    zone = ZoneInfo(services.time_zone)
    entries: list[tuple[tuple, FileEntry]] = []
    for record in repo.attachments_of(case["id"]):
        day = record.uploaded_at.astimezone(zone).date()
        entry = FileEntry(
            vocab.label("attachment_kinds", record.kind),
            day,
            read_file(record),
            "attachment",
            _suffix(record.filename, record.media_type),
            note=record.filename,
        )
        entries.append(((day, 0, record.id), entry))
    for s in repo.letters(case["id"]):
        doc = stored_document(case["case_no"], s)
        entry = FileEntry(doc.title, s["issued_on"], doc.docx(), "letter", ".docx", note=s["letter_no"] or "")
        entries.append(((s["issued_on"], 1, s["id"]), entry))
    entries.sort(key=lambda pair: pair[0])
    return [e for _, e in entries]


def member_names(entries: list[FileEntry]) -> list[str]:
    return [f"{n:02d}-{_member_title(e.title)}{e.suffix}" for n, e in enumerate(entries, start=1)]


def write_package(
    case: dict[str, Any],
    agency_name: str,
    entries: list[FileEntry],
    statuses: list[ItemStatus],
    made_on: date,
) -> bytes:
    """The zip: the entries, the index and the manifest."""
    names = member_names(entries)
    rows = [
        IndexRow(n, e.title, e.on, e.pages, len(e.data), name, e.note)
        for n, (e, name) in enumerate(zip(entries, names, strict=True), start=1)
    ]
    members = [(INDEX, build_index(case, agency_name, rows, statuses, made_on))]
    members += [(name, e.data) for name, e in zip(names, entries, strict=True)]
    manifest = {
        "case_no": case["case_no"],
        "file_no": case.get("file_no"),
        "made_on": made_on.isoformat(),
        "algorithm": "sha256",
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members
        ],
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
    return out.getvalue()


def build_package(services: Runtime, repo: Repository, case_no: str, read_file: FileReader) -> bytes:
    """The archive package of ``case_no`` as it is now (the caller checked it is in scope);
    ``read_file``: an attachment's checked bytes (``Services.attachments.content``)."""
    case = repo.load_case(case_no)
    definition = services.registry.get(case["definition_name"], case["definition_version"])
    statuses = evaluate(definition, services.registry.vocabulary, file_facts(repo, case))
    agency = repo.agency_row(case["agency_id"])
    return write_package(
        case, agency["name"], case_entries(services, repo, case, read_file), statuses, services.today()
    )


def verify_package(data: bytes) -> list[str]:
    """What does not match the manifest (a member changed, missing or not listed); [] when it verifies."""
    problems = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        listed = {f["name"]: f for f in json.loads(zf.read(MANIFEST))["files"]}
        present = set(zf.namelist()) - {MANIFEST}
        for name in sorted(present - listed.keys()):
            problems.append(f"{name}: 不在哈希清单中 / not in the manifest")
        for name, f in listed.items():
            if name not in present:
                problems.append(f"{name}: 缺失 / missing")
            elif hashlib.sha256(zf.read(name)).hexdigest() != f["sha256"]:
                problems.append(f"{name}: 哈希不符 / SHA-256 differs")
    return problems
