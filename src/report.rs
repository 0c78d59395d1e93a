//! "Report a wrong date": the report a person can send about one deadline, where it goes, and the
//! `mailto:` address that carries it. Pure code; the dialog is `ui::report_date`.
//!
//! A report holds what is needed to check a date and nothing that names a family: the deadline
//! id, the jurisdiction, track and filer, the dates entered, the date shown, the date the
//! reporter expected, "today" as the page counted it, the page's version and the date its rules
//! were checked. The case's name and notes (and school-break labels, which are typed text) are
//! added only when the person ticks them.
//!
//! Where reports go is one setting, [`REPORT_TO`], for whoever hosts the page; a site that embeds
//! the calculator may send its families' reports to itself with `report=` (contract section 6),
//! validated by [`destination`].

use chrono::NaiveDate;

use crate::case::CaseFile;
use crate::engine::ids::DeadlineId;
use crate::i18n::Text;

/// Where reports go unless an embed's `report=` says otherwise: a `mailto:` or `https:` address,
/// or empty. Empty (the default of this repository, which has no address of its own) opens the
/// person's e-mail app with the report and no recipient, so they choose who gets it, and offers
/// to copy it. Whoever hosts the page sets it here (see the README, "Report a wrong date").
pub const REPORT_TO: &str = "";

/// The longest `report=` address accepted.
const MAX_LEN: usize = 300;

/// Where a report goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// An e-mail address (empty: the person's e-mail app asks).
    Mail(String),
    /// A page of the host's site (a form, an issue tracker) opened in a new tab; the report is
    /// copied for pasting there.
    Web(String),
}

/// How a report leaves the page, as the dialog says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The e-mail app opens with no recipient: the person chooses.
    MailApp,
    /// The e-mail app opens addressed to the host.
    Mail,
    /// The host's page opens; the report is copied.
    Web,
}

impl Destination {
    pub fn route(&self) -> Route {
        match self {
            Destination::Mail(a) if a.is_empty() => Route::MailApp,
            Destination::Mail(_) => Route::Mail,
            Destination::Web(_) => Route::Web,
        }
    }

    /// Where reports go on this page: a valid `report=` parameter, else [`REPORT_TO`], else the
    /// e-mail app with no recipient.
    pub fn for_page(param: Option<&str>) -> Destination {
        param
            .and_then(destination)
            .or_else(|| destination(REPORT_TO))
            .unwrap_or(Destination::Mail(String::new()))
    }
}

/// Validates a report destination: `mailto:<one address>` (no other fields) or an `https:`
/// address with a host; anything else is `None`. The address is returned as written, without
/// surrounding spaces. Only plain characters pass, so the result is safe in an `href`.
pub fn destination(raw: &str) -> Option<Destination> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > MAX_LEN {
        return None;
    }
    let lower = raw.to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        let address = &raw["mailto:".len()..];
        let (local, domain) = address.split_once('@')?;
        let local_ok = !local.is_empty()
            && local
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b));
        let domain_ok = host_ok(domain) && domain.contains('.');
        (local_ok && domain_ok).then(|| Destination::Mail(address.to_string()))
    } else if lower.starts_with("https://") {
        let rest = &raw["https://".len()..];
        let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (host, tail) = rest.split_at(host_end);
        let host = host.split_once(':').map_or(host, |(h, port)| {
            if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
                h
            } else {
                ""
            }
        });
        let tail_ok = tail
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~/?#[]@!$&'()*+,;=%:".contains(&b));
        (host_ok(host) && tail_ok).then(|| Destination::Web(raw.to_string()))
    } else {
        None
    }
}

/// A host name: letters, digits, dots and hyphens, not starting or ending with a dot.
fn host_ok(host: &str) -> bool {
    !host.is_empty()
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// Percent-encodes everything but the unreserved characters of RFC 3986 (UTF-8 bytes), as a
/// `mailto:` field (RFC 6068) or a query value needs.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `mailto:` address that opens an e-mail to `address` (may be empty) with this subject and
/// body. Line ends become CRLF, as RFC 6068 asks.
pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(address).replace("%40", "@"),
        percent_encode(subject),
        percent_encode(&body)
    )
}

/// The parts of a report, each named in the page's language by [`Text::report_field`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Deadline,
    DateShown,
    Earliest,
    Expected,
    NotGiven,
    NoDate,
    Jurisdiction,
    Track,
    FiledBy,
    Entered,
    NothingEntered,
    Closures,
    Today,
    TodayFixed,
    PageVersion,
    RulesChecked,
    Title,
    Notes,
}

/// What a report is about.
pub struct Facts<'a> {
    pub deadline: DeadlineId,
    /// The date the page shows (primary), if any.
    pub shown: Option<NaiveDate>,
    /// The earliest reading, where it differs.
    pub earliest: Option<NaiveDate>,
    /// The date the reporter expected, if they gave one.
    pub expected: Option<NaiveDate>,
    pub file: &'a CaseFile,
    /// The case's name, notes and break labels go in too.
    pub include_private: bool,
    pub today: NaiveDate,
    pub today_fixed: bool,
    pub rules_checked: &'a str,
}

/// The page's version, as a report gives it.
pub fn page_version() -> String {
    format!(
        "{} (case file {})",
        env!("CARGO_PKG_VERSION"),
        crate::case::VERSION
    )
}

/// A composed report: its subject and body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub subject: String,
    pub body: String,
}

/// Writes the report in the page's language; ids, codes and dates stay as the contract writes
/// them (`hearing-decision`, `US-CA`, `2025-11-12`), so whoever reads it can check them.
pub fn compose(t: &dyn Text, f: &Facts) -> Report {
    let file = f.file;
    let label = |field| t.report_field(field);
    let date = |d: Option<NaiveDate>, none: Field| {
        d.map_or_else(|| label(none).to_string(), |d| d.to_string())
    };
    let mut lines = vec![
        format!(
            "{}: {} ({})",
            label(Field::Deadline),
            f.deadline.as_str(),
            t.deadline_name(f.deadline)
        ),
        format!(
            "{}: {}",
            label(Field::DateShown),
            date(f.shown, Field::NoDate)
        ),
    ];
    if let Some(e) = f.earliest {
        lines.push(format!("{}: {e}", label(Field::Earliest)));
    }
    lines.push(format!(
        "{}: {}",
        label(Field::Expected),
        date(f.expected, Field::NotGiven)
    ));
    lines.push(format!(
        "{}: {}",
        label(Field::Jurisdiction),
        file.jurisdiction
    ));
    lines.push(format!("{}: {}", label(Field::Track), file.track));
    lines.push(format!("{}: {}", label(Field::FiledBy), file.filed_by));
    lines.push(format!("{}:", label(Field::Entered)));
    if file.events.is_empty() {
        lines.push(format!("  {}", label(Field::NothingEntered)));
    }
    for (event, on) in &file.events {
        lines.push(format!("  {event}: {on}"));
    }
    if !file.school_closures.is_empty() {
        lines.push(format!("{}:", label(Field::Closures)));
        for c in &file.school_closures {
            lines.push(format!("  {} / {}", c.from, c.to));
        }
    }
    let fixed = if f.today_fixed {
        format!(" ({})", label(Field::TodayFixed))
    } else {
        String::new()
    };
    lines.push(format!("{}: {}{fixed}", label(Field::Today), f.today));
    lines.push(format!("{}: {}", label(Field::PageVersion), page_version()));
    lines.push(format!(
        "{}: {}",
        label(Field::RulesChecked),
        f.rules_checked
    ));
    if f.include_private {
        lines.push(format!("{}: {}", label(Field::Title), file.title));
        lines.push(format!("{}: {}", label(Field::Notes), file.notes));
    }
    Report {
        subject: t.report_subject(f.deadline.as_str(), &file.jurisdiction),
        body: lines.join("\n") + "\n",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn case() -> CaseFile {
        let mut file = CaseFile::new("0f6c2a9e-6d5b-4c1e-9a51-2f0d8c3b7e41".into());
        file.jurisdiction = "US-CA".into();
        file.events
            .insert("complaint-received".into(), "2025-08-29".into());
        file.title = "Maya - 2025 complaint".into();
        file.notes = "Private: call Ms. Ruiz".into();
        file
    }

    fn facts(file: &CaseFile, include_private: bool) -> Facts<'_> {
        Facts {
            deadline: DeadlineId::HearingDecision,
            shown: NaiveDate::from_ymd_opt(2025, 11, 12),
            earliest: None,
            expected: NaiveDate::from_ymd_opt(2025, 11, 10),
            file,
            include_private,
            today: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap_or_default(),
            today_fixed: true,
            rules_checked: "2026-11-20",
        }
    }

    #[test]
    fn a_report_names_the_deadline_and_dates_and_no_private_text_unless_ticked() {
        let file = case();
        for lang in Lang::ALL {
            let r = compose(lang.text(), &facts(&file, false));
            for needed in [
                "hearing-decision",
                "US-CA",
                "complaint-received: 2025-08-29",
                "2025-11-12",
                "2025-11-10",
                "2025-09-01",
                "2026-11-20",
                env!("CARGO_PKG_VERSION"),
            ] {
                assert!(
                    r.body.contains(needed),
                    "{lang:?} lacks {needed}:\n{}",
                    r.body
                );
            }
            assert!(r.subject.contains("hearing-decision"));
            assert!(
                !r.body.contains("Maya") && !r.body.contains("Ruiz"),
                "{}",
                r.body
            );
            let ticked = compose(lang.text(), &facts(&file, true));
            assert!(ticked.body.contains("Maya") && ticked.body.contains("Ruiz"));
        }
    }

    #[test]
    fn mailto_encodes_subject_and_body() {
        let url = mailto("dates@example.org", "A b&c", "línea 1\nx=y?");
        assert_eq!(
            url,
            "mailto:dates@example.org?subject=A%20b%26c&body=l%C3%ADnea%201%0D%0Ax%3Dy%3F"
        );
        assert!(mailto("", "s", "b").starts_with("mailto:?subject=s"));
    }

    #[test]
    fn destinations_are_mailto_or_https_only() {
        assert_eq!(
            destination(" mailto:dates@parents.example.org "),
            Some(Destination::Mail("dates@parents.example.org".into()))
        );
        assert_eq!(
            destination("https://parents.example.org/report?form=1"),
            Some(Destination::Web(
                "https://parents.example.org/report?form=1".into()
            ))
        );
        assert_eq!(
            destination("https://example.org:8443/r"),
            Some(Destination::Web("https://example.org:8443/r".into()))
        );
        for bad in [
            "",
            "dates@example.org",
            "http://example.org/",
            "javascript:alert(1)",
            "mailto:a@b.org?bcc=x@y.org",
            "mailto:a@b.org,c@d.org",
            "mailto:@example.org",
            "mailto:a@localhost",
            "https://",
            "https://exa mple.org/",
            "https://example.org/\"><script>",
            "https://example.org:x/",
            "data:text/html,x",
        ] {
            assert_eq!(destination(bad), None, "{bad}");
        }
        assert_eq!(
            destination(&format!("https://e.org/{}", "a".repeat(400))),
            None
        );
        assert_eq!(
            Destination::for_page(Some("ftp://x")),
            Destination::Mail(String::new())
        );
        assert_eq!(
            Destination::for_page(Some("mailto:a@b.org")),
            Destination::Mail("a@b.org".into())
        );
    }
}
