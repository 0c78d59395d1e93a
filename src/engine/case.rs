//! The validated case the engine computes from: typed jurisdiction, track, filer, event dates
//! and school closures. Built from the case file by [`crate::case`]; the engine never sees raw
//! text.

use chrono::NaiveDate;

use super::calendar::Closure;
use super::ids::{EVENT_COUNT, EventId};

/// Where the case is: federal rules only, or a state (two-letter USPS code, upper case).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Jurisdiction {
    #[default]
    Federal,
    State([u8; 2]),
}

/// The 50 states, the District of Columbia and Puerto Rico.
pub const STATE_CODES: [&str; 52] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
    "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
    "WA", "WV", "WI", "WY",
];

impl Jurisdiction {
    /// Parses `"US"` or `"US-XX"` (case-insensitive) with a known USPS code.
    pub fn parse(text: &str) -> Option<Self> {
        let upper = text.trim().to_ascii_uppercase();
        if upper == "US" {
            return Some(Jurisdiction::Federal);
        }
        let code = upper.strip_prefix("US-")?;
        if !STATE_CODES.contains(&code) {
            return None;
        }
        let b = code.as_bytes();
        Some(Jurisdiction::State([b[0], b[1]]))
    }

    /// The contract form: `"US"` or `"US-XX"`.
    pub fn code(self) -> String {
        match self {
            Jurisdiction::Federal => "US".to_string(),
            Jurisdiction::State(c) => format!("US-{}{}", c[0] as char, c[1] as char),
        }
    }

    /// The two-letter state code, if any.
    pub fn state(self) -> Option<[u8; 2]> {
        match self {
            Jurisdiction::Federal => None,
            Jurisdiction::State(c) => Some(c),
        }
    }
}

/// Which hearing the case is on (contract section 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Track {
    #[default]
    Standard,
    /// A discipline appeal heard on the expedited timeline (34 CFR 300.532(c)).
    Expedited,
    /// An expedited and a regular complaint at once.
    Dual,
}

impl Track {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "standard" => Some(Track::Standard),
            "expedited" => Some(Track::Expedited),
            "dual" => Some(Track::Dual),
            _ => None,
        }
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            Track::Standard => "standard",
            Track::Expedited => "expedited",
            Track::Dual => "dual",
        }
    }
    /// True when the regular (45-day) hearing applies.
    pub const fn has_standard(self) -> bool {
        matches!(self, Track::Standard | Track::Dual)
    }
    /// True when the expedited (discipline) hearing applies.
    pub const fn has_expedited(self) -> bool {
        matches!(self, Track::Expedited | Track::Dual)
    }
}

/// Who filed the due process complaint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FiledBy {
    #[default]
    Parent,
    District,
}

impl FiledBy {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "parent" => Some(FiledBy::Parent),
            "district" => Some(FiledBy::District),
            _ => None,
        }
    }
    pub const fn as_str(self) -> &'static str {
        match self {
            FiledBy::Parent => "parent",
            FiledBy::District => "district",
        }
    }
}

/// One date per event id; `None` when the event has not happened or is unknown.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EventDates([Option<NaiveDate>; EVENT_COUNT]);

impl EventDates {
    pub fn get(&self, id: EventId) -> Option<NaiveDate> {
        self.0[id.index()]
    }
    pub fn set(&mut self, id: EventId, date: Option<NaiveDate>) {
        self.0[id.index()] = date;
    }
    /// The events that have a date, in contract order.
    pub fn iter(&self) -> impl Iterator<Item = (EventId, NaiveDate)> + '_ {
        EventId::ALL
            .iter()
            .filter_map(|id| self.get(*id).map(|d| (*id, d)))
    }
}

/// A case as the engine sees it. Invariant: every date is a real calendar date; range and
/// ordering problems are reported by [`super::validate`], not rejected here.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Case {
    pub jurisdiction: Jurisdiction,
    pub track: Track,
    pub filed_by: FiledBy,
    pub events: EventDates,
    pub school_closures: Vec<Closure>,
}

impl Case {
    /// Sets one event date (builder style, for tests and examples).
    pub fn with(mut self, id: EventId, date: NaiveDate) -> Self {
        self.events.set(id, Some(date));
        self
    }
}
