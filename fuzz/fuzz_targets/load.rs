//! The loader never panics or hangs on any bytes, and whatever it accepts is a document that
//! saves, reloads to the same text, and validates.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(loaded) = samverkan::io::load_bytes(data) {
        let text = samverkan::io::to_string(&loaded.document);
        let again = samverkan::io::load_str(&text).expect("what loads must load again once saved");
        assert_eq!(samverkan::io::to_string(&again.document), text, "saving is canonical");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let _ = samverkan::model::validate::validate(&loaded.document, today);
    }
});
