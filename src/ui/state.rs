//! The page's state: the case document in one signal, with the validated case and the timeline
//! derived from it. Built once from the page address (share link, `?today=`, presets).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::case::link::{self, LinkError};
use crate::case::{CaseFile, FieldProblem, LoadError};
use crate::engine::case::{Case, Jurisdiction, Track};
use crate::engine::{Timeline, timeline};
use crate::i18n::typed_date::DateOrder;
use crate::i18n::{Lang, OpenProblem, Text};
use crate::web;

use super::drafts::{self, Drafts};
use crate::storage;

/// A message about how the page opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Banner {
    OpenedLink,
    Problem(OpenProblem),
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// The case document, exactly as the family entered it (unknown fields kept).
    pub file: RwSignal<CaseFile>,
    pub today: NaiveDate,
    pub today_fixed: bool,
    /// The family's language. Its words may still be on their way ([`Self::words`]).
    pub lang: RwSignal<Lang>,
    /// Whether the words of `lang` are here (issue 22: languages other than English are fetched).
    pub words: RwSignal<super::texts::Words>,
    pub banner: RwSignal<Option<Banner>>,
    /// The validated case and what could not be used.
    pub case: Memo<(Case, Vec<FieldProblem>)>,
    pub timeline: Memo<Timeline>,
    /// A newer version of the calculator wrote the case on screen: it is shown, never changed
    /// or saved ([`CaseFile::read_only`]).
    pub read_only: Memo<bool>,
    /// Drafts on this device.
    pub drafts: Drafts,
    /// Shown inside another site's frame (`?embed=1`).
    pub embedded: bool,
    /// Dates are typed as text instead of picked (chosen, or no date picker in this browser).
    pub typed_dates: RwSignal<bool>,
    /// What the family chose for calendar files (reminders, private text).
    pub calendar: RwSignal<super::calendar::CalendarChoices>,
    /// What the browser says of the network connection (`navigator.onLine`).
    pub online: RwSignal<bool>,
    /// This device keeps an offline copy of the page.
    pub offline_ready: RwSignal<bool>,
    /// A newer version of the page is downloaded and waits for the family's go-ahead.
    pub new_version: RwSignal<bool>,
    /// The "Get the embed code" page is shown (`#embed-code`), instead of the calculator.
    pub embed_code: RwSignal<bool>,
    /// The parts below the timeline, and those only paper shows, are drawn. They wait until the
    /// first timeline is on screen, so a family on a slow phone sees its dates first.
    pub rest_drawn: RwSignal<bool>,
    /// Counts the arrivals of the page language's citation notes (`lang/es-notes.json`, fetched
    /// after the first timeline): what shows a citation redraws it with its note.
    pub notes: RwSignal<u32>,
    /// The citation notes of the page's language could not be fetched: the citations show
    /// without them, and the page says so.
    pub notes_failed: RwSignal<bool>,
    /// The step-2 groups the family opened (one bit per group), so that redrawing the page in the
    /// other language, or for another filer, opens them again.
    pub open_groups: RwSignal<u8>,
    /// The typed-date box whose text is being typed, until typing pauses or the box is left:
    /// what it cannot read yet is not pointed out meanwhile.
    pub typing: RwSignal<Option<crate::engine::ids::EventId>>,
    /// The order of typed dates the browser's region gives (`navigator.languages`), if it names
    /// a region; see [`AppState::date_order`].
    pub region_order: Option<DateOrder>,
    /// The page opened a case the family already had (a share link, or the draft of an earlier
    /// visit): its facts then fold to one line under "Your next dates" once it has dates.
    pub opened_case: bool,
    /// The facts (steps 1 and 2) are folded to their one-line summary.
    pub facts_folded: RwSignal<bool>,
}

/// What the browser and the address say about the visit, read once by
/// [`AppState::from_location`] so that [`AppState::new`] reads nothing itself.
pub struct Visit {
    pub today: NaiveDate,
    /// `today` was set by the address (`?today=`), not the clock.
    pub today_fixed: bool,
    pub lang: Lang,
    pub embedded: bool,
    /// The browser has no date picker: dates are typed.
    pub typed_dates: bool,
    pub online: bool,
    /// The typed-date order of the browser's region, if its languages name one.
    pub region_order: Option<DateOrder>,
}

impl Visit {
    /// Reads the address, the stored language choice and the browser.
    pub fn from_browser() -> Self {
        let (today, today_fixed) = web::today();
        Visit {
            today,
            today_fixed,
            lang: Lang::choose(
                web::query_param("lang").as_deref(),
                web::stored(crate::storage::LANG).ok().flatten().as_deref(),
                &web::browser_languages(),
            ),
            embedded: crate::embed::embedded(web::query_param("embed").as_deref()),
            typed_dates: !web::date_input_supported(),
            online: web::offline::online(),
            region_order: crate::i18n::typed_date::region_order(&web::browser_languages()),
        }
    }
}

impl AppState {
    /// State for a document, for this visit.
    pub fn new(
        file: CaseFile,
        visit: Visit,
        banner: Option<Banner>,
        drafts: Drafts,
        opened_case: bool,
    ) -> Self {
        let today = visit.today;
        let file = RwSignal::new(file);
        let case = Memo::new(move |_| file.with(CaseFile::to_case));
        let timeline = Memo::new(move |_| case.with(|(c, _)| timeline(c, today)));
        let read_only = Memo::new(move |_| file.with(CaseFile::read_only));
        AppState {
            file,
            today,
            today_fixed: visit.today_fixed,
            lang: RwSignal::new(visit.lang),
            words: RwSignal::new(super::texts::Words::Ready),
            banner: RwSignal::new(banner),
            case,
            timeline,
            read_only,
            drafts,
            embedded: visit.embedded,
            typed_dates: RwSignal::new(visit.typed_dates),
            calendar: RwSignal::new(Default::default()),
            online: RwSignal::new(visit.online),
            offline_ready: RwSignal::new(false),
            new_version: RwSignal::new(false),
            embed_code: RwSignal::new(false),
            rest_drawn: RwSignal::new(false),
            notes: RwSignal::new(0),
            notes_failed: RwSignal::new(false),
            open_groups: RwSignal::new(0),
            typing: RwSignal::new(None),
            region_order: visit.region_order,
            opened_case,
            facts_folded: RwSignal::new(
                opened_case
                    && timeline
                        .with_untracked(|tl| tl.deadlines.iter().any(|d| d.date().is_some())),
            ),
        }
    }

    /// The order typed dates are read and written in: the browser's region's, else the page
    /// language's.
    pub fn date_order(&self) -> DateOrder {
        self.region_order
            .unwrap_or_else(|| self.text().date_order())
    }

    /// State from the page address: a `#case=` link first, else a new case preset by the
    /// query parameters (contract section 5).
    pub fn from_location() -> Self {
        let visit = Visit::from_browser();
        let (file, banner, from_link) = match opened_from_fragment() {
            Some(opened) => (Some(opened.file), opened.banner, opened.from_link),
            // A linked case this tab opened and the family has not used yet: a reload (or a
            // return in the same tab) shows it again, still only the link's.
            None => match drafts::tab_link() {
                Some(file) => (Some(file), None, true),
                None => (None, None, false),
            },
        };
        // Precedence (contract section 5): a link, else the last-opened draft, else a new case.
        let stored = drafts::load();
        let opened_link = file.is_some() && !matches!(banner, Some(Banner::Problem(_)));
        let draft = file.is_none().then(|| {
            let found = stored.as_ref().ok()?;
            let id = found.last_opened.as_deref()?;
            storage::openable(&found.drafts, id).cloned()
        });
        let opened_case = opened_link || matches!(draft, Some(Some(_)));
        let file = file.or(draft.flatten()).unwrap_or_else(preset_case);
        let drafts = Drafts::new(&stored, from_link, &file);
        AppState::new(file, visit, banner, drafts, opened_case)
    }

    /// Opens a `#case=` link entered into this tab while it shows the calculator (the fragment
    /// changed, so the browser did not load the page again): exactly as a fresh visit would, the
    /// case on screen saved first if it changed. Call once, inside the app.
    pub fn follow_links(self) {
        let listener = window_event_listener(leptos::ev::hashchange, move |_| {
            let Some(opened) = opened_from_fragment() else {
                return;
            };
            self.drafts
                .open_from_link(self.file, opened.file, opened.from_link);
            self.banner.set(opened.banner);
            self.embed_code.set(false);
        });
        on_cleanup(move || listener.remove());
    }

    /// The words of the page in the current language.
    pub fn text(&self) -> &'static dyn Text {
        self.lang.get_untracked().text()
    }
}

/// What a `#case=` link opened.
struct Opened {
    file: CaseFile,
    banner: Option<Banner>,
    /// The link's case (not the empty case after a link that could not be opened).
    from_link: bool,
}

/// Opens the `#case=` link in the address, if there is one, and clears it from the address bar.
fn opened_from_fragment() -> Option<Opened> {
    let fragment = web::fragment();
    let payload = link::case_payload(&fragment)?;
    let opened = open_link(payload);
    web::clear_fragment();
    Some(match opened {
        // A case only to read has its own notice instead (`ReadOnlyNotice`).
        Ok(file) if file.read_only() => Opened {
            file,
            banner: None,
            from_link: true,
        },
        Ok(file) => Opened {
            file,
            banner: Some(Banner::OpenedLink),
            from_link: true,
        },
        // The empty calculator, not the last-opened draft (contract section 5): the visitor
        // meant to open another case. The draft stays as it was.
        Err(problem) => Opened {
            file: preset_case(),
            banner: Some(Banner::Problem(problem)),
            from_link: false,
        },
    })
}

/// Opens a share-link payload.
fn open_link(payload: &str) -> Result<CaseFile, OpenProblem> {
    let json = link::decode(payload).map_err(|e: LinkError| {
        web::log(match e {
            LinkError::NotBase64 => "share link: not base64",
            LinkError::NotText => "share link: not UTF-8 text",
            LinkError::TooLarge => "share link: over 32 KB",
        });
        OpenProblem::Link(e)
    })?;
    let value = web::parse_json(&json).ok_or_else(|| {
        web::log("share link: not JSON");
        OpenProblem::NotJson
    })?;
    let mut file = CaseFile::from_json_to_read(value).map_err(|e: LoadError| {
        match &e {
            LoadError::NotAnObject => web::log("share link: not a JSON object"),
            LoadError::NotACase(field) => {
                web::log(&format!("share link: not a case file ({field})"))
            }
            LoadError::NewerVersion(v) => web::log(&format!("share link: case file version {v}")),
        }
        OpenProblem::Load(e)
    })?;
    if file.case_id.is_none() {
        file.case_id = Some(web::new_case_id());
    }
    file.revision.get_or_insert(0);
    Ok(file)
}

/// A new case, preset by `?jurisdiction=` and `?track=` when they are valid.
fn preset_case() -> CaseFile {
    let mut file = CaseFile::new(web::new_case_id());
    if let Some(j) = web::query_param("jurisdiction")
        .as_deref()
        .and_then(Jurisdiction::parse)
    {
        file.jurisdiction = j.code();
    }
    if let Some(t) = web::query_param("track").as_deref().and_then(Track::parse) {
        file.track = t.as_str().to_string();
    }
    file
}
