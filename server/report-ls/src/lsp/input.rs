//! Sanitizing the client's byte stream before tower-lsp reads it.
//!
//! tower-lsp's reader stops for good at the first frame it cannot decode.
//! This task reads the frames itself and passes well-formed messages on; a
//! malformed one becomes a `reportLs/malformed` request with id null, which
//! the server answers with the JSON-RPC error the spec asks for, and keeps
//! serving.

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// The method a malformed frame is turned into.
pub const MALFORMED: &str = "reportLs/malformed";

/// Frames larger than this are refused rather than buffered.
const MAX_FRAME: usize = 256 << 20;

/// Copies frames from `input` to `output` until `input` ends.
pub async fn sanitize(input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) {
    let mut reader = BufReader::new(input);
    loop {
        let mut length: Option<usize> = None;
        let mut saw_header = false;
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let line = line.trim_end();
            if line.is_empty() {
                if saw_header {
                    break;
                }
                continue;
            }
            saw_header = true;
            if let Some((name, value)) = line.split_once(':')
                && name.trim().eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().ok();
            }
        }
        let message = match length {
            Some(n) if n <= MAX_FRAME => {
                let mut body = vec![0; n];
                if reader.read_exact(&mut body).await.is_err() {
                    return;
                }
                checked(&body)
            }
            _ => malformed(-32700, "missing or invalid Content-Length header"),
        };
        let body = message.to_string();
        let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        if output.write_all(frame.as_bytes()).await.is_err() || output.flush().await.is_err() {
            return;
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
    if is_message {
        value
    } else {
        malformed(-32600, "Invalid Request: not a JSON-RPC 2.0 message")
    }
}

fn malformed(code: i64, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": null, "method": MALFORMED, "params": {"code": code, "message": message}})
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn run(input: &str) -> String {
        let mut out = Vec::new();
        sanitize(input.as_bytes(), &mut out).await;
        String::from_utf8(out).unwrap_or_default()
    }

    #[tokio::test]
    async fn good_frames_pass_and_bad_ones_are_replaced() {
        let good = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let input = format!(
            "Content-Length: {}\r\n\r\n{good}Content-Length: 9\r\n\r\n{{not jsonContent-Length: 2\r\n\r\n{{}}",
            good.len()
        );
        let out = run(&input).await;
        assert!(out.contains(good), "{out}");
        assert_eq!(out.matches(MALFORMED).count(), 2, "{out}");
        assert!(out.contains("-32700") && out.contains("-32600"), "{out}");
    }
}
