//! Sanitizing the client's byte stream before tower-lsp reads it.
//!
//! tower-lsp's reader stops for good at the first frame it cannot decode,
//! and a request id it cannot represent ends the server. This task reads
//! the frames itself and passes well-formed messages on; a malformed one
//! becomes a `reportLs/malformed` request with id null, which the server
//! answers with the JSON-RPC error the spec asks for, and keeps serving.
//!
//! Bytes are read as bytes (a header need not be UTF-8), and after a bad
//! frame the reader resynchronises on the next `Content-Length` header. A
//! header line `Content-Length: N` can never occur inside a valid JSON body
//! (a raw line break is not allowed in a JSON string, and the words are not
//! JSON outside one), so finding one inside a body proves that the frame's
//! length was wrong and a new frame starts there.

use std::sync::LazyLock;

use regex::bytes::Regex;
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// The method a malformed frame is turned into.
pub const MALFORMED: &str = "reportLs/malformed";

/// Frames larger than this are skipped rather than buffered.
const MAX_FRAME: usize = 256 << 20;

/// Header blocks longer than this are garbage, not headers.
const MAX_HEADER: usize = 8 << 10;

/// Garbage kept while waiting for a header; older bytes are dropped.
const MAX_GARBAGE: usize = 1 << 20;

/// Bytes kept back when dropping data, so that a header cut across two
/// reads is still found.
const OVERLAP: usize = 64;

/// Where a header block may start.
static HEADER_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)content-length[ \t]*:").expect("a valid pattern"));

/// A whole `Content-Length: N` line: proof of a new frame inside a body.
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)content-length[ \t]*:[ \t]*[0-9]+[ \t]*\r?\n").expect("a valid pattern")
});

/// What the reader expects next, relative to `Frames::start`.
#[derive(Debug, PartialEq, Eq)]
enum Mode {
    Header,
    /// A body of `len` bytes; `scanned` bytes of it hold no header line.
    Body {
        len: usize,
        scanned: usize,
    },
    /// An oversized frame: `left` bytes still to drop.
    Skip {
        left: usize,
    },
}

/// The framing state machine: bytes in, messages out. Pure, so that it can
/// be tested without a runtime.
pub struct Frames {
    buf: Vec<u8>,
    /// Bytes of `buf` already consumed.
    start: usize,
    mode: Mode,
    /// Garbage was dropped and is not yet reported.
    garbage: bool,
}

impl Default for Frames {
    fn default() -> Self {
        Frames {
            buf: Vec::new(),
            start: 0,
            mode: Mode::Header,
            garbage: false,
        }
    }
}

impl Frames {
    pub fn push(&mut self, bytes: &[u8]) {
        if self.start > 0 && self.start >= self.buf.len() / 2 {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next message, or `None` until more bytes arrive.
    pub fn next_message(&mut self) -> Option<Value> {
        loop {
            let available = &self.buf[self.start..];
            match self.mode {
                Mode::Skip { left } => {
                    let window = &available[..available.len().min(left)];
                    if let Some(found) = HEADER_LINE.find(window) {
                        self.start += found.start();
                        self.mode = Mode::Header;
                        continue;
                    }
                    let drop = if window.len() == left {
                        left
                    } else {
                        window.len().saturating_sub(OVERLAP)
                    };
                    self.start += drop;
                    if drop == left {
                        self.mode = Mode::Header;
                        continue;
                    }
                    self.mode = Mode::Skip { left: left - drop };
                    return None;
                }
                Mode::Body { len, scanned } => {
                    let end = available.len().min(len + OVERLAP);
                    let from = scanned.saturating_sub(OVERLAP).min(end);
                    if let Some(found) = HEADER_LINE.find(&available[from..end])
                        && from + found.start() < len
                    {
                        // The stated length ran past the end of this frame.
                        self.start += from + found.start();
                        self.mode = Mode::Header;
                        return Some(malformed(
                            -32700,
                            "Parse error: the frame is shorter than its Content-Length",
                        ));
                    }
                    if available.len() < len {
                        self.mode = Mode::Body {
                            len,
                            scanned: available.len(),
                        };
                        return None;
                    }
                    let message = checked(&available[..len]);
                    self.start += len;
                    self.mode = Mode::Header;
                    return Some(message);
                }
                Mode::Header => {
                    let Some(name) = HEADER_NAME.find(available) else {
                        if available.len() > MAX_GARBAGE {
                            self.garbage |= !is_blank(&available[..available.len() - OVERLAP]);
                            self.start += available.len() - OVERLAP;
                        }
                        return None;
                    };
                    let before = &available[..name.start()];
                    if self.garbage || !is_headers(before) {
                        self.garbage = false;
                        self.start += name.start();
                        return Some(malformed(
                            -32700,
                            "Parse error: bytes that are not a message were skipped",
                        ));
                    }
                    let block = &available[name.start()..];
                    let Some((header_len, body_at)) = header_end(block) else {
                        if block.len() > MAX_HEADER {
                            self.start += name.end();
                            self.garbage = true;
                            continue;
                        }
                        return None;
                    };
                    let value = &block[name.len()..header_len];
                    let value = value.split(|&b| b == b'\n').next().unwrap_or_default();
                    let length = std::str::from_utf8(value)
                        .ok()
                        .and_then(|v| v.trim().parse::<usize>().ok());
                    self.start += name.start() + body_at;
                    match length {
                        Some(len) if len <= MAX_FRAME => {
                            self.mode = Mode::Body { len, scanned: 0 };
                        }
                        Some(len) => {
                            self.mode = Mode::Skip { left: len };
                            return Some(malformed(
                                -32600,
                                "Invalid Request: the frame is larger than 256 MB and was skipped",
                            ));
                        }
                        None => {
                            return Some(malformed(-32700, "invalid Content-Length header"));
                        }
                    }
                }
            }
        }
    }
}

/// The end of a header block: (length of the headers, offset of the body).
fn header_end(block: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr_find(block, b"\r\n\r\n").map(|at| (at, at + 4));
    let lf = memchr_find(block, b"\n\n").map(|at| (at, at + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(if a.0 <= b.0 { a } else { b }),
        (a, b) => a.or(b),
    }
}

fn memchr_find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

/// Whether bytes before a `Content-Length` header are other headers (a
/// `Content-Type` first is allowed) rather than garbage.
fn is_headers(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'\n').all(|line| {
        let line = line.trim_ascii();
        line.is_empty()
            || line.iter().position(|&b| b == b':').is_some_and(|colon| {
                colon > 0
                    && line[..colon]
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            })
    })
}

/// Copies frames from `input` to `output` until `input` ends.
pub async fn sanitize(mut input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) {
    let mut frames = Frames::default();
    let mut chunk = vec![0; 1 << 16];
    loop {
        while let Some(message) = frames.next_message() {
            let body = message.to_string();
            let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
            if output.write_all(frame.as_bytes()).await.is_err() || output.flush().await.is_err() {
                return;
            }
        }
        match input.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => frames.push(&chunk[..n]),
        }
    }
}

/// The message itself when it is a JSON-RPC 2.0 message, else a stand-in.
fn checked(body: &[u8]) -> Value {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return malformed(-32700, "Parse error: the message is not JSON");
    };
    let is_message = value.get("jsonrpc").and_then(Value::as_str) == Some("2.0")
        && (value.get("method").is_some_and(Value::is_string)
            || (value.get("id").is_some()
                && (value.get("result").is_some() || value.get("error").is_some())));
    if !is_message {
        return malformed(-32600, "Invalid Request: not a JSON-RPC 2.0 message");
    }
    // tower-lsp ends the server on an id it cannot represent.
    let id_is_valid = match value.get("id") {
        None | Some(Value::Null | Value::String(_)) => true,
        Some(Value::Number(n)) => n.is_i64(),
        Some(_) => false,
    };
    if id_is_valid {
        value
    } else {
        malformed(
            -32600,
            "Invalid Request: an id must be a string or an integer",
        )
    }
}

fn malformed(code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": null, "method": MALFORMED, "params": {"code": code, "message": message}})
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `input` in pieces of `step` bytes; every message out.
    fn run(input: &[u8], step: usize) -> Vec<Value> {
        let mut frames = Frames::default();
        let mut out = Vec::new();
        for piece in input.chunks(step.max(1)) {
            frames.push(piece);
            while let Some(message) = frames.next_message() {
                out.push(message);
            }
        }
        out
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const GOOD: &str = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;

    fn is_good(m: &Value) -> bool {
        m["method"] == "initialized"
    }

    fn is_malformed(m: &Value) -> bool {
        m["method"] == MALFORMED
    }

    #[test]
    fn good_frames_pass_and_bad_ones_are_replaced() {
        let input = format!(
            "{}Content-Length: 9\r\n\r\n{{not json{}",
            frame(GOOD),
            frame("{}")
        );
        for step in [1, 7, 1000] {
            let out = run(input.as_bytes(), step);
            assert_eq!(out.len(), 3, "{out:?}");
            assert!(is_good(&out[0]));
            assert_eq!(out[1]["params"]["code"], -32700);
            assert_eq!(out[2]["params"]["code"], -32600);
        }
    }

    #[test]
    fn a_garbled_header_is_skipped_and_the_next_frame_read() {
        for bad in [
            "Content-Lenght: 5\r\n\r\n{\"a\":1}".to_string(),
            "abc\r\n\r\n".to_string(),
            "Content-Length: abc\r\n\r\n{}".to_string(),
            "Content-Length: 3\r\n\r\n{\"jsonrpc\":\"2.0\"}".to_string(),
            format!("Content-Length: 500\r\n\r\n{GOOD}"),
            "Content-Length: 99999999999999999999999\r\n\r\n{}".to_string(),
            "\u{FF}\u{FE}Content-Length: 2\r\n\r\n{}".to_string(),
        ] {
            let input = format!("{bad}{}{}", frame(GOOD), frame(GOOD));
            for step in [1, 5, 4096] {
                let out = run(input.as_bytes(), step);
                let good = out.iter().filter(|m| is_good(m)).count();
                assert!(good >= 1, "{bad:?} step {step}: {out:?}");
                assert!(out.iter().any(is_malformed), "{bad:?} step {step}: {out:?}");
                assert!(is_good(out.last().expect("a message")), "{bad:?}: {out:?}");
            }
        }
    }

    #[test]
    fn non_utf8_headers_and_cut_characters_do_not_stop_the_reader() {
        let mut input = b"X-Junk: \xFF\xFE\r\n".to_vec();
        input.extend_from_slice(frame(GOOD).as_bytes());
        // A length that ends inside a three-byte character.
        input.extend_from_slice(b"Content-Length: 1\r\n\r\n\xE6\xB3\xA8");
        input.extend_from_slice(frame(GOOD).as_bytes());
        let out = run(&input, 3);
        assert_eq!(out.iter().filter(|m| is_good(m)).count(), 2, "{out:?}");
        assert!(is_good(out.last().expect("a message")));
    }

    #[test]
    fn an_oversized_frame_is_skipped_without_being_held() {
        let mut frames = Frames::default();
        frames.push(format!("Content-Length: {}\r\n\r\n", MAX_FRAME + 10).as_bytes());
        assert!(frames.next_message().is_some_and(|m| is_malformed(&m)));
        let filler = vec![b' '; 1 << 20];
        for _ in 0..4 {
            frames.push(&filler);
            assert!(frames.next_message().is_none());
            assert!(frames.buf.len() <= 3 << 20, "{}", frames.buf.len());
        }
        // A header inside the skipped bytes ends the skipping.
        frames.push(frame(GOOD).as_bytes());
        assert!(frames.next_message().is_some_and(|m| is_good(&m)));
    }

    #[test]
    fn ids_tower_lsp_cannot_hold_are_invalid_requests() {
        for id in ["{}", "[1]", "1.5", "true", "9223372036854775808"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
            let out = run(frame(&body).as_bytes(), 4096);
            assert_eq!(out.len(), 1);
            assert_eq!(out[0]["params"]["code"], -32600, "{id}");
            assert_eq!(out[0]["id"], Value::Null);
        }
        for id in ["1", "\"a\"", "null", "-9223372036854775808"] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"shutdown"}}"#);
            let out = run(frame(&body).as_bytes(), 4096);
            assert_eq!(out[0]["method"], "shutdown", "{id}");
        }
    }
}
