//! The list of recently opened files, kept in the user's config folder (`directories`), or in
//! `$SAMVERKAN_CONFIG_DIR` when set (tests).

use std::path::{Path, PathBuf};

const KEEP: usize = 10;

#[derive(Debug, Default)]
pub struct RecentFiles {
    file: Option<PathBuf>,
    pub paths: Vec<PathBuf>,
}

/// The user's config folder for Samverkan (recent files).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SAMVERKAN_CONFIG_DIR") {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("se", "Samverkan", "Samverkan")
        .map(|d| d.config_dir().to_owned())
}

impl RecentFiles {
    pub fn load() -> Self {
        let file = config_dir().map(|d| d.join("recent.ron"));
        let paths = file
            .as_ref()
            .and_then(|f| std::fs::read_to_string(f).ok())
            .and_then(|text| ron::from_str::<Vec<PathBuf>>(&text).ok())
            .unwrap_or_default();
        Self { file, paths }
    }

    /// Put `path` first and store the list (a failure to store is not worth bothering the user).
    pub fn add(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.paths.retain(|p| p != &path);
        self.paths.insert(0, path);
        self.paths.truncate(KEEP);
        if let Some(file) = &self.file {
            if let Some(dir) = file.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if let Ok(text) = ron::to_string(&self.paths) {
                let _ = std::fs::write(file, text);
            }
        }
    }
}
