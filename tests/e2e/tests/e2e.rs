//! The end-to-end suite: one test per behaviour, each in its own fresh browser.

mod files;
mod profile;
mod shell;
mod size;
