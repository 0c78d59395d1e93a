//! Due process deadline calculator.
//!
//! - [`engine`]: pure date arithmetic (holidays, counting, the timeline) over a validated case.
//! - [`rules`]: the jurisdiction rule packs as typed data with citations.
//! - [`case`]: the public case-file format (contract section 1) and its validation.

pub mod case;
pub mod engine;
pub mod rules;

pub fn start() {}
