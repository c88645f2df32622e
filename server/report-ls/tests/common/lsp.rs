//! A JSON-RPC client for the built server: Content-Length framing over the
//! child's stdio, a reader thread with a buffered reader, and helpers that
//! wait for responses and notifications.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long a test waits for any one answer before failing.
pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Messages read but not yet asked for.
    backlog: VecDeque<Value>,
    next_id: i64,
}

/// Reads one framed message; `None` at the end of the stream.
pub fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Client {
    /// Starts the server built with the tests, or the one `REPORT_LS_BIN`
    /// names (the latency bench compares two builds that way).
    pub fn spawn() -> Client {
        let binary = std::env::var_os("REPORT_LS_BIN")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_report-ls").into());
        let mut child = Command::new(binary)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if tx.send(message).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming,
            backlog: VecDeque::new(),
            next_id: 1,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())
            .expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    /// Sends raw bytes (for malformed input).
    pub fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len())
            .expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    /// Sends bytes as they are, framing and all.
    pub fn send_bytes(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its whole response (`result` or `error`).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
    }

    /// The `result` of a request, failing the test on an error response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params);
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// The next message satisfying `want`, answering the server's own
    /// requests (progress, registration) on the way.
    pub fn wait(&mut self, mut want: impl FnMut(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&mut want) {
            return self.backlog.remove(i).expect("present");
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => panic!(
                    "no matching message within {TIMEOUT:?}; backlog: {:?}",
                    self.backlog
                ),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output; backlog: {:?}", self.backlog)
                }
            };
            if message.get("method").is_some() && message.get("id").is_some() {
                let id = message["id"].clone();
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}));
            }
            if want(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    /// Whether a message already received satisfies `want`.
    pub fn has_message(&mut self, want: impl Fn(&Value) -> bool) -> bool {
        while let Ok(message) = self.incoming.try_recv() {
            self.backlog.push_back(message);
        }
        self.backlog.iter().any(want)
    }

    /// The next `textDocument/publishDiagnostics` for `uri` satisfying `want`.
    pub fn diagnostics(&mut self, uri: &str, mut want: impl FnMut(&Value) -> bool) -> Value {
        self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && want(&m["params"])
        })["params"]
            .clone()
    }

    pub fn initialize(
        &mut self,
        root: Option<&Path>,
        capabilities: Value,
        options: Value,
    ) -> Value {
        let root_uri = root.map(uri);
        let folders = root_uri
            .as_ref()
            .map(|u| json!([{"uri": u, "name": "root"}]));
        let result = self.call(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": folders,
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": 0, "text": text}}),
        );
    }

    /// The server's copy of a document.
    pub fn text(&mut self, uri: &str) -> String {
        self.call("reportLs/text", json!({"uri": uri}))
            .as_str()
            .expect("text")
            .to_string()
    }

    /// Sends `shutdown` (unless `skip_shutdown`) and `exit`; the exit status.
    pub fn finish(mut self, skip_shutdown: bool) -> ExitStatus {
        if !skip_shutdown {
            let response = self.request("shutdown", Value::Null);
            assert!(response.get("error").is_none(), "{response}");
        }
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A `file://` URI for a path (ASCII-escaped as clients send them).
pub fn uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).expect("absolute path");
    let mut out = String::from("file://");
    for byte in absolute.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// An LSP position (0-based line, column in `encoding` units) of `needle`'s
/// first occurrence in `text`, plus `chars` characters.
pub fn position_of(text: &str, needle: &str, chars: usize, encoding: &str) -> Value {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in the text"));
    let at = at
        + needle
            .chars()
            .take(chars)
            .map(char::len_utf8)
            .sum::<usize>();
    position_at(text, at, encoding)
}

/// The LSP position of a byte offset.
pub fn position_at(text: &str, at: usize, encoding: &str) -> Value {
    let before = &text[..at];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + before.matches('\r').count()
        - before.matches("\r\n").count();
    let column: usize = text[line_start..at]
        .chars()
        .map(|c| match encoding {
            "utf-8" => c.len_utf8(),
            "utf-32" => 1,
            _ => c.len_utf16(),
        })
        .sum();
    json!({"line": line, "character": column})
}
