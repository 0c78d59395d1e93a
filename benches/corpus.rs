//! The fixed corpus of the engine benchmark: generated cases covering every track, filer and
//! jurisdiction, every event alone and in realistic groups, with trigger dates from 1995 to 2095.
//! The generator is seeded, so every run measures the same cases.

use chrono::{Duration, NaiveDate};
use due_process_calculator::engine::calendar::Closure;
use due_process_calculator::engine::case::{Case, FiledBy, Jurisdiction, STATE_CODES, Track};
use due_process_calculator::engine::ids::EventId;

/// A small, fixed pseudo-random sequence (SplitMix64): the corpus must not change between runs
/// or machines.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Where each event usually falls, in days after the complaint reaches the district.
fn typical_offset(e: EventId) -> i64 {
    use EventId as E;
    match e {
        E::ActOrOmission => -540,
        E::KnewOfProblem => -500,
        E::DistrictDecisionNotice => -520,
        E::ComplaintFiled => -2,
        E::ComplaintReceived => 0,
        E::SufficiencyNoticeReceived => 10,
        E::ResolutionWaived | E::MediationChosen => 5,
        E::ResolutionMeetingScheduled => 10,
        E::ResolutionMeetingHeld => 12,
        E::DistrictMissedMeeting | E::ParentMissedMeeting => 16,
        E::HearingTimelineStarted => 25,
        E::NoAgreementInWriting => 20,
        E::MediationContinuedInWriting => 28,
        E::MediationWithdrawn => 35,
        E::AmendedComplaintFiled => 8,
        E::SettlementSigned | E::MediationAgreementSigned => 22,
        E::SettlementOfferReceived => 40,
        E::HearingStart => 60,
        E::HearingEnded => 63,
        E::DecisionIssued => 75,
        E::DecisionMailed => 76,
        E::DecisionReceived => 79,
        E::DecisionDueExtendedTo => 90,
        E::ReviewDecisionIssued => 130,
        E::PlacementChangeDecided => 3,
        E::PrivatePlacementPlanned => 150,
        E::PrivatePlacementStarted => 170,
    }
}

/// Every jurisdiction the page offers: the federal rules, then the 52 codes.
pub fn jurisdictions() -> Vec<Jurisdiction> {
    std::iter::once(Jurisdiction::Federal)
        .chain(
            STATE_CODES
                .iter()
                .filter_map(|c| Jurisdiction::parse(&format!("US-{c}"))),
        )
        .collect()
}

/// A case with its `today`.
pub struct Sample {
    pub case: Case,
    pub today: NaiveDate,
}

/// At least `n` cases. Each jurisdiction meets each track and filer; each case carries every
/// event alone (cycling), a random group of events, or all of them.
pub fn corpus(n: usize) -> Vec<Sample> {
    let mut rng = SplitMix(0x1DEA_2004);
    let tracks = [Track::Standard, Track::Expedited, Track::Dual];
    let filers = [FiledBy::Parent, FiledBy::District];
    let places = jurisdictions();
    let first = NaiveDate::from_ymd_opt(1995, 1, 1).expect("valid date");
    let span = NaiveDate::from_ymd_opt(2095, 12, 31)
        .expect("valid date")
        .signed_duration_since(first)
        .num_days() as u64;
    let mut out = Vec::with_capacity(n);
    let mut i = 0usize;
    while out.len() < n {
        let jurisdiction = places[i % places.len()];
        let track = tracks[(i / places.len()) % tracks.len()];
        let filed_by = filers[(i / (places.len() * tracks.len())) % filers.len()];
        // Keep every event date inside 1995-2095.
        let received = first + Duration::days(600 + rng.below(span - 1000) as i64);
        let mut case = Case {
            jurisdiction,
            track,
            filed_by,
            ..Case::default()
        };
        let events = EventId::ALL;
        let chosen: Vec<EventId> = match i % 3 {
            0 => vec![events[(i / 3) % events.len()]],
            1 => events
                .iter()
                .copied()
                .filter(|_| rng.below(3) == 0)
                .collect(),
            _ => events.to_vec(),
        };
        for e in chosen {
            let jitter = rng.below(7) as i64 - 3;
            case.events.set(
                e,
                Some(received + Duration::days(typical_offset(e) + jitter)),
            );
        }
        if rng.below(4) == 0 {
            let from = received + Duration::days(rng.below(40) as i64);
            case.school_closures.push(Closure {
                from,
                to: from + Duration::days(rng.below(10) as i64),
            });
        }
        let today = received + Duration::days(rng.below(200) as i64);
        out.push(Sample { case, today });
        i += 1;
    }
    out
}
