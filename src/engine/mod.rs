//! The deadline engine: pure date arithmetic over a validated case.
//!
//! No web, UI or clock dependency lives here: "today" is passed in, holidays are computed from
//! their legal rules, and every result is data the page words in the family's language.

pub mod calendar;
pub mod case;
pub mod count;
pub mod ids;
pub mod schedule;
pub mod timeline;
pub mod validate;

pub use timeline::{Deadline, Timeline, timeline};
