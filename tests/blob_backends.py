"""The blob stores the attachments' tests run on (a folder, an S3 bucket on moto's in-process server).
A plain module, so that tests import it by a name no conftest shadows; the fixtures are in conftest."""

from __future__ import annotations

from typing import Any


class BlobBackend:
    """A blob store under test, and what a test needs to damage it behind the store's back."""

    def __init__(self, name: str, store: Any, replace: Any, delete: Any) -> None:
        self.name, self.store, self.replace, self.delete = name, store, replace, delete


def s3_client(endpoint: str) -> Any:
    """A boto3 S3 client of the test server (moto accepts any credentials)."""
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    )
