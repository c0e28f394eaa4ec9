//! What a document's path really names. A document may be a symbolic link into a shared
//! folder (`plan.ron -> ../delat/plan.ron`); saving must write the file the link points at,
//! and the lock, the temporary file, the backups and the hash check must all be beside that
//! file, so that a colleague who opens the real path sees the same lock.

use std::path::{Path, PathBuf};

/// Links followed at most, as the operating system does (Linux: 40).
const MAX_LINKS: usize = 40;

/// The folder that holds `path` (`.` for a bare file name).
pub fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// The file `path` names once every symbolic link is followed, as an absolute path. The file
/// itself need not exist (Save as a new name; a link to a file not yet written), but its
/// folder must for the result to be canonical; otherwise the path is returned as given.
pub fn real_path(path: &Path) -> PathBuf {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => match std::fs::read_link(&current) {
                Ok(target) if target.is_absolute() => current = target,
                Ok(target) => current = parent_dir(&current).join(target),
                Err(_) => break,
            },
            _ => break,
        }
    }
    let Some(name) = current.file_name().map(std::ffi::OsStr::to_owned) else {
        return std::fs::canonicalize(&current).unwrap_or(current);
    };
    match std::fs::canonicalize(parent_dir(&current)) {
        Ok(dir) => dir.join(name),
        Err(_) => current,
    }
}

/// How many names (hard links) the file has; 1 where the platform cannot tell.
pub fn link_count(path: &Path) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(path).map_or(1, |m| m.nlink())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        1
    }
}

/// Whether the folder that should hold `path` can be reached (a network drive that went
/// away, a folder moved or removed while the document was open).
pub fn folder_reachable(path: &Path) -> bool {
    parent_dir(path).is_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_name_lives_in_the_current_folder() {
        assert_eq!(parent_dir(Path::new("plan.ron")), Path::new("."));
        assert_eq!(parent_dir(Path::new("a/plan.ron")), Path::new("a"));
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_even_to_a_file_not_yet_written() {
        #![allow(clippy::unwrap_used)]
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("delat");
        std::fs::create_dir(&real_dir).unwrap();
        let link = dir.path().join("plan.ron");
        std::os::unix::fs::symlink("delat/plan.ron", &link).unwrap();
        let expected = std::fs::canonicalize(&real_dir).unwrap().join("plan.ron");
        assert_eq!(real_path(&link), expected, "dangling link");
        std::fs::write(&expected, b"x").unwrap();
        assert_eq!(real_path(&link), expected, "link to a file");
        // A link to a link.
        let second = dir.path().join("genväg.ron");
        std::os::unix::fs::symlink(&link, &second).unwrap();
        assert_eq!(real_path(&second), expected);
    }
}
