//! Samverkan: plan and track the collaboration structures of Swedish regions and municipalities.

pub mod app;
pub mod cli;
pub mod diagram;
pub mod edit;
pub mod export;
pub mod generate;
pub mod history;
pub mod i18n;
pub mod io;
pub mod model;
pub mod palette;
pub mod sample;
pub mod session;
pub mod text;
pub mod theme;
pub mod ui;
