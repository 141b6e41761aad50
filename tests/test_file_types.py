"""An upload's type is read from its bytes: documents and scans are accepted, executables and archives are
refused whatever they are called, a zip only as a Word, Excel or OFD document, a .doc only with a Word
stream; a display name is a name, never a path."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from workflow.demo.samples import sample_pdf, sample_png
from workflow.file_types import RefusedFile, display_name, sniff


def zipped(**members: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name.replace("__", "/").replace("CT", "[Content_Types].xml"), data)
    return out.getvalue()


def docx_bytes() -> bytes:
    from docx import Document

    out = io.BytesIO()
    document = Document()
    document.add_paragraph("政府信息公开申请书")
    document.save(out)
    return out.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (sample_pdf("hello"), "pdf"),
        (sample_png(), "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32, "jpeg"),
        (b"II*\x00\x08\x00\x00\x00" + b"\x00" * 16, "tiff"),
        (b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 16, "tiff"),
        (zipped(**{"OFD.xml": b"<ofd:OFD/>", "Doc_0__Document.xml": b"<x/>"}), "ofd"),
        (OLE + "WordDocument".encode("utf-16-le") + b"\x00" * 64, "doc"),
        ("申请人：张三\r\n申请内容：2025年度行政许可决定书目录\n".encode(), "text"),
        ("申请人：张三\n".encode("gb18030"), "text"),
    ],
)
def test_it_recognises_the_documents_of_a_case_file_by_their_bytes(content, code):
    assert sniff(content).code == code


def test_it_accepts_a_word_document_though_it_is_a_zip():
    found = sniff(docx_bytes())
    assert found.code == "docx" and found.media_type.endswith("wordprocessingml.document")


def test_it_accepts_an_excel_workbook():
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    assert sniff(out.getvalue()).code == "xlsx"


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"MZ\x90\x00\x03" + b"\x00" * 60 + b"This program cannot be run in DOS mode", "Windows"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "ELF"),
        (b"\xcf\xfa\xed\xfe" + b"\x00" * 40, "Mach-O"),
        (b"#!/bin/sh\nrm -rf /\n", "script"),
        (zipped(**{"readme.txt": b"hi", "setup.exe": b"MZ"}), "zip archive"),
        (b"Rar!\x1a\x07\x01\x00" + b"\x00" * 20, "RAR"),
        (b"7z\xbc\xaf\x27\x1c\x00\x04" + b"\x00" * 20, "7z"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 20, "gzip"),
        (b"BZh91AY&SY" + b"\x00" * 20, "bzip2"),
        (b"\xfd7zXZ\x00\x00" + b"\x00" * 20, "xz"),
        (b"x" * 257 + b"ustar\x0000" + b"\x00" * 100, "tar"),
        (OLE + b"\x00" * 64, "OLE"),
        (b"\x00\x01\x02\x03binary", "unrecognised"),
        (b"", "empty"),
    ],
)
def test_it_refuses_executables_archives_and_unknown_bytes_whatever_they_are_called(content, what):
    with pytest.raises(RefusedFile, match=what):
        sniff(content)


def test_it_refuses_an_office_file_with_macros():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w/>")
        z.writestr("word/vbaProject.bin", b"macro")
    with pytest.raises(RefusedFile, match="macros"):
        sniff(out.getvalue())


def test_a_zip_with_only_the_start_of_an_office_document_is_refused_as_damaged_or_an_archive():
    with pytest.raises(RefusedFile, match="zip"):
        sniff(b"PK\x03\x04" + b"\x00" * 40)


def test_the_sample_pdf_has_a_cross_reference_table_that_points_at_its_objects():
    pdf = sample_pdf("Application", "SJJ-2026-0001")
    start = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    table = pdf[start:].split(b"trailer")[0].splitlines()[3:]
    for number, entry in enumerate(table, start=1):
        offset = int(entry[:10])
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    assert pdf.endswith(b"%%EOF\n")


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("C:\\Users\\张三\\申请书.pdf", "申请书.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..", "附件"),
        (".bashrc", "bashrc"),
        ("scan\u202egnp.exe", "scangnp.exe"),
        ("a\x00b\nc.pdf", "abc.pdf"),
        ("", "附件"),
    ],
)
def test_a_display_name_is_the_last_part_of_a_name_without_controls(sent, shown):
    assert display_name(sent) == shown


def test_a_long_display_name_keeps_its_extension():
    name = display_name("长" * 300 + ".pdf")
    assert len(name) == 200 and name.endswith(".pdf")
