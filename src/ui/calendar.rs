//! "Add to my calendar": a calendar file with every dated deadline (or one), with reminders the
//! family chooses and nothing private unless they tick the box. The file itself is written by
//! [`crate::ics`]; this is the panel and the download.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::ids::DeadlineId;
use crate::ics;
use crate::ics::deadlines::{self, REMINDER_CHOICES};
use crate::web;

/// What the family chose for calendar files: two reminder slots and whether private text goes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarChoices {
    pub reminders: [Option<u32>; 2],
    pub include_private: bool,
}

impl Default for CalendarChoices {
    /// One week and two days before (the defaults of [`deadlines::Options`]); nothing private.
    fn default() -> Self {
        let d = deadlines::Options::default();
        CalendarChoices {
            reminders: [d.reminders.first().copied(), d.reminders.get(1).copied()],
            include_private: d.include_private,
        }
    }
}

impl CalendarChoices {
    fn options(self, only: Option<DeadlineId>) -> deadlines::Options {
        let mut days: Vec<u32> = self.reminders.into_iter().flatten().collect();
        crate::sort::sort_by(&mut days, |a, b| b.cmp(a));
        days.dedup();
        deadlines::Options {
            reminders: days,
            include_private: self.include_private,
            only,
        }
    }
}

/// Downloads the calendar file: all dated deadlines, or the one given.
pub fn download(state: AppState, only: Option<DeadlineId>) {
    // Events are named after the case: give a case without an id one now, so that a second file
    // updates the same events. The id changes nothing the page shows.
    if state.file.with_untracked(|f| f.case_id.is_none()) {
        state
            .file
            .update_untracked(|f| f.case_id = Some(web::new_case_id()));
    }
    let file = state.file.get_untracked();
    let case_id = file.case_id.clone().unwrap_or_default();
    let now = web::now_iso();
    let stamp = ics::stamp(&now).unwrap_or_else(|| "19700101T000000Z".into());
    let options = state.calendar.get_untracked().options(only);
    let t = state.text();
    let cal = state
        .timeline
        .with_untracked(|tl| deadlines::calendar(t, &file, &case_id, tl, &options, &stamp));
    // "Today" as the page counts it (a fixed `?today=` included), like the dates inside.
    let date = state.today.to_string();
    let name = match only {
        Some(id) => format!("{}-{date}.ics", id.as_str()),
        None => format!("due-process-deadlines-{date}.ics"),
    };
    web::download(&name, "text/calendar", &ics::write(&cal));
}

/// One reminder's choice: a select of "none" or a number of days before.
#[component]
fn ReminderChoice(which: usize, id: &'static str, label: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let current = move || {
        state.calendar.with(|c| {
            c.reminders[which]
                .map(|d| d.to_string())
                .unwrap_or_else(|| "off".into())
        })
    };
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev).parse::<u32>().ok();
        state.calendar.update(|c| c.reminders[which] = value);
    };
    view! {
        <div class="dp-field dp-field--inline">
            <label for=id class="dp-label">{label}</label>
            <select id=id class="dp-input" data-field=id prop:value=current on:change=on_change>
                {REMINDER_CHOICES
                    .iter()
                    .map(|c| {
                        let value = c.map(|d| d.to_string()).unwrap_or_else(|| "off".into());
                        view! { <option value=value>{t.reminder_choice(*c)}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The calendar panel under the timeline.
#[component]
pub fn AddToCalendar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = state.text();
    let has_dates = Memo::new(move |_| {
        state.timeline.with(|tl| {
            tl.deadlines
                .iter()
                .any(|d| deadlines::event_date(d).is_some())
        })
    });
    let private = move || state.calendar.with(|o| o.include_private);
    view! {
        <section class="dp-calendar dp-no-print" aria-labelledby="calendar-heading">
            <h3 id="calendar-heading">{t.calendar_heading()}</h3>
            <p class="dp-help">{t.calendar_help()}</p>
            <div class="dp-actions">
                <ReminderChoice which=0 id="dp-reminder-1" label=t.reminder_label(1)/>
                <ReminderChoice which=1 id="dp-reminder-2" label=t.reminder_label(2)/>
            </div>
            <div class="dp-radio">
                <input
                    type="checkbox"
                    id="dp-calendar-private"
                    data-field="calendar-private"
                    prop:checked=private
                    on:change=move |ev| state.calendar.update(|o| o.include_private = event_target_checked(&ev))
                />
                <label for="dp-calendar-private">{t.calendar_include_private()}</label>
            </div>
            <button
                type="button"
                class="dp-button"
                data-action="calendar"
                disabled=move || !has_dates.get()
                on:click=move |_| download(state, None)
            >
                {t.add_all_to_calendar()}
            </button>
        </section>
    }
}
