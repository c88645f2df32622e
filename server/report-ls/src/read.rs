//! Reading report files: UTF-8 (with or without BOM), UTF-16 with BOM, and
//! GB18030/GBK detected without being told.

use std::fmt;
use std::io::Read;
use std::path::Path;

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Gb18030,
    /// A Word document, read as its text view (see `docx`).
    Docx,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Gb18030 => "gb18030",
            Encoding::Docx => "docx",
        }
    }
}

/// Why a file's bytes are not a text we can check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes or control characters: not a text file.
    Binary,
    /// Neither UTF-8 nor GB18030, nor valid UTF-16 after its BOM.
    Undecodable,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Binary => {
                f.write_str("binary file (NUL bytes or control characters), not a text")
            }
            DecodeError::Undecodable => {
                f.write_str("not valid UTF-8, UTF-16 (with BOM) or GB18030/GBK text")
            }
        }
    }
}

/// How much of the start is examined for NUL bytes.
const SNIFF_LEN: usize = 8192;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// A FIFO, a device, a socket: reading it could block forever.
    NotRegular,
    /// Larger than the configured limit (bytes).
    TooLarge {
        size: u64,
        limit: u64,
    },
    Decode(DecodeError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::NotRegular => f.write_str("not a regular file"),
            ReadError::TooLarge { size, limit } => write!(
                f,
                "file too large ({} MB, the limit is {} MB: [files] max-size-mb)",
                size.div_ceil(1 << 20),
                limit >> 20
            ),
            ReadError::Decode(e) => write!(f, "{e}"),
        }
    }
}

/// Reads and decodes a file without trusting it: only a regular file when
/// `regular_only`, never more than `limit` bytes, and a binary start is
/// refused before the rest is read.
pub fn read_file(
    path: &Path,
    limit: Option<u64>,
    regular_only: bool,
) -> Result<(String, Encoding), ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    if regular_only && !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    let limit = limit.unwrap_or(u64::MAX);
    if meta.is_file() && meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let capacity = if meta.is_file() {
        meta.len() as usize
    } else {
        0
    };
    read_bounded(file, limit, capacity)
}

/// Reads a stream up to `limit` bytes, sniffing its start first.
pub fn read_bounded(
    reader: impl Read,
    limit: u64,
    capacity: usize,
) -> Result<(String, Encoding), ReadError> {
    let mut bytes = Vec::with_capacity(capacity.min(limit as usize).saturating_add(1));
    let mut reader = reader.take(limit.saturating_add(1));
    (&mut reader)
        .take(SNIFF_LEN as u64)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if looks_binary(&bytes) {
        return Err(ReadError::Decode(DecodeError::Binary));
    }
    reader.read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    decode(&bytes).map_err(ReadError::Decode)
}

/// A start with NUL bytes and no UTF-16 BOM is binary.
fn looks_binary(start: &[u8]) -> bool {
    !(start.starts_with(b"\xFF\xFE") || start.starts_with(b"\xFE\xFF")) && start.contains(&0)
}

/// Decodes a file's bytes. The BOM decides when there is one; otherwise
/// UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset of GBK).
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let text = std::str::from_utf8(rest).map_err(|_| DecodeError::Undecodable)?;
        return checked(text.to_string(), Encoding::Utf8Bom);
    }
    for (bom, encoding, ours) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, Encoding::Utf16Le),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, Encoding::Utf16Be),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .ok_or(DecodeError::Undecodable)?;
            return checked(text.into_owned(), ours);
        }
    }
    if bytes[..bytes.len().min(SNIFF_LEN)].contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return checked(text.to_string(), Encoding::Utf8);
    }
    let text = encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or(DecodeError::Undecodable)?;
    checked(text.into_owned(), Encoding::Gb18030)
}

/// Rejects decoded text that is mostly control characters: random bytes
/// can pass as GB18030.
fn checked(text: String, encoding: Encoding) -> Result<(String, Encoding), DecodeError> {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars().take(SNIFF_LEN) {
        total += 1;
        if c == '\0' {
            return Err(DecodeError::Binary);
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    if controls * 20 > total.max(1) {
        return Err(DecodeError::Binary);
    }
    Ok((text, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("注释".as_bytes()),
            Ok(("注释".into(), Encoding::Utf8))
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xE6\xB3\xA8"),
            Ok(("注".into(), Encoding::Utf8Bom))
        );
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("注释\r\n".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le), Ok(("注释\r\n".into(), Encoding::Utf16Le)));
        let mut be = vec![0xFE, 0xFF];
        be.extend("𠮷".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be), Ok(("𠮷".into(), Encoding::Utf16Be)));
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = encoding_rs::GBK.encode("政府工作报告\r\n各位代表：");
        assert_eq!(
            decode(&bytes),
            Ok(("政府工作报告\r\n各位代表：".into(), Encoding::Gb18030))
        );
    }

    #[test]
    fn a_binary_start_is_refused_before_the_rest_is_read() {
        // An endless stream of zeros: only the sniffed start is read.
        let zeros = std::io::repeat(0);
        assert!(matches!(
            read_bounded(zeros, u64::MAX, 0),
            Err(ReadError::Decode(DecodeError::Binary))
        ));
        let text = std::io::repeat(b'a').take(100);
        assert!(matches!(
            read_bounded(text, 99, 0),
            Err(ReadError::TooLarge { limit: 99, .. })
        ));
        let text = std::io::repeat(b'a').take(100);
        assert_eq!(
            read_bounded(text, 100, 0).ok().map(|t| t.0.len()),
            Some(100)
        );
    }

    #[test]
    fn binary_and_garbage() {
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Binary));
        assert_eq!(
            decode(b"\x01\x02\x03\x04\x05\x06"),
            Err(DecodeError::Binary)
        );
        assert_eq!(decode(b"\xFF\xFE\x00\xD8"), Err(DecodeError::Undecodable));
        assert_eq!(decode(b"ok \x81"), Err(DecodeError::Undecodable));
    }
}
