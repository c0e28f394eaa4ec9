//! Documents people send, made from the model: shared by the app and the command line.

pub mod ics;
pub mod members;
