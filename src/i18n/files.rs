//! What the user is told about files: reading, saving, locks, backups and exports. Each
//! message names the file and says what to do.

use super::Lang;
use std::io::ErrorKind as K;

/// A short reason for an I/O error, in words a secretary understands.
pub fn io_reason(e: &std::io::Error, lang: Lang) -> String {
    let known = match e.kind() {
        K::NotFound => Some((
            "filen eller mappen finns inte",
            "the file or folder does not exist",
        )),
        K::PermissionDenied => Some((
            "behörighet saknas (du får inte läsa eller skriva här)",
            "permission denied (you may not read or write here)",
        )),
        K::StorageFull => Some(("disken är full", "the disk is full")),
        K::QuotaExceeded => Some(("din lagringskvot är slut", "your storage quota is used up")),
        K::ReadOnlyFilesystem => Some(("enheten är skrivskyddad", "the drive is read-only")),
        K::IsADirectory => Some((
            "detta är en mapp, inte en fil",
            "this is a folder, not a file",
        )),
        K::NotConnected
        | K::ConnectionReset
        | K::ConnectionAborted
        | K::HostUnreachable
        | K::NetworkUnreachable
        | K::NetworkDown
        | K::StaleNetworkFileHandle => Some((
            "nätverksenheten svarar inte",
            "the network drive does not answer",
        )),
        _ => None,
    };
    match known {
        Some((sv, en)) => lang.pick(sv, en).to_owned(),
        None => e.to_string(),
    }
}

/// What to do about an I/O error when saving.
pub fn save_advice(kind: K, lang: Lang) -> &'static str {
    match kind {
        K::StorageFull | K::QuotaExceeded => lang.pick(
            "Frigör utrymme eller spara på en annan plats (Spara som …).",
            "Free some space or save in another place (Save as …).",
        ),
        K::PermissionDenied | K::ReadOnlyFilesystem => lang.pick(
            "Spara på en annan plats (Spara som …) eller be om skrivbehörighet till mappen.",
            "Save in another place (Save as …) or ask for permission to write in the folder.",
        ),
        _ => lang.pick(
            "Försök igen, eller spara på en annan plats (Spara som …).",
            "Try again, or save in another place (Save as …).",
        ),
    }
}

/// A save that failed before anything on disk changed.
pub fn save_failed(file: &str, reason: &str, advice: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Det gick inte att spara {file}: {reason}. {advice} Filen på disken är oförändrad och dina ändringar finns kvar här."
        ),
        Lang::En => format!(
            "Could not save {file}: {reason}. {advice} The file on disk is unchanged and your changes are still here."
        ),
    }
}

/// The new file is in place but the folder could not be flushed to disk.
pub fn save_not_durable(file: &str, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{file} sparades, men det gick inte att säkerställa att ändringen skrivits till disken ({reason}). Spara igen för säkerhets skull."
        ),
        Lang::En => format!(
            "{file} was saved, but it could not be made sure that the change reached the disk ({reason}). Save again to be safe."
        ),
    }
}

pub fn folder_gone(dir: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Mappen {dir} går inte att nå: den kan ha flyttats eller tagits bort, eller så har nätverksenheten kopplats från. Dina ändringar finns kvar här – spara igen när mappen är tillbaka, eller Spara som … på en annan plats."
        ),
        Lang::En => format!(
            "The folder {dir} cannot be reached: it may have been moved or removed, or the network drive was disconnected. Your changes are still here – save again when the folder is back, or Save as … in another place."
        ),
    }
}

pub fn too_large_to_save(size_mb: f64, max_mb: f64, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Dokumentet skulle bli {size_mb:.0} MB, mer än de {max_mb:.0} MB som Samverkan kan läsa in igen, så det sparades inte. Filen på disken är oförändrad. Flytta gamla möten eller år till ett eget dokument och spara igen."
        ),
        Lang::En => format!(
            "The document would be {size_mb:.0} MB, more than the {max_mb:.0} MB Samverkan can read back, so it was not saved. The file on disk is unchanged. Move old meetings or years to a document of their own and save again."
        ),
    }
}

pub fn changed_on_disk(lang: Lang) -> &'static str {
    lang.pick(
        "Någon annan har ändrat filen sedan du öppnade den. Välj att läsa in deras version, spara dina ändringar under ett annat namn, eller skriva över.",
        "Someone else changed the file after you opened it. Choose to reload their version, save yours under another name, or overwrite.",
    )
}

pub fn deleted_on_disk(lang: Lang) -> &'static str {
    lang.pick(
        "Filen har tagits bort eller flyttats av någon annan sedan du öppnade den. Spara som … för att behålla dina ändringar.",
        "The file was deleted or moved by someone else after you opened it. Save as … to keep your changes.",
    )
}

pub fn no_file_yet(lang: Lang) -> &'static str {
    lang.pick(
        "Dokumentet har ingen fil ännu: välj Spara som …",
        "The document has no file yet: choose Save as …",
    )
}

pub fn open_read_only(lang: Lang) -> &'static str {
    lang.pick(
        "Dokumentet är öppet skrivskyddat. Spara som … på en annan plats för att behålla ändringarna.",
        "The document is open read-only. Save as … in another place to keep your changes.",
    )
}

pub fn target_locked(file: &str, holder: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{file} är öppen hos {holder}. Välj ett annat namn."),
        Lang::En => format!("{file} is open by {holder}. Choose another name."),
    }
}

pub fn backup_failed(dir: &str, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Sparat, men ingen säkerhetskopia av förra versionen kunde skrivas i {dir}: {reason}."
        ),
        Lang::En => {
            format!(
                "Saved, but no backup of the previous version could be written in {dir}: {reason}."
            )
        }
    }
}

pub fn old_backups_kept(dir: &str, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            format!("Sparat, men gamla säkerhetskopior i {dir} kunde inte tas bort: {reason}.")
        }
        Lang::En => format!("Saved, but old backups in {dir} could not be removed: {reason}."),
    }
}

pub fn permissions_not_kept(file: &str, reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Sparat, men {file} kunde inte behålla sina behörigheter ({reason}). Kontrollera vem som kan läsa och ändra filen."
        ),
        Lang::En => format!(
            "Saved, but {file} could not keep its permissions ({reason}). Check who can read and change the file."
        ),
    }
}

pub fn hard_links(file: &str, names: u64, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "{file} har {names} namn i filsystemet (hårda länkar). Samverkan sparar säkert genom att ersätta filen, så den nya versionen finns bara under detta namn; de andra namnen visar den tidigare versionen. Använd en symbolisk länk (genväg) i stället."
        ),
        Lang::En => format!(
            "{file} has {names} names in the file system (hard links). Samverkan saves safely by replacing the file, so the new version is only under this name; the other names show the previous version. Use a symbolic link (shortcut) instead."
        ),
    }
}

/// A lock taken over from a process that is gone, by the command line.
pub fn took_over_lock(holder: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "tog över ett övergivet lås ({holder}): programmet som öppnade dokumentet körs inte längre"
        ),
        Lang::En => format!(
            "took over an abandoned lock ({holder}): the program that opened the document no longer runs"
        ),
    }
}

pub fn took_over_unreadable_lock(lang: Lang) -> &'static str {
    lang.pick(
        "tog över en tom eller oläslig låsfil (kvar efter en krasch eller full disk)",
        "took over an empty or unreadable lock file (left by a crash or a full disk)",
    )
}

pub fn locked_by(holder: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("dokumentet är öppet hos {holder}; försök igen när det är stängt"),
        Lang::En => format!("the document is open by {holder}; try again when it is closed"),
    }
}

pub fn locked_old(holder: &str, lock_file: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "dokumentet låstes av {holder} för mer än 12 timmar sedan. Om ingen har det öppet: öppna det i appen och välj Ta över, eller ta bort {lock_file}"
        ),
        Lang::En => format!(
            "the document was locked by {holder} more than 12 hours ago. If nobody has it open: open it in the app and choose Take over, or remove {lock_file}"
        ),
    }
}

pub fn removed_leftovers(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv if count == 1 => "tog bort 1 tillfällig fil från en avbruten sparning".to_owned(),
        Lang::Sv => format!("tog bort {count} tillfälliga filer från avbrutna sparningar"),
        Lang::En if count == 1 => "removed 1 temporary file of an interrupted save".to_owned(),
        Lang::En => format!("removed {count} temporary files of interrupted saves"),
    }
}

pub fn empty_file(backups: Option<&str>, lang: Lang) -> String {
    let base = lang.pick(
        "filen är tom eller fylld med nollbytes (det kan en krasch i ett annat program lämna efter sig)",
        "the file is empty or filled with zero bytes (what a crash of another program can leave)",
    );
    match (backups, lang) {
        (Some(dir), Lang::Sv) => format!("{base}; tidigare versioner finns i {dir}"),
        (Some(dir), Lang::En) => format!("{base}; earlier versions are in {dir}"),
        (None, _) => base.to_owned(),
    }
}

pub fn not_a_regular_file(lang: Lang) -> &'static str {
    lang.pick(
        "detta är inte en vanlig fil (en mapp, en enhet eller en namngiven rörledning) och kan inte öppnas som dokument",
        "this is not a regular file (a folder, a device or a named pipe) and cannot be opened as a document",
    )
}

/// Why a file is not a document, one function per kind of problem (see `io::format::LoadError`).
pub mod load {
    use super::Lang;

    pub fn too_large(size_mb: f64, max_mb: f64, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!(
                "filen är {size_mb:.0} MB, mer än de {max_mb:.0} MB ett Samverkan-dokument får ha"
            ),
            Lang::En => format!(
                "the file is {size_mb:.0} MB, more than the {max_mb:.0} MB a Samverkan document may have"
            ),
        }
    }

    pub fn utf16(lang: Lang) -> &'static str {
        lang.pick(
            "filen är UTF-16-text; Samverkan-dokument är UTF-8 (spara den som UTF-8 och försök igen)",
            "the file is UTF-16 text; Samverkan documents are UTF-8 (save it as UTF-8 and try again)",
        )
    }

    pub fn invalid_utf8(line: usize, column: usize, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!("filen är inte giltig UTF-8-text (rad {line}, kolumn {column})"),
            Lang::En => format!("the file is not valid UTF-8 text (line {line}, column {column})"),
        }
    }

    pub fn extensions(line: usize, column: usize, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!(
                "rad {line}, kolumn {column}: filen slår på RON-tillägg (#![enable(…)]), som Samverkan-dokument inte använder"
            ),
            Lang::En => format!(
                "line {line}, column {column}: the file enables RON extensions (#![enable(…)]), which Samverkan documents do not use"
            ),
        }
    }

    pub fn syntax(line: usize, column: usize, path: &str, message: &str, lang: Lang) -> String {
        let at = if path.is_empty() || path == "." {
            String::new()
        } else {
            match lang {
                Lang::Sv => format!(", vid {path}"),
                Lang::En => format!(", at {path}"),
            }
        };
        match lang {
            Lang::Sv => format!("rad {line}, kolumn {column}{at}: {message}"),
            Lang::En => format!("line {line}, column {column}{at}: {message}"),
        }
    }

    pub fn not_a_document(found: &str, expected: &str, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!(
                "detta är inte ett Samverkan-dokument (dess format är \"{found}\", väntat \"{expected}\")"
            ),
            Lang::En => format!(
                "this is not a Samverkan document (its format is \"{found}\", expected \"{expected}\")"
            ),
        }
    }

    pub fn newer_version(found: u32, supported: u32, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!(
                "dokumentet har formatversion {found}, men denna version av Samverkan läser versioner till och med {supported}; uppdatera Samverkan"
            ),
            Lang::En => format!(
                "the document has format version {found}, but this version of Samverkan reads versions up to {supported}; please update Samverkan"
            ),
        }
    }

    pub fn unknown_version(found: u32, lang: Lang) -> String {
        match lang {
            Lang::Sv => format!(
                "dokumentet har formatversion {found}, som ingen version av Samverkan har skrivit"
            ),
            Lang::En => format!(
                "the document has format version {found}, which no version of Samverkan has written"
            ),
        }
    }
}

/// The name of the copy of our own version beside a file someone else changed:
/// "plan (din version).ron", "plan (din version 2).ron".
pub fn my_version_name(stem: &str, n: u32, ext: &str, lang: Lang) -> String {
    let mine = lang.pick("din version", "your version");
    if n <= 1 {
        format!("{stem} ({mine}).{ext}")
    } else {
        format!("{stem} ({mine} {n}).{ext}")
    }
}

pub fn date_out_of_range(meeting: &str, date: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Mötet \"{meeting}\" har datumet {date}, som en kalenderfil inte kan skriva (åren 1–9999). Rätta datumet och exportera igen."
        ),
        Lang::En => format!(
            "The meeting \"{meeting}\" has the date {date}, which a calendar file cannot hold (years 1–9999). Correct the date and export again."
        ),
    }
}

pub fn cells_truncated(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Sv if count == 1 => {
            "1 cell var längre än Excel tillåter (32 767 tecken) och kortades av, markerad med […]"
                .to_owned()
        }
        Lang::Sv => format!(
            "{count} celler var längre än Excel tillåter (32 767 tecken) och kortades av, markerade med […]"
        ),
        Lang::En if count == 1 => {
            "1 cell was longer than Excel allows (32,767 characters) and was shortened, marked […]"
                .to_owned()
        }
        Lang::En => format!(
            "{count} cells were longer than Excel allows (32,767 characters) and were shortened, marked […]"
        ),
    }
}

pub fn reloaded_mine_kept(copy: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Deras version är inläst. Din version finns kvar: Ångra (Ctrl+Z) tar tillbaka den, och den är sparad som {copy}."
        ),
        Lang::En => format!(
            "Their version is loaded. Yours is kept: Undo (Ctrl+Z) brings it back, and it is saved as {copy}."
        ),
    }
}

pub fn reloaded_mine_in_undo(why: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Deras version är inläst. Din version kunde inte sparas som kopia ({why}), men Ångra (Ctrl+Z) tar tillbaka den – spara den sedan med Spara som …"
        ),
        Lang::En => format!(
            "Their version is loaded. Yours could not be saved as a copy ({why}), but Undo (Ctrl+Z) brings it back – then save it with Save as …"
        ),
    }
}

/// The banner over a document someone else has open.
pub fn read_only_open_by(holder: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => {
            format!("Skrivskyddat: dokumentet är öppet hos {holder}. Du kan läsa men inte ändra.")
        }
        Lang::En => {
            format!("Read-only: the document is open by {holder}. You can read but not change it.")
        }
    }
}

/// The banner over a document whose lock file could not be made.
pub fn read_only_no_lock(reason: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!(
            "Skrivskyddat: låsfilen kunde inte skapas ({reason}). Spara som … till en annan plats för att ändra."
        ),
        Lang::En => format!(
            "Read-only: the lock file could not be created ({reason}). Save as … elsewhere to make changes."
        ),
    }
}

/// The status line after opening a file.
pub fn opened(file: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("Öppnade {file}"),
        Lang::En => format!("Opened {file}"),
    }
}
