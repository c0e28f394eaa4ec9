//! The RON file format: reading with clear errors and never a panic, writing canonical bytes.
//!
//! Loading reads the header (`format`, `version`) first and dispatches on the version, so a
//! newer file is refused with both versions named and an older one is migrated.

use crate::i18n::Lang;
use crate::model::{Document, FORMAT_NAME, FORMAT_VERSION};
use std::fmt;

/// Files larger than this are refused before parsing, so a wrong file cannot exhaust memory.
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;
/// Nesting deeper than this is refused; the format itself needs fewer than 20 levels.
pub const RECURSION_LIMIT: usize = 64;

/// How text is parsed. Both give the same result for every text; [`Engine::RonOnly`] is
/// kept as the reference the tests compare with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Engine {
    /// The fast reader ([`super::ron_fast`]) first, `ron` whenever it gives up. Its
    /// result is used only when it succeeds, so every error comes from `ron`.
    FastFirst,
    /// `ron` alone.
    RonOnly,
}

/// Why a file could not be read as a document. Every variant says what to do in its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing but zero bytes or white space (what a crash of another program can leave).
    Empty,
    TooLarge {
        size: usize,
        max: usize,
    },
    Utf16,
    InvalidUtf8 {
        line: usize,
        column: usize,
    },
    Extensions {
        line: usize,
        column: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        /// The field where it went wrong, e.g. `bodies[3].memberships[1].role`.
        path: String,
        message: String,
    },
    NotADocument {
        found: String,
    },
    NewerVersion {
        found: u32,
        supported: u32,
    },
    UnknownVersion {
        found: u32,
    },
}

impl LoadError {
    /// The problem in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        use crate::i18n::files::{empty_file, load};
        match self {
            LoadError::Empty => empty_file(None, lang),
            LoadError::TooLarge { size, max } => load::too_large(mb(*size), mb(*max), lang),
            LoadError::Utf16 => load::utf16(lang).to_owned(),
            LoadError::InvalidUtf8 { line, column } => load::invalid_utf8(*line, *column, lang),
            LoadError::Extensions { line, column } => load::extensions(*line, *column, lang),
            LoadError::Syntax {
                line,
                column,
                path,
                message,
            } => load::syntax(*line, *column, path, message, lang),
            LoadError::NotADocument { found } => load::not_a_document(found, FORMAT_NAME, lang),
            LoadError::NewerVersion { found, supported } => {
                load::newer_version(*found, *supported, lang)
            }
            LoadError::UnknownVersion { found } => load::unknown_version(*found, lang),
        }
    }
}

/// Bytes as megabytes (MiB), for messages.
pub fn mb(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadError {}

/// The first fields of every document, read before anything else.
#[derive(Debug, Default, PartialEq, Eq)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Read `format` and `version` from the top of the text without parsing the rest, so the
/// version decides how the whole file is read. `None` when the top does not look like a
/// struct that starts with plain fields (the full parse then reports what is wrong).
fn read_header(text: &str) -> Option<Header> {
    let mut rest = skip_blank(text);
    rest = skip_blank(rest.strip_prefix('(')?);
    let mut header = Header::default();
    while header.format.is_none() || header.version.is_none() {
        let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))?;
        let (name, after) = rest.split_at(name_len);
        let after = skip_blank(skip_blank(after).strip_prefix(':')?);
        match name {
            "format" => {
                let body = after.strip_prefix('"')?;
                let end = body.find(['"', '\\'])?;
                if body[end..].starts_with('\\') {
                    return None;
                }
                header.format = Some(body[..end].to_owned());
                rest = &body[end + 1..];
            }
            "version" => {
                let end = after
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(after.len());
                header.version = Some(after[..end].parse().ok()?);
                rest = &after[end..];
            }
            _ => break,
        }
        rest = skip_blank(rest);
        rest = skip_blank(rest.strip_prefix(',').unwrap_or(rest));
    }
    (header != Header::default()).then_some(header)
}

/// Skip white space and comments.
fn skip_blank(mut s: &str) -> &str {
    loop {
        let t = s.trim_start();
        if let Some(line) = t.strip_prefix("//") {
            s = line.find('\n').map_or("", |i| &line[i..]);
        } else if let Some(block) = t.strip_prefix("/*") {
            s = block.find("*/").map_or("", |i| &block[i + 2..]);
        } else {
            return t;
        }
    }
}

/// A loaded document and what loading did to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub document: Document,
    /// The version the file had; less than [`FORMAT_VERSION`] when it was migrated.
    pub file_version: u32,
}

impl Loaded {
    pub fn was_migrated(&self) -> bool {
        self.file_version < FORMAT_VERSION
    }
}

/// Read a document from the bytes of a file.
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    if bytes.iter().all(|&b| b == 0 || b.is_ascii_whitespace()) {
        return Err(LoadError::Empty);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(LoadError::Utf16);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let (line, column) = end_position(&valid);
            return Err(LoadError::InvalidUtf8 { line, column });
        }
    };
    load_str(text)
}

/// Read a document from text (a leading BOM is accepted).
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    load_str_with(text, Engine::FastFirst)
}

/// [`load_str`] with `ron` alone, as it was before the fast reader: the reference that
/// tests and the fuzzer compare [`load_str`] with. Not for the app.
#[doc(hidden)]
pub fn load_str_ron_only(text: &str) -> Result<Loaded, LoadError> {
    load_str_with(text, Engine::RonOnly)
}

fn load_str_with(text: &str, engine: Engine) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.chars().all(|c| c == '\0' || c.is_whitespace()) {
        return Err(LoadError::Empty);
    }
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);

    // The header decides how the rest is read. A header that cannot be found quickly at the
    // top (a hand-edited file) is left to the full parse, whose errors name the field.
    if let Some(header) = read_header(text) {
        match header.format.as_deref() {
            Some(FORMAT_NAME) => {}
            other => {
                return Err(LoadError::NotADocument {
                    found: other.unwrap_or_default().to_owned(),
                });
            }
        }
        match header.version {
            Some(v) if v > FORMAT_VERSION => {
                return Err(LoadError::NewerVersion {
                    found: v,
                    supported: FORMAT_VERSION,
                });
            }
            Some(v) if v < FORMAT_VERSION => {
                return super::migrate::migrate(text, v, &options, engine);
            }
            _ => {}
        }
    }
    let document = parse_with_path::<Document>(text, &options, engine)?;
    // The same checks again, for a file whose header was not at the top.
    if document.format != FORMAT_NAME {
        return Err(LoadError::NotADocument {
            found: document.format,
        });
    }
    if document.version > FORMAT_VERSION {
        return Err(LoadError::NewerVersion {
            found: document.version,
            supported: FORMAT_VERSION,
        });
    }
    if document.version < FORMAT_VERSION {
        return super::migrate::migrate(text, document.version, &options, engine);
    }
    Ok(Loaded {
        document,
        file_version: FORMAT_VERSION,
    })
}

/// Parse `text` as `T`, refusing RON extensions and naming the field path on error.
///
/// With [`Engine::FastFirst`] the fast reader tries first; it succeeds only where `ron`
/// would succeed with the same value, so whatever it gives up on (an error, a construct it
/// does not read) is parsed again by `ron`, and every error is `ron`'s as before.
pub(crate) fn parse_with_path<T: serde::de::DeserializeOwned>(
    text: &str,
    options: &ron::Options,
    engine: Engine,
) -> Result<T, LoadError> {
    if engine == Engine::FastFirst {
        let limit = options.recursion_limit.unwrap_or(RECURSION_LIMIT);
        if let Ok(value) = super::ron_fast::from_str::<T>(text, limit) {
            return Ok(value);
        }
    }
    let mut de = ron::Deserializer::from_str_with_options(text, options)
        .map_err(|e| syntax(&e, String::new()))?;
    if !de.extensions().is_empty() {
        return Err(LoadError::Extensions { line: 1, column: 1 });
    }
    let value = match serde_path_to_error::deserialize::<_, T>(&mut de) {
        Ok(value) => value,
        Err(e) => {
            let path = e.path().to_string();
            let spanned = de.span_error(e.into_inner());
            return Err(syntax(&spanned, path));
        }
    };
    de.end()
        .map_err(|code| syntax(&de.span_error(code), String::new()))?;
    Ok(value)
}

fn syntax(e: &ron::error::SpannedError, path: String) -> LoadError {
    LoadError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        path,
        message: e.code.to_string(),
    }
}

/// UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
fn looks_utf16(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64)];
    let zeros = sample.iter().fold(0, |n, &b| n + usize::from(b == 0));
    sample.len() >= 4 && zeros * 3 >= sample.len()
}

fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The canonical text of a document: pretty RON, `\n` line ends, a final newline. The same
/// document always gives the same bytes.
///
/// The fast writer ([`super::ron_fast`]) writes exactly the bytes `ron` writes with this
/// configuration; where it does not (it refuses), `ron` writes.
pub fn to_string(document: &Document) -> String {
    match super::ron_fast::to_string(document) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(_) => to_string_ron_only(document),
    }
}

/// How documents are laid out: `ron`'s pretty layout with `\n` line ends and four spaces.
/// [`super::ron_fast`]'s writer reproduces exactly this layout.
pub fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
}

/// [`to_string`] with `ron` alone: the reference the tests compare [`to_string`] with.
#[doc(hidden)]
pub fn to_string_ron_only(document: &Document) -> String {
    // Every type in the model serializes; a failure here would be a bug in the model itself,
    // caught by the round-trip tests.
    match ron::ser::to_string_pretty(document, pretty_config()) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(e) => unreachable_serialize(&e),
    }
}

#[cold]
fn unreachable_serialize(e: &ron::Error) -> ! {
    panic!("the document model failed to serialize, which is a bug: {e}")
}

impl fmt::Display for Loaded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (version {})",
            self.document.info.title, self.file_version
        )
    }
}
