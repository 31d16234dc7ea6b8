//! The browser: storage, files and the panic screen. Plain web-sys, no Leptos, so that
//! `leptos::prelude`'s own `Storage` names never meet web-sys's here.

pub mod files;
pub mod panic;
pub mod storage;
