//! The browser: storage, files, share links and the clipboard, and the panic screen. Plain
//! web-sys (and a few lines of JavaScript for APIs web-sys still flags unstable), no Leptos, so
//! that `leptos::prelude`'s own `Storage` names never meet web-sys's here.

pub mod files;
pub mod focus;
pub mod nodes;
pub mod panic;
pub mod print;
pub mod share;
pub mod storage;
pub mod texts;
