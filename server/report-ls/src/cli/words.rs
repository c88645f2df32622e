//! The command line's own sentences, in both languages, beside the rule
//! messages of `report_analysis::messages`.

use report_analysis::Locale;

use super::baseline::BaselineError;
use super::inputs::{ConfigProblem, InputError};
use crate::docx::DocxError;
use crate::read::{DecodeError, ReadError};

pub fn skipped(path: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!(
            "跳过：{path}：不像政府工作报告（没有标题、没有“各位代表”、没有注释部分）；--assume-report 仍然检查"
        ),
        Locale::En => format!(
            "skipped: {path}: not a report (no title, no 各位代表, no notes); --assume-report checks it anyway"
        ),
    }
}

pub fn unknown_code(flag: &str, entry: &str, locale: Locale) -> String {
    let codes = report_analysis::Code::ALL.iter().map(|c| c.name());
    if let Some(close) = report_analysis::config::closest(entry, codes) {
        let did_you_mean = report_analysis::messages::did_you_mean(close, locale);
        return match locale {
            Locale::Zh => {
                format!("report-ls check：{flag} 中的 `{entry}` 不是规则名{did_you_mean}")
            }
            Locale::En => {
                format!("report-ls check: `{entry}` in {flag} names no rule{did_you_mean}")
            }
        };
    }
    match locale {
        Locale::Zh => format!(
            "report-ls check：{flag} 中的 `{entry}` 不是规则名，也不是规则组；`report-ls explain` 列出全部规则"
        ),
        Locale::En => format!(
            "report-ls check: `{entry}` in {flag} names no rule or group of rules; `report-ls explain` lists them"
        ),
    }
}

pub fn baseline_unreadable(path: &str, error: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls check：无法读取基线 {path}：{error}"),
        Locale::En => format!("report-ls check: cannot read the baseline {path}: {error}"),
    }
}

/// Why a baseline could not be read or written.
pub fn baseline_error(error: &BaselineError, locale: Locale) -> String {
    use serde_json::error::Category;
    match (error, locale) {
        (BaselineError::Io(e), _) => io_error(e, locale),
        (BaselineError::Version(v), Locale::Zh) => {
            format!("基线文件格式版本 {v} 不受支持（应为 1）；请用 --write-baseline 重新生成")
        }
        (BaselineError::Version(v), Locale::En) => {
            format!(
                "unsupported baseline version {v} (expected 1); write it again with --write-baseline"
            )
        }
        (BaselineError::Json(e), Locale::En) => e.to_string(),
        (BaselineError::Json(e), Locale::Zh) => {
            let (line, column) = (e.line(), e.column());
            match e.classify() {
                Category::Io => "读写失败".into(),
                Category::Syntax => format!("不是有效的 JSON（第 {line} 行第 {column} 列）"),
                Category::Eof => format!("JSON 不完整，在第 {line} 行第 {column} 列意外结束"),
                Category::Data => {
                    let what = report_analysis::messages::serde_error_zh(&e.to_string())
                        .unwrap_or_else(|| "内容不对".into());
                    format!("不是基线文件的内容（第 {line} 行第 {column} 列：{what}）")
                }
            }
        }
    }
}

pub fn baseline_written(count: usize, path: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("已将 {count} 条发现写入基线 {path}"),
        Locale::En => format!("wrote {count} finding(s) to the baseline {path}"),
    }
}

pub fn cannot_write(path: &str, error: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls check：无法写入 {path}：{error}"),
        Locale::En => format!("report-ls check: cannot write {path}: {error}"),
    }
}

pub fn statistics_needs_text(locale: Locale) -> &'static str {
    match locale {
        Locale::Zh => "report-ls check：--statistics 只用于 human 或 json 输出",
        Locale::En => "report-ls check: --statistics goes with --format human or json only",
    }
}

/// Why an input could not be read.
pub fn input_error(error: &InputError, locale: Locale) -> String {
    match (error, locale) {
        (InputError::Read(e), Locale::En) => e.to_string(),
        (InputError::Read(e), Locale::Zh) => read_error_zh(e),
        (InputError::Docx(e), Locale::En) => e.to_string(),
        (InputError::Docx(e), Locale::Zh) => match e {
            DocxError::Archive(detail) => format!("不是可读的 .docx（zip）文件：{detail}"),
            DocxError::NoDocument => "zip 文件中没有 word/document.xml，不是 Word 文档".into(),
            DocxError::Xml(detail) => format!("Word 文档已损坏：{detail}"),
            DocxError::TooLarge => "Word 文档过大，无法读取".into(),
        },
        (InputError::LegacyWord, Locale::En) => {
            "a legacy Word or WPS file (.doc, .wps) cannot be read: save it as .docx or .txt".into()
        }
        (InputError::LegacyWord, Locale::Zh) => {
            "无法读取旧版 Word 或 WPS 文件（.doc、.wps）：请另存为 .docx 或 .txt".into()
        }
        (InputError::EmptyFolder, Locale::En) => {
            "no .txt, .md or .docx file in this folder (or none that [files] includes)".into()
        }
        (InputError::EmptyFolder, Locale::Zh) => {
            "此文件夹中没有 .txt、.md 或 .docx 文件（或没有 [files] 包含的文件）".into()
        }
        (InputError::Walk(detail), Locale::En) => format!("cannot list the folder: {detail}"),
        (InputError::Walk(detail), Locale::Zh) => format!("无法列出文件夹：{detail}"),
        (InputError::Internal(detail), Locale::En) => format!(
            "report-ls failed on this file ({detail}); this is a bug in report-ls, please report it with the file"
        ),
        (InputError::Internal(detail), Locale::Zh) => {
            format!("report-ls 处理此文件时出错（{detail}）；这是 report-ls 的缺陷，请附上文件报告")
        }
    }
}

fn read_error_zh(error: &ReadError) -> String {
    match error {
        ReadError::Io(e) => io_error_zh(e),
        ReadError::NotRegular => "不是普通文件".into(),
        ReadError::TooLarge { size, limit } => format!(
            "文件过大（{} MB，上限 {} MB：[files] max-size-mb）",
            size.div_ceil(1 << 20),
            limit >> 20
        ),
        ReadError::Decode(DecodeError::Binary) => {
            "二进制文件（含 NUL 字节或控制字符），不是文本".into()
        }
        ReadError::Decode(DecodeError::Undecodable) => {
            "不是有效的 UTF-8、UTF-16（带 BOM）或 GB18030/GBK 文本".into()
        }
    }
}

/// An operating system error in Chinese, by its kind (the system's own
/// words are English).
pub fn io_error(error: &std::io::Error, locale: Locale) -> String {
    match locale {
        Locale::En => error.to_string(),
        Locale::Zh => io_error_zh(error),
    }
}

fn io_error_zh(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match error.kind() {
        ErrorKind::NotFound => "文件或文件夹不存在".into(),
        ErrorKind::PermissionDenied => "没有读取权限".into(),
        ErrorKind::IsADirectory => "是文件夹，不是文件".into(),
        ErrorKind::InvalidData => "内容无效".into(),
        _ => format!("读写失败（{error}）"),
    }
}

/// A configuration file that cannot be used: the file, the line and
/// column, what is wrong; nothing is checked.
pub fn config_problem(path: &str, problem: &ConfigProblem, locale: Locale) -> String {
    let (place, what) = match problem {
        ConfigProblem::Io(e) => (path.to_string(), io_error(e, locale)),
        ConfigProblem::Invalid { error, at } => (
            match at {
                Some((line, column)) => format!("{path}:{line}:{column}"),
                None => path.to_string(),
            },
            report_analysis::messages::config_error(error, locale),
        ),
    };
    match locale {
        Locale::Zh => format!("report-ls：未作检查：配置文件 {place}：{what}"),
        Locale::En => format!("report-ls: nothing checked: configuration {place}: {what}"),
    }
}

/// `explain` of a name that is no rule: the rules it could mean.
pub fn explain_unknown(name: &str, suggestions: &[&str], locale: Locale) -> String {
    let mut s = match locale {
        Locale::Zh => format!("report-ls explain：没有名为 `{name}` 的规则"),
        Locale::En => format!("report-ls explain: no rule is named `{name}`"),
    };
    match (suggestions, locale) {
        ([], Locale::Zh) => s.push_str("；`report-ls explain` 列出全部规则"),
        ([], Locale::En) => s.push_str("; `report-ls explain` lists the rules"),
        ([one], _) => s.push_str(&report_analysis::messages::did_you_mean(one, locale)),
        (many, Locale::Zh) => s.push_str(&format!("；是不是：{}", many.join("、"))),
        (many, Locale::En) => s.push_str(&format!("; did you mean one of: {}", many.join(", "))),
    }
    s
}

/// `inspect` of a folder or of several files.
pub fn inspect_one_file(found: usize, path: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls inspect：需要一个文件，{path} 中有 {found} 个"),
        Locale::En => format!("report-ls inspect: expected one file, found {found} in {path}"),
    }
}

/// Standard output could not be written (not a closed pipe: that ends quietly).
pub fn cannot_write_output(error: &std::io::Error, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：无法写出结果：{}", io_error(error, locale)),
        Locale::En => format!("report-ls: cannot write output: {error}"),
    }
}

/// `report-ls` run bare on a terminal: what it is and how to get help.
pub fn bare_terminal(version: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!(
            "report-ls {version}：供编辑器使用的语言服务器（经标准输入输出使用 LSP），也是政府工作报告的检查工具。试试 `report-ls check 文件` 或 `report-ls --help`。"
        ),
        Locale::En => format!(
            "report-ls {version}: a language server for editors (it speaks LSP on stdin/stdout) and a linter for government work reports. Try `report-ls check FILE` or `report-ls --help`."
        ),
    }
}
pub fn fix_one_file(path: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls fix：只处理一个文件，{path} 不是一个文件"),
        Locale::En => format!("report-ls fix: takes one file; {path} is not one"),
    }
}

pub fn fix_cannot_write_stdin(locale: Locale) -> &'static str {
    match locale {
        Locale::Zh => "report-ls fix：标准输入无法写回；去掉 --write 可得到差异",
        Locale::En => {
            "report-ls fix: standard input cannot be written back; leave out --write for a diff"
        }
    }
}

pub fn fix_cannot_write_word(path: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!(
            "report-ls fix：{path} 是 Word 文档，无法写回；去掉 --write 可得到差异，请在 Word 中修改"
        ),
        Locale::En => format!(
            "report-ls fix: {path} is a Word document and cannot be written back; leave out --write for a diff to follow in Word"
        ),
    }
}

pub fn fix_written(path: &str, edits: usize, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("已重新编号 {path}（{edits} 处修改）"),
        Locale::En => format!("renumbered {path} ({edits} edit(s))"),
    }
}

pub fn fix_cannot_write(path: &str, error: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls fix：无法写入 {path}：{error}"),
        Locale::En => format!("report-ls fix: cannot write {path}: {error}"),
    }
}

/// A usage error of the command line (an unknown flag, a bad value, a
/// missing argument) in Chinese, with the usage line and where to get help;
/// `None` for the kinds clap's own English words are left to (help and
/// version are not errors).
pub fn usage_error_zh(error: &clap::Error, subcommand: Option<&str>) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("、"),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let list = |kind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join("、"),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match error.kind() {
        ErrorKind::UnknownArgument => format!("不认识的参数 `{arg}`"),
        ErrorKind::InvalidSubcommand => format!(
            "没有 `{}` 这个子命令；子命令有 check、targets、inspect、fix、explain、serve",
            text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => format!("`{arg}` 需要一个值"),
        ErrorKind::InvalidValue => {
            let valid = list(ContextKind::ValidValue);
            if valid.is_empty() {
                format!("`{value}` 不是 `{arg}` 可用的值")
            } else {
                format!("`{value}` 不是 `{arg}` 可用的值；可用的值：{valid}")
            }
        }
        ErrorKind::ValueValidation => format!("`{value}` 不是 `{arg}` 的有效值"),
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数：{arg}"),
        ErrorKind::ArgumentConflict => match text(ContextKind::PriorArg) {
            Some(prior) => format!("`{arg}` 不能与 `{prior}` 一起使用"),
            None => format!("`{arg}` 不能与其他参数一起使用"),
        },
        ErrorKind::NoEquals => format!("`{arg}` 的值要用 `=` 连接"),
        ErrorKind::TooManyValues => format!("`{arg}` 的值太多：`{value}` 是多余的"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("`{arg}` 的值的个数不对")
        }
        ErrorKind::MissingSubcommand => "缺少子命令".to_string(),
        _ => return None,
    };
    let suggested = text(ContextKind::SuggestedArg)
        .or_else(|| text(ContextKind::SuggestedSubcommand))
        .or_else(|| text(ContextKind::SuggestedValue));
    if let Some(suggested) = suggested {
        message.push_str(&report_analysis::messages::did_you_mean(
            &suggested,
            Locale::Zh,
        ));
    }
    let usage = text(ContextKind::Usage)
        .map(|u| u.trim().trim_start_matches("Usage:").trim().to_string())
        .map(|u| format!("\n\n用法：{u}"))
        .unwrap_or_default();
    let command = match subcommand {
        Some(sub) => format!("report-ls {sub}"),
        None => "report-ls".to_string(),
    };
    Some(format!(
        "错误：{message}{usage}\n\n更多信息：`{command} --help`（帮助为英文）\n"
    ))
}

/// A file a command could not use: `report-ls inspect：甲.txt：原因`.
pub fn input_failed(command: &str, path: &str, why: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("{command}：{path}：{why}"),
        Locale::En => format!("{command}: {path}: {why}"),
    }
}

/// Why a file could not be read, for the server's log.
pub fn read_error(error: &ReadError, locale: Locale) -> String {
    match locale {
        Locale::Zh => read_error_zh(error),
        Locale::En => error.to_string(),
    }
}

/// The server's log: a file of the workspace left out of the index.
pub fn not_indexed(path: &str, why: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：未读取 {path}：{why}"),
        Locale::En => format!("report-ls: not read: {path}: {why}"),
    }
}

/// The server's log: a change for a document the client never opened.
pub fn change_not_open(uri: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：收到未打开文档的修改（didChange）：{uri}"),
        Locale::En => format!("didChange for a document not open: {uri}"),
    }
}

/// The server's answer to a request about a document it does not have.
pub fn unknown_document(uri: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：没有这个文档（未打开或不是报告）：{uri}"),
        Locale::En => format!("unknown document {uri}"),
    }
}

/// A position of a request past the end of its document.
pub fn position_past_end(line: u32, character: u32, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：位置 {line}:{character} 超出了文档末尾"),
        Locale::En => format!("position {line}:{character} is past the end of the document"),
    }
}

/// A request whose analysis failed (a panic caught): the server goes on.
pub fn request_failed(what: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls 处理此请求时出错：{what}"),
        Locale::En => format!("report-ls failed on this request: {what}"),
    }
}

/// `workspace/executeCommand` with a command the server does not have.
pub fn unknown_command(command: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：没有 {command} 这个命令"),
        Locale::En => format!("unknown command {command}"),
    }
}

/// A command called without the document it acts on.
pub fn command_takes_uri(command: &str, locale: Locale) -> String {
    match locale {
        Locale::Zh => format!("report-ls：{command} 需要文档的 URI"),
        Locale::En => format!("{command} takes the document's URI"),
    }
}

/// The server could not start (stderr: the editor's log).
pub fn server_not_started(detail: Option<&str>, locale: Locale) -> String {
    match (locale, detail) {
        (Locale::Zh, Some(detail)) => format!("report-ls：语言服务器无法启动：{detail}"),
        (Locale::Zh, None) => "report-ls：语言服务器无法启动".into(),
        (Locale::En, Some(detail)) => format!("report-ls: the server did not start: {detail}"),
        (Locale::En, None) => "report-ls: the server did not start".into(),
    }
}
