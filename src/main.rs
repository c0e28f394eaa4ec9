//! Samverkan's entry point: run a command, or open the app.

use clap::{CommandFactory, Parser};
use samverkan::app::{Dialog, SamverkanApp};
use samverkan::cli::{Cli, run};
use samverkan::i18n::Lang;
use samverkan::io::open::OpenError;
use samverkan::session::Session;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.file.is_some() && cli.command.is_some() {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                "give a FILE to open or a command, not both",
            )
            .exit();
    }
    let lang = Lang::from(cli.lang);
    if let Some(command) = cli.command {
        let code = run(
            command,
            lang,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        );
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    // Open the file given, or the embedded sample. A file that cannot be read still opens the
    // window, which explains the error (and offers any copy an interrupted save left).
    let mut startup_error = None;
    let session = match &cli.file {
        Some(path) => match Session::open(path) {
            Ok((session, _)) => session,
            Err(OpenError::Unreadable { error, candidates }) => {
                eprintln!("samverkan: {error}");
                startup_error = Some(Dialog::Damaged {
                    error: error.to_string(),
                    candidates,
                });
                Session::unsaved(samverkan::model::Document::new(""))
            }
        },
        None => match samverkan::sample::sample_document() {
            Ok(doc) => Session::unsaved(doc),
            Err(e) => {
                eprintln!("samverkan: the embedded sample cannot be read: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Samverkan")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([800.0, 500.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Samverkan",
        options,
        Box::new(move |cc| {
            let mut app = SamverkanApp::from_creation_context(cc, session);
            if let Some(dialog) = startup_error {
                app.dialog = Some(dialog);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samverkan: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
