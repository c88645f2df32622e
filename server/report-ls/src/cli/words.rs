//! The command line's own sentences, in both languages, beside the rule
//! messages of `report_analysis::messages`.

use report_analysis::Locale;

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
