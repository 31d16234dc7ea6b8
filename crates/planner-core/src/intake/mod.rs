//! Stakeholders from a spreadsheet (issue 11, part 3): a CSV file read, its columns matched to
//! the register's fields, each row checked, and the result added to the plan.
//!
//! The app drives it in four calls, each plain data in and out:
//!
//! 1. [`decode`] the file's bytes (or pick `TextDecoder`'s label with [`decode_choice`]):
//!    UTF-8 if they are valid UTF-8, else Windows-1251, which Russian Excel still writes.
//! 2. [`read`] the text into a [`Sheet`]: a header row and data rows (separator `;`, `,` or TAB
//!    found from the first lines; RFC 4180 quotes; bounded by the file format's limits).
//! 3. [`guess`] a [`Mapping`] from the headers, in any of the three languages (the app's own
//!    export re-imports with no change); the user may change it column by column.
//! 4. [`preview`] what would happen to each row: add, a duplicate of a stakeholder already
//!    in the register (skip or update, the user chooses), or refused with its [`Reason`]s; then
//!    [`apply`] it to the plan.
//!
//! Values are read in every language at once, so the file's language need not match the
//! interface's: categories and attitudes by the app's labels in English, Uzbek and Russian or
//! their codes, yes/no as да/нет, ha/yoʻq, yes/no, 1/0, true/false or a mark, units by their
//! name in the profile.

mod csv_read;
mod encoding;
mod mapping;
mod preview;
pub mod texts;
mod values;

pub use csv_read::{column_letter, detect, read, ReadError, Sheet, SheetRow, MAX_COLUMNS};
pub use encoding::{decode, decode_choice, looks_like_utf8, Encoding};
pub use mapping::{fold, guess, guess_headers, Field, Mapping, MappingError};
pub use preview::{apply, name_key, preview, Applied, Choice, Draft, Preview, Reason, RowOutcome};
pub use texts::IntakeText;
