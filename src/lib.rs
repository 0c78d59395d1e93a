//! Due process deadline calculator: tells families the deadlines of special-education due
//! process under IDEA, how each was counted, and what each step means.
//!
//! - [`engine`]: pure date arithmetic (holidays, counting, the timeline) over a validated case.
//! - [`rules`]: the jurisdiction rule packs as typed data with citations.
//! - [`case`]: the public case-file format (contract section 1), share links, validation.
//! - [`i18n`]: everything the page says, per language, and date formatting.
//! - [`explain`]: the words of each deadline, shared by the page, the calendar file and print.
//! - [`ics`]: the calendar file (RFC 5545) with the case's deadlines.
//! - [`report`]: "Report a wrong date": the report, where it goes, its `mailto:` address.
//! - [`ui`] and [`web`]: the Leptos page and its thin browser layer.

pub mod case;
pub mod checklist;
pub mod embed;
pub mod engine;
pub mod explain;
pub mod i18n;
pub mod ics;
pub mod letter_case;
pub mod report;
pub mod rules;
pub mod sort;
pub mod storage;
pub mod ui;
pub mod web;

/// Mounts the calculator on the page's `<body>` (the entry point of `main.rs`).
pub fn start() {
    web::log_panics();
    // index.html's "Loading the calculator" line stays until the page is drawn (`ui::App`).
    leptos::mount::mount_to_body(ui::App);
}
