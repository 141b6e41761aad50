"""What kind of file an upload is, read from its bytes, never from its name or the type a browser claims.

A case file holds documents and scans: PDF, images (JPEG, PNG, TIFF), OFD (the national standard for
electronic documents, GB/T 33190), Word (.docx and the older .doc), Excel (.xlsx) and plain text.
Executables and archives are refused by what they are: a renamed ``.exe`` is still ``MZ``. A .docx,
.xlsx or .ofd is itself a zip, so a zip is accepted only as one of those (read from its directory,
without extracting anything), and refused as an archive otherwise; an OOXML file carrying macros is
refused too. A .doc is an OLE compound file, as is a Windows installer (.msi): only one holding a
Word document stream is accepted.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass


@dataclass(frozen=True)
class FileType:
    code: str
    label: str
    media_type: str


FILE_TYPES = {
    t.code: t
    for t in (
        FileType("pdf", "PDF 文档", "application/pdf"),
        FileType("jpeg", "JPEG 图片", "image/jpeg"),
        FileType("png", "PNG 图片", "image/png"),
        FileType("tiff", "TIFF 图片（扫描件）", "image/tiff"),
        FileType("ofd", "OFD 版式文档", "application/ofd"),
        FileType(
            "docx",
            "Word 文档（.docx）",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        FileType(
            "xlsx", "Excel 表格（.xlsx）", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
        FileType("doc", "Word 97-2003 文档（.doc）", "application/msword"),
        FileType("text", "纯文本", "text/plain; charset=utf-8"),
    )
}


class RefusedFile(ValueError):
    """The bytes are not a file the case file may hold; the message (``中文 / English``) says what they are."""

    @property
    def zh(self) -> str:
        return str(self).partition(" / ")[0]

    @property
    def en(self) -> str:
        return str(self).partition(" / ")[2]


# what is refused on sight, by its first bytes (offset, magic, what it is)
_REFUSED: tuple[tuple[int, bytes, str], ...] = (
    (0, b"MZ", "Windows 可执行文件 / a Windows executable"),
    (0, b"\x7fELF", "Linux 可执行文件 / an ELF executable"),
    (0, b"\xfe\xed\xfa\xce", "macOS 可执行文件 / a Mach-O executable"),
    (0, b"\xfe\xed\xfa\xcf", "macOS 可执行文件 / a Mach-O executable"),
    (0, b"\xce\xfa\xed\xfe", "macOS 可执行文件 / a Mach-O executable"),
    (0, b"\xcf\xfa\xed\xfe", "macOS 可执行文件 / a Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "可执行文件 / a Java class or universal binary"),
    (0, b"#!", "脚本 / a script"),
    (0, b"Rar!\x1a\x07", "RAR 压缩包 / a RAR archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z 压缩包 / a 7z archive"),
    (0, b"\x1f\x8b", "gzip 压缩包 / a gzip archive"),
    (0, b"BZh", "bzip2 压缩包 / a bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz 压缩包 / an xz archive"),
    (0, b"MSCF", "CAB 压缩包 / a cabinet archive"),
    (257, b"ustar", "tar 归档 / a tar archive"),
)
_SIMPLE: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_TEXT_CONTROLS = set(range(32)) - {9, 10, 12, 13}


def sniff(content: bytes) -> FileType:
    """The type of ``content``; :class:`RefusedFile` for an executable, an archive or anything unknown."""
    if not content:
        raise RefusedFile("文件为空 / the file is empty")
    for offset, magic, what in _REFUSED:
        if content[offset : offset + len(magic)] == magic:
            zh, _, en = what.partition(" / ")
            raise RefusedFile(f"不接受{' ' if zh[0].isascii() else ''}{zh} / {en} is refused")
    for magic, code in _SIMPLE:
        if content.startswith(magic):
            return FILE_TYPES[code]
    if content.startswith(_ZIP):
        return FILE_TYPES[_zip_kind(content)]
    if content.startswith(_OLE):
        if _WORD_STREAM in content:
            return FILE_TYPES["doc"]
        raise RefusedFile(
            "不接受非 Word 的 OLE 复合文件（如 .msi 安装包）/ an OLE file that is not a Word document"
        )
    if _is_text(content):
        return FILE_TYPES["text"]
    raise RefusedFile("无法识别的文件类型 / an unrecognised type of file")


def _zip_kind(content: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(content)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise RefusedFile("损坏的 zip 文件 / a damaged zip file") from None
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise RefusedFile("不接受含宏的 Office 文件 / an Office file with macros")
    if "[Content_Types].xml" in names and "word/document.xml" in names:
        return "docx"
    if "[Content_Types].xml" in names and "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names:
        return "ofd"
    raise RefusedFile("不接受 zip 压缩包 / a zip archive")


def _is_text(content: bytes) -> bool:
    """UTF-8 (or GB 18030, as Chinese Windows saves) text without control characters."""
    if any(b in _TEXT_CONTROLS for b in content[:65536]):
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def display_name(name: str, fallback: str = "附件") -> str:
    """A file name fit to show and to offer on download: the last part of whatever path a browser sent,
    without control characters or leading dots, at most 200 characters (the extension kept). It is
    shown only: files are stored under their hash."""
    name = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().lstrip(".").strip()
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = stem[: 200 - len(ext) - 1] + "." + ext if dot and len(ext) <= 16 else name[:200]
    return name or fallback
