"""Where the bytes of attached files live: a content-addressed store keyed by their SHA-256.

The database keeps what a file is (its case, kind, name, size and hash, recorded in the audit trail);
a :class:`BlobStore` keeps its bytes under the hash. A file stored twice is stored once, a name given
by a user never becomes a path, and ``audit verify`` re-hashes each blob to find one changed or lost.

Two implementations: :class:`DirectoryBlobStore` (the default: a folder on the server's disk) and
:class:`S3BlobStore` (an S3-compatible bucket, for several servers sharing one store; needs boto3,
the ``s3`` extra). :func:`blob_store` builds the one the settings name.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from workflow.errors import DisclosureError

_HEX = re.compile(r"[0-9a-f]{64}")


class BlobMissing(DisclosureError):
    """No blob is stored under the hash."""

    code = "blob_missing"


class BlobStoreError(DisclosureError):
    """The store is misconfigured or cannot be reached."""

    code = "blob_store"


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _checked(sha256: str) -> str:
    # the key becomes a path or an object name: only a well-formed digest may
    if not _HEX.fullmatch(sha256):
        raise BlobMissing(f"不是有效的 SHA-256 / not a SHA-256 hex digest: {sha256[:80]!r}")
    return sha256


class BlobStore(Protocol):
    def put(self, content: bytes) -> str:
        """Store ``content`` (once: storing the same bytes again changes nothing); its SHA-256."""
        ...

    def get(self, sha256: str) -> bytes:
        """The bytes stored under ``sha256`` as they are now (the caller re-hashes to check them);
        :class:`BlobMissing` when there are none."""
        ...

    def exists(self, sha256: str) -> bool: ...


class DirectoryBlobStore:
    """Blobs as files ``<root>/ab/cd/abcd…`` (two levels of 256 folders keep each folder small)."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"DirectoryBlobStore({str(self.root)!r})"

    def path(self, sha256: str) -> Path:
        digest = _checked(sha256)
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, content: bytes) -> str:
        digest = sha256_of(content)
        target = self.path(digest)
        if target.is_file() and target.stat().st_size == len(content):
            return digest
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            # written beside its place and renamed: a reader never sees half a file
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(content)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise BlobStoreError(
                f"无法写入附件存储目录 / cannot write to the attachment folder {self.root}: "
                f"{exc.strerror or exc}"
            ) from None
        return digest

    def get(self, sha256: str) -> bytes:
        try:
            return self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(f"附件文件不存在 / no stored file for {sha256}") from None
        except OSError as exc:
            raise BlobStoreError(
                f"无法读取附件 / cannot read the stored file {sha256}: {exc.strerror or exc}"
            ) from None

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()


class S3BlobStore:
    """Blobs as objects ``<prefix><sha256>`` of an S3-compatible bucket (AWS S3, MinIO, Ceph RGW …).

    Credentials come from boto3's usual sources (the ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY``
    environment variables, a profile, an instance role), never from the settings file."""

    def __init__(
        self,
        bucket: str,
        *,
        prefix: str = "",
        client: Any = None,
        endpoint_url: str | None = None,
        region: str | None = None,
    ) -> None:
        if not bucket:
            raise BlobStoreError("attachments.s3.bucket: 请设置存储桶名称 / name the bucket")
        if client is None:
            try:
                import boto3
            except ModuleNotFoundError:
                raise BlobStoreError(
                    "S3 附件存储需要 boto3 / the S3 attachment store needs boto3: "
                    "pip install 'disclosure-workflow[s3]'"
                ) from None
            client = boto3.client("s3", endpoint_url=endpoint_url or None, region_name=region or None)
        self.bucket, self.prefix, self.client = bucket, prefix, client

    def __repr__(self) -> str:
        return f"S3BlobStore({self.bucket!r}, prefix={self.prefix!r})"

    def key(self, sha256: str) -> str:
        return self.prefix + _checked(sha256)

    def _failed(self, exc: Exception) -> BlobStoreError:
        return BlobStoreError(f"附件存储桶 {self.bucket} 不可用 / the attachment bucket failed: {exc}")

    def put(self, content: bytes) -> str:
        digest = sha256_of(content)
        if not self.exists(digest):
            try:
                self.client.put_object(Bucket=self.bucket, Key=self.key(digest), Body=content)
            except Exception as exc:  # noqa: BLE001 - botocore's errors, one line for the caller
                raise self._failed(exc) from None
        return digest

    def get(self, sha256: str) -> bytes:
        key = self.key(sha256)
        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=key)
        except self.client.exceptions.NoSuchKey:
            raise BlobMissing(f"附件文件不存在 / no stored object for {sha256}") from None
        except Exception as exc:  # noqa: BLE001
            raise self._failed(exc) from None
        return answer["Body"].read()

    def exists(self, sha256: str) -> bool:
        key = self.key(sha256)
        try:
            self.client.head_object(Bucket=self.bucket, Key=key)
        except Exception as exc:  # noqa: BLE001
            status = getattr(exc, "response", {}).get("ResponseMetadata", {}).get("HTTPStatusCode")
            if status == 404:
                return False
            raise self._failed(exc) from None
        return True


def default_directory(db_url: str) -> Path:
    """Where the files go when no folder is set: beside an SQLite database file (``<file>.attachments``),
    else ``attachments`` in the working directory."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        db = Path(url.database)
        return db.with_name(db.name + ".attachments")
    return Path("attachments")


def blob_store(settings: dict[str, Any], db_url: str) -> BlobStore:
    """The store ``attachments.store`` names: ``directory`` (``attachments.directory``) or ``s3``."""
    section = settings.get("attachments") or {}
    kind = section.get("store") or "directory"
    if kind == "s3":
        s3 = section.get("s3") or {}
        return S3BlobStore(
            str(s3.get("bucket") or ""),
            prefix=str(s3.get("prefix") or ""),
            endpoint_url=s3.get("endpoint_url") or None,
            region=s3.get("region") or None,
        )
    if kind != "directory":
        raise BlobStoreError(f"attachments.store: 应为 directory 或 s3 / directory or s3, got {kind!r}")
    folder = section.get("directory")
    return DirectoryBlobStore(Path(folder).expanduser() if folder else default_directory(db_url))
