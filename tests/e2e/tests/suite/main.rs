//! The end-to-end suite: one test per behaviour, each in its own fresh browser.

mod accessibility;
mod data_safety;
mod files;
mod first_screen;
mod goals;
mod intake;
mod keyboard;
mod languages;
mod long_lists;
mod method;
mod narrow;
mod offline;
mod outputs;
mod overview;
mod plans;
mod profile;
mod report;
mod sheets;
mod shell;
mod size;
mod stakeholders;
mod strategy;
mod studies;
mod team;
mod wcag;
mod welcome;
