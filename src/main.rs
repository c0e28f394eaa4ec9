//! Samverkan's entry point: run a command, or open the app.

use clap::{CommandFactory, Parser};
use samverkan::app::SamverkanApp;
use samverkan::cli::{Cli, run};
use samverkan::i18n::Lang;
use samverkan::i18n::cli as say;
use samverkan::session::Session;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = Lang::from(cli.lang);
    if cli.file.is_some() && cli.command.is_some() {
        Cli::command()
            .error(
                clap::error::ErrorKind::ArgumentConflict,
                say::file_or_command(lang),
            )
            .exit();
    }
    if let Some(command) = cli.command {
        let code = run(
            command,
            lang,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        );
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    // The app opens the file given (so a file that cannot be read still opens the window,
    // which explains the error and offers any copy an interrupted save left), or the sample.
    let session = match &cli.file {
        Some(_) => Session::unsaved(samverkan::model::Document::new("")),
        None => match samverkan::sample::sample_document() {
            Ok(doc) => Session::sample(doc),
            Err(e) => {
                eprintln!(
                    "samverkan: {}",
                    say::sample_unreadable(&e.to_string(), lang)
                );
                return ExitCode::FAILURE;
            }
        },
    };
    let file = cli.file;
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
            Ok(Box::new(SamverkanApp::from_creation_context(
                cc,
                session,
                file.as_deref(),
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samverkan: {}", say::window_failed(&e.to_string(), lang));
            ExitCode::FAILURE
        }
    }
}
