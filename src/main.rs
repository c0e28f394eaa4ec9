//! Samverkan's entry point: run a command, or open the app.

use clap::{CommandFactory, Parser};
use samverkan::cli::{Cli, EXIT_UNREADABLE, run};
use samverkan::i18n::Lang;
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
    let (doc, path) = match &cli.file {
        Some(path) => match samverkan::io::read_document(path) {
            Ok((loaded, _)) => (loaded.document, Some(path.clone())),
            Err(e) => {
                eprintln!("samverkan: {e}");
                return ExitCode::from(u8::try_from(EXIT_UNREADABLE).unwrap_or(2));
            }
        },
        None => match samverkan::sample::sample_document() {
            Ok(doc) => (doc, None),
            Err(e) => {
                eprintln!("samverkan: the embedded sample cannot be read: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let app = samverkan::app::SamverkanApp::new(doc, path);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(app.title())
            .with_inner_size([1200.0, 800.0]),
        ..Default::default()
    };
    match eframe::run_native("Samverkan", options, Box::new(|_cc| Ok(Box::new(app)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("samverkan: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
