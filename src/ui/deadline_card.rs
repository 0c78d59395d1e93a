//! One deadline on the line: its date, whose it is, days left, the "act by" line, weekend and
//! holiday flags, the arithmetic, the rule with its citation and status, other readings, and
//! what it means for the family. Carries the test hooks of contract section 7.
//!
//! A date typed moves a handful of deadlines, and each moved card changes a few words: a date,
//! the days left, the arithmetic, a flag line that comes or goes. The card is therefore drawn
//! once and then patched by hand: one effect per card compares the new deadline's parts with
//! what is on screen and touches only those that differ. A line that comes or goes is added or
//! removed alone, instead of every line after it being rewritten (which a generic view diff,
//! pairing lines by position, does). `benches/page.mjs` measures the result.
//!
//! The card's own button ("add this one to my calendar") is handled by the timeline's click
//! listener ([`calendar_click`]), so a redrawn card never attaches a listener again.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Text as TextNode};

use super::state::AppState;
use crate::engine::Deadline;
use crate::engine::ids::DeadlineId;
use crate::explain::{Line, LineKind, card_lines, reading_lines};
use crate::i18n::Text;
use crate::ics::deadlines::event_date;
use crate::rules::Verification;

pub(crate) fn status_class(status: Verification) -> &'static str {
    match status {
        Verification::Verified => "dp-badge dp-badge--verified",
        Verification::Interpretive => "dp-badge dp-badge--interpretive",
        Verification::Secondary | Verification::Unverified => "dp-badge dp-badge--unverified",
    }
}

fn line_class(kind: LineKind) -> &'static str {
    match kind {
        LineKind::Owner => "dp-owner",
        LineKind::NotApplicable => "dp-deadline__why",
        LineKind::Missing => "dp-deadline__missing",
        LineKind::ActBy => "dp-actby",
        LineKind::ActByReason => "dp-actby-why",
        LineKind::IfPassed => "dp-if-passed",
        LineKind::DayFlag => "dp-flag",
        LineKind::Explain => "dp-explain",
        LineKind::Note => "dp-note",
        LineKind::Arithmetic => "dp-arithmetic",
        LineKind::CountedFrom => "dp-counted-from",
        LineKind::Skipped => "dp-skipped",
        LineKind::Rule => "dp-rule",
        LineKind::Reading => "dp-reading",
        LineKind::Earliest => "dp-earliest",
    }
}

/// The card of one deadline, while the timeline has it.
#[component]
pub fn DeadlineCard(deadline: Signal<Option<Deadline>>) -> impl IntoView {
    let shown = Memo::new(move |_| deadline.with(Option::is_some));
    move || shown.get().then(|| view! { <CardItem deadline=deadline/> })
}

#[component]
fn CardItem(deadline: Signal<Option<Deadline>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    // The card's element once built, and what is drawn in it.
    let card = StoredValue::new_local(None::<(Element, Option<Drawn>)>);
    let redraw = move || {
        let notes = state.notes.get();
        deadline.with(|d| {
            card.update_value(|card| {
                if let (Some((li, drawn)), Some(d)) = (card, d) {
                    draw(t, li, drawn, d, notes);
                }
            })
        })
    };
    // Later deadlines: the effect's first run, before the element exists, only subscribes.
    let effect = RenderEffect::new(move |_| redraw());
    StoredValue::new_local(effect);
    // The first deadline is drawn as the element is built, with the rest of the timeline.
    let attach = move |li: Element| {
        card.set_value(Some((li, None)));
        untrack(redraw);
    };
    view! { <li class="dp-deadline" use:attach></li> }
}

/// The timeline's click listener for the cards' calendar buttons: the button's card names the
/// deadline.
pub fn calendar_click(state: AppState, ev: &leptos::ev::MouseEvent) {
    let id = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("[data-action=\"calendar-one\"]").ok().flatten())
        .and_then(|button| button.closest("[data-deadline]").ok().flatten())
        .and_then(|card| card.get_attribute("data-deadline"))
        .and_then(|id| DeadlineId::parse(&id));
    if let Some(id) = id {
        super::calendar::download(state, Some(id));
    }
}

/// What one card shows now, kept to compare the next deadline with.
struct Drawn {
    doc: Document,
    /// The date line (`<p>` with `<time>` and the days left), while the deadline has a date.
    date: Option<DateLine>,
    title: TextNode,
    title_text: String,
    lines: Vec<DrawnLine>,
    readings_box: Element,
    readings: Vec<DrawnLine>,
    button: Option<Element>,
    /// The card's attributes as last written, in the order of [`ATTRIBUTES`].
    attributes: [Option<String>; 5],
    classes: (bool, bool, bool),
    /// The arrivals of citation notes ([`AppState::notes`]) the cited lines were drawn with.
    notes: u32,
}

const ATTRIBUTES: [&str; 5] = [
    "data-date",
    "data-earliest",
    "data-status",
    "data-source",
    "data-owner",
];

struct DateLine {
    line: Element,
    time: Element,
    days_span: Element,
    date: TextNode,
    days: TextNode,
    shown: (String, String, String),
}

struct DrawnLine {
    line: Line,
    element: Element,
    text: TextNode,
}

fn element(doc: &Document, tag: &str, class: &str) -> Option<Element> {
    let el = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    Some(el)
}

/// Draws `d` into the card `li`, patching what `drawn` says is there.
fn draw(t: &'static dyn Text, li: &Element, drawn: &mut Option<Drawn>, d: &Deadline, notes: u32) {
    if drawn.is_none() {
        *drawn = first_draw(t, li, d.id);
    }
    let Some(drawn) = drawn else { return };
    if drawn.notes != notes {
        // The citation notes came after the card was drawn: each line that cites a rule is
        // made again, with its note (a line is remade when its citation differs).
        for on_screen in drawn.lines.iter_mut().chain(drawn.readings.iter_mut()) {
            on_screen.line.link = None;
        }
        drawn.notes = notes;
    }
    // The card: its hooks (contract section 7) and its classes.
    let date = d.date().map(|x| x.to_string());
    let earliest = d.earliest.filter(|e| Some(*e) != d.date());
    let values = [
        Some(date.unwrap_or_default()),
        earliest.map(|e| e.to_string()),
        Some(d.status.as_str().to_string()),
        Some(d.source.as_str().to_string()),
        Some(d.owner.as_str().to_string()),
    ];
    for ((name, old), new) in ATTRIBUTES.iter().zip(&mut drawn.attributes).zip(values) {
        if *old != new {
            let _ = match &new {
                Some(value) => li.set_attribute(name, value),
                None => li.remove_attribute(name),
            };
            *old = new;
        }
    }
    // Passed once the headline's date has (the act-by line says so of its own day).
    let passed = d.days_to_date.is_some_and(|n| n < 0);
    // A passed act-by day's box is no longer the green "safe" one.
    let classes = (passed, d.family_acts, d.act_by_passed());
    if drawn.classes != classes {
        let list = li.class_list();
        let _ = list.toggle_with_force("dp-deadline--passed", classes.0);
        let _ = list.toggle_with_force("dp-deadline--family", classes.1);
        let _ = list.toggle_with_force("dp-deadline--act-by-passed", classes.2);
        drawn.classes = classes;
    }
    draw_date(t, drawn, d);
    let title = if d.taken {
        format!("{} ({})", t.deadline_name(d.id), t.step_done())
    } else if passed {
        format!("{} ({})", t.deadline_name(d.id), t.passed())
    } else {
        t.deadline_name(d.id).to_string()
    };
    if drawn.title_text != title {
        drawn.title.set_data(&title);
        drawn.title_text = title;
    }
    let doc = drawn.doc.clone();
    let lines = card_lines(t, d);
    patch_lines(
        t,
        &doc,
        li,
        &mut drawn.lines,
        lines,
        Some(&drawn.readings_box),
    );
    // The "other readings" box is hidden while it has no lines (as it starts).
    let was_hidden = drawn.readings.is_empty();
    let readings_box = drawn.readings_box.clone();
    patch_lines(
        t,
        &doc,
        &readings_box,
        &mut drawn.readings,
        reading_lines(t, d),
        None,
    );
    let hidden = drawn.readings.is_empty();
    if hidden != was_hidden {
        let _ = readings_box.toggle_attribute_with_force("hidden", hidden);
    }
    // The calendar button, while the deadline has a date to put in a calendar.
    match (event_date(d).is_some(), drawn.button.take()) {
        (true, None) => {
            drawn.button = calendar_button(t, &doc, d.id);
            if let Some(b) = &drawn.button {
                let _ = li.append_child(b);
            }
        }
        (false, Some(b)) => b.remove(),
        (_, kept) => drawn.button = kept,
    }
}

/// The parts every card has: the title, and the "other readings" box, which starts hidden.
fn first_draw(t: &'static dyn Text, li: &Element, id: DeadlineId) -> Option<Drawn> {
    let doc = li.owner_document()?;
    let _ = li.set_attribute("data-deadline", id.as_str());
    let heading = element(&doc, "h3", "dp-deadline__title")?;
    let title = doc.create_text_node("");
    let _ = heading.append_child(&title);
    let readings_box = element(&doc, "details", "dp-readings")?;
    let _ = readings_box.set_attribute("hidden", "");
    let summary = element(&doc, "summary", "")?;
    summary.set_text_content(Some(t.other_readings()));
    let _ = readings_box.append_child(&summary);
    let _ = li.append_child(&heading);
    let _ = li.append_child(&readings_box);
    let _ = li.set_attribute("id", &format!("deadline-{}", id.as_str()));
    if let Some(links) = explain_links(t, &doc, id) {
        let _ = li.append_child(&links);
    }
    super::report_date::add_button(&doc, li, t);
    Some(Drawn {
        doc,
        date: None,
        title,
        title_text: String::new(),
        lines: Vec::new(),
        readings_box,
        readings: Vec::new(),
        button: None,
        attributes: Default::default(),
        classes: (false, false, false),
        notes: 0,
    })
}

/// The date line: the date, and the days left. It opens the card's heading, so that a screen
/// reader moving by headings hears the date with the deadline's name.
fn draw_date(t: &'static dyn Text, drawn: &mut Drawn, d: &Deadline) {
    let Some(c) = d.primary.as_ref() else {
        if let Some(old) = drawn.date.take() {
            old.line.remove();
        }
        return;
    };
    if drawn.date.is_none() {
        drawn.date = new_date_line(&drawn.doc);
        if let (Some(date), Some(heading)) = (&drawn.date, drawn.title.parent_node()) {
            let _ = heading.insert_before(&date.line, heading.first_child().as_ref());
        }
    }
    let Some(date) = &mut drawn.date else { return };
    // The countdown beside the date counts to that date (the act-by line has its own).
    let shown = (
        c.date.to_string(),
        t.date_long(c.date),
        // A step taken has no countdown ("Done" is beside its name).
        d.days_to_date
            .filter(|_| !d.taken)
            .map(|n| t.days_left(n))
            .unwrap_or_default(),
    );
    if date.shown.0 != shown.0 {
        let _ = date.time.set_attribute("datetime", &shown.0);
        let _ = date.days_span.set_attribute("data-countdown-to", &shown.0);
    }
    if date.shown.1 != shown.1 {
        date.date.set_data(&shown.1);
    }
    if date.shown.2 != shown.2 {
        date.days.set_data(&shown.2);
    }
    date.shown = shown;
}

fn new_date_line(doc: &Document) -> Option<DateLine> {
    let line = element(doc, "span", "dp-deadline__date")?;
    let time = element(doc, "time", "")?;
    let date = doc.create_text_node("");
    let _ = time.append_child(&date);
    let span = element(doc, "span", "dp-days")?;
    let days = doc.create_text_node("");
    let _ = span.append_child(&days);
    let _ = line.append_child(&time);
    let _ = line.append_child(&span);
    Some(DateLine {
        line,
        time,
        days_span: span,
        date,
        days,
        shown: Default::default(),
    })
}

/// The card's links to what it means ("What happens at each step") and, where one exists, to the
/// checklist of its meeting. Not on paper.
fn explain_links(t: &'static dyn Text, doc: &Document, id: DeadlineId) -> Option<Element> {
    let p = element(doc, "p", "dp-card-links dp-no-print")?;
    let stage = element(doc, "a", "")?;
    let _ = stage.set_attribute(
        "href",
        &format!("#{}", super::stages::anchor(super::stages::stage_of(id))),
    );
    let _ = stage.set_attribute("data-explain", "");
    stage.set_text_content(Some(t.what_it_means()));
    let _ = p.append_child(&stage);
    if let Some(meeting) = super::checklists::meeting_of(id) {
        let list = element(doc, "a", "")?;
        let _ = list.set_attribute("href", &format!("#{}", super::checklists::anchor(meeting)));
        let _ = list.set_attribute("data-checklist-link", "");
        list.set_text_content(Some(t.checklist_link()));
        let _ = p.append_child(&list);
    }
    Some(p)
}

fn calendar_button(t: &'static dyn Text, doc: &Document, id: DeadlineId) -> Option<Element> {
    let b = element(doc, "button", "dp-button dp-button--quiet dp-no-print")?;
    let _ = b.set_attribute("type", "button");
    let _ = b.set_attribute("data-action", "calendar-one");
    let label = format!("{}: {}", t.add_one_to_calendar(), t.deadline_name(id));
    let _ = b.set_attribute("aria-label", &label);
    b.set_text_content(Some(t.add_one_to_calendar()));
    Some(b)
}

/// How far ahead a line is looked for among those on screen before a new one is made.
const LOOK_AHEAD: usize = 3;

/// Brings the lines on screen (children of `parent`, before `end`) to `new`. Lines are paired
/// in order by kind: a line of the same kind within [`LOOK_AHEAD`] is kept and its words
/// updated, the lines skipped over are removed, and a line without a pair is added.
fn patch_lines(
    t: &'static dyn Text,
    doc: &Document,
    parent: &Element,
    drawn: &mut Vec<DrawnLine>,
    new: Vec<Line>,
    end: Option<&Element>,
) {
    let mut old = std::mem::take(drawn).into_iter().peekable();
    let mut kept: Vec<DrawnLine> = Vec::with_capacity(new.len());
    let mut waiting: std::collections::VecDeque<DrawnLine> = Default::default();
    for line in new {
        while waiting.len() < LOOK_AHEAD {
            match old.next() {
                Some(o) => waiting.push_back(o),
                None => break,
            }
        }
        let found = waiting.iter().position(|o| o.line.kind == line.kind);
        match found {
            Some(at) => {
                for skipped in waiting.drain(..at) {
                    skipped.element.remove();
                }
                if let Some(mut same) = waiting.pop_front() {
                    update_line(t, doc, &mut same, line);
                    kept.push(same);
                }
            }
            None => {
                let Some(made) = new_line(t, doc, line) else {
                    continue;
                };
                let before = waiting.front().map(|o| &o.element).or(end);
                let _ =
                    parent.insert_before(&made.element, before.map(|e| -> &web_sys::Node { e }));
                kept.push(made);
            }
        }
    }
    for left in waiting.into_iter().chain(old) {
        left.element.remove();
    }
    *drawn = kept;
}

fn update_line(t: &'static dyn Text, doc: &Document, on_screen: &mut DrawnLine, line: Line) {
    let old = &on_screen.line;
    if old.link != line.link || old.badge != line.badge || old.countdown != line.countdown {
        // Rare: a citation or a status that comes or goes. The line is made again.
        if let Some(made) = new_line(t, doc, line) {
            let _ = on_screen.element.replace_with_with_node_1(&made.element);
            *on_screen = made;
        }
        return;
    }
    if old.text != line.text {
        on_screen.text.set_data(&line.text);
    }
    on_screen.line = line;
}

fn new_line(t: &'static dyn Text, doc: &Document, line: Line) -> Option<DrawnLine> {
    let p = element(doc, "p", line_class(line.kind))?;
    let text = doc.create_text_node(&line.text);
    let _ = p.append_child(&text);
    if let Some((to, days)) = &line.countdown {
        let span = element(doc, "span", "dp-days")?;
        let _ = span.set_attribute("data-countdown-to", &to.to_string());
        span.set_text_content(Some(days));
        let _ = p.append_with_str_1(" ");
        let _ = p.append_child(&span);
    }
    if let Some((href, label)) = line.link {
        let a = element(doc, "a", "")?;
        let _ = a.set_attribute("href", href);
        let _ = a.set_attribute("target", "_blank");
        let _ = a.set_attribute("rel", "noopener noreferrer");
        // Citations are quoted as the law writes them, in English, on the Spanish page too; a
        // note a citation carries is said in the page's language after it.
        let _ = a.set_attribute("lang", "en");
        let (shown, note) = t
            .citation_note(label)
            .map_or((label, None), |(legal, note)| (legal, Some(note)));
        a.set_text_content(Some(shown));
        let _ = p.append_with_str_1(" ");
        let _ = p.append_child(&a);
        if let Some(note) = note {
            let _ = p.append_with_str_1(&format!(" ({note})"));
        }
    }
    if let Some(status) = line.badge {
        let badge = element(doc, "span", status_class(status))?;
        let _ = badge.set_attribute("title", t.status_explain(status));
        badge.set_text_content(Some(t.status_label(status)));
        let _ = p.append_with_str_1(" ");
        let _ = p.append_child(&badge);
    }
    Some(DrawnLine {
        line,
        element: p,
        text,
    })
}
