//! The paragraph cache must not trust its hash: two paragraphs of the same
//! length and hash (built here by solving the hash's last mixing step) must
//! each get their own markers after an edit.

use report_analysis::cache::text_hash;
use report_analysis::{Config, Document};

/// Printable ASCII other than brackets, so no paragraph gains a marker.
fn plain(b: u8) -> bool {
    (0x20..0x7f).contains(&b) && !b"[]()".contains(&b)
}

/// Another 16-byte ASCII text with the hash of `a`.
fn collision(a: &[u8; 16]) -> Option<[u8; 16]> {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let state = |w1: u64| (16u64.rotate_left(5) ^ w1).wrapping_mul(K);
    let w1 = u64::from_le_bytes(a[..8].try_into().ok()?);
    let w2 = u64::from_le_bytes(a[8..].try_into().ok()?);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..10_000_000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Eight letters for the first word of the other text.
        let mut first = [0u8; 8];
        for (i, b) in first.iter_mut().enumerate() {
            *b = b'a' + ((seed >> (i * 5)) % 26) as u8;
        }
        let v1 = u64::from_le_bytes(first);
        // The second word that makes the states meet after it.
        let v2 = state(w1).rotate_left(5) ^ w2 ^ state(v1).rotate_left(5);
        let second = v2.to_le_bytes();
        if second.iter().all(|&b| plain(b)) {
            let mut out = [0u8; 16];
            out[..8].copy_from_slice(&first);
            out[8..].copy_from_slice(&second);
            return Some(out);
        }
    }
    None
}

#[test]
fn paragraphs_with_the_same_hash_keep_their_own_markers() {
    let a: [u8; 16] = *b"go on[1] and yes";
    let b = collision(&a).expect("a collision is found");
    let (a, b) = (
        std::str::from_utf8(&a).expect("ascii"),
        std::str::from_utf8(&b).expect("ascii"),
    );
    assert_eq!(text_hash(a), text_hash(b), "{a:?} {b:?}");
    assert_ne!(a, b);
    let config = Config::default();
    let report = |p: &str| {
        format!(
            "2031年示例县政府工作报告\n各位代表：\n推进“两网融合”建设。\n{p}\n注释\n1.“两网融合”：城乡供水网。\n"
        )
    };
    let before = Document::reparse(report(a), &config, None);
    assert_eq!(before.markers.len(), 1, "{:?}", before.markers);
    let after = Document::reparse(report(b), &config, Some(&before));
    let fresh = Document::parse(report(b), &config);
    assert_eq!(after.markers, fresh.markers);
    assert!(after.markers.is_empty());
}
