"""The blob store of attached files, one suite for every implementation (a folder, an S3 bucket on moto's
in-process server): bytes kept under their SHA-256, once; a missing blob said as such; what a blob
holds now read back as it is, so that a change behind the store's back can be found."""

from __future__ import annotations

import hashlib

import pytest
from blob_backends import s3_client

from workflow.store.blobs import BlobMissing, BlobStoreError, DirectoryBlobStore, S3BlobStore, blob_store


def test_it_keeps_bytes_under_their_sha256(blob_backend):
    content = "申请书扫描件".encode() * 100
    digest = blob_backend.store.put(content)
    assert digest == hashlib.sha256(content).hexdigest()
    assert blob_backend.store.exists(digest)
    assert blob_backend.store.get(digest) == content


def test_it_stores_the_same_bytes_once(blob_backend):
    first = blob_backend.store.put(b"%PDF-1.4 same")
    assert blob_backend.store.put(b"%PDF-1.4 same") == first
    assert blob_backend.store.get(first) == b"%PDF-1.4 same"


def test_it_says_a_blob_is_missing(blob_backend):
    digest = hashlib.sha256(b"never stored").hexdigest()
    assert not blob_backend.store.exists(digest)
    with pytest.raises(BlobMissing):
        blob_backend.store.get(digest)


def test_it_reads_back_a_blob_changed_behind_its_back_as_it_now_is(blob_backend):
    digest = blob_backend.store.put(b"original")
    blob_backend.replace(digest, b"altered")
    assert blob_backend.store.get(digest) == b"altered"
    blob_backend.delete(digest)
    with pytest.raises(BlobMissing):
        blob_backend.store.get(digest)


@pytest.mark.parametrize("key", ["../../etc/passwd", "ABC", "a" * 63, "g" * 64, ""])
def test_it_refuses_a_key_that_is_not_a_digest(blob_backend, key):
    with pytest.raises(BlobMissing, match="SHA-256"):
        blob_backend.store.get(key)


def test_a_folder_store_keeps_files_two_levels_down_and_leaves_no_temporary_files(tmp_path):
    store = DirectoryBlobStore(tmp_path / "blobs")
    digest = store.put(b"scan")
    assert store.path(digest) == tmp_path / "blobs" / digest[:2] / digest[2:4] / digest
    assert [p.name for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == [digest]


def test_a_folder_store_that_cannot_be_written_is_one_line(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(BlobStoreError, match="cannot write"):
        DirectoryBlobStore(tmp_path / "file" / "blobs").put(b"x")


def test_the_settings_choose_a_folder_beside_an_sqlite_database_by_default(tmp_path):
    store = blob_store({}, f"sqlite:///{tmp_path / 'office.db'}")
    assert isinstance(store, DirectoryBlobStore) and store.root == tmp_path / "office.db.attachments"
    chosen = blob_store({"attachments": {"directory": str(tmp_path / "files")}}, "postgresql://x@h/db")
    assert chosen.root == tmp_path / "files"


def test_the_settings_choose_an_s3_bucket(s3_endpoint, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    s3_client(s3_endpoint).create_bucket(Bucket="case-files")
    store = blob_store(
        {
            "attachments": {
                "store": "s3",
                "s3": {
                    "bucket": "case-files",
                    "prefix": "gk/",
                    "endpoint_url": s3_endpoint,
                    "region": "us-east-1",
                },
            }
        },
        "sqlite://",
    )
    assert isinstance(store, S3BlobStore)
    digest = store.put(b"via settings")
    assert (
        s3_client(s3_endpoint).get_object(Bucket="case-files", Key=f"gk/{digest}")["Body"].read()
        == b"via settings"
    )


def test_an_s3_store_without_a_bucket_or_with_an_unknown_store_is_refused():
    with pytest.raises(BlobStoreError, match="bucket"):
        blob_store({"attachments": {"store": "s3"}}, "sqlite://")
    with pytest.raises(BlobStoreError, match="directory or s3"):
        blob_store({"attachments": {"store": "ftp"}}, "sqlite://")


def test_an_unreachable_bucket_is_one_line(s3_endpoint):
    store = S3BlobStore("no-such-bucket", client=s3_client(s3_endpoint))
    with pytest.raises(BlobStoreError, match="no-such-bucket"):
        store.put(b"x")
