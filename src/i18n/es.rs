//! Español (Spanish).
//!
//! Written for parents, in plain words and with "usted". Legal names and citations stay as they
//! are. Terms follow the ones Spanish-speaking families meet in US special education: "queja de
//! debido proceso", "sesión de resolución", "oficial de audiencias", "días hábiles", "días
//! calendario", "días escolares", and California's own words: "colocación" for placement (with a
//! gloss where it first matters), "juez de derecho administrativo" of the "Oficina de Audiencias
//! Administrativas" (OAH). Jargon a parent may not know gets a plain gloss beside it.

use crate::embed::Theme;
use chrono::NaiveDate;

use super::{OpenProblem, Stage, Text, month_index, sign, weekday_index};
use crate::case::link::LinkError;
use crate::case::{FieldProblem, LoadError};
use crate::engine::calendar::HolidayId;
use crate::engine::case::STATE_CODES;
use crate::engine::count::{Count, Unit};
use crate::engine::ids::{DeadlineId as D, EventId as E};
use crate::engine::timeline::{MissingWhy, NotApplicable, Note};
use crate::engine::validate::Issue;
use crate::rules::{Field, Owner, ReadingKind, Verification};

pub struct Es;
pub static ES: Es = Es;

impl Text for Es {
    fn language_label(&self) -> &'static str {
        "Idioma"
    }
    fn date_order(&self) -> super::typed_date::DateOrder {
        super::typed_date::DateOrder::DayFirst
    }
    fn date_order_words(&self, order: super::typed_date::DateOrder) -> &'static str {
        match order {
            super::typed_date::DateOrder::MonthFirst => "mes/día/año",
            super::typed_date::DateOrder::DayFirst => "día/mes/año",
        }
    }
    fn typed_date_hint(&self, order: super::typed_date::DateOrder) -> String {
        let words = crate::letter_case::capitalized(self.date_order_words(order));
        format!("{words}, por ejemplo {}", super::typed_date::example(order))
    }
    fn typed_date_read(&self, date: &str, order: Option<super::typed_date::DateOrder>) -> String {
        match order {
            Some(order) => format!("Fecha leída: {date} ({}).", self.date_order_words(order)),
            None => format!("Fecha leída: {date}."),
        }
    }
    fn typed_date_problem(
        &self,
        problem: super::typed_date::TypedProblem,
        order: super::typed_date::DateOrder,
    ) -> String {
        use super::typed_date::{DateOrder, TypedProblem as P};
        let (words, example) = (
            self.date_order_words(order),
            super::typed_date::example(order),
        );
        match problem {
            P::Empty => String::new(),
            P::NotUnderstood => format!(
                "No pudimos leer esta fecha. Escríbala como {words}, por ejemplo {example}."
            ),
            P::MissingYear => {
                format!("Falta el año: escriba la fecha como {words}, por ejemplo {example}.")
            }
            P::BadMonth(m) => match order {
                DateOrder::DayFirst => format!(
                    "No existe el mes {m}. Escriba primero el día y después el mes: {example}."
                ),
                DateOrder::MonthFirst => format!(
                    "No existe el mes {m}. Escriba primero el mes y después el día: {example}."
                ),
            },
            P::NoSuchDay { day, month, year } => {
                let name = self.month_names()[month.clamp(1, 12) as usize - 1];
                let capital = crate::letter_case::capitalized(name);
                format!("{capital} de {year} no tiene día {day}.")
            }
            P::OutOfRange(year) => {
                format!("La calculadora cubre los años de 1990 a 2100, no {year}.")
            }
        }
    }
    fn type_dates(&self) -> &'static str {
        "Escribir las fechas en vez de elegirlas"
    }
    fn type_dates_help(&self, order: super::typed_date::DateOrder) -> String {
        format!(
            "Cada casilla de fecha se convierte en una casilla de texto: escriba {} (por ejemplo {}) y la página le dirá qué fecha entendió.",
            self.date_order_words(order),
            super::typed_date::example(order)
        )
    }
    fn app_title(&self) -> &'static str {
        "Calculadora de plazos del debido proceso"
    }
    fn tagline(&self) -> &'static str {
        "El debido proceso de educación especial bajo la ley IDEA: sus fechas, cómo se contó cada una y qué significa cada paso para su familia."
    }
    fn not_advice(&self) -> &'static str {
        "Esta página le da información, no asesoría legal. Una calculadora no puede ver todos los detalles de su caso. Si una fecha es importante, confírmela con un abogado, un defensor o el Centro de Capacitación e Información para Padres de su estado."
    }
    fn privacy(&self) -> &'static str {
        "Todo lo que usted escribe se queda en este navegador. No se envía nada a ningún lugar."
    }
    fn skip_to_timeline(&self) -> &'static str {
        "Ir directamente a su línea de tiempo"
    }
    fn see_timeline(&self) -> &'static str {
        "Ver su línea de tiempo"
    }
    fn today_fixed(&self, today: &str) -> String {
        format!(
            "En esta página, \"hoy\" es siempre el {today} (así lo fija el enlace que usted abrió)."
        )
    }
    fn rules_checked(&self, date: &str) -> String {
        format!("La última vez que comparamos las reglas con sus fuentes fue el {date}.")
    }
    fn report_wrong_date(&self) -> &'static str {
        "Avisar de una fecha incorrecta"
    }
    fn report_help(&self) -> &'static str {
        "Si una fecha le parece incorrecta, use \"Avisar de una fecha incorrecta\" en su tarjeta: prepara un aviso con el plazo, las fechas que escribió y la fecha que se muestra, para enviarlo por correo o copiarlo, sin nombres ni notas salvo que usted los añada. O avise a la organización que le compartió esta herramienta."
    }

    fn step_situation(&self) -> &'static str {
        "1. Su situación"
    }
    fn state_label(&self) -> &'static str {
        "¿En qué estado está la escuela de su hijo?"
    }
    fn state_help(&self) -> &'static str {
        "Cada estado puede poner sus propios plazos. Esta versión tiene todas las reglas de California y algunas de cada uno de los demás estados. Si falta la regla de un estado, usamos la federal, y la fecha lo indica."
    }
    fn federal_only(&self) -> &'static str {
        "Solo las reglas federales"
    }
    fn state_name(&self, code: &str) -> &'static str {
        state_name(code)
    }
    fn fallback_warning(&self, state: &str) -> String {
        format!(
            "Todavía no tenemos las reglas propias de {state}, así que estas fechas usan las reglas federales. {state} puede tener plazos más cortos, sobre todo para presentar una queja y para ir a un tribunal. Antes de confiar en una fecha, consulte con el centro para padres o con el departamento de educación de su estado."
        )
    }
    // Fields of a state's rules checked or not (issue 23).
    fn field_name(&self, field: Field) -> &'static str {
        match field {
            Field::FilingLimit => "el plazo para presentar una queja",
            Field::Court => "el plazo para ir a un tribunal",
            Field::StateReview => "una revisión estatal de la decisión de la audiencia",
            Field::StateCourt => "un plazo aparte para los tribunales estatales",
            Field::Reimbursement => "un plazo para reclamar los costos de la escuela privada",
            Field::Holidays => "los feriados estatales que no son días hábiles",
            Field::HearingOffice => "quién dirige las audiencias",
        }
    }
    fn partial_pack_warning(&self, state: &str, fields: &[Field]) -> String {
        let names: Vec<&str> = fields.iter().map(|f| self.field_name(*f)).collect();
        let list = match names.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} y {last}", rest.join(", ")),
            None => String::new(),
        };
        format!(
            "Todavía no hemos leído los textos propios de {state} sobre {list}. Para eso, las fechas usan las reglas federales (o una regla de {state} marcada como no del todo respaldada), y {state} puede fijar otros plazos. Lo demás se comprobó en los textos de {state}: \"Fuentes de {state}\" muestra lo que leímos. Antes de confiar en una fecha, consulte con el centro para padres o con el departamento de educación de su estado."
        )
    }
    fn sources_no_state_rule(&self, state: &str, field: Field) -> String {
        match field {
            Field::StateReview => format!(
                "Comprobado: {state} no tiene una revisión estatal de la decisión de la audiencia, que va directamente a un tribunal. Lo que leímos:"
            ),
            _ => format!(
                "Comprobado: {state} no fija una regla propia sobre {}; se aplica la regla federal. Lo que leímos:",
                self.field_name(field)
            ),
        }
    }
    fn sources_heading(&self, state: &str) -> String {
        format!("Fuentes de {state}")
    }
    fn sources_intro(&self, state: &str) -> String {
        format!(
            "Las reglas de {state} que usa esta calculadora, cada una con el texto del que sale, qué tan bien está respaldada y cuándo se revisó por última vez. Las demás fechas siguen las reglas federales."
        )
    }
    fn sources_none(&self, state: &str) -> String {
        format!(
            "Todavía no hemos incorporado ninguna regla propia de {state}: todas las fechas usan las reglas federales (IDEA, 34 CFR parte 300)."
        )
    }
    fn sources_rule(&self, period: u32, unit: &str, from: &str) -> String {
        // "de" + "el día ..." contracts to "del día ...".
        match from.strip_prefix("el ") {
            Some(rest) => format!("{period} {unit} después del {rest}"),
            None => format!("{period} {unit} después de {from}"),
        }
    }
    fn sources_checked(&self, date: &str) -> String {
        format!("Revisada el {date}.")
    }
    fn sources_holidays(&self, citation: &str) -> String {
        format!("Feriados para los días hábiles: los feriados federales y {citation}.")
    }
    fn sources_holidays_federal_only(&self, state: &str) -> String {
        format!(
            "Los días hábiles solo descuentan los feriados federales: los feriados propios de {state} aún no están incorporados."
        )
    }
    fn sources_school_holidays(&self, citation: &str) -> String {
        format!(
            "Días escolares (un calendario de ejemplo, que puede no ser el de su distrito): los días de semana, menos los feriados federales y los feriados escolares de {citation}."
        )
    }
    fn sources_two_tier(&self) -> &'static str {
        "Aquí, antes de cualquier tribunal, la decisión de la audiencia pasa por una revisión a nivel estatal."
    }
    fn office_hearings(&self, state: &str, office: &str) -> String {
        format!("En {state}, las audiencias de debido proceso las dirige u organiza: {office}")
    }
    fn office_mediation(&self, state: &str, office: &str) -> String {
        format!("Mediación en {state}: {office}")
    }
    fn citation_note(&self, citation: &str) -> Option<(&'static str, &'static str)> {
        crate::rules::notes_es::citation_note(citation)
    }
    fn office_name(&self, name: &'static str) -> &'static str {
        crate::rules::notes_es::office_name(name).unwrap_or(name)
    }
    fn federal_note(&self) -> &'static str {
        "Se usan las reglas federales (IDEA). Su estado puede agregar sus propios plazos."
    }
    fn state_pack_note(&self, state: &str) -> String {
        format!(
            "Se usan las reglas federales, más las reglas propias de {state} y sus días feriados estatales."
        )
    }
    fn filed_by_legend(&self) -> &'static str {
        "¿Quién presentó la queja de debido proceso?"
    }
    fn filed_by_parent(&self) -> &'static str {
        "Nosotros (los padres o la familia)"
    }
    fn filed_by_district(&self) -> &'static str {
        "El distrito escolar"
    }
    fn track_legend(&self) -> &'static str {
        "¿Qué tipo de audiencia es?"
    }
    fn track_standard(&self) -> &'static str {
        "Una audiencia normal"
    }
    fn track_expedited(&self) -> &'static str {
        "Una audiencia rápida (acelerada) sobre disciplina"
    }
    fn track_dual(&self) -> &'static str {
        "Las dos: una audiencia rápida sobre disciplina y una normal"
    }
    fn track_help(&self) -> &'static str {
        "La audiencia acelerada es para desacuerdos sobre disciplina, como una suspensión o un cambio a otro lugar de estudio. Sus plazos son más cortos y se cuentan en días escolares."
    }
    fn key_dates(&self) -> &'static str {
        "Fechas clave"
    }

    fn step_events(&self) -> &'static str {
        "2. Lo que ha pasado desde entonces"
    }
    fn step_events_help(&self) -> &'static str {
        "Conteste solo lo que ya pasó: abra un grupo para ver sus preguntas. Deje la fecha en blanco si eso no ha pasado o si no sabe la fecha. Su línea de tiempo cambia mientras usted escribe."
    }
    fn group_meeting(&self) -> &'static str {
        "La sesión de resolución"
    }
    fn group_complaint(&self) -> &'static str {
        "Cambios a la queja"
    }
    fn group_agreements(&self) -> &'static str {
        "Acuerdos y ofertas"
    }
    fn group_hearing(&self) -> &'static str {
        "La audiencia y la decisión"
    }
    fn group_discipline(&self) -> &'static str {
        "Disciplina"
    }
    fn group_private(&self) -> &'static str {
        "Escuela privada"
    }
    fn event_question(&self, id: E) -> &'static str {
        match id {
            E::KnewOfProblem => {
                "¿Cuándo supo usted del problema por primera vez (o cuándo debió haberlo sabido)?"
            }
            E::ActOrOmission => {
                "¿Cuándo hizo (o dejó de hacer) el distrito lo que reclama su queja?"
            }
            E::DistrictDecisionNotice => {
                "¿Cuándo le avisó el distrito por escrito de la decisión con la que usted no está de acuerdo?"
            }
            E::ComplaintFiled => "¿Cuándo se presentó la queja de debido proceso?",
            E::ComplaintReceived => "¿Cuándo recibió la queja la otra parte?",
            E::SufficiencyNoticeReceived => {
                "Si alguien le avisó al oficial de audiencias que a la queja le falta información que exige la ley, ¿qué día recibió el oficial ese aviso?"
            }
            E::ResolutionWaived => {
                "Si usted y el distrito firmaron un papel que dice que no harán la sesión de resolución, ¿qué día?"
            }
            E::MediationChosen => {
                "Si usted y el distrito acordaron usar la mediación en lugar de la sesión de resolución, ¿qué día?"
            }
            E::ResolutionMeetingScheduled => {
                "¿Qué fecha da la carta del distrito para la sesión de resolución?"
            }
            E::ResolutionMeetingHeld => "¿Cuándo se hizo la sesión de resolución?",
            E::DistrictMissedMeeting => {
                "Si el distrito no hizo la sesión de resolución, o no participó en ella, dentro de los 15 días, ¿qué día se dio cuenta usted?"
            }
            E::ParentMissedMeeting => {
                "Si la familia que presentó la queja faltó a la sesión de resolución, ¿qué día?"
            }
            E::HearingTimelineStarted => {
                "Si un oficial de audiencias ordenó que empezaran los plazos de la audiencia, ¿desde qué día?"
            }
            E::NoAgreementInWriting => {
                "Si las dos partes dijeron por escrito que no es posible llegar a un acuerdo, ¿qué día?"
            }
            E::MediationContinuedInWriting => {
                "Si al final de los 30 días las dos partes acordaron por escrito seguir con la mediación, ¿qué día?"
            }
            E::MediationWithdrawn => {
                "Si alguna de las partes se retiró más tarde de esa mediación, ¿qué día?"
            }
            E::AmendedComplaintFiled => {
                "Si se presentó una queja enmendada (con cambios), ¿qué día?"
            }
            E::SettlementSigned => {
                "Si firmó un acuerdo por escrito en la sesión de resolución, ¿qué día?"
            }
            E::MediationAgreementSigned => {
                "Si firmó un acuerdo por escrito en la mediación, ¿qué día?"
            }
            E::SettlementOfferReceived => {
                "Si recibió una oferta de acuerdo por escrito de parte del distrito, ¿qué día?"
            }
            E::HearingStart => "¿Cuándo empieza (o empezó) la audiencia?",
            E::HearingEnded => "¿Cuándo terminó la audiencia?",
            E::DecisionIssued => "¿Qué fecha tiene la decisión del oficial de audiencias?",
            E::DecisionMailed => "¿Cuándo se envió la decisión por correo?",
            E::DecisionReceived => "¿Cuándo recibió usted la decisión?",
            E::DecisionDueExtendedTo => {
                "Si el oficial de audiencias extendió el plazo para la decisión, ¿hasta qué día?"
            }
            E::ReviewDecisionIssued => "¿Qué fecha tiene la decisión de la revisión estatal?",
            E::PlacementChangeDecided => {
                "¿Cuándo decidió la escuela cambiar la colocación de su hijo (el lugar o programa donde estudia) por motivos de disciplina?"
            }
            E::PrivatePlacementPlanned => {
                "¿Qué día piensa cambiar a su hijo a una escuela privada y pedirle al distrito que la pague?"
            }
            E::PrivatePlacementStarted => "¿Qué día empezó su hijo en la escuela privada?",
        }
    }
    fn event_help(&self, id: E) -> &'static str {
        match id {
            E::ActOrOmission => {
                "En su estado, el plazo para presentar la queja puede contarse desde este día, no desde el día en que usted se enteró. Si el problema duró un tiempo, el primer día da la fecha más segura."
            }
            E::KnewOfProblem => {
                "El límite de dos años para presentar una queja normalmente se cuenta desde este día. Si hay desacuerdo sobre el día exacto, lo decide un oficial de audiencias."
            }
            E::DistrictDecisionNotice => {
                "La fecha de la carta del distrito (muchas veces se llama notificación previa por escrito). La usamos para mostrarle una fecha más temprana y más segura para presentar la queja."
            }
            E::ComplaintFiled => "El día en que se envió la queja a la oficina de audiencias.",
            E::ComplaintReceived => {
                "La mayoría de los plazos empiezan a contar el día después de que la otra parte recibe la queja. Si no está seguro, use el primer día en que probablemente la recibió."
            }
            E::SufficiencyNoticeReceived => {
                "Después de recibir una queja, cada parte tiene 15 días para decir que le falta información que exige la ley."
            }
            E::ResolutionWaived => "Los dos tienen que firmar. Un acuerdo de palabra no cuenta.",
            E::MediationChosen => {
                "La mediación toma el lugar de la sesión de resolución; el período de 30 días sigue corriendo."
            }
            E::ResolutionMeetingScheduled => {
                "La fecha que el distrito fijó para la sesión, como la escribe su carta o correo electrónico. La página le dice si cae dentro de los días que da la ley."
            }
            E::ResolutionMeetingHeld => {
                "La sesión se debe hacer dentro de los 15 días después de que el distrito recibió su queja."
            }
            E::DistrictMissedMeeting => {
                "Escriba el día en que usted se dio cuenta. Después puede pedirle al oficial de audiencias que empiecen los plazos de la audiencia."
            }
            E::ParentMissedMeeting => {
                "Si la familia que presentó la queja no participa, los plazos se detienen hasta que se haga la sesión."
            }
            E::HearingTimelineStarted => {
                "Use la fecha que aparece en la orden del oficial de audiencias."
            }
            E::NoAgreementInWriting => {
                "Tiene que estar por escrito y firmado antes de que termine el período de 30 días."
            }
            E::MediationContinuedInWriting => {
                "Es un acuerdo por escrito que se hace al final de los 30 días."
            }
            E::MediationWithdrawn => "Los 45 días para la decisión empiezan al día siguiente.",
            E::AmendedComplaintFiled => {
                "Con una queja enmendada vuelven a empezar la sesión de resolución, los 30 días y el plazo de la decisión."
            }
            E::SettlementSigned => {
                "Cualquiera de las partes puede cancelarlo dentro de los 3 días hábiles después de firmarlo."
            }
            E::MediationAgreementSigned => {
                "Es obligatorio en cuanto lo firman usted y alguien con autoridad para comprometer al distrito. No hay un plazo para cancelarlo."
            }
            E::SettlementOfferReceived => {
                "Si no acepta una oferta dentro de los 10 días, eso puede limitar lo que más adelante el distrito tendría que pagarle por los honorarios (lo que cobra) de su abogado."
            }
            E::HearingStart => {
                "El primer día de la audiencia. Las pruebas se deben compartir por lo menos 5 días hábiles antes."
            }
            E::HearingEnded => {
                "El último día de la audiencia. En la audiencia acelerada, la decisión se debe dar 10 días escolares después."
            }
            E::DecisionIssued => "La fecha que está escrita en la decisión.",
            E::DecisionMailed => {
                "La fecha del sello del correo en el sobre (matasellos) o del envío, si la sabe."
            }
            E::DecisionReceived => "El día en que la decisión le llegó a usted.",
            E::DecisionDueExtendedTo => {
                "Solo un oficial de audiencias puede extenderlo, si una de las partes lo pide, y hasta una fecha específica."
            }
            E::ReviewDecisionIssued => {
                "Solo en los estados que tienen una segunda revisión a nivel estatal."
            }
            E::PlacementChangeDecided => {
                "La escuela debe hacer una revisión de determinación de manifestación (MDR, por sus siglas en inglés: una reunión para decidir si la conducta se debió a la discapacidad de su hijo) dentro de los 10 días escolares."
            }
            E::PrivatePlacementPlanned => {
                "Usted debe avisarle al distrito por escrito por lo menos 10 días hábiles antes."
            }
            E::PrivatePlacementStarted => {
                "Algunos estados ponen un límite más corto para pedir que le devuelvan el dinero."
            }
        }
    }
    fn event_name(&self, id: E) -> &'static str {
        match id {
            E::KnewOfProblem => "el día en que usted supo del problema",
            E::ActOrOmission => {
                "el día en que el distrito hizo (o dejó de hacer) lo que reclama su queja"
            }
            E::ResolutionMeetingScheduled => "la fecha de la sesión en la carta del distrito",
            E::DistrictDecisionNotice => "el aviso por escrito del distrito",
            E::ComplaintFiled => "el día en que se presentó la queja",
            E::ComplaintReceived => "el día en que se recibió la queja",
            E::SufficiencyNoticeReceived => {
                "el día en que el oficial de audiencias recibió el aviso de que a la queja le falta información"
            }
            E::ResolutionWaived => "la renuncia por escrito a la sesión",
            E::MediationChosen => "el acuerdo de usar la mediación",
            E::ResolutionMeetingHeld => "la sesión de resolución",
            E::DistrictMissedMeeting => "la sesión que el distrito no hizo",
            E::ParentMissedMeeting => "la sesión a la que faltó la familia",
            E::HearingTimelineStarted => {
                "la orden del oficial de audiencias que dio inicio a los plazos"
            }
            E::NoAgreementInWriting => {
                "la declaración por escrito de que no es posible llegar a un acuerdo"
            }
            E::MediationContinuedInWriting => "el acuerdo por escrito de seguir con la mediación",
            E::MediationWithdrawn => "el retiro de la mediación",
            E::AmendedComplaintFiled => "la queja enmendada",
            E::SettlementSigned => "la firma del acuerdo de resolución",
            E::MediationAgreementSigned => "la firma del acuerdo de mediación",
            E::SettlementOfferReceived => "el día en que usted recibió la oferta",
            E::HearingStart => "el primer día de la audiencia",
            E::HearingEnded => "el último día de la audiencia",
            E::DecisionIssued => "la fecha de la decisión",
            E::DecisionMailed => "el día en que se envió la decisión por correo",
            E::DecisionReceived => "el día en que usted recibió la decisión",
            E::DecisionDueExtendedTo => "la nueva fecha límite (extendida)",
            E::ReviewDecisionIssued => "la decisión de la revisión estatal",
            E::PlacementChangeDecided => "la decisión de cambiar la colocación",
            E::PrivatePlacementPlanned => "el primer día planeado en la escuela privada",
            E::PrivatePlacementStarted => "el primer día en la escuela privada",
        }
    }
    fn counted_from(&self, what: &str) -> String {
        format!("Se empieza a contar desde: {what}.")
    }
    fn clear_date(&self) -> &'static str {
        "Borrar"
    }
    fn bad_date(&self, raw: &str, order: super::typed_date::DateOrder) -> String {
        format!(
            "No podemos leer \"{raw}\" como fecha. Elija la fecha en la casilla, o escríbala como {}, por ejemplo {}.",
            self.date_order_words(order),
            super::typed_date::example(order)
        )
    }
    fn agreement_resolution(&self, days: Option<(&str, &str)>) -> String {
        match days {
            Some((act_by, final_after)) => format!(
                "Usted firmó un acuerdo de resolución. Para cancelarlo, hágalo por escrito a más tardar el {act_by}. Si nadie lo cancela, el acuerdo queda firme después del {final_after} y un tribunal puede hacer que se cumpla."
            ),
            None => "Cualquiera de las partes puede cancelar un acuerdo de resolución dentro de los 3 días hábiles después de firmarlo. Después, el acuerdo es obligatorio.".to_string(),
        }
    }
    fn agreement_mediation(&self) -> &'static str {
        "Un acuerdo de mediación es obligatorio en cuanto lo firman usted y alguien con autoridad para comprometer al distrito, y pone fin al caso de debido proceso. No hay días para cambiar de opinión: lea cada punto con cuidado antes de firmar, y pregunte si la persona que firma por el distrito tiene esa autoridad."
    }
    fn board_approval_ca(&self) -> &'static str {
        "En California, muchas veces la persona que firma por el distrito no puede comprometerlo sola: normalmente la junta escolar todavía tiene que aprobar el acuerdo, en una sesión a puerta cerrada, y el acuerdo queda firme solo cuando la junta vota (así lo dice un recurso para padres; no lo encontramos en la ley). Pregunte si su acuerdo depende de la junta y qué pasa si la junta dice que no. Después de la votación, la Oficina de Audiencias Administrativas (OAH) cierra el caso."
    }
    fn scheduled_meeting(
        &self,
        days: u32,
        scheduled: &str,
        last_day: &str,
        within: bool,
    ) -> String {
        if within {
            format!(
                "La sesión de resolución que indica la carta del distrito, el {scheduled}, cae dentro de los {days} días: el último día es el {last_day}."
            )
        } else {
            format!(
                "La sesión de resolución que indica la carta del distrito, el {scheduled}, cae después de los {days} días: el distrito tenía que hacerla a más tardar el {last_day}. Puede pedirle al distrito por escrito una fecha anterior; si no hace la sesión a tiempo, puede pedirle al oficial de audiencias que empiece a contar el plazo de la audiencia."
            )
        }
    }
    fn next_heading(&self) -> &'static str {
        "Sus próximas fechas"
    }
    fn next_none(&self) -> &'static str {
        "Todas las fechas de su línea de tiempo ya pasaron. Si eso no parece correcto, revise el año de las fechas que anotó."
    }
    fn next_unknown_date(&self) -> &'static str {
        "Fecha desconocida: actúe cuanto antes"
    }
    fn next_check_dates(&self) -> &'static str {
        "Revise algunas fechas que anotó: vea «Por favor, revise estas fechas»."
    }
    fn next_all(&self) -> &'static str {
        "Todas sus fechas, con cómo se contó cada una"
    }
    fn next_typed_read(&self, order: super::typed_date::DateOrder, list: &str) -> String {
        format!(
            "Fechas que usted escribió y que se podrían leer de dos maneras, leídas como {}: {list}.",
            self.date_order_words(order)
        )
    }
    fn facts_summary(
        &self,
        place: &str,
        by_district: bool,
        track: crate::engine::case::Track,
        received: Option<&str>,
    ) -> String {
        use crate::engine::case::Track;
        let filer = if by_district {
            "queja del distrito"
        } else {
            "su queja"
        };
        let hearing = match track {
            Track::Standard => "audiencia regular",
            Track::Expedited => "audiencia rápida de disciplina",
            Track::Dual => "audiencias rápida de disciplina y regular",
        };
        match received {
            Some(day) => format!("{place}, {filer}, {hearing}, recibida el {day}."),
            None => format!("{place}, {filer}, {hearing}."),
        }
    }
    fn change_facts(&self) -> &'static str {
        "Cambiar los datos"
    }
    fn what_it_means(&self) -> &'static str {
        "¿Qué significa esto?"
    }
    fn checklist_link(&self) -> &'static str {
        "Lista para esta sesión"
    }

    fn step_timeline(&self) -> &'static str {
        "3. Su línea de tiempo"
    }
    fn timeline_empty(&self) -> &'static str {
        "Para ver sus fechas, escriba el día en que la otra parte recibió la queja (o el día en que usted supo del problema)."
    }
    fn timeline_summary(&self, dated: usize, waiting: usize) -> String {
        let dates = if dated == 1 {
            "1 fecha".to_string()
        } else {
            format!("{dated} fechas")
        };
        if waiting == 0 {
            format!("Línea de tiempo al día: {dates}.")
        } else {
            format!("Línea de tiempo al día: {dates}, {waiting} en espera de más información.")
        }
    }
    fn labels_heading(&self) -> &'static str {
        "Qué significan las etiquetas de las fechas"
    }
    fn issues_to_check(&self, n: usize) -> String {
        if n == 1 {
            "1 fecha para revisar, en la lista \"Por favor, revise estas fechas\".".to_string()
        } else {
            format!("{n} fechas para revisar, en la lista \"Por favor, revise estas fechas\".")
        }
    }
    fn today_marker(&self, today: &str) -> String {
        format!("Hoy es {today}")
    }
    fn deadline_name(&self, id: D) -> &'static str {
        match id {
            D::FilingLimit => "Último día para presentar una queja de debido proceso",
            D::DistrictResponse => "Respuesta por escrito del distrito a su queja",
            D::ResponseToComplaint => "Su respuesta por escrito a la queja del distrito",
            D::SufficiencyChallenge => {
                "Último día para decir que a la queja le falta información que exige la ley"
            }
            D::SufficiencyRuling => {
                "Decisión del oficial de audiencias sobre si la queja es suficiente"
            }
            D::ResolutionMeeting => "Fecha límite para hacer la sesión de resolución",
            D::ResolutionPeriodEnd => "Fin del período de resolución de 30 días",
            D::HearingDecision => "Fecha límite para la decisión de la audiencia",
            D::SettlementVoidWindow => "Último día para cancelar el acuerdo de resolución",
            D::SettlementOfferResponse => "Responder a la oferta de acuerdo",
            D::AmendmentCutoff => "Último día para enmendar (cambiar) la queja",
            D::EvidenceDisclosure => "Compartir las pruebas con la otra parte",
            D::CivilAction => "Último día para apelar ante un tribunal",
            D::ExpeditedResolutionMeeting => {
                "Fecha límite para hacer la sesión de resolución (audiencia acelerada)"
            }
            D::ExpeditedResolutionPeriodEnd => {
                "Fin del período de resolución de 15 días (audiencia acelerada)"
            }
            D::ExpeditedHearing => "Fecha límite para hacer la audiencia acelerada",
            D::ExpeditedDecision => "Fecha límite para la decisión acelerada",
            D::ManifestationDetermination => "Revisión de determinación de manifestación (MDR)",
            D::PrivatePlacementNotice => {
                "Aviso por escrito antes de pasar a su hijo a una escuela privada"
            }
            D::StateReviewRequest => "Último día para pedir la revisión estatal",
            D::StateReviewNotice => "Último día para entregar el aviso de que pedirá la revisión",
            D::CivilActionStateCourt => {
                "Último día para presentar una demanda en un tribunal estatal"
            }
            D::CivilActionFederalCourt => {
                "Último día para presentar una demanda en un tribunal federal"
            }
            D::ReimbursementClaimLimit => {
                "Último día para reclamar los costos de la escuela privada"
            }
        }
    }
    fn deadline_explain(&self, id: D) -> &'static str {
        match id {
            D::FilingLimit => {
                "La queja se debe presentar dentro de un plazo: según la ley federal, dos años desde que usted supo, o debió saber, del problema. Su estado puede fijar su propio plazo, o contarlo desde otro día; las líneas de abajo dicen cuál."
            }
            D::DistrictResponse => {
                "El distrito debe contestar su queja por escrito, a menos que ya le haya enviado una notificación previa por escrito sobre este tema. Debe explicar por qué actuó así, qué otras opciones pensó y en qué documentos se basó."
            }
            D::ResponseToComplaint => {
                "Cuando el distrito presenta la queja, usted debe enviar una respuesta por escrito que conteste los temas de esa queja."
            }
            D::SufficiencyChallenge => {
                "Después de este día, la queja se considera suficiente. Si una parte cree que a la queja le falta información que exige la ley, debe decírselo por escrito al oficial de audiencias y a la otra parte a más tardar este día."
            }
            D::SufficiencyRuling => {
                "El oficial de audiencias decide, solo con lo que dice la queja, si tiene lo que exige la ley. Luego se lo comunica por escrito a las dos partes."
            }
            D::ResolutionMeeting => {
                "El distrito debe reunirse con usted para intentar resolver la queja. Debe ir alguien que pueda tomar decisiones por el distrito, junto con los miembros del equipo del Programa de Educación Individualizado (IEP) que conocen los temas. El distrito puede llevar a un abogado solo si usted lleva uno."
            }
            D::ResolutionPeriodEnd => {
                "Si para este día la queja no se ha resuelto, la audiencia puede seguir adelante y empiezan a contar los 45 días para la decisión."
            }
            D::HearingDecision => {
                "El oficial de audiencias debe tomar una decisión final y enviarla por correo a las dos partes a más tardar este día. La única excepción es si una de las partes pide más tiempo y el oficial da una extensión hasta una fecha específica."
            }
            D::SettlementVoidWindow => {
                "Cualquiera de las partes puede cancelar un acuerdo de resolución dentro de los 3 días hábiles después de firmarlo. Después, el acuerdo es obligatorio y un tribunal puede hacer que se cumpla."
            }
            D::SettlementOfferResponse => {
                "Si usted no acepta una oferta por escrito dentro de los 10 días, y después no gana más de lo que le ofrecieron, es posible que el distrito no tenga que pagarle los honorarios (lo que cobra) de su abogado por el trabajo hecho después de la oferta (a menos que haya tenido una buena razón para rechazarla)."
            }
            D::AmendmentCutoff => {
                "Una queja solo se puede cambiar si la otra parte da su permiso por escrito o si el oficial de audiencias lo permite. Además, el cambio tiene que hacerse por lo menos 5 días antes de que empiece la audiencia."
            }
            D::EvidenceDisclosure => {
                "Cada parte debe compartir las evaluaciones y recomendaciones que piensa usar por lo menos 5 días hábiles antes de la audiencia. Las pruebas que no se compartan a tiempo pueden quedar fuera."
            }
            D::CivilAction => {
                "Si no está de acuerdo con la decisión, puede apelar ante un tribunal estatal o federal. Los tribunales son muy estrictos con esta fecha. Hable con un abogado mucho antes. En un estado con revisión estatal, el tribunal viene después de esa revisión, y esta fecha se cuenta desde la decisión de la revisión."
            }
            D::ReimbursementClaimLimit => {
                "Para pedir que el distrito pague una escuela privada que usted eligió, su estado da menos tiempo que para otras quejas. El plazo corre desde el primer día de su hijo en esa escuela."
            }
            D::CivilActionStateCourt => {
                "Su estado fija un plazo propio para apelar ante un tribunal estatal. Si es más corto que el plazo para el tribunal federal, planifique según la fecha más temprana."
            }
            D::CivilActionFederalCourt => {
                "El plazo para apelar ante un tribunal federal según IDEA: 90 días, salvo que la ley de su estado fije un límite propio, como puede decir una de las lecturas de abajo. Donde el plazo de su estado para sus propios tribunales es distinto, se muestran las dos fechas."
            }
            D::StateReviewNotice => {
                "Antes de pedir la revisión estatal, su estado exige un aviso por escrito de que usted tiene la intención de pedirla, entregado a la otra parte a más tardar en esta fecha. Si no está de acuerdo con la decisión, entréguelo a tiempo: la solicitud de revisión viene después."
            }
            D::StateReviewRequest => {
                "En su estado, una decisión de audiencia se revisa primero a nivel estatal antes de que alguien pueda ir a un tribunal. Si no está de acuerdo con la decisión, pida esa revisión a tiempo: cuando vence el plazo para pedirla, la decisión de la audiencia normalmente queda firme y un tribunal puede negarse a escucharle."
            }
            D::ExpeditedResolutionMeeting => {
                "En una apelación sobre disciplina, el distrito debe reunirse con usted dentro de los 7 días, a menos que las dos partes acuerden por escrito no hacer la sesión o usar la mediación."
            }
            D::ExpeditedResolutionPeriodEnd => {
                "Si el asunto no se resuelve a gusto de las dos partes dentro de los 15 días, la audiencia acelerada sigue adelante."
            }
            D::ExpeditedHearing => {
                "La audiencia acelerada se debe hacer dentro de los 20 días escolares desde el día en que se presentó la queja. Estas fechas no se pueden extender."
            }
            D::ExpeditedDecision => {
                "El oficial de audiencias debe decidir dentro de los 10 días escolares después de la audiencia. No se permiten extensiones."
            }
            D::ManifestationDetermination => {
                "La escuela, usted y los miembros del equipo del IEP que conocen el caso deben decidir si la conducta fue causada por la discapacidad de su hijo, o si fue el resultado directo de que la escuela no cumplió con el IEP."
            }
            D::PrivatePlacementNotice => {
                "Para no perder su derecho a pedir que el distrito pague una escuela privada, avísele al distrito por escrito por lo menos 10 días hábiles antes de cambiar a su hijo (o dígalo en la reunión del IEP más reciente). Aquí, los días feriados de lunes a viernes cuentan como días hábiles."
            }
        }
    }
    fn owner(&self, owner: Owner) -> &'static str {
        match owner {
            Owner::Family => "Su plazo",
            Owner::District => "Plazo del distrito",
            Owner::HearingOfficer => "Plazo del oficial de audiencias",
            Owner::Either => "Plazo para cualquiera de las partes",
        }
    }
    fn days_left(&self, days: i64) -> String {
        match days {
            0 => "Hoy".to_string(),
            1 => "Mañana".to_string(),
            -1 => "Venció ayer".to_string(),
            d if d > 1 => format!("Faltan {d} días"),
            d => format!("Venció hace {} días", -d),
        }
    }
    fn act_by(&self, date: &str) -> String {
        format!("Actúe a más tardar el {date}")
    }
    fn act_by_passed(&self, date: &str) -> String {
        format!(
            "Ese día ya pasó; según la regla de la fecha de arriba ({date}) quizás aún tenga tiempo. Pregunte ya a un abogado o a su centro de padres cuál se aplica."
        )
    }
    fn act_by_reason(&self) -> &'static str {
        "Es la fecha más temprana que sale al leer las reglas de cualquier manera (o el día hábil anterior). Actuar a más tardar ese día es lo seguro."
    }
    fn days_to_act(&self, days: i64) -> String {
        match days {
            1 => "queda 1 día para actuar".to_string(),
            d if d > 1 => format!("quedan {d} días para actuar"),
            d => self.days_left(d),
        }
    }
    fn if_passed(&self, id: D) -> Option<&'static str> {
        Some(match id {
            D::SufficiencyChallenge => {
                "Si para entonces el distrito no ha objetado su queja por escrito, la queja cuenta como suficiente."
            }
            D::ResolutionMeeting | D::ExpeditedResolutionMeeting => {
                "Si pasa esta fecha sin la sesión, puede pedirle al oficial de audiencias que empiecen los plazos de la audiencia."
            }
            D::ResolutionPeriodEnd | D::ExpeditedResolutionPeriodEnd => {
                "Si para entonces no hay acuerdo, usted no tiene que hacer nada: empieza a correr el plazo de la audiencia."
            }
            D::ManifestationDetermination => {
                "Si pasa esta fecha sin la revisión, pídasela al distrito por escrito. También puede presentar una queja acelerada."
            }
            D::DistrictResponse
            | D::SufficiencyRuling
            | D::HearingDecision
            | D::ExpeditedHearing
            | D::ExpeditedDecision => {
                "Si pasa esta fecha y no ha llegado nada, escríbale al oficial de audiencias y pregunte por qué."
            }
            _ => return None,
        })
    }
    fn weekend_flag(&self, weekday: &str, earlier_business_day: &str) -> String {
        format!(
            "Cae en {weekday}. La fecha no cambia. Para más seguridad, actúe a más tardar el {earlier_business_day}."
        )
    }
    fn day_before_holiday(&self, business_day: &str, holiday_day: &str, holiday: &str) -> String {
        {
            // "es el Día de...", but "es Navidad", "es Año Nuevo".
            let article = if holiday.starts_with("Día") || holiday.starts_with("Natalicio") {
                "el "
            } else {
                ""
            };
            format!("{business_day} (el {holiday_day} es {article}{holiday})")
        }
    }
    fn holiday_flag(&self, holiday: &str, earlier_business_day: &str) -> String {
        format!(
            "Cae en un día feriado ({holiday}). La fecha no cambia. Para más seguridad, actúe a más tardar el {earlier_business_day}."
        )
    }
    fn weekend_flag_others(&self, weekday: &str) -> String {
        format!(
            "Cae en {weekday}. La fecha no cambia, aunque las oficinas suelen estar cerradas ese día."
        )
    }
    fn holiday_flag_others(&self, holiday: &str) -> String {
        format!(
            "Cae en un día feriado ({holiday}). La fecha no cambia, aunque las oficinas suelen estar cerradas ese día."
        )
    }
    fn holiday_name(&self, id: HolidayId) -> &'static str {
        match id {
            HolidayId::NewYearsDay => "Año Nuevo",
            HolidayId::MartinLutherKingJrDay => "Día de Martin Luther King Jr.",
            HolidayId::WashingtonsBirthday => "Natalicio de Washington (Día de los Presidentes)",
            HolidayId::MemorialDay => "Día de los Caídos (Memorial Day)",
            HolidayId::Juneteenth => "Día de Juneteenth",
            HolidayId::IndependenceDay => "Día de la Independencia",
            HolidayId::LaborDay => "Día del Trabajo",
            HolidayId::ColumbusDay => "Día de Colón",
            HolidayId::VeteransDay => "Día de los Veteranos",
            HolidayId::Thanksgiving => "Día de Acción de Gracias",
            HolidayId::Christmas => "Navidad",
            HolidayId::LincolnDay => "Día de Lincoln",
            HolidayId::CesarChavezDay => "Día de César Chávez",
            HolidayId::AdmissionDay => "Día de la Admisión de California",
            HolidayId::NativeAmericanDay => "Día de los Nativos Americanos",
            HolidayId::DayAfterThanksgiving => "Día después de Acción de Gracias",
            HolidayId::SewardsDay => "Día de Seward",
            HolidayId::AlaskaDay => "Día de Alaska",
            HolidayId::KuhioDay => "Día del Príncipe Jonah Kuhio Kalanianaole",
            HolidayId::KamehamehaDay => "Día del Rey Kamehameha I",
            HolidayId::StatehoodDay => "Día de la Estadidad",
            HolidayId::TrumanDay => "Día de Truman",
            HolidayId::ArborDay => "Día del Árbol",
            HolidayId::ConfederateHeroesDay => "Día de los Héroes Confederados",
            HolidayId::TexasIndependenceDay => "Día de la Independencia de Texas",
            HolidayId::SanJacintoDay => "Día de San Jacinto",
            HolidayId::LbjDay => "Día de Lyndon Baines Johnson",
            HolidayId::ChristmasEve => "Nochebuena",
            HolidayId::DayAfterChristmas => "Día después de Navidad",
            HolidayId::TownMeetingDay => "Día de la Asamblea Municipal",
            HolidayId::BenningtonBattleDay => "Día de la Batalla de Bennington",
            HolidayId::ElectionDay => "Día de las elecciones generales",
            HolidayId::ConfederateMemorialDay => "Día en Memoria de los Confederados",
            HolidayId::CabriniDay => "Día de Frances Xavier Cabrini",
            HolidayId::DcEmancipationDay => "Día de la Emancipación de DC",
            HolidayId::GoodFriday => "Viernes Santo",
            HolidayId::MardiGras => "Martes de Carnaval",
            HolidayId::BattleOfNewOrleans => "Día de la Batalla de Nueva Orleans",
            HolidayId::HueyLongDay => "Día de Huey P. Long",
            HolidayId::AllSaintsDay => "Día de Todos los Santos",
            HolidayId::JeffersonDavisBirthday => "Natalicio de Jefferson Davis",
            HolidayId::PatriotsDay => "Día de los Patriotas",
            HolidayId::EvacuationDay => "Día de la Evacuación (condado de Suffolk)",
            HolidayId::BunkerHillDay => "Día de Bunker Hill (condado de Suffolk)",
            HolidayId::NevadaDay => "Día de Nevada",
            HolidayId::RhodeIslandIndependenceDay => "Día de la Independencia de Rhode Island",
            HolidayId::VictoryDay => "Día de la Victoria",
            HolidayId::ConstitutionCommemorationDay => "Día de Conmemoración de la Constitución",
            HolidayId::RobertELeeDay => "Día de Robert E. Lee",
            HolidayId::FranklinRooseveltDay => "Día de Franklin D. Roosevelt",
            HolidayId::PioneerDay => "Día de los Pioneros",
            HolidayId::WestVirginiaDay => "Día de Virginia Occidental",
            HolidayId::InaugurationDay => "Día de la Investidura Presidencial",
            HolidayId::GreekIndependenceDay => "Día de la Independencia de Grecia",
            HolidayId::HalifaxResolvesDay => "Día de las Resoluciones de Halifax",
            HolidayId::MecklenburgDeclarationDay => "Día de la Declaración de Mecklenburg",
            HolidayId::FirstRespondersDay => "Día del Personal de Emergencias",
            HolidayId::YomKippur => "Yom Kipur",
            HolidayId::FlagDay => "Día de la Bandera",
        }
    }
    fn how_counted(&self) -> &'static str {
        "Cómo se contó esta fecha"
    }
    fn arithmetic(&self, c: &Count) -> String {
        let from = self.date_short(c.trigger_date);
        let to = self.date_short(c.date);
        let unit = self.unit(c.unit, c.period);
        let mut text = format!("{from} {} {} {unit} = {to}", sign(c.direction), c.period);
        if c.trigger_day_counted {
            text.push_str(" (el primer día cuenta como día 1)");
        }
        if c.leap_day_adjusted {
            text.push_str(" (el 29 de febrero pasa a ser el 28 de febrero)");
        }
        text
    }
    fn skipped_days(&self, list: &str) -> String {
        format!("Días que no se contaron: {list}.")
    }
    fn unit(&self, unit: Unit, n: u32) -> &'static str {
        match (unit, n == 1) {
            (Unit::CalendarDays, true) => "día calendario",
            (Unit::CalendarDays, false) => "días calendario",
            (Unit::BusinessDays, true) => "día hábil",
            (Unit::BusinessDays, false) => "días hábiles",
            (Unit::BusinessDaysHolidaysCounted, true) => "día hábil (los feriados sí cuentan)",
            (Unit::BusinessDaysHolidaysCounted, false) => "días hábiles (los feriados sí cuentan)",
            (Unit::SchoolDays, true) => "día escolar",
            (Unit::SchoolDays, false) => "días escolares",
            (Unit::Years, true) => "año",
            (Unit::Years, false) => "años",
        }
    }
    fn rule_label(&self) -> &'static str {
        "Regla"
    }
    fn status_label(&self, status: Verification) -> &'static str {
        match status {
            Verification::Verified => "Verificada",
            Verification::Interpretive => "Interpretación",
            Verification::Secondary => "Sin verificar (fuente secundaria)",
            Verification::Unverified => "Sin verificar",
        }
    }
    fn status_explain(&self, status: Verification) -> &'static str {
        match status {
            Verification::Verified => "Leímos el texto de la regla.",
            Verification::Interpretive => {
                "La regla se puede entender de más de una manera. Mostramos la forma que usamos y la fecha más temprana."
            }
            Verification::Secondary => {
                "Solo encontramos esta regla en un resumen confiable, no en la ley misma. No dependa solamente de ella."
            }
            Verification::Unverified => "No pudimos confirmar esta regla. No dependa de ella.",
        }
    }
    fn other_readings(&self) -> &'static str {
        "Otras formas de entender la regla"
    }
    fn reading(&self, kind: ReadingKind) -> &'static str {
        match kind {
            ReadingKind::ReceiptDayIsDayOne => {
                "Si el día en que se recibe cuenta como día 1 (así lo dice la regla de Nueva York)"
            }
            ReadingKind::TwoYearsAs730Days => "Si dos años se cuentan como 730 días",
            ReadingKind::FromDistrictNotice => {
                "Si se cuenta desde el aviso por escrito del distrito"
            }
            ReadingKind::FederalHolidaysSigningDayCounts => {
                "Si el día de la firma cuenta como día 1 y solo se saltan los feriados federales"
            }
            ReadingKind::WidestHolidays => {
                "Si se saltan todos los feriados que menciona cualquier fuente"
            }
            ReadingKind::FiveFullBusinessDaysBetween => {
                "Si tiene que haber cinco días hábiles completos entre el día en que se comparten las pruebas y la audiencia"
            }
            ReadingKind::EveryWeekdayIsSchoolDay => {
                "Si todos los días de lunes a viernes son días escolares (sin feriados)"
            }
            ReadingKind::StateRule => "La regla de su estado, otra lectura",
            ReadingKind::StateRuleVerified => "La regla de su estado (verificada)",
            ReadingKind::StateRuleFromDecisionDate => {
                "La regla de su estado, contada desde la fecha de la decisión hasta que anote la \
                 fecha en que la decisión se envió (esa fecha solo puede ser posterior)"
            }
            ReadingKind::StateRuleFromDecisionDateUntilReceived => {
                "La regla de su estado, contada desde la fecha de la decisión hasta que anote la \
                 fecha en que recibió la decisión (esa fecha solo puede ser posterior)"
            }
            ReadingKind::FederalDefault => "La regla federal",
            ReadingKind::StateCourtPeriod => "En un tribunal estatal (su propio plazo, más corto)",
        }
    }
    fn earliest_line(&self, date: &str) -> String {
        format!("La fecha más temprana, de cualquier forma que se lea la regla: {date}")
    }
    fn not_applicable(&self, why: NotApplicable) -> &'static str {
        match why {
            NotApplicable::DistrictFiled => {
                "No se aplica: este paso es para una queja presentada por la familia, y la queja la presentó el distrito."
            }
            NotApplicable::ParentFiled => {
                "No se aplica: este paso es para una queja presentada por el distrito."
            }
            NotApplicable::Waived => {
                "No se aplica: las dos partes renunciaron por escrito a la sesión de resolución."
            }
            NotApplicable::MediationInstead => {
                "No se aplica: las dos partes eligieron la mediación en lugar de la sesión."
            }
            NotApplicable::ExpeditedOnly => {
                "No se aplica a una audiencia acelerada (de disciplina)."
            }
            NotApplicable::StandardOnly => {
                "Solo se aplica a una audiencia acelerada (de disciplina)."
            }
            NotApplicable::NoSettlement => "Se aplica cuando se firma un acuerdo de resolución.",
            NotApplicable::MediationAgreementOnly => {
                "No se aplica: un acuerdo de mediación no se puede cancelar después de firmarlo."
            }
            NotApplicable::NoOffer => {
                "Se aplica si usted recibe una oferta de acuerdo por escrito."
            }
            NotApplicable::NoChallenge => {
                "Solo se aplica si alguien dice que a la queja le falta información que exige la ley."
            }
            NotApplicable::NoPlacementChange => {
                "Se aplica si la escuela decide cambiar la colocación de su hijo por motivos de disciplina."
            }
            NotApplicable::NoPrivatePlacement => {
                "Se aplica si usted piensa cambiar a su hijo a una escuela privada y pedirle al distrito que la pague."
            }
            NotApplicable::NoReimbursementLimit => {
                "No se aplica: no se conoce aquí un límite más corto para los costos de la escuela privada; se aplica el límite para presentar la queja."
            }
            NotApplicable::NoStateCourtPeriod => {
                "No se aplica: no se conoce aquí un plazo aparte para los tribunales estatales, así que «Último día para apelar ante un tribunal», más arriba, vale para cualquier tribunal."
            }
            NotApplicable::SameCourtPeriod => {
                "No se aplica: su estado da a sus propios tribunales el mismo plazo que la ley federal, así que «Último día para apelar ante un tribunal», más arriba, vale para cualquier tribunal."
            }
            NotApplicable::NoReviewNotice => {
                "No se aplica según las reglas usadas aquí: la revisión estatal se pide sin un aviso previo."
            }
            NotApplicable::OneTier => {
                "No se aplica según las reglas usadas aquí: la decisión de la audiencia va directamente a un tribunal, sin revisión estatal."
            }
        }
    }
    fn missing(&self, why: MissingWhy, needs: &str) -> String {
        match why {
            MissingWhy::NotEntered => format!("Necesitamos una fecha más para calcular esto: {needs}"),
            MissingWhy::WaitsForMeeting => "Todavía no hay fecha. Como la familia que presentó la queja no participó en la sesión de resolución, los plazos se detienen hasta que se haga la sesión. Al final de los 30 días, el distrito puede pedirle al oficial de audiencias que cierre la queja sin audiencia (que la desestime).".to_string(),
            MissingWhy::WaitsForWithdrawal => "Todavía no hay fecha. La mediación sigue porque las dos partes así lo acordaron por escrito. Los 45 días para la decisión empiezan el día después de que una de las partes se retire.".to_string(),
            MissingWhy::OutOfRange => "Esta fecha está fuera de los años que cubre esta calculadora (1990-2100).".to_string(),
            MissingWhy::StateRuleUnknown => "Este estado tiene una revisión a nivel estatal, pero no hemos confirmado cuánto tiempo hay para pedirla. Pregunte al departamento de educación del estado o a la oficina de audiencias en cuanto reciba la decisión: el plazo puede ser corto.".to_string(),
        }
    }
    fn note(&self, note: &Note) -> String {
        match note {
            Note::MeetingHeld { on, on_time: true } => format!("La sesión se hizo el {}, a tiempo.", self.date_in_sentence(*on)),
            Note::MeetingHeld { on, on_time: false } => format!("La sesión se hizo el {}, después de los 15 días.", self.date_in_sentence(*on)),
            Note::MeetingNotYetHeld { on } => format!("La fecha de la sesión que escribió, el {}, todavía no llega: aún no se ha hecho.", self.date_in_sentence(*on)),
            Note::MayAskHearingOfficer { from } => format!(
                "Si el distrito no hizo la sesión, o no participó en ella, dentro de los 15 días, desde el {} usted puede pedirle al oficial de audiencias que empiecen ya los plazos de la audiencia.",
                self.date_in_sentence(*from)
            ),
            Note::AppliesOnlyIfAgreementFails => "Usted firmó un acuerdo, así que esta fecha solo importa si el acuerdo se cancela o fracasa.".to_string(),
            Note::FilingLimitExceptions => "El límite no se aplica a una familia que no pudo presentar la queja porque el distrito dijo que había resuelto el problema y no era cierto, o porque el distrito no le dio información que tenía que darle.".to_string(),
            Note::FiledAfterLimit { filed } => format!(
                "La queja se presentó el {}, después de esta fecha. Las dos excepciones al límite podrían importar. Hable con un defensor o con un abogado.",
                self.date_in_sentence(*filed)
            ),
            Note::CourtRollForward { to } => format!(
                "Cuando un plazo cae en fin de semana o día feriado, las reglas de los tribunales normalmente lo pasan al siguiente día hábil ({}). No cuente con eso.",
                self.date_in_sentence(*to)
            ),
            Note::AssumedSchoolCalendar => "Los días escolares se cuentan con un calendario de ejemplo, que puede no ser el de su distrito: los días de lunes a viernes, menos los feriados escolares de siempre y los cierres que usted agregó. El que manda es el calendario de su distrito. Para más precisión, agregue sus vacaciones.".to_string(),
            Note::OfferLate => "La oferta llegó menos de 10 días antes de la audiencia, así que es posible que la regla sobre los honorarios de abogado no se aplique a ella.".to_string(),
            Note::RestartedByAmendment { on } => format!("Los plazos volvieron a empezar con la queja enmendada que se presentó el {}.", self.date_in_sentence(*on)),
            Note::NoAgreementTooLate => "La declaración por escrito de que no es posible llegar a un acuerdo se hizo después de que terminaron los 30 días, así que no cambia esta fecha.".to_string(),
            Note::FinalIfNotVoided { after } => format!("Si nadie lo cancela, el acuerdo es definitivo después del {}.", self.date_in_sentence(*after)),
            Note::NoExtensions => "En la audiencia acelerada no se permiten extensiones.".to_string(),
            Note::NoResolutionPeriodForDistrict => "Cuando el distrito presenta la queja, no hay sesión de resolución ni período de resolución de 30 días, así que los 45 días se cuentan desde el día en que usted recibe la queja. Las reglas federales no lo dicen de forma expresa; así se suelen aplicar, por eso pídale al oficial de audiencias que confirme la fecha.".to_string(),
            Note::StartedByHearingOfficer => "Se cuenta desde la fecha en que el oficial de audiencias ordenó que empezaran los plazos de la audiencia.".to_string(),
            Note::ActDateMayGiveEarlier => "Una lectura de la regla de su estado cuenta desde el día en que el distrito actuó (o dejó de actuar), que puede ser anterior al día en que usted se enteró: anote ese día con sus datos para ver si da una fecha más temprana.".to_string(),
            Note::CountedFromDecisionDate => "Se cuenta desde la fecha de la decisión porque usted no ha anotado la fecha en que la decisión se envió. El estado cuenta desde esa fecha posterior: anótela para tener el día exacto.".to_string(),
            Note::CountedFromDecisionDateUntilReceived => "Se cuenta desde la fecha de la decisión porque usted no ha anotado la fecha en que recibió la decisión. El estado cuenta desde esa fecha posterior: anótela para tener el día exacto.".to_string(),
            Note::StepTaken => "Hecho: la decisión de la revisión que usted anotó muestra que la revisión se pidió.".to_string(),
        }
    }
    fn passed(&self) -> &'static str {
        "ya pasó"
    }
    fn step_done(&self) -> &'static str {
        "hecho"
    }
    fn sources_another_reading(&self) -> &'static str {
        "otra lectura"
    }
    fn does_not_apply_heading(&self) -> &'static str {
        "Pasos que no se aplican a su caso"
    }
    fn state_unverified_badge(&self) -> &'static str {
        "En su estado puede ser diferente"
    }

    fn stages_heading(&self) -> &'static str {
        "Qué pasa en cada paso"
    }
    fn stage_title(&self, stage: Stage) -> &'static str {
        match stage {
            Stage::ResolutionSession => "La sesión de resolución",
            Stage::Mediation => "La mediación",
            Stage::Hearing => "La audiencia",
            Stage::DecisionAndAppeal => "La decisión y las apelaciones",
            Stage::Expedited => "Disciplina: la audiencia acelerada",
            Stage::StayPut => {
                "Permanecer en la colocación actual (\"stay put\"): dónde estudia su hijo mientras tanto"
            }
        }
    }
    fn stage_body(&self, stage: Stage, california: bool) -> Vec<&'static str> {
        match stage {
            Stage::ResolutionSession => vec![
                "Cuando una familia presenta una queja de debido proceso, la ley les da a las dos partes una oportunidad más de llegar a un acuerdo antes de la audiencia. El distrito debe hacer esta sesión dentro de los 15 días después de recibir su queja.",
                "Usted tiene que participar. Si la familia que presentó la queja no va a la sesión (y no se dejó de hacer por escrito ni se cambió por una mediación), los plazos se detienen, y al final de los 30 días el distrito puede pedirle al oficial de audiencias que cierre su queja sin audiencia (que la desestime).",
                "En esta sesión no hay juez, mediador ni otra persona neutral: solo usted, las personas que usted lleve y el distrito. Puede ser una conversación informal en una oficina de la escuela o una presentación formal en una sala de reuniones.",
                "El distrito debe enviar a alguien que pueda tomar decisiones por el distrito, junto con los miembros del equipo del Programa de Educación Individualizado (IEP) que conocen los temas. Usted puede llevar a un amigo, a un familiar o a un defensor. El distrito puede llevar a un abogado solo si usted lleva uno. Los honorarios de abogado por esta sesión no se pueden recuperar después.",
                "La sesión solo se deja de hacer si las dos partes acuerdan por escrito no hacerla, o si acuerdan usar la mediación en su lugar.",
                "La sesión no es confidencial, a menos que las dos partes firmen un acuerdo de confidencialidad. Todo lo que usted diga o muestre, como una evaluación externa nueva, se puede usar después en la audiencia. Piense bien qué va a compartir.",
                "Lo más probable es que el distrito haga una oferta. Usted también puede negociar y hacer sus propias ofertas, no solo contestar las del distrito. Si llegan a un acuerdo, tiene que estar por escrito y firmado por usted y por alguien con autoridad para comprometer al distrito. Cualquiera de las partes puede cancelarlo dentro de los 3 días hábiles. Después, un tribunal puede hacer que se cumpla. Un acuerdo que resuelve su queja pone fin al caso de debido proceso.",
                "Solo cerca del 22 por ciento de las sesiones de resolución terminan con un acuerdo por escrito. Si no hay acuerdo al final del período de 30 días, el caso pasa a una audiencia.",
            ],
            Stage::Mediation => {
                let mut body = vec![
                    "La mediación es voluntaria y gratis para las familias. Un mediador neutral les ayuda a usted y al distrito a intentar llegar a un acuerdo. Puede usarla en lugar de la sesión de resolución, o en cualquier otro momento.",
                    "La mediación es confidencial: lo que se dice no se puede usar como prueba en una audiencia más adelante. Normalmente se firma un acuerdo de confidencialidad al empezar.",
                    "Llegue con sus propias condiciones para un acuerdo: lo que pide, con detalle (servicios, horas, costos, quién los daría), y lo que podría aceptar. El mediador empieza por las ofertas que ya se hicieron, por ejemplo en la sesión de resolución.",
                    "Normalmente la mediación empieza con las dos partes juntas; después las ofertas van y vienen, muchas veces con cada parte en su propio cuarto. Puede durar todo el día, aunque algunos distritos grandes reservan solo medio día.",
                    "Si se ponen de acuerdo, los puntos se escriben en un acuerdo de mediación que usted firma ese mismo día. Es obligatorio en cuanto lo firman usted y alguien con autoridad para comprometer al distrito, un tribunal puede hacer que se cumpla y no hay un período para cancelarlo (34 CFR 300.506(b)(6)-(7)). Un acuerdo que resuelve su queja pone fin al caso de debido proceso.",
                    "Antes de firmar, revise: si los puntos del acuerdo pasan al IEP de su hijo; si terminan en la próxima reunión anual del IEP; si usted renuncia a algún derecho o reclamo de su hijo; y dónde va a permanecer su hijo (\"stay put\") si más adelante vuelven a estar en desacuerdo.",
                ];
                if california {
                    body.push("En California, el mediador es un juez de derecho administrativo de la Oficina de Audiencias Administrativas (OAH). Ese juez no será el que decida su caso en la audiencia.");
                    body.push(CA_MEDIATION_ONLY);
                    body.push(CA_MEDIATION_DATE);
                    body.push(CA_MEDIATION_HELD);
                    body.push(CA_OPENING_PROPOSAL);
                    body.push(self.board_approval_ca());
                }
                body
            }
            Stage::Hearing => {
                let mut body = vec![
                    "Si el caso no se resuelve, un oficial de audiencias escucha a las dos partes, como en un juicio corto. Usted puede llevar a un abogado y a expertos, presentar pruebas y hacerles preguntas a los testigos.",
                    "Por lo menos 5 días hábiles antes de que empiece la audiencia, cada parte debe compartir las evaluaciones y recomendaciones que piensa usar. El oficial de audiencias puede dejar fuera las pruebas que no se compartieron a tiempo.",
                    "La queja solo se puede cambiar si la otra parte da su permiso por escrito o si el oficial de audiencias lo permite, y a más tardar 5 días antes de la audiencia. Si la queja cambia, los plazos vuelven a empezar.",
                    "La decisión se debe dar 45 días después de que termina el período de resolución de 30 días (o antes, si hubo una renuncia por escrito o una declaración por escrito de que no es posible llegar a un acuerdo). El oficial de audiencias solo puede extender este plazo si una de las partes lo pide, y hasta una fecha específica.",
                ];
                if california {
                    body.push(CA_JUDGE_AND_COMPLAINT);
                }
                body
            }
            Stage::DecisionAndAppeal => {
                let mut body = vec![
                    "Usted tiene derecho a recibir gratis una copia escrita, palabra por palabra, de lo que se dijo en la audiencia (un registro escrito, o electrónico si lo prefiere), y la decisión por escrito.",
                    "La decisión es final, a menos que alguien apele. En la mayoría de los estados, usted puede apelar directamente ante un tribunal estatal o federal dentro de los 90 días después de la decisión. Algunos estados ponen un plazo diferente, o piden primero una revisión a nivel estatal.",
                    "Los plazos de los tribunales son muy estrictos. Hable con un abogado mucho antes del último día.",
                ];
                if california {
                    body.push("En California, la decisión de la Oficina de Audiencias Administrativas es la decisión administrativa final. Según resúmenes confiables de la ley, los 90 días se cuentan desde el día en que usted la recibe (Education Code 56505(k)). No pudimos leer el texto de esa ley, así que esta página cuenta desde la fecha de la decisión, que es más temprana y más segura.");
                }
                body
            }
            Stage::Expedited => vec![
                "La audiencia acelerada es para desacuerdos sobre disciplina: un cambio de colocación (el lugar o programa donde estudia su hijo) o una determinación de manifestación (MDR).",
                "El distrito debe hacer una sesión de resolución dentro de los 7 días, a menos que las dos partes acuerden por escrito no hacerla o usen la mediación. Si el asunto no se resuelve dentro de los 15 días, la audiencia sigue adelante.",
                "La audiencia se debe hacer dentro de los 20 días escolares después de que se presentó la queja, y la decisión se debe dar 10 días escolares después de la audiencia. Estas fechas no se pueden extender. Pueden seguir corriendo después de las vacaciones escolares y llegar hasta el siguiente año escolar.",
                "Cuando la escuela decide cambiar la colocación de su hijo por disciplina, tiene 10 días escolares para hacer con usted una revisión de determinación de manifestación.",
                "Durante la apelación, normalmente su hijo se queda en el lugar provisional hasta que haya una decisión o hasta que termine el tiempo de la medida disciplinaria, lo que pase primero. Esto cambia solo si usted y el distrito acuerdan otra cosa.",
            ],
            Stage::StayPut => vec![
                "Mientras siguen el debido proceso y cualquier apelación, su hijo se queda en su colocación educativa actual (el lugar y el programa donde recibe su educación), a menos que usted y el distrito acuerden otra cosa. Esto se llama permanecer en la colocación actual (\"stay put\").",
                "Las apelaciones sobre disciplina son diferentes: normalmente el niño se queda en el lugar provisional que se eligió por la disciplina.",
                "Si un oficial de audiencias le da la razón a usted y dice que un cambio de colocación es correcto, esa nueva colocación pasa a ser la colocación donde su hijo permanece (\"stay put\").",
            ],
        }
    }

    fn drafts_heading(&self) -> &'static str {
        "Sus casos guardados (borradores)"
    }
    fn saved_here(&self) -> &'static str {
        "Guardado en este dispositivo."
    }
    fn link_saved_on_change(&self) -> &'static str {
        "Se abrió desde un enlace y por ahora solo lo guarda esta pestaña. Se guarda en este dispositivo en cuanto lo use: cambie algo, marque un punto de una lista, añada sus fechas a su calendario o imprímalo."
    }
    fn not_saved_link(&self) -> &'static str {
        "Se abrió desde un enlace y no está guardado en este dispositivo. Si quiere volver a verlo más tarde, guárdelo como borrador."
    }
    fn kept_as_copy(&self) -> &'static str {
        "Se guardó en este dispositivo como un borrador aparte. Este borrador también se cambió en otra pestaña o ventana, así que guardamos las dos versiones. Elija en sus borradores la que quiera usar."
    }
    fn link_case_known(&self, title: &str) -> String {
        format!(
            "Este caso ya está guardado en este dispositivo con el nombre \"{title}\". El enlace no cambia ese borrador. Si guarda el enlace, se crea una copia aparte."
        )
    }
    fn open_saved_copy(&self) -> &'static str {
        "Mejor abrir mi borrador guardado"
    }
    fn not_saved(&self, why: crate::web::StorageError) -> &'static str {
        match why {
            crate::web::StorageError::Unavailable => {
                "No se guardó: este navegador no deja que la página guarde borradores aquí (por ejemplo, en una ventana privada o dentro de otro sitio web). Su caso se queda en la pantalla hasta que cierre la página. Para tener una copia, use \"Guardar en un archivo\" más abajo."
            }
            crate::web::StorageError::WriteFailed => {
                "No se guardó: este navegador no aceptó guardar el borrador (puede que su espacio esté lleno). Su caso se queda en la pantalla hasta que cierre la página. Para tener una copia, use \"Guardar en un archivo\" más abajo."
            }
        }
    }
    fn drafts_set_aside(&self, n: usize) -> String {
        if n == 1 {
            "No pudimos leer uno de sus borradores guardados. Lo dejamos aparte, sin cambios. Sus otros borradores están abajo.".to_string()
        } else {
            format!(
                "No pudimos leer {n} de sus borradores guardados. Los dejamos aparte, sin cambios. Sus otros borradores están abajo."
            )
        }
    }
    fn draft_name_label(&self) -> &'static str {
        "Nombre de este borrador (solo usted lo ve)"
    }
    fn keep_linked_case(&self) -> &'static str {
        "Guardar como borrador nuevo"
    }
    fn new_draft(&self) -> &'static str {
        "Borrador nuevo"
    }
    fn duplicate_draft(&self) -> &'static str {
        "Hacer una copia"
    }
    fn delete_draft(&self) -> &'static str {
        "Borrar este borrador"
    }
    fn deleted_draft(&self, title: &str) -> String {
        format!("Se borró \"{title}\".")
    }
    fn undo(&self) -> &'static str {
        "Deshacer"
    }
    fn open_draft(&self) -> &'static str {
        "Abrir"
    }
    fn untitled_draft(&self) -> &'static str {
        "Borrador sin nombre"
    }
    fn newer_version_draft(&self) -> &'static str {
        "hecho con una versión más nueva; vuelva a cargar la página para abrirlo"
    }
    fn newer_version_draft_to_read(&self) -> &'static str {
        "hecho con una versión más nueva; se abre solo para leer"
    }
    fn read_only_notice(&self, version: u64) -> String {
        format!(
            "Solo lectura: este caso se guardó con una versión más nueva de la calculadora (versión {version} del archivo del caso). Esta página lo muestra, pero no lo cambiará ni lo guardará. Sus fechas las calcula esta versión anterior, que quizá no conozca todas las reglas de la nueva. Conserve el caso: use \"Guardar en un archivo\" en \"Sus borradores\" (el archivo guarda todo lo que escribió la versión nueva) y abra ese archivo en la calculadora más nueva donde se hizo, o pida al sitio que ofrece esta que la actualice."
        )
    }
    fn read_only_status(&self) -> &'static str {
        "Solo lectura: se hizo con una versión más nueva, así que esta página no lo cambiará ni lo guardará."
    }
    fn embedded_drafts_hint(&self) -> &'static str {
        "Está usando la calculadora dentro de otro sitio web. Su navegador puede guardar allí los borradores por separado, o no guardarlos: \"Guardar en un archivo\" le deja una copia que siempre puede abrir."
    }
    fn drafts_explain(&self) -> &'static str {
        "Un borrador es un caso guardado. Los borradores se guardan solo en este navegador y en este dispositivo, nunca en un servidor. Si usted borra sus datos de navegación, los borradores se borran también. Safari puede borrarlos si pasan siete días sin que usted visite la página. Un archivo guardado es la copia segura: guarde uno después de cada cambio importante."
    }
    fn notes_label(&self) -> &'static str {
        "Notas (se guardan con este borrador; solo usted las ve)"
    }
    fn share_heading(&self) -> &'static str {
        "Pasar o compartir este caso"
    }
    fn copy_link(&self) -> &'static str {
        "Copiar un enlace a este caso"
    }
    fn link_warning(&self) -> &'static str {
        "Todo el caso va dentro del enlace. Cualquier persona que reciba el enlace puede leerlo, incluso el nombre del borrador y sus notas, a menos que usted deje las notas fuera. El enlace nunca se nos envía a nosotros."
    }
    fn leave_notes_out(&self) -> &'static str {
        "No poner mis notas en el enlace"
    }
    fn make_link(&self) -> &'static str {
        "Crear el enlace"
    }
    fn link_ready(&self) -> &'static str {
        "Enlace a este caso"
    }
    fn link_copied(&self) -> &'static str {
        "Copiado. Péguelo en un mensaje o ábralo en otro dispositivo."
    }
    fn link_copy_by_hand(&self) -> &'static str {
        "Este navegador no dejó que la página lo copiara. Seleccione el enlace de arriba y cópielo usted."
    }
    fn link_too_large(&self) -> &'static str {
        "Este caso es demasiado grande para un enlace. Mejor guárdelo en un archivo."
    }
    fn save_file(&self) -> &'static str {
        "Guardar en un archivo"
    }
    fn open_file(&self) -> &'static str {
        "Abrir un archivo"
    }
    fn drop_hint(&self) -> &'static str {
        "Un archivo guardado es la copia más segura de su caso. También puede arrastrar un archivo de caso y soltarlo aquí."
    }
    fn file_outcome(&self, outcome: crate::storage::FileOutcome) -> &'static str {
        use crate::storage::FileOutcome;
        match outcome {
            FileOutcome::Opened => "Se abrió el caso del archivo y se guardó como borrador.",
            FileOutcome::OpenedToRead => {
                "Se abrió el caso del archivo, solo para leer: lo guardó una versión más nueva de la calculadora."
            }
            FileOutcome::NotJson => {
                "Ese archivo no es un archivo de caso de esta calculadora (no es el tipo de archivo correcto). No se cambió nada."
            }
            FileOutcome::NotACase => {
                "Ese archivo no tiene un caso de esta calculadora. No se cambió nada."
            }
            FileOutcome::Newer => {
                "Ese caso se guardó con una versión más nueva de la calculadora, en una forma que esta página no puede leer. Vuelva a cargar la página para tener la versión más nueva, y luego ábralo otra vez."
            }
            FileOutcome::TooLarge => {
                "Ese archivo es demasiado grande para ser un archivo de caso. No se cambió nada."
            }
            FileOutcome::Unreadable => "El navegador no pudo leer ese archivo. No se cambió nada.",
        }
    }
    fn calendar_name(&self) -> &'static str {
        "Plazos del debido proceso"
    }
    fn calendar_date_line(&self, date: &str) -> String {
        format!("Fecha: {date}")
    }
    fn calendar_heading(&self) -> &'static str {
        "Agregue las fechas a su calendario"
    }
    fn calendar_help(&self) -> &'static str {
        "Este botón descarga un archivo de calendario con todas las fechas de arriba, como eventos de todo el día. Ábralo en su teléfono o computadora para agregarlas a su aplicación de calendario. Si sus fechas cambian, descárguelo otra vez: los eventos se actualizan y no se repiten. Sus propios plazos se ponen en la fecha más temprana posible."
    }
    fn reminder_label(&self, n: u8) -> &'static str {
        if n == 1 {
            "Primer recordatorio"
        } else {
            "Segundo recordatorio"
        }
    }
    fn reminder_choice(&self, days: Option<u32>) -> String {
        match days {
            None => "Sin recordatorio".into(),
            Some(1) => "1 día antes, a las 9 a. m.".into(),
            Some(7) => "1 semana antes, a las 9 a. m.".into(),
            Some(14) => "2 semanas antes, a las 9 a. m.".into(),
            Some(n) => format!("{n} días antes, a las 9 a. m."),
        }
    }
    fn calendar_include_private(&self) -> &'static str {
        "Poner también el nombre del borrador y mis notas en los eventos (no marque esto si otras personas pueden ver su calendario)"
    }
    fn add_all_to_calendar(&self) -> &'static str {
        "Agregar todas las fechas a mi calendario"
    }
    fn add_one_to_calendar(&self) -> &'static str {
        "Agregar esta fecha a mi calendario"
    }
    fn mediation_mediator_ca(&self) -> &'static str {
        "En California, el mediador es un juez de derecho administrativo de la Oficina de Audiencias Administrativas (OAH)."
    }
    fn mediation_terms_ca(&self) -> &'static str {
        "En California, la OAH pide a la parte que presentó la queja que las traiga como propuesta inicial detallada."
    }
    fn checklists_heading(&self) -> &'static str {
        "Cómo prepararse para sus reuniones"
    }
    fn checklists_help(&self) -> &'static str {
        "Marque lo que ya preparó o revisó. Sus marcas se guardan con este borrador."
    }
    fn meeting_title(&self, meeting: crate::checklist::Meeting) -> &'static str {
        use crate::checklist::Meeting as M;
        match meeting {
            M::ResolutionSession => "Antes de la sesión de resolución",
            M::Mediation => "Antes y durante la mediación",
        }
    }
    fn checklist_item(&self, item: crate::checklist::Item) -> &'static str {
        use crate::checklist::Item as I;
        match item {
            I::ResolutionMustAttend => {
                "Vaya: la sesión es obligatoria. Si no participa, al final de los 30 días el distrito puede pedirle al oficial de audiencias que cierre su queja (que la desestime)."
            }
            I::ResolutionNoJudge => {
                "No hay juez ni mediador: solo usted, las personas que lleve y el distrito. Haga también sus propias ofertas."
            }
            I::ResolutionBring => {
                "Lleve una copia de su queja, el Programa de Educación Individualizado (IEP) actual de su hijo, las evaluaciones recientes y una lista corta, por escrito, de lo que usted pide."
            }
            I::ResolutionWhoAttends => {
                "Quiénes van a estar: alguien del distrito que pueda tomar decisiones (por ejemplo, un director de escuela o el director de educación especial) y los miembros del equipo del IEP de su hijo que conocen los hechos de su queja."
            }
            I::ResolutionCompanion => {
                "Puede llevar a un familiar, a un amigo o a un defensor. Avísele al distrito con tiempo quién va a ir."
            }
            I::ResolutionLawyers => {
                "El distrito puede llevar a un abogado solo si usted lleva uno. Lo que pague a un abogado por esta sesión no se le devuelve después, aunque usted gane."
            }
            I::ResolutionNotConfidential => {
                "Esta sesión no es confidencial, a menos que las dos partes firmen un acuerdo que lo diga. Todo lo que usted diga o muestre (por ejemplo, una evaluación nueva) se puede usar después en la audiencia. Decida antes qué va a compartir."
            }
            I::ResolutionOffers => {
                "Lo más probable es que el distrito haga una oferta. Piense antes qué aceptaría usted. Un acuerdo solo cuenta si está por escrito y firmado por las dos partes; si resuelve su queja, pone fin al caso de debido proceso. Si no hay acuerdo, lo que sigue es la audiencia."
            }
            I::ResolutionCancelWindow => {
                "Si firma un acuerdo, cualquiera de las partes puede cancelarlo por escrito dentro de los 3 días hábiles. Escriba en la calculadora, en “Acuerdos y ofertas”, el día en que lo firmó para ver los días exactos."
            }
            I::MediationConfidential => {
                "Lo que se dice en la mediación es confidencial: no se puede usar como prueba en una audiencia ni en un tribunal. Quizá le pidan firmar un acuerdo de confidencialidad al empezar."
            }
            I::MediationMediator => {
                "La mediación es voluntaria. La dirige un mediador neutral y capacitado, que no trabaja para ninguna de las partes."
            }
            I::MediationTerms => {
                "Escriba sus propias condiciones para un acuerdo: lo que pide (servicios, horas, costos, quién los daría) y lo que podría aceptar. El mediador empieza por las ofertas que ya se hicieron."
            }
            I::MediationLongDay => {
                "Normalmente empieza con las dos partes juntas; luego las ofertas van y vienen, a menudo en cuartos separados. Puede durar todo el día (algunos distritos grandes reservan medio día): planee quién cuida a sus niños y el permiso del trabajo."
            }
            I::MediationTermsInIep => {
                "Revise que el acuerdo diga si sus puntos se van a escribir en el IEP de su hijo."
            }
            I::MediationTermsEnd => {
                "Revise si los puntos del acuerdo terminan en la próxima reunión anual del IEP o si siguen después."
            }
            I::MediationWaiver => {
                "Busque cualquier renuncia o exoneración (en inglés, \"release\") de los derechos o reclamos de su hijo. Antes de firmar, asegúrese de entender a qué estaría renunciando."
            }
            I::MediationStayPut => {
                "Revise qué dice el acuerdo sobre permanecer en la colocación actual (\"stay put\"): dónde se queda su hijo si vuelven a estar en desacuerdo en una futura reunión del IEP."
            }
            I::MediationBinding => {
                "Es obligatorio en cuanto lo firman usted y alguien con autoridad para comprometer al distrito: no hay días para cancelarlo, y pone fin al caso de debido proceso. Pregunte si quien firma por el distrito tiene esa autoridad."
            }
            I::MediationBoardApprovalCa => {
                "En California, normalmente la junta escolar todavía debe aprobarlo, a puerta cerrada (lo dice un recurso para padres): pregunte qué pasa si dice que no. Luego la OAH cierra el caso."
            }
        }
    }
    fn print_open(&self) -> &'static str {
        "Resumen para imprimir"
    }
    fn print_now(&self) -> &'static str {
        "Imprimir o guardar como PDF"
    }
    fn print_brief(&self) -> &'static str {
        "Una página para la reunión"
    }
    fn print_close(&self) -> &'static str {
        "Volver a la calculadora"
    }
    fn print_heading(&self) -> &'static str {
        "Plazos del debido proceso: resumen"
    }
    fn printed_on(&self, date: &str) -> String {
        format!("Impreso el {date}.")
    }
    fn facts_heading(&self) -> &'static str {
        "Su caso"
    }
    fn no_dates_entered(&self) -> &'static str {
        "Todavía no hay fechas escritas."
    }
    fn school_breaks_heading(&self) -> &'static str {
        "Vacaciones y cierres escolares (opcional)"
    }
    fn school_breaks_toggle(&self, entered: usize) -> String {
        match entered {
            0 => "Agregar las vacaciones de su distrito (para plazos que se cuentan en días escolares)"
                .into(),
            1 => "1 cierre anotado: verlo o cambiarlo".into(),
            n => format!("{n} cierres anotados: verlos o cambiarlos"),
        }
    }
    fn school_breaks_help(&self) -> &'static str {
        "Los plazos de las audiencias rápidas (aceleradas) y de las reuniones sobre disciplina solo cuentan los días en que hay clases. Sin el calendario de su distrito, la página supone que hay clases todos los días de lunes a viernes, menos los feriados de siempre. Para más precisión, agregue las vacaciones y los cierres que aparecen en el calendario de su distrito."
    }
    fn closure_line(&self, from: &str, to: &str, label: &str) -> String {
        let days = if from == to {
            from.to_string()
        } else {
            format!("del {from} al {to}")
        };
        if label.trim().is_empty() {
            days
        } else {
            format!("{days}: {label}")
        }
    }
    fn remove_closure(&self) -> &'static str {
        "Quitar"
    }
    fn closure_from(&self) -> &'static str {
        "Primer día sin clases"
    }
    fn closure_to(&self) -> &'static str {
        "Último día sin clases (déjelo en blanco si es un solo día)"
    }
    fn closure_label(&self) -> &'static str {
        "Nombre (si quiere), por ejemplo \"Vacaciones de invierno\""
    }
    fn closure_bad(&self) -> &'static str {
        "Escriba el primer día, y un último día que no sea antes del primero."
    }
    fn add_closure(&self) -> &'static str {
        "Agregar este cierre"
    }
    fn import_school_calendar(&self) -> &'static str {
        "Importar el calendario escolar"
    }
    fn import_help(&self) -> &'static str {
        "La mayoría de los distritos publican su calendario en un archivo que termina en .ics (en el sitio web del distrito, busque \"suscribirse\" o \"exportar\", o en inglés \"subscribe\" o \"export\"). El archivo se lee solo en este dispositivo. Usted verá todos los eventos de todo el día que tiene y podrá elegir cuáles son días sin clases."
    }
    fn import_review(&self) -> &'static str {
        "Encontramos estos eventos de todo el día. Ya marcamos los que, por su nombre, parecen días sin clases. Revise cada uno antes de agregarlos."
    }
    fn apply_closures(&self, n: usize) -> String {
        match n {
            1 => "Agregar 1 día o período marcado".into(),
            n => format!("Agregar {n} días o períodos marcados"),
        }
    }
    fn cancel(&self) -> &'static str {
        "Cancelar"
    }
    fn school_calendar_error(&self, e: crate::ics::school::ReadError) -> &'static str {
        use crate::ics::school::ReadError as R;
        match e {
            R::TooLarge => {
                "Este archivo es demasiado grande para ser un calendario escolar. No se cambió nada."
            }
            R::NotACalendar => {
                "Este archivo no es un archivo de calendario (.ics). No se cambió nada."
            }
            R::NoAllDayEvents => {
                "Este calendario no tiene eventos de todo el día, así que no muestra días sin clases. No se cambió nada."
            }
        }
    }
    fn issues_heading(&self) -> &'static str {
        "Por favor, revise estas fechas"
    }
    fn issue(&self, issue: &Issue) -> String {
        match issue {
            Issue::OutOfRange { event } => format!(
                "\"{}\": esta fecha está fuera de los años que cubre esta calculadora (1990-2100), así que no se usa.",
                self.event_question(*event)
            ),
            Issue::FarFromToday { event } => format!(
                "\"{}\": esta fecha está muy lejos de hoy. ¿Está bien el año?",
                self.event_question(*event)
            ),
            Issue::InTheFuture { event } => format!(
                "\"{}\": esta fecha es posterior a hoy. Si aún no pasó, las fechas que salen de ella son una vista previa; si ya pasó, revise el año.",
                self.event_question(*event)
            ),
            Issue::OutOfOrder { event, must_follow } => format!(
                "\"{}\" tiene una fecha anterior a \"{}\", que tiene que ir primero. Por favor, revise las dos fechas.",
                self.event_question(*event),
                self.event_question(*must_follow)
            ),
            Issue::WithdrawalWithoutContinuation => "Retirarse de la mediación solo cambia la línea de tiempo si antes las dos partes acordaron por escrito seguir con la mediación. Escriba también esa fecha, o quite el retiro.".to_string(),
            Issue::ExtensionOnExpeditedTrack => "Las audiencias aceleradas no se pueden extender, así que no usamos la fecha extendida para la decisión.".to_string(),
        }
    }
    fn field_problem(&self, problem: &FieldProblem) -> String {
        match problem {
            FieldProblem::UnknownJurisdiction(s) => format!(
                "El caso menciona un lugar que no conocemos (\"{s}\"). Se usan las reglas federales. Elija su estado arriba."
            ),
            FieldProblem::UnknownTrack(s) => format!(
                "El caso menciona un tipo de audiencia que no conocemos (\"{s}\"). Suponemos que es una audiencia normal."
            ),
            FieldProblem::UnknownFiledBy(s) => format!(
                "El caso dice que la queja la presentó alguien que no conocemos (\"{s}\"). Suponemos que la presentó la familia."
            ),
            FieldProblem::BadDate { event, raw } => format!(
                "\"{}\": {}",
                self.event_question(*event),
                self.bad_date(raw, self.date_order())
            ),
            FieldProblem::UnknownEvent(_) => {
                "El caso tiene una fecha que esta versión no conoce. Se guarda, pero no se usa."
                    .to_string()
            }
            FieldProblem::BadClosure { index } => format!(
                "El cierre escolar número {} tiene una fecha que no podemos leer, o termina antes de empezar. No se usa.",
                index + 1
            ),
        }
    }
    fn open_problem(&self, problem: &OpenProblem) -> &'static str {
        match problem {
            OpenProblem::Link(LinkError::TooLarge) => {
                "Este enlace lleva más de lo que cabe en un enlace, así que no se abrió. Pídale el caso en un archivo a la persona que se lo envió."
            }
            OpenProblem::Link(_) | OpenProblem::NotJson => {
                "Parece que este enlace está cortado o tiene cambios, así que no se pudo abrir el caso que contiene. Pídale a la persona que se lo envió que copie otra vez el enlace completo. No se cambió nada en este dispositivo."
            }
            OpenProblem::Load(LoadError::NewerVersion(_)) => {
                "Este caso se hizo con una versión más nueva de la calculadora, en una forma que esta página no puede leer. Vuelva a cargar la página para tener la versión más nueva, y luego abra el enlace otra vez."
            }
            OpenProblem::Load(_) => {
                "Este enlace no contiene un caso de esta calculadora, así que no se abrió nada. No se cambió nada en este dispositivo."
            }
        }
    }
    fn opened_link(&self) -> &'static str {
        "Se abrió el caso desde su enlace. Se guarda en este dispositivo en cuanto lo use (cambie algo, marque un punto de una lista, añada sus fechas a su calendario o imprímalo), o ahora con \"Guardar como borrador nuevo\" en \"Sus borradores\". Hasta entonces solo lo guarda esta pestaña: sigue aquí si vuelve a cargar la página, pero no cuando cierre la pestaña."
    }
    fn dismiss(&self) -> &'static str {
        "Cerrar"
    }

    fn offline_now(&self) -> &'static str {
        "No tiene conexión. La calculadora sigue funcionando: nada en esta página necesita internet."
    }
    fn offline_ready(&self) -> &'static str {
        "Este dispositivo guarda una copia de la calculadora, así que se abre aunque no haya conexión."
    }
    fn new_version_ready(&self) -> &'static str {
        "Hay una versión más nueva de la calculadora. Sus borradores se quedan como están."
    }
    fn use_new_version(&self) -> &'static str {
        "Usar la versión nueva"
    }

    fn embed_code_link(&self) -> &'static str {
        "Poner esta calculadora en su sitio web"
    }
    fn embed_code_heading(&self) -> &'static str {
        "Obtener el código para insertarla"
    }
    fn embed_code_intro(&self) -> &'static str {
        "Elija cómo se verá la calculadora en su sitio y luego pegue el código en su página. \
         Funciona en el navegador de cada visitante: el caso de una familia nunca se envía a su \
         sitio ni a nadie más. Su página solo recibe la altura de la calculadora, para ajustar el \
         marco."
    }
    fn embed_lang_label(&self) -> &'static str {
        "Idioma"
    }
    fn embed_lang_auto(&self) -> &'static str {
        "Lo eligen los visitantes (primero, el idioma de su navegador)"
    }
    fn embed_state_auto(&self) -> &'static str {
        "Lo eligen los visitantes"
    }
    fn embed_theme_label(&self) -> &'static str {
        "Claro u oscuro"
    }
    fn embed_theme(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Auto => "Según el dispositivo del visitante",
            Theme::Light => "Siempre claro",
            Theme::Dark => "Siempre oscuro",
        }
    }
    fn embed_accent_use(&self) -> &'static str {
        "Usar el color de mi sitio en botones y enlaces"
    }
    fn embed_accent_label(&self) -> &'static str {
        "Color"
    }
    fn embed_accent_rejected(
        &self,
        colour: &str,
        problem: crate::embed::AccentProblem,
        ratio: &str,
    ) -> String {
        use crate::embed::AccentProblem;
        let what = match problem {
            AccentProblem::WhiteText(_) => format!(
                "{colour} es demasiado claro para el texto blanco de los botones: contraste de \
                 {ratio} a 1, y hace falta al menos 4,5 a 1."
            ),
            AccentProblem::Background { dark: false, .. } => format!(
                "{colour} se parece demasiado al fondo del tema claro: contraste de {ratio} a 1, \
                 y hace falta al menos 3 a 1."
            ),
            AccentProblem::Background { dark: true, .. } => format!(
                "{colour} es demasiado oscuro sobre el fondo del tema oscuro: contraste de \
                 {ratio} a 1, y hace falta al menos 3 a 1. Elija \"Siempre claro\" o un tono más \
                 claro."
            ),
        };
        format!("{what} La calculadora conserva sus propios colores hasta que el color cumpla.")
    }
    fn one_decimal(&self, x: f64) -> String {
        let (whole, tenth) = super::tenths(x);
        format!("{whole},{tenth}")
    }
    fn embed_sandbox(&self) -> &'static str {
        "Ejecutarla en un entorno aislado (recomendado). Las familias aún pueden guardar \
         archivos, agregar fechas a su calendario e imprimir."
    }
    fn embed_code_label(&self) -> &'static str {
        "Código para pegar en su página"
    }
    fn copy_code(&self) -> &'static str {
        "Copiar el código"
    }
    fn code_copied(&self) -> &'static str {
        "Copiado."
    }
    fn code_copy_failed(&self) -> &'static str {
        "Este navegador no dejó que la página copiara el código. Seleccione el código y cópielo usted."
    }
    fn embed_preview_heading(&self) -> &'static str {
        "Vista previa"
    }
    fn embed_host_note(&self) -> &'static str {
        "Si su sitio envía su propia política de seguridad de contenido (CSP), agregue la dirección \
         de esta calculadora a su frame-src y permita el breve script (o páselo a un archivo de \
         script de su sitio)."
    }
    fn back_to_calculator(&self) -> &'static str {
        "Volver a la calculadora"
    }

    fn not_saved_yet(&self) -> &'static str {
        "Todavía no hay nada guardado. El caso se guarda en este dispositivo en cuanto escriba algo."
    }
    fn storage_notice(&self, embedded: bool) -> &'static str {
        if embedded {
            "Esta página no puede conservar su caso aquí: su navegador no la deja guardar dentro \
             de otro sitio. Guárdelo en un archivo (en \"Sus borradores\") o abra la calculadora \
             en su propia pestaña, donde sí se puede conservar."
        } else {
            "Este navegador no deja que la página conserve su caso (por ejemplo, en una ventana \
             privada). Sigue en pantalla hasta que cierre la página: use \"Guardar en un \
             archivo\" en \"Sus borradores\" para conservar una copia."
        }
    }
    fn open_in_own_tab(&self) -> &'static str {
        "Abrir este caso en su propia pestaña (se abre en una pestaña nueva)"
    }
    fn embed_state_question(&self) -> &'static str {
        "¿Con las reglas de qué estado debe empezar?"
    }
    fn embed_width_label(&self) -> &'static str {
        "¿Qué ancho tiene el espacio para la calculadora en su página?"
    }
    fn embed_width(&self, px: u32) -> String {
        match px {
            0..=400 => format!("{px} píxeles (un teléfono)"),
            401..=900 => format!("{px} píxeles (una columna o una tableta)"),
            _ => format!("{px} píxeles (una página ancha)"),
        }
    }
    fn embed_preview_help(&self) -> &'static str {
        "La parte de arriba de la calculadora, como la ven sus visitantes al llegar, con el ancho \
         que eligió. Desplácese dentro de la vista previa para ver el resto."
    }
    fn embed_report_label(&self) -> &'static str {
        "¿Adónde deben ir los avisos de una fecha incorrecta? (opcional)"
    }
    fn embed_report_help(&self) -> &'static str {
        "Cada fecha tiene un botón \"Avisar de una fecha incorrecta\". Para recibir los avisos \
         de sus visitantes, escriba un correo como mailto:fechas@su-sitio.org, o la dirección \
         https: de un formulario de su sitio (se abre en una pestaña nueva, con el aviso copiado \
         para pegarlo). Déjelo vacío para que cada visitante elija adónde enviarlo."
    }
    fn embed_report_rejected(&self) -> &'static str {
        "Solo sirve una dirección mailto: (un solo correo) o una dirección https:. Esta se deja \
         fuera del código."
    }
    fn report_heading(&self, deadline: &str) -> String {
        format!("Avisar de una fecha incorrecta: {deadline}")
    }
    fn report_intro(&self) -> &'static str {
        "El aviso de abajo dice de qué plazo se trata, el estado, las fechas escritas, la fecha \
         que se muestra y la versión de esta página, para que alguien pueda revisar la fecha. No \
         incluye el nombre ni las notas del caso, salvo que marque la casilla. No se envía nada \
         hasta que usted lo envíe."
    }
    fn report_route(&self, route: crate::report::Route) -> &'static str {
        use crate::report::Route;
        match route {
            Route::MailApp => {
                "Se abre su programa de correo con el aviso: elija a quién enviarlo (la \
                 organización que le compartió la calculadora, o quienes la mantienen). O cópielo."
            }
            Route::Mail => {
                "Se abre su programa de correo con el aviso, dirigido a la organización que \
                 ofrece esta calculadora. O cópielo."
            }
            Route::Web => {
                "La organización que ofrece esta calculadora recibe los avisos en su propia \
                 página: el aviso se copia, y luego lo pega allí."
            }
        }
    }
    fn report_expected_label(&self) -> &'static str {
        "La fecha que esperaba (opcional)"
    }
    fn report_include_private(&self) -> &'static str {
        "Incluir el nombre y las notas del caso"
    }
    fn report_text_label(&self) -> &'static str {
        "El aviso"
    }
    fn report_send_mail(&self) -> &'static str {
        "Enviar por correo electrónico"
    }
    fn report_open_page(&self) -> &'static str {
        "Copiar el aviso y abrir la página de avisos (se abre en una pestaña nueva)"
    }
    fn report_copy(&self) -> &'static str {
        "Copiar el aviso"
    }
    fn report_copied(&self) -> &'static str {
        "El aviso está copiado."
    }
    fn report_copy_by_hand(&self) -> &'static str {
        "El navegador no dejó que la página lo copiara: seleccione el aviso de arriba y cópielo."
    }
    fn report_close(&self) -> &'static str {
        "Cerrar el aviso"
    }
    fn report_subject(&self, deadline: &str, jurisdiction: &str) -> String {
        format!("¿Fecha incorrecta? {deadline} ({jurisdiction})")
    }
    fn report_field(&self, field: crate::report::Field) -> &'static str {
        use crate::report::Field;
        match field {
            Field::Deadline => "Plazo",
            Field::DateShown => "Fecha que se muestra",
            Field::Earliest => "Fecha más temprana que se muestra",
            Field::Expected => "Fecha que esperaba",
            Field::NotGiven => "no se indicó",
            Field::NoDate => "sin fecha",
            Field::Jurisdiction => "Estado",
            Field::Track => "Vía",
            Field::FiledBy => "Presentada por",
            Field::Entered => "Fechas escritas",
            Field::NothingEntered => "ninguna",
            Field::Closures => "Vacaciones escolares",
            Field::Today => "Hoy, según la página",
            Field::TodayFixed => "fijado por la dirección",
            Field::PageVersion => "Versión de la página",
            Field::RulesChecked => "Reglas revisadas el",
            Field::Title => "Nombre del caso",
            Field::Notes => "Notas",
        }
    }

    fn month_names(&self) -> [&'static str; 12] {
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ]
    }
    fn month_abbr(&self) -> [&'static str; 12] {
        [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
        ]
    }
    fn weekday_names(&self) -> [&'static str; 7] {
        [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ]
    }
    fn weekday_abbr(&self) -> [&'static str; 7] {
        ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    }
    fn date_long(&self, d: NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{}, {} de {} de {}",
            self.weekday_names()[weekday_index(d)],
            d.day(),
            self.month_names()[month_index(d)],
            d.year()
        )
    }
    /// Inside a sentence a date is written out: "el viernes, 8 de enero de 2027", never
    /// "el vie, 8 ene 2027".
    fn date_in_sentence(&self, d: NaiveDate) -> String {
        self.date_long(d)
    }
    fn date_short(&self, d: NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{}, {} {} {}",
            self.weekday_abbr()[weekday_index(d)],
            d.day(),
            self.month_abbr()[month_index(d)],
            d.year()
        )
    }
}

// California's mediation and hearing, said once (the English catalog has the same paragraphs, with
// their sources; research/round6-words.md records what was read and when).

const CA_MEDIATION_ONLY: &str = "En California también puede pedir una mediación sin pedir una audiencia (\"solo mediación\", Education Code 56500.3; texto leído). Envíe la solicitud por escrito a la OAH y, al mismo tiempo, una copia al distrito. Los abogados, y otras personas a quienes se les paga por defender legalmente a una parte, no pueden participar; usted puede llevar a alguien que le ayude y que no sea abogado, y consultar a un abogado antes o después. La mediación es voluntaria: si el distrito no acepta, la OAH cierra el caso. Si no llegan a un acuerdo, usted todavía puede pedir una audiencia.";
const CA_MEDIATION_DATE: &str = "Cuando el caso se presenta para una audiencia y mediación, la OAH no pone por sí sola una fecha de mediación (sí lo hace en los casos acelerados y en los de solo mediación). Su orden de calendario (\"scheduling order\") da la fecha de la conferencia previa a la audiencia, la de la audiencia y un plazo para pedir la mediación. Las dos partes tienen que ponerse de acuerdo en una fecha y pedirla juntas a la OAH por escrito, por ejemplo con el formulario opcional de la OAH para pedir una fecha de mediación (y, si hace falta, cambiar la fecha de la audiencia), firmado por las dos. Esa solicitud es una petición formal (\"motion\"): preséntela con tiempo, normalmente a más tardar tres días hábiles antes de la conferencia previa (páginas de la OAH, leídas el 6 de diciembre de 2026).";
const CA_MEDIATION_HELD: &str = "La OAH ha estado haciendo sus mediaciones por video (Microsoft Teams) o por teléfono; cuando leímos su página, el 6 de diciembre de 2026, decía que no habría mediaciones en persona hasta nuevo aviso. El aviso de su mediación dice cómo será la suya.";
const CA_OPENING_PROPOSAL: &str = "En California, la OAH le pide a la parte que presentó la queja que le dé al mediador, el día de la mediación, una propuesta inicial de acuerdo con detalle: cada cosa que pide, con su costo y, si se puede, quién daría los servicios o la colocación (también se pueden incluir preguntas). El mediador la habla primero con esa parte antes de compartirla (página de la OAH, leída el 6 de diciembre de 2026).";
const CA_JUDGE_AND_COMPLAINT: &str = "En California, el oficial de audiencias es un juez de derecho administrativo de la Oficina de Audiencias Administrativas (OAH, por sus siglas en inglés). Allí la queja de debido proceso también se llama \"solicitud de audiencia de debido proceso\", y algunas personas la llaman \"demanda\". Se presenta ante la OAH: no es una queja ante el Departamento de Educación de California, que es otro proceso (la \"queja de cumplimiento\").";

/// Spanish names of the 50 states, DC and Puerto Rico, in the order of `STATE_CODES` (the same
/// order as the English list; the page sorts them by name).
const STATE_NAMES: [&str; 52] = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Distrito de Columbia",
    "Florida",
    "Georgia",
    "Hawái",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Luisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Misisipi",
    "Misuri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Nuevo Hampshire",
    "Nueva Jersey",
    "Nuevo México",
    "Nueva York",
    "Carolina del Norte",
    "Dakota del Norte",
    "Ohio",
    "Oklahoma",
    "Oregón",
    "Pensilvania",
    "Puerto Rico",
    "Rhode Island",
    "Carolina del Sur",
    "Dakota del Sur",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Virginia Occidental",
    "Wisconsin",
    "Wyoming",
];

fn state_name(code: &str) -> &'static str {
    STATE_CODES
        .iter()
        .position(|c| *c == code)
        .map_or("su estado", |i| STATE_NAMES[i])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::count::Direction;
    use crate::i18n::Lang;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    #[test]
    fn lang_parses_spanish_tags() {
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse("es-US"), Some(Lang::Es));
        assert_eq!(Lang::parse(" ES-419 "), Some(Lang::Es));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::Es.tag(), "es");
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::Es.text().app_title(), ES.app_title());
    }

    #[test]
    fn dates_read_naturally_in_spanish() {
        let d = day(2025, 9, 13);
        assert_eq!(ES.date_long(d), "sábado, 13 de septiembre de 2025");
        assert_eq!(ES.date_short(d), "sáb, 13 sep 2025");
        assert_eq!(ES.date_long(day(2026, 1, 1)), "jueves, 1 de enero de 2026");
        assert_eq!(ES.date_short(day(2025, 3, 3)), "lun, 3 mar 2025");
    }

    // A state rule's period reads as one sentence: "de" and the article "el" contract.
    #[test]
    fn a_rule_counted_from_an_event_contracts_de_el() {
        let from = ES.event_name(E::DecisionReceived);
        assert!(from.starts_with("el "), "{from}");
        let line = ES.sources_rule(90, "días calendario", from);
        assert!(line.contains("después del día"), "{line}");
        assert!(!line.contains(" de el "), "{line}");
        assert_eq!(
            ES.sources_rule(30, "días", "la fecha de la decisión"),
            "30 días después de la fecha de la decisión"
        );
    }

    #[test]
    fn a_day_the_month_lacks_names_the_month_first() {
        use crate::i18n::typed_date::TypedProblem;
        let problem = TypedProblem::NoSuchDay {
            day: 29,
            month: 2,
            year: 2025,
        };
        assert_eq!(
            ES.typed_date_problem(problem, crate::i18n::typed_date::DateOrder::DayFirst),
            "Febrero de 2025 no tiene día 29."
        );
    }

    #[test]
    fn arithmetic_mirrors_english() {
        let mut c = Count {
            trigger_date: day(2025, 8, 29),
            period: 15,
            unit: Unit::CalendarDays,
            direction: Direction::After,
            trigger_day_counted: false,
            leap_day_adjusted: false,
            date: day(2025, 9, 13),
            skipped: vec![],
        };
        assert_eq!(
            ES.arithmetic(&c),
            "vie, 29 ago 2025 + 15 días calendario = sáb, 13 sep 2025"
        );
        c.period = 1;
        c.unit = Unit::BusinessDays;
        c.direction = Direction::Before;
        c.trigger_day_counted = true;
        assert_eq!(
            ES.arithmetic(&c),
            "vie, 29 ago 2025 − 1 día hábil = sáb, 13 sep 2025 (el primer día cuenta como día 1)"
        );
    }

    #[test]
    fn every_state_has_its_spanish_name() {
        assert_eq!(ES.state_name("NC"), "Carolina del Norte");
        assert_eq!(ES.state_name("WV"), "Virginia Occidental");
        assert_eq!(ES.state_name("DC"), "Distrito de Columbia");
        assert_eq!(ES.state_name("NY"), "Nueva York");
        assert_eq!(ES.state_name("PR"), "Puerto Rico");
        assert_eq!(ES.state_name("WY"), "Wyoming");
        assert_eq!(ES.state_name("ZZ"), "su estado");
        for code in STATE_CODES {
            assert_ne!(ES.state_name(code), "su estado", "{code}");
        }
    }

    #[test]
    fn no_english_words_left_in_prose() {
        // Words that would betray an untranslated sentence (whole words, lower case).
        let english = [
            "the",
            "and",
            "you",
            "your",
            "with",
            "date",
            "days",
            "hearing",
            "complaint",
            "district",
            "deadline",
            "will",
            "this",
            "that",
            "not",
        ];
        for sample in super::super::samples::samples(&ES)
            .into_iter()
            .filter(|s| s.prose)
        {
            let (label, es) = (format!("{} {}", sample.method, sample.key), sample.text);
            for word in es
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
            {
                assert!(
                    !english.contains(&word.as_str()),
                    "{label}: \"{word}\" in {es}"
                );
            }
        }
    }

    #[test]
    fn names_and_calendar_words_are_spanish() {
        assert_eq!(ES.weekday_names()[5], "sábado");
        assert_eq!(ES.weekday_abbr()[6], "dom");
        assert_eq!(ES.month_names()[8], "septiembre");
        assert_eq!(ES.month_abbr()[7], "ago");
        for (e, s) in Lang::En
            .text()
            .month_names()
            .iter()
            .zip(ES.month_names().iter())
        {
            assert_ne!(e, s);
        }
    }
}
