//! The loader never panics or hangs on any bytes, and whatever it accepts is a document that
//! saves, reloads to the same text, and validates.
//!
//! Differentially: the fast RON reader and writer (`io::ron_fast`) change nothing. Loading
//! gives what `ron` alone gives (the same document or the same error), whatever the fast
//! reader accepts `ron` accepts with the same value, and saving gives `ron`'s bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use samverkan::io::format::{RECURSION_LIMIT, load_str_ron_only, to_string_ron_only};
use samverkan::io::ron_fast;
use samverkan::model::Document;

/// A load result as a value to compare: the canonical text tells `-0.0` from `0.0` and
/// lets NaN equal NaN, unlike `==`.
fn key(
    result: Result<samverkan::io::Loaded, samverkan::io::LoadError>,
) -> Result<(u32, String), samverkan::io::LoadError> {
    result.map(|l| (l.file_version, to_string_ron_only(&l.document)))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(fast) = ron_fast::from_str::<Document>(text, RECURSION_LIMIT) {
            let ron = ron::Options::default()
                .with_recursion_limit(RECURSION_LIMIT)
                .from_str::<Document>(text)
                .expect("what the fast reader accepts, ron accepts");
            assert_eq!(
                to_string_ron_only(&fast),
                to_string_ron_only(&ron),
                "same value"
            );
        }
        assert_eq!(
            key(samverkan::io::load_str(text)),
            key(load_str_ron_only(text)),
            "the fast reader changes no load result"
        );
    }
    if let Ok(loaded) = samverkan::io::load_bytes(data) {
        let text = samverkan::io::to_string(&loaded.document);
        assert_eq!(
            text,
            to_string_ron_only(&loaded.document),
            "the fast writer writes ron's bytes"
        );
        let again = samverkan::io::load_str(&text).expect("what loads must load again once saved");
        assert_eq!(
            samverkan::io::to_string(&again.document),
            text,
            "saving is canonical"
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let _ = samverkan::model::validate::validate(&loaded.document, today);
    }
});
