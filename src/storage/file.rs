//! Case files the family saves and opens (`.json`): what happened to the last file opened, and
//! reading a file's text as a case. Pure; the browser reads the file (`web::read_file`).

use crate::case::{CaseFile, Json, LoadError};

/// The largest case file the page opens, in bytes (a case is a few kilobytes).
pub const MAX_FILE_BYTES: f64 = 1024.0 * 1024.0;

/// What happened to the last file the family tried to open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileOutcome {
    Opened,
    /// Opened to read only: a newer version of the calculator saved it.
    OpenedToRead,
    NotJson,
    NotACase,
    Newer,
    TooLarge,
    Unreadable,
}

/// Opens a file's text as a case (to read only, when a newer version saved it), or says why not.
/// `parse` is the JSON parser (the browser's, on the page).
///
/// # Errors
/// [`FileOutcome::NotJson`], [`FileOutcome::Newer`] (a version this page cannot read at all) or
/// [`FileOutcome::NotACase`].
pub fn open_text(
    text: &str,
    parse: impl Fn(&str) -> Option<Json>,
) -> Result<CaseFile, FileOutcome> {
    let value = parse(text).ok_or(FileOutcome::NotJson)?;
    CaseFile::from_json_to_read(value).map_err(|e| match e {
        LoadError::NewerVersion(_) => FileOutcome::Newer,
        _ => FileOutcome::NotACase,
    })
}
