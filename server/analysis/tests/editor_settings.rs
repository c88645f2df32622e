//! The editors' lists of settings and rule codes agree with what the server
//! reads (`editors/server-settings.json`, `editors/rule-codes.json`, which the
//! VS Code extension's own tests compare with its package.json).

use std::path::PathBuf;

use report_analysis::Code;
use report_analysis::config::SETTING_KEYS;

fn read_list(name: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../editors")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn setting_keys_agree() {
    assert_eq!(read_list("server-settings.json"), SETTING_KEYS);
}

#[test]
fn rule_codes_agree() {
    let ours: Vec<&str> = Code::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(read_list("rule-codes.json"), ours);
}
