//! Spanish for the English that rule data carries: the short notes some citations end with
//! (what a period counts from, which holidays move, what was not read) and the proper names of
//! state offices. The citations themselves stay as the law writes them; on the Spanish page the
//! citation proper is shown in English (marked `lang="en"`) and its note in Spanish.
//!
//! Kept apart from the packs so that the rule data stays one line per fact: each entry is keyed
//! by the citation exactly as its pack writes it. A test checks that every citation of every
//! pack that carries words beyond the citation proper has its entry here, and that no entry is
//! left over; a changed citation therefore fails the test until its Spanish is written again.
//!
//! The tables are native only: they are the source of `lang/es.json` (the citation notes and
//! office names of the Spanish catalog), which the page fetches; the WebAssembly keeps only
//! [`has_note`], which holds no Spanish.

#[cfg(not(target_arch = "wasm32"))]
/// `(citation as the pack writes it, the citation proper, its note in Spanish)`.
pub static CITATION_NOTES: &[(&str, &str, &str)] = &[
    (
        "5 U.S.C. 6103(a); observed days: 5 U.S.C. 6103(b), Exec. Order 11582",
        "5 U.S.C. 6103(a); 5 U.S.C. 6103(b), Exec. Order 11582",
        "los días en que se observa un feriado que cae en fin de semana vienen de 6103(b) y de la orden ejecutiva",
    ),
    (
        "34 CFR 300.11(c); assumed calendar: federal holidays",
        "34 CFR 300.11(c)",
        "calendario de ejemplo: los feriados federales",
    ),
    (
        "Alaska Stat. 44.12.010; 44.12.020 (a Sunday holiday makes the Monday after one too)",
        "Alaska Stat. 44.12.010; 44.12.020",
        "un feriado que cae en domingo hace feriado también el lunes siguiente",
    ),
    (
        "Ala. Code 1-3-8 (text before the 2025 Juneteenth act; Juneteenth is a federal holiday anyway). Mardi Gras closes offices in Baldwin and Mobile counties only",
        "Ala. Code 1-3-8",
        "texto anterior a la ley de 2025 sobre Juneteenth, que de todos modos es feriado federal; el Martes de Carnaval cierra oficinas solo en los condados de Baldwin y Mobile",
    ),
    (
        "Ark. Code Ann. 1-5-101 (Official Code, 2020 release; a Saturday holiday is kept the Friday before, a Sunday one the Monday after)",
        "Ark. Code Ann. 1-5-101",
        "código oficial, edición de 2020; un feriado que cae en sábado se observa el viernes anterior, y uno que cae en domingo, el lunes siguiente",
    ),
    (
        "Ariz. Rev. Stat. 1-301 (2018 text; Constitution Commemoration Day, September 17, counted only in the widest reading: offices do not close)",
        "Ariz. Rev. Stat. 1-301",
        "texto de 2018; el Día de Conmemoración de la Constitución, 17 de septiembre, solo cuenta en la lectura más amplia, porque las oficinas no cierran",
    ),
    (
        "Colo. Rev. Stat. 24-11-101 (Cabrini Day, the first Monday of October, from 2020)",
        "Colo. Rev. Stat. 24-11-101",
        "el Día de Cabrini, primer lunes de octubre, desde 2020",
    ),
    (
        "Conn. Gen. Stat. 1-4 (a Saturday holiday is kept the Friday before, a Sunday one the Monday after)",
        "Conn. Gen. Stat. 1-4",
        "un feriado que cae en sábado se observa el viernes anterior, y uno que cae en domingo, el lunes siguiente",
    ),
    (
        "D.C. Code 1-612.02 (a Saturday holiday is kept the Friday before, a Sunday one the Monday after; Inauguration Day, January 20 of every fourth year from 1981, moves only from a Sunday, to the Monday after: 1-612.02(c) and 28-2701)",
        "D.C. Code 1-612.02; 1-612.02(c); 28-2701",
        "un feriado que cae en sábado se observa el viernes anterior, y uno que cae en domingo, el lunes siguiente; el Día de la Investidura Presidencial, 20 de enero cada cuatro años desde 1981, solo se mueve si cae en domingo, al lunes siguiente",
    ),
    (
        "1 Del. Code 501 (Return Day, in Sussex County only, is not counted)",
        "1 Del. Code 501",
        "no se cuenta el Return Day, que es feriado solo en el condado de Sussex",
    ),
    (
        "Fla. Stat. 110.117(1) (2025 text: the Friday after Thanksgiving)",
        "Fla. Stat. 110.117(1)",
        "texto de 2025: el viernes después del Día de Acción de Gracias",
    ),
    (
        "O.C.G.A. 1-4-1 (the federal holidays; the Governor names further closing days each year, such as Good Friday and the day after Thanksgiving, counted only in the widest reading)",
        "O.C.G.A. 1-4-1",
        "los feriados federales; cada año el gobernador nombra otros días de cierre, como el Viernes Santo y el día después de Acción de Gracias, que solo cuentan en la lectura más amplia",
    ),
    (
        "Haw. Rev. Stat. 8-1 (general election days count; primaries do not); 8-2 (a Saturday holiday is kept the Friday before, a Sunday one the Monday after)",
        "Haw. Rev. Stat. 8-1; 8-2",
        "los días de elecciones generales cuentan, las primarias no; un feriado que cae en sábado se observa el viernes anterior, y uno que cae en domingo, el lunes siguiente",
    ),
    (
        "Iowa Code 1C.1 (Lincoln's Birthday); 1C.2 (the day after Thanksgiving, a paid day off for state employees, counted only in the widest reading)",
        "Iowa Code 1C.1; 1C.2",
        "el Natalicio de Lincoln; el día después de Acción de Gracias, día libre pagado para los empleados del estado, solo cuenta en la lectura más amplia",
    ),
    (
        "205 ILCS 630/17(a), through 5 ILCS 70/1.11 (Lincoln's birthday, Good Friday, the general election days of even years; Casimir Pulaski Day, the first Monday in March, is not encoded); that these days are not business days for the hearing steps is a reading",
        "205 ILCS 630/17(a); 5 ILCS 70/1.11",
        "el Natalicio de Lincoln, el Viernes Santo y los días de elecciones generales de los años pares; todavía no se cuenta el Día de Casimir Pulaski, primer lunes de marzo; que estos días no sean días hábiles para los pasos de la audiencia es una interpretación",
    ),
    (
        "Idaho Code 73-108 (its holidays are federal ones)",
        "Idaho Code 73-108",
        "sus feriados son los federales",
    ),
    (
        "Ind. Code 1-1-9-1 (its list as a 2025 bill quotes it, up to Columbus Day: Lincoln's Birthday and Good Friday; whether the rest of the list adds days is open)",
        "Ind. Code 1-1-9-1",
        "su lista, tal como la cita un proyecto de ley de 2025, hasta el Día de Colón: el Natalicio de Lincoln y el Viernes Santo; no se sabe todavía si el resto de la lista agrega más días",
    ),
    (
        "Ky. Rev. Stat. 2.110(1) and 2.190 (presidential election day); the state-employee days of 18A.190 are not counted yet",
        "Ky. Rev. Stat. 2.110(1), 2.190; 18A.190",
        "el día de la elección presidencial; todavía no se cuentan los días libres de los empleados del estado de 18A.190",
    ),
    (
        "La. Rev. Stat. 1:55 (counted only in the widest reading: several apply only in some parishes or offices)",
        "La. Rev. Stat. 1:55",
        "solo cuentan en la lectura más amplia, porque varios se aplican solo en algunas parroquias u oficinas",
    ),
    (
        "Mass. Gen. Laws ch. 4, 7(18) (a Sunday holiday moves to Monday; a Saturday one does not move); ch. 136, 12 (Suffolk County offices also close on March 17 and June 17, counted only in the widest reading)",
        "Mass. Gen. Laws ch. 4, 7(18); ch. 136, 12",
        "un feriado que cae en domingo pasa al lunes; uno que cae en sábado no se mueve; las oficinas del condado de Suffolk también cierran el 17 de marzo y el 17 de junio, días que solo cuentan en la lectura más amplia",
    ),
    (
        "Md. Code, Gen. Prov. 1-111 (legal holidays: the Friday after Thanksgiving and statewide general election days counted; Lincoln's birthday and Good Friday only in the widest reading, with Maryland Day and Defenders' Day, which are not encoded; which of them close state offices, under State Pers. & Pens. 9-201, is open)",
        "Md. Code, Gen. Prov. 1-111; State Pers. & Pens. 9-201",
        "feriados legales: se cuentan el viernes después de Acción de Gracias y los días de elecciones generales del estado; el Natalicio de Lincoln y el Viernes Santo solo en la lectura más amplia, igual que el Día de Maryland y el Día de los Defensores (Defenders' Day), que todavía no se cuentan; no se sabe todavía cuáles de ellos cierran las oficinas del estado según State Pers. & Pens. 9-201",
    ),
    (
        "Me. Rev. Stat. tit. 4, 1051 (as replaced in 2021; the day after Thanksgiving is a day off for state employees only, counted in the widest reading)",
        "Me. Rev. Stat. tit. 4, 1051",
        "según el texto que lo reemplazó en 2021; el día después de Acción de Gracias es libre solo para los empleados del estado y cuenta en la lectura más amplia",
    ),
    (
        "Mich. Comp. Laws 435.101 (Lincoln's Birthday; its Saturday afternoons fall on weekends anyway)",
        "Mich. Comp. Laws 435.101",
        "el Natalicio de Lincoln; sus tardes de sábado caen en fin de semana de todos modos",
    ),
    (
        "Minn. Stat. 645.44, subd. 5 (its holidays are federal ones; the Friday after Thanksgiving only as an option for state offices)",
        "Minn. Stat. 645.44, subd. 5",
        "sus feriados son los federales; el viernes después de Acción de Gracias es solo una opción para las oficinas del estado",
    ),
    (
        "Mo. Rev. Stat. 9.010 (a Sunday holiday moves to Monday)",
        "Mo. Rev. Stat. 9.010",
        "un feriado que cae en domingo pasa al lunes",
    ),
    (
        "Miss. Code Ann. 3-3-7 (copy current to 2023; a Sunday holiday moves to Monday)",
        "Miss. Code Ann. 3-3-7",
        "copia al día hasta 2023; un feriado que cae en domingo pasa al lunes",
    ),
    (
        "Mont. Code Ann. 1-1-216 (state general election day: state offices are elected in even years)",
        "Mont. Code Ann. 1-1-216",
        "el día de las elecciones generales del estado, que eligen cargos estatales en los años pares",
    ),
    (
        "N.C. Gen. Stat. 103-4 (legal public holidays, Official Code Release 81, 2022; later amendments not checked): the days that are not federal holidays count only in the widest reading, as 103-4 closes no public office (State v. Moore, 104 N.C. 743) and 103-5 speaks of a legal holiday when the office is closed; Yom Kippur by the Hebrew calendar",
        "N.C. Gen. Stat. 103-4; 103-5; State v. Moore, 104 N.C. 743",
        "feriados públicos legales, según la edición 81 del código oficial (2022), sin revisar enmiendas posteriores: los días que no son feriados federales cuentan solo en la lectura más amplia, porque 103-4 no cierra ninguna oficina pública (State v. Moore, 104 N.C. 743) y 103-5 habla de un feriado legal en que la oficina está cerrada; Yom Kipur según el calendario hebreo",
    ),
    (
        "N.D. Cent. Code 1-03-01 (the afternoon of December 24 is not counted: half days do not remove a business day)",
        "N.D. Cent. Code 1-03-01",
        "no se cuenta la tarde del 24 de diciembre: medio día feriado no quita un día hábil",
    ),
    (
        "Neb. Rev. Stat. 25-2221, as the Nebraska Supreme Court lists it",
        "Neb. Rev. Stat. 25-2221",
        "según la lista de la Corte Suprema de Nebraska",
    ),
    (
        "N.H. Rev. Stat. 288:1 (as a 2023 bill quotes it: the biennial election day)",
        "N.H. Rev. Stat. 288:1",
        "tal como lo cita un proyecto de ley de 2023: el día de las elecciones cada dos años",
    ),
    (
        "N.J. Stat. 11A:6-24.1(a) (the days State offices close: Good Friday and any general election day; Juneteenth on the third Friday of June, not encoded) and 36:1-1(b)-(d); which list counts for business days is a reading",
        "N.J. Stat. 11A:6-24.1(a); 36:1-1(b)-(d)",
        "los días en que cierran las oficinas del estado: el Viernes Santo y todo día de elecciones generales; todavía no se cuenta Juneteenth en el tercer viernes de junio; qué lista vale para los días hábiles es una interpretación",
    ),
    (
        "N.M. Stat. Ann. 12-5-2 (as summaries list it: its holidays are federal ones)",
        "N.M. Stat. Ann. 12-5-2",
        "según resúmenes: sus feriados son los federales",
    ),
    (
        "Nev. Rev. Stat. 236.015 (2013 text: Nevada Day and Family Day; Juneteenth, added in 2023, is a federal holiday anyway)",
        "Nev. Rev. Stat. 236.015",
        "texto de 2013: el Día de Nevada y el Día de la Familia; Juneteenth, agregado en 2023, es feriado federal de todos modos",
    ),
    (
        "N.Y. Gen. Constr. Law 24 (a Sunday holiday moves to Monday)",
        "N.Y. Gen. Constr. Law 24",
        "un feriado que cae en domingo pasa al lunes",
    ),
    (
        "Ohio Rev. Code 1.14 (its holidays are federal ones)",
        "Ohio Rev. Code 1.14",
        "sus feriados son los federales",
    ),
    (
        "Okla. Stat. tit. 25, 82.1 (the day after Thanksgiving; its extra Christmas day, before or after by weekday, is not counted yet)",
        "Okla. Stat. tit. 25, 82.1",
        "el día después de Acción de Gracias; todavía no se cuenta su día extra de Navidad, antes o después según el día de la semana",
    ),
    (
        "Or. Rev. Stat. 187.010 (its holidays are federal ones)",
        "Or. Rev. Stat. 187.010",
        "sus feriados son los federales",
    ),
    (
        "R.I. Gen. Laws 25-1-1 (undated copy; a Sunday holiday moves to Monday; for state employees, January 1, July 4, November 11 and December 25 on a Saturday or Sunday move to the Monday after)",
        "R.I. Gen. Laws 25-1-1",
        "copia sin fecha; un feriado que cae en domingo pasa al lunes; para los empleados del estado, el 1 de enero, el 4 de julio, el 11 de noviembre y el 25 de diciembre que caen en sábado o domingo pasan al lunes siguiente",
    ),
    (
        "S.D. Codified Laws 1-5-1 (its holidays are federal ones or fall on the same days)",
        "S.D. Codified Laws 1-5-1",
        "sus feriados son los federales o caen los mismos días",
    ),
    (
        "Tenn. Code 15-1-101 (Good Friday; of the election days it makes holidays, only the November general election of even years is counted: the other statewide elections fall on dates other statutes set, not encoded here)",
        "Tenn. Code 15-1-101",
        "el Viernes Santo; de los días de elecciones que hace feriados, solo se cuenta la elección general de noviembre de los años pares: las demás elecciones estatales caen en fechas que fijan otras leyes, y aquí no se cuentan",
    ),
    (
        "200-RICR-20-30-6.3(A)-(B), 2019 version (34 CFR Part 300, December 2018, incorporated by reference; 300.507(a)(2) and 300.511(e)-(f), the two-year limit, are not among the sections left out or modified)",
        "200-RICR-20-30-6.3(A)-(B); 34 CFR Part 300; 300.507(a)(2); 300.511(e)-(f)",
        "versión de 2019; incorpora por referencia la parte 300 del 34 CFR en su edición de diciembre de 2018; las secciones del límite de dos años no están entre las que se excluyen o se modifican",
    ),
    (
        "200-RICR-20-30-6.3(A)-(B), 2019 version (34 CFR Part 300, December 2018, incorporated by reference; 300.148 is not among the sections left out or modified)",
        "200-RICR-20-30-6.3(A)-(B); 34 CFR Part 300; 300.148",
        "versión de 2019; incorpora por referencia la parte 300 del 34 CFR en su edición de diciembre de 2018; 300.148 no está entre las secciones que se excluyen o se modifican",
    ),
    (
        "Utah Code 53E-7-208(3)(b), (4)(a) (the state board conducts the hearing and issues the decision, which a party appeals by a civil action in court; no review level)",
        "Utah Code 53E-7-208(3)(b), (4)(a)",
        "la junta estatal realiza la audiencia y dicta la decisión, que una parte apela con una demanda civil ante un tribunal; no hay nivel de revisión",
    ),
    (
        "Utah Code 53E-7-208(4)(a) (one period, 30 days after the decision is issued, for a civil action in any court described in 20 U.S.C. 1415(i), state or federal)",
        "Utah Code 53E-7-208(4)(a); 20 U.S.C. 1415(i)",
        "un solo plazo, 30 días después de dictada la decisión, para una demanda civil en cualquier tribunal de los que describe esa ley federal, estatal o federal",
    ),
    (
        "Utah Code 63G-1-301 (2025 text: Pioneer Day; Juneteenth, a state holiday from 2022 (H.B. 238), is kept on a Monday: June 19 on Tuesday to Friday the Monday before, on a weekend the Monday after)",
        "Utah Code 63G-1-301; H.B. 238",
        "texto de 2025: el Día de los Pioneros; Juneteenth, feriado del estado desde 2022, se observa un lunes: si el 19 de junio cae de martes a viernes, el lunes anterior; si cae en fin de semana, el lunes siguiente",
    ),
    (
        "Va. Code 2.2-3300 (Election Day, every year; the Friday after Thanksgiving; a Saturday holiday is kept the Friday before, a Sunday one the Monday after)",
        "Va. Code 2.2-3300",
        "el día de las elecciones, todos los años; el viernes después de Acción de Gracias; un feriado que cae en sábado se observa el viernes anterior, y uno que cae en domingo, el lunes siguiente",
    ),
    (
        "1 Vt. Stat. 371 (state offices: Saturday to Friday, Sunday to Monday)",
        "1 Vt. Stat. 371",
        "oficinas del estado: un feriado en sábado pasa al viernes, uno en domingo pasa al lunes",
    ),
    (
        "Wash. Rev. Code 1.16.050(1)(j) (the Friday after Thanksgiving, a legal holiday by 2004 at the latest; named Native American Heritage Day by 2014 c 177)",
        "Wash. Rev. Code 1.16.050(1)(j); 2014 c 177",
        "el viernes después de Acción de Gracias, feriado legal a más tardar desde 2004; la ley de 2014 (capítulo 177) le dio el nombre de Día de la Herencia de los Nativos Americanos",
    ),
    (
        "44 P.S. 11 (Good Friday, Flag Day and Election Day, as an employer-law summary (BLR) lists the statute's days; the statute's own text was not read, so they are counted only in the widest reading); Act of June 20, 1883, P.L. 136, sec. 1 (read): a last day that falls on a state legal holiday is left out of the count",
        "44 P.S. 11; Act of June 20, 1883, P.L. 136, sec. 1",
        "el Viernes Santo, el Día de la Bandera y el día de las elecciones, tal como un resumen de derecho laboral (BLR) enumera los días de la ley; no se leyó el texto de la ley, así que solo cuentan en la lectura más amplia; la ley de 1883 (leída) excluye del cómputo el último día de un plazo que cae en un feriado legal del estado",
    ),
    (
        "W. Va. Code 2-2-1 (West Virginia Day; Lincoln's Day, the day after Thanksgiving; general election day; primary election days are not counted yet)",
        "W. Va. Code 2-2-1",
        "el Día de Virginia Occidental; el Día de Lincoln; el día después de Acción de Gracias; el día de las elecciones generales; todavía no se cuentan los días de elecciones primarias",
    ),
    (
        "Wis. Stat. 995.20 (legal holidays, as 2009 SB 170 reprints it: the September primary and the November general election days; Good Friday 11 a.m. to 3 p.m. only, not counted); state offices close on another list (Wis. Stat. 230.35(4)(a)); the general election day and December 24 only in the widest reading",
        "Wis. Stat. 995.20; 2009 SB 170; Wis. Stat. 230.35(4)(a)",
        "feriados legales, tal como los reimprime un proyecto de ley de 2009: los días de la elección primaria de septiembre y de la elección general de noviembre; no se cuenta el Viernes Santo, que es feriado solo de 11 de la mañana a 3 de la tarde; las oficinas del estado cierran según otra lista (Wis. Stat. 230.35(4)(a)); el día de la elección general y el 24 de diciembre solo cuentan en la lectura más amplia",
    ),
    (
        "Wyo. Stat. 8-4-101 (its holidays are federal ones; Juneteenth under 8-4-107 closes no office)",
        "Wyo. Stat. 8-4-101; 8-4-107",
        "sus feriados son los federales; Juneteenth, según 8-4-107, no cierra ninguna oficina",
    ),
    (
        "Cal. Educ. Code 56505(k) (within 90 days of receipt of the hearing decision, state or federal court)",
        "Cal. Educ. Code 56505(k)",
        "dentro de los 90 días después de recibir la decisión de la audiencia, en un tribunal estatal o federal",
    ),
    (
        "Alaska Stat. 14.30.193(a) (12 months after the district's written notice)",
        "Alaska Stat. 14.30.193(a)",
        "12 meses después del aviso por escrito del distrito",
    ),
    (
        "Alaska Stat. 14.30.193(f), through 44.62.560; Alaska R. App. P. 602(a)(2) (30 days from the date the decision is mailed or otherwise distributed); 44.62.560 itself counts 30 days from the last day reconsideration can be ordered, a later date, and court rules supersede parts of it: which one governs is a reading",
        "Alaska Stat. 14.30.193(f); 44.62.560; Alaska R. App. P. 602(a)(2)",
        "30 días desde la fecha en que la decisión se envía por correo o se entrega de otro modo; el propio 44.62.560 cuenta 30 días desde el último día en que puede ordenarse la reconsideración, una fecha posterior, y las reglas del tribunal reemplazan partes de él: cuál rige es una interpretación",
    ),
    (
        "Alaska Stat. 14.30.193(f); Alaska R. App. P. 602(a)(2) (superior court, 30 days from the mailing or distribution of the decision); that these 30 days also bind an action in federal court is a reading, the federal 90 days otherwise",
        "Alaska Stat. 14.30.193(f); Alaska R. App. P. 602(a)(2)",
        "tribunal superior, 30 días desde el envío por correo o la entrega de la decisión; que estos 30 días rijan también una demanda ante un tribunal federal es una interpretación; si no, rigen los 90 días federales",
    ),
    (
        "Alaska Stat. 14.30.193(e), (f) (the hearing officer's decision is final and binding unless appealed, and is a final administrative order appealed to the superior court; no state review level)",
        "Alaska Stat. 14.30.193(e), (f)",
        "la decisión del oficial de audiencias es definitiva y obligatoria salvo apelación, y es una orden administrativa final que se apela ante el tribunal superior; no hay un nivel de revisión estatal",
    ),
    (
        "Ark. Code Ann. 6-41-216(g), as the Eighth Circuit quotes it in Brittany O. v. Bentonville Sch. Dist. (2017): the civil action runs from the hearing officer's decision, with no state review level",
        "Ark. Code Ann. 6-41-216(g); Brittany O. v. Bentonville Sch. Dist. (8th Cir. 2017)",
        "tal como lo cita la Corte de Apelaciones del Octavo Circuito: la demanda se cuenta desde la decisión del oficial de audiencias, sin un nivel de revisión estatal",
    ),
    (
        "Ark. Code Ann. 6-41-216(g), as quoted in Brittany O. v. Bentonville Sch. Dist. (2017): one period, 90 days, in \"a court of competent jurisdiction\", state or federal",
        "Ark. Code Ann. 6-41-216(g); Brittany O. v. Bentonville Sch. Dist. (8th Cir. 2017)",
        "tal como lo cita esa sentencia: un solo plazo, 90 días, ante \"un tribunal competente\", estatal o federal",
    ),
    (
        "Haw. Code R. 8-60-65(b) (the department conducts the hearing) and 8-60-70(b) (the civil action runs from the hearing officer's decision; no state review level named)",
        "Haw. Code R. 8-60-65(b); 8-60-70(b)",
        "el departamento lleva a cabo la audiencia, y la demanda se cuenta desde la decisión del oficial de audiencias; no se nombra un nivel de revisión estatal",
    ),
    (
        "Haw. Code R. 8-60-70(b) (one period, 30 days from the hearing officer's decision, for a state court or a United States district court; its \"time allowed by State law\" clause leaves Haw. Rev. Stat. 91-14(b) open as a reading)",
        "Haw. Code R. 8-60-70(b); Haw. Rev. Stat. 91-14(b)",
        "un solo plazo, 30 días desde la decisión del oficial de audiencias, para un tribunal estatal o un tribunal de distrito de los Estados Unidos; su cláusula sobre \"el plazo que permita la ley estatal\" deja abierta, como interpretación, la aplicación de Haw. Rev. Stat. 91-14(b)",
    ),
    (
        "Kan. Stat. 35-107(a) (the federal holidays with Columbus Day; Juneteenth is not among them but stays a federal holiday)",
        "Kan. Stat. 35-107(a)",
        "los feriados federales, con el Día de Colón; Juneteenth no está entre ellos, pero sigue siendo feriado federal",
    ),
    (
        "707 Ky. Admin. Regs. 1:370 Section 1(1)-(3) (reimbursement for a parent's private school placement: the findings and the notice conditions of 34 CFR 300.148, no claim period, in the part read)",
        "707 Ky. Admin. Regs. 1:370 Section 1(1)-(3)",
        "reembolso de una colocación en escuela privada hecha por los padres: las conclusiones y las condiciones de aviso de 34 CFR 300.148, sin plazo para reclamar, en la parte leída",
    ),
    (
        "La. Admin. Code tit. 28, XLIII-148(A)-(D) (reimbursement for a parent's private school placement: the findings and the limits of 34 CFR 300.148, no claim period, in the part read)",
        "La. Admin. Code tit. 28, XLIII-148(A)-(D)",
        "reembolso de una colocación en escuela privada hecha por los padres: las conclusiones y los límites de 34 CFR 300.148, sin plazo para reclamar, en la parte leída",
    ),
    (
        "Colo. Rev. Stat. 22-20-108(3)(a) (the complaint goes to the commissioner of education for the assignment of a hearing officer, with the rights the IDEA gives; a hearing the state agency holds has no state review after it, 34 CFR 300.514(b); in the part read)",
        "Colo. Rev. Stat. 22-20-108(3)(a)",
        "la queja va al comisionado de educación, que asigna un oficial de audiencias, con los derechos que da la IDEA; una audiencia que celebra la agencia estatal no tiene revisión estatal después, 34 CFR 300.514(b); en la parte leída",
    ),
    (
        "1 Colo. Code Regs. 301-8, 2220-R-5.01 (the state meets the conditions of 34 CFR 300.101 through 300.176, 300.148 included; no Colorado claim period was found)",
        "1 Colo. Code Regs. 301-8, 2220-R-5.01",
        "el estado cumple las condiciones de 34 CFR 300.101 a 300.176, incluida la 300.148; no se encontró un plazo de Colorado para reclamar",
    ),
    (
        "Kan. Admin. Regs. 91-40-41(a)-(b)(1) (reimbursement for a parent's private school placement: the findings and the notice conditions of 34 CFR 300.148, no claim period, in the part read)",
        "Kan. Admin. Regs. 91-40-41(a)-(b)(1)",
        "reembolso de una colocación en escuela privada hecha por los padres: las conclusiones y las condiciones de aviso de 34 CFR 300.148, sin plazo para reclamar, en la parte leída",
    ),
    (
        "Ark. Code Ann. 6-41-216(g), as the Eighth Circuit quotes it in Brittany O. v. Bentonville Sch. Dist. (2017) (any court)",
        "Ark. Code Ann. 6-41-216(g); Brittany O. v. Bentonville Sch. Dist. (8th Cir. 2017)",
        "tal como lo cita la Corte de Apelaciones del Octavo Circuito; vale para cualquier tribunal",
    ),
    (
        "Atlanta Indep. Sch. Sys. v. S.F., No. 1:09-CV-2166-RWS (N.D. Ga. Mar. 8, 2010), as a case summary reports it: the appeal of the Office of State Administrative Hearings' final order of May 11, 2009, filed August 10, 2009, came within IDEA's 90 days; the court's own words on the period and Ga. Comp. R. & Regs. 160-4-7-.12(3) were not read",
        "Atlanta Indep. Sch. Sys. v. S.F., No. 1:09-CV-2166-RWS (N.D. Ga. Mar. 8, 2010); Ga. Comp. R. & Regs. 160-4-7-.12(3)",
        "según lo cuenta un resumen del caso: la apelación de la orden final de la Oficina de Audiencias Administrativas del Estado del 11 de mayo de 2009, presentada el 10 de agosto de 2009, llegó dentro de los 90 días de IDEA; no leímos lo que dice el propio tribunal sobre el plazo ni la regla 160-4-7-.12(3)",
    ),
    (
        "Ariz. Admin. Code R7-2-405(H)(8) (35 calendar days from receipt), as a compilation of state rules reports the Department of Education's Due Process Procedures citing it; text not read. The general rule it may follow, A.R.S. 12-904(A) (read), counts 35 days from service, complete five days after mailing",
        "Ariz. Admin. Code R7-2-405(H)(8); A.R.S. 12-904(A)",
        "35 días calendario desde que se recibe; lo informa una recopilación de reglas estatales que cita los procedimientos de debido proceso del Departamento de Educación; no leímos el texto. La regla general que quizás sigue, A.R.S. 12-904(A), que sí leímos, cuenta 35 días desde la entrega, y la entrega se da por hecha cinco días después de enviarla por correo",
    ),
    (
        "PEAK Parent Center, dispute resolution questions: the administrative law judge's decision may be appealed in state or federal district court within 90 days of the date of the decision; the state's rule, 1 Colo. Code Regs. 301-8, 2220-R-6.02, was not read",
        "PEAK Parent Center; 1 Colo. Code Regs. 301-8, 2220-R-6.02",
        "preguntas del PEAK Parent Center sobre la resolución de disputas: la decisión del juez de derecho administrativo puede apelarse ante un tribunal de distrito estatal o federal dentro de los 90 días desde la fecha de la decisión; no leímos la regla del estado, 1 Colo. Code Regs. 301-8, 2220-R-6.02",
    ),
    (
        "PEAK Parent Center, dispute resolution questions (the state's parent center; undated): an appeal \"in state or federal district court within 90 days of the date of the decision\"; 2220-R-6.02 not read",
        "PEAK Parent Center",
        "preguntas del centro de padres del estado sobre la resolución de disputas (sin fecha): una apelación ante un tribunal de distrito estatal o federal dentro de los 90 días desde la fecha de la decisión; no leímos 2220-R-6.02",
    ),
    (
        "Colorado Department of Education, due process complaints page",
        "Colorado Department of Education",
        "página del Departamento de Educación de Colorado sobre las quejas de debido proceso",
    ),
    (
        "Colorado Department of Education, due process page (violations \"that occurred within two years from the filing date\": counted from the act); 1 Colo. Code Regs. 301-8, 2220-R-6.02 not read",
        "Colorado Department of Education; 1 Colo. Code Regs. 301-8, 2220-R-6.02",
        "página del Departamento de Educación de Colorado sobre el debido proceso: violaciones «ocurridas en los dos años antes de la fecha de presentación»; se cuenta desde el acto; no leímos la regla",
    ),
    (
        "Conn. Gen. Stat. 10-76h(a)(4) (from the proposal or refusal, the earlier reading)",
        "Conn. Gen. Stat. 10-76h(a)(4)",
        "desde la propuesta o la negativa, la lectura más temprana",
    ),
    (
        "Conn. Gen. Stat. 10-76h(a)(4) (\"two years to request a hearing from the time the board of education proposed or refused\")",
        "Conn. Gen. Stat. 10-76h(a)(4)",
        "\"dos años para pedir una audiencia desde el momento en que la junta de educación propuso o rechazó\"",
    ),
    (
        "Conn. Gen. Stat. 10-76h(d)(4) (appeals \"in the manner set forth in section 4-183\"); 4-183(c)(1) (\"within forty-five days after mailing of the final decision\")",
        "Conn. Gen. Stat. 10-76h(d)(4); 4-183(c)(1)",
        "las apelaciones \"en la forma que fija la sección 4-183\"; 4-183(c)(1): \"dentro de los cuarenta y cinco días después del envío por correo de la decisión final\"",
    ),
    (
        "Conn. Gen. Stat. 10-76h(d)(1) (a hearing officer may order reimbursement \"in accordance with the Individuals with Disabilities Education Act\"; no period of its own beyond (a)(4)'s two years)",
        "Conn. Gen. Stat. 10-76h(d)(1)",
        "un oficial de audiencias puede ordenar el reembolso \"de acuerdo con la Ley de Educación para Personas con Discapacidades\"; ningún plazo propio aparte de los dos años de (a)(4)",
    ),
    (
        "R.I. Gen. Laws 42-35-15(b) (superior court, \"within thirty (30) days after mailing notice of the final decision of the agency\"); that it governs special-education decisions is a reading",
        "R.I. Gen. Laws 42-35-15(b)",
        "tribunal superior, \"dentro de los treinta (30) días después del envío por correo del aviso de la decisión final de la agencia\"; que rija las decisiones de educación especial es una lectura",
    ),
    (
        "R.I. Gen. Laws 42-35-15(b) (30 days after mailing), the period Providence Sch. Dep't v. Ana C., 108 F.3d 1 (1st Cir. 1997) borrowed for IDEA actions; since 2004 a reading, the federal 90 days otherwise",
        "R.I. Gen. Laws 42-35-15(b); Providence Sch. Dep't v. Ana C., 108 F.3d 1 (1st Cir. 1997)",
        "30 días después del envío por correo, el plazo que ese caso tomó prestado para las acciones bajo la IDEA; desde 2004 es una lectura; si no, los 90 días federales",
    ),
    (
        "Minn. R. 3525.3900, subp. 1; 3525.4110, subp. 1",
        "Minn. R. 3525.3900; 3525.4110",
        "subparte 1 de cada una",
    ),
    (
        "Vermont Agency of Education, Notice of Procedural Safeguards (revised June 1, 2018), resources page",
        "Vermont Agency of Education, Notice of Procedural Safeguards",
        "revisado el 1 de junio de 2018, página de recursos",
    ),
    (
        "N.D. Cent. Code 28-32-42(1) (an appeal \"within thirty days after notice of the order has been given\", counted here from the decision's date; that it governs special-education decisions is a reading)",
        "N.D. Cent. Code 28-32-42(1)",
        "una apelación \"dentro de los treinta días después de que se haya dado aviso de la orden\", contados aquí desde la fecha de la decisión; que rija las decisiones de educación especial es una lectura",
    ),
    (
        "N.D. Cent. Code 28-32-42(1) (state court, 30 days after notice of the order, counted from the decision's date; federal court as federal law allows; that it governs special-education decisions is a reading)",
        "N.D. Cent. Code 28-32-42(1)",
        "tribunal estatal, 30 días después del aviso de la orden, contados desde la fecha de la decisión; tribunal federal según lo permita la ley federal; que rija las decisiones de educación especial es una lectura",
    ),
    (
        "N.D. Cent. Code ch. 15.1-32 (read whole: no rule or period for a parent's claim after a unilateral placement; 15.1-32-15 covers only placements the district contracts for) and N.D. Admin. Code 67-23-05-01 (due process as federal law sets it out)",
        "N.D. Cent. Code ch. 15.1-32; 15.1-32-15; N.D. Admin. Code 67-23-05-01",
        "se leyó completo: ninguna regla ni plazo para el reclamo de los padres después de una colocación unilateral; 15.1-32-15 trata solo de las colocaciones que contrata el distrito; 67-23-05-01: el debido proceso tal como lo fija la ley federal",
    ),
    (
        "Conn. Gen. Stat. 10-76h(d)(4); 4-183(c)(1) (45 days after mailing), which P.M.B. v. Ridgefield Bd. of Educ., 944 F.3d 473 (2d Cir. 2019) applies to IDEA actions in federal court",
        "Conn. Gen. Stat. 10-76h(d)(4); 4-183(c)(1); P.M.B. v. Ridgefield Bd. of Educ., 944 F.3d 473 (2d Cir. 2019)",
        "45 días después del envío por correo, que ese caso aplica a las acciones bajo la IDEA en el tribunal federal",
    ),
    (
        "Fla. Admin. Code R. 6A-6.03311 (30 days: the only text seen is an undated Department of Education notice, probably before 2006, whose purpose was to replace these 30 days with 90; the 30 days are most likely superseded, and the current rule's text was not read)",
        "Fla. Admin. Code R. 6A-6.03311",
        "30 días: el único texto que vimos es un aviso sin fecha del Departamento de Educación, probablemente de antes de 2006, que buscaba cambiar estos 30 días por 90; lo más probable es que los 30 días ya no valgan, y no leímos el texto actual de la regla",
    ),
    (
        "Ga. Comp. R. & Regs. 160-4-7-.12(3), as the Georgia Department of Education states it (\"with limited exceptions\"); the rule's own text was not read",
        "Ga. Comp. R. & Regs. 160-4-7-.12(3)",
        "según lo explica el Departamento de Educación de Georgia, \"con excepciones limitadas\"; no leímos el texto de la regla",
    ),
    (
        "O.C.G.A. 50-13-19(b) (a petition for review in superior court within 30 days after service of the final decision; counted here from its mailing); 50-13-20.1 (an administrative law judge's final decision is reviewed the same way); that these 30 days bind an IDEA action in a Georgia court is a reading: 50-13-19(a) leaves other means of review provided by law open, and Cory D. v. Burke County Sch. Dist. (11th Cir. 2002) borrowed them before IDEA 2004 set 90 days",
        "O.C.G.A. 50-13-19(b); 50-13-20.1; Cory D. v. Burke County Sch. Dist. (11th Cir. 2002)",
        "una petición de revisión ante el tribunal superior dentro de los 30 días después de que se notifica la decisión final; aquí se cuenta desde su envío por correo; 50-13-20.1 aplica lo mismo a la decisión final de un juez administrativo; que estos 30 días rijan una demanda bajo IDEA en un tribunal de Georgia es una lectura: 50-13-19(a) deja abiertas otras vías de revisión que dé la ley, y el caso Cory D. tomó prestados estos 30 días antes de que IDEA fijara 90 en 2004",
    ),
    (
        "O.C.G.A. 50-13-19(b) (30 days to superior court after service of the final decision, the shorter period if it binds IDEA actions, which is a reading; federal court keeps the federal 90 days)",
        "O.C.G.A. 50-13-19(b)",
        "30 días para ir al tribunal superior después de que se notifica la decisión final; es el plazo más corto si rige las demandas bajo IDEA, lo cual es una lectura; en el tribunal federal siguen valiendo los 90 días federales",
    ),
    (
        "Haw. Code R. 8-60-70(b) (state or federal court)",
        "Haw. Code R. 8-60-70(b)",
        "tribunal estatal o federal",
    ),
    (
        "Haw. Rev. Stat. 302A-443(a)(2) (180 calendar days of a unilateral special education placement)",
        "Haw. Rev. Stat. 302A-443(a)(2)",
        "180 días calendario desde que la familia, por su cuenta, puso al niño en otra escuela",
    ),
    (
        "Idaho Special Education Manual ch. 13 (not read; a summary gives two years)",
        "Idaho Special Education Manual ch. 13",
        "no lo leímos; un resumen dice dos años",
    ),
    (
        "105 ILCS 5/14-8.02a(i), as applied by the federal courts (text not read)",
        "105 ILCS 5/14-8.02a(i)",
        "tal como la aplican los tribunales federales; no leímos el texto",
    ),
    (
        "New York State Education Department, Resolution Period page (a 30-day period \"beginning the day\" the district receives the complaint)",
        "New York State Education Department, Resolution Period",
        "un período de 30 días que empieza el mismo día en que el distrito recibe la queja",
    ),
    (
        "14 Del. Admin. Code 926-7.2 (a violation not more than 2 years before the parent or public agency knew or should have known; read as a two-year filing limit)",
        "14 Del. Admin. Code 926-7.2",
        "una violación de no más de 2 años antes de que el padre o la madre, o la agencia pública, supo o debió saber; se entiende como un límite de dos años para pedir la audiencia",
    ),
    (
        "511 Ind. Admin. Code 7-45-3(c) (a violation not more than two years before the parent or public agency knew or should have known; read as a two-year filing limit)",
        "511 Ind. Admin. Code 7-45-3(c)",
        "una violación de no más de dos años antes de que el padre o la madre, o la agencia pública, supo o debió saber; se entiende como un límite de dos años para pedir la audiencia",
    ),
    (
        "511 Ind. Admin. Code 7-45-7 (a petition for judicial review within a timeline the rule sets, LSA #09-795 (2010)); 30 days as a parent-information page states it; the rule's days were not read",
        "511 Ind. Admin. Code 7-45-7; LSA #09-795 (2010)",
        "una petición de revisión judicial dentro del plazo que fija la regla, según la versión publicada en 2010 (LSA #09-795); 30 días, según una página de información para padres; no leímos cuántos días da la regla",
    ),
    (
        "Ariz. Admin. Code R7-2-401(A) (incorporates 34 CFR 300.507(a)(2) and 300.511(e) by reference: two years from when the party knew or should have known; that R7-2-405, read only through (D), sets no other period is a reading)",
        "Ariz. Admin. Code R7-2-401(A); 34 CFR 300.507(a)(2), 300.511(e)",
        "incorpora por referencia 34 CFR 300.507(a)(2) y 300.511(e): dos años desde que la parte supo o debió saber; que R7-2-405, leída solo hasta (D), no fije otro plazo es una interpretación",
    ),
    (
        "34 CFR 300.507(a)(2), as Maryland school systems' parent guides state it (Howard County: two years from when the parents or school system knew or should have known; Montgomery County copies the federal text); COMAR 13A.05.01.15C was not read",
        "34 CFR 300.507(a)(2); COMAR 13A.05.01.15C",
        "tal como lo dicen las guías para padres de los sistemas escolares de Maryland (Howard County: dos años desde que los padres o el sistema escolar supieron o debieron saber; Montgomery County copia el texto federal); no leímos COMAR 13A.05.01.15C",
    ),
    (
        "A.R.S. 12-904(A) (a notice of appeal within 35 days after the decision is served; service by mail is complete five days after mailing, not counted here); A.R.S. 41-1092.02(A) does not exempt the Department of Education's hearings; that these 35 days govern IDEA decisions is a reading (A.R.S. 12-902(A)(1) yields to a separate act's own review procedure)",
        "A.R.S. 12-904(A); A.R.S. 41-1092.02(A); A.R.S. 12-902(A)(1)",
        "un aviso de apelación dentro de los 35 días después de la entrega de la decisión; la entrega por correo se completa cinco días después del envío, días que aquí no contamos; 41-1092.02(A) no exceptúa las audiencias del Departamento de Educación; que estos 35 días se apliquen a las decisiones de IDEA es una interpretación (12-902(A)(1) cede ante el procedimiento de revisión propio de otra ley)",
    ),
    (
        "Ind. Code 4-21.5-5-5 (a petition for judicial review within 30 days after the notice is served; under 4-21.5-3-2(c) the period starts when the decision is mailed, and the three days 4-21.5-3-2(e) adds for service by mail are not counted here; that it governs review of hearing decisions under 511 Ind. Admin. Code 7-45 is a reading)",
        "Ind. Code 4-21.5-5-5; 4-21.5-3-2(c), (e); 511 Ind. Admin. Code 7-45",
        "una petición de revisión judicial dentro de los 30 días después de la entrega del aviso; según 4-21.5-3-2(c) el plazo empieza cuando se envía la decisión por correo, y aquí no contamos los tres días que 4-21.5-3-2(e) añade por la entrega por correo; que se aplique a la revisión de las decisiones de las audiencias según 511 Ind. Admin. Code 7-45 es una interpretación",
    ),
    (
        "Kan. Stat. 72-3418(b)(1) (30 calendar days after the postmark on the notice of the decision)",
        "Kan. Stat. 72-3418(b)(1)",
        "30 días calendario después del sello del correo (matasellos) en el aviso de la decisión",
    ),
    (
        "Kan. Stat. 72-3415(a)(1)(A) (a problem that \"occurred not more than two years before the filing of the complaint\": counted from the act, not from when the family knew)",
        "Kan. Stat. 72-3415(a)(1)(A)",
        "un problema que «ocurrió no más de dos años antes de presentar la queja»: se cuenta desde el acto, no desde que la familia lo supo",
    ),
    (
        "Ky. Rev. Stat. 13B.140(1) (30 days after the appeals board's final order is mailed, counted here from the order's date, the earlier day; applied to the Exceptional Children Appeals Board by the courts)",
        "Ky. Rev. Stat. 13B.140(1)",
        "30 días después de que se envía por correo la orden final de la junta de apelaciones, contados aquí desde la fecha de la orden, el día más temprano; los tribunales la aplican a la junta de apelaciones de educación especial (Exceptional Children Appeals Board)",
    ),
    (
        "Kentucky Department of Education safeguards notice (2008): three years, as a third-party research file (2026-08-17) quotes it; 707 Ky. Admin. Regs. 1:340 not read; the federal two years is the earlier date",
        "Kentucky Department of Education; 707 Ky. Admin. Regs. 1:340",
        "aviso de garantías procesales del Departamento de Educación (2008): tres años, según lo cita un archivo de investigación de terceros (17 de agosto de 2026); no leímos la regla; los dos años federales dan la fecha más temprana",
    ),
    (
        "La. Rev. Stat. 49:992(B)(2) (in an adjudication the Division of Administrative Law commences, its administrative law judge issues the final decision and the agency may not override it; that the special education hearings the Department sends to the Division under La. Admin. Code tit. 28, XLIII-508 are such adjudications is a reading)",
        "La. Rev. Stat. 49:992(B)(2); La. Admin. Code tit. 28, XLIII-508",
        "en una adjudicación que inicia la División de Derecho Administrativo, su juez de derecho administrativo dicta la decisión final y la agencia no puede revocarla; que las audiencias de educación especial que el Departamento envía a la División según XLIII-508 sean adjudicaciones de ese tipo es una interpretación",
    ),
    (
        "La. Admin. Code tit. 28, XLIII-507(A)(2) (a violation not more than one year before the parent knew or should have known); La. Rev. Stat. 17:1946(B)(1) (\"shall prescribe within one year\", in an undated copy); read as a one-year limit",
        "La. Admin. Code tit. 28, XLIII-507(A)(2); La. Rev. Stat. 17:1946(B)(1)",
        "una violación de no más de un año antes de que el padre o la madre supo o debió saber; la ley dice que el derecho «prescribe» al año, en una copia sin fecha; se entiende como un límite de un año",
    ),
    (
        "La. Rev. Stat. 17:1946(B)(1) and XLIII-507(A)(2) as amended in January 2025 (LR 51:60): two years, as a third-party research file (2026-08-17) quotes them; not read here",
        "La. Rev. Stat. 17:1946(B)(1); XLIII-507(A)(2); LR 51:60",
        "con la enmienda de enero de 2025: dos años, según los cita un archivo de investigación de terceros (17 de agosto de 2026); no los leímos aquí",
    ),
    (
        "20 U.S.C. 1415(f)(3)(C), as the Bureau of Special Education Appeals applies it (BSEA #22-12235) and summaries state it; BSEA Hearing Rule I(C) was not read",
        "20 U.S.C. 1415(f)(3)(C); BSEA #22-12235; BSEA Hearing Rule I(C)",
        "tal como la aplica la Oficina de Apelaciones de Educación Especial de Massachusetts (BSEA) en el caso BSEA #22-12235, y como lo dicen los resúmenes; no leímos la Regla de Audiencias I(C) de la BSEA",
    ),
    (
        "Mass. Gen. Laws ch. 30A, 14(1) (30 days after receipt of notice of the final decision; the complaint must reach the court in time; that it governs BSEA decisions is a reading)",
        "Mass. Gen. Laws ch. 30A, 14(1)",
        "30 días después de recibir el aviso de la decisión final; la demanda tiene que llegar al tribunal a tiempo; que se aplique a las decisiones de la BSEA es una interpretación",
    ),
    (
        "Mass. Gen. Laws ch. 30A, 14(1) (state court, 30 days after receipt of notice of the final decision; federal court as federal law allows; that it governs BSEA decisions is a reading)",
        "Mass. Gen. Laws ch. 30A, 14(1)",
        "tribunal estatal: 30 días después de recibir el aviso de la decisión final; tribunal federal: lo que permite la ley federal; que se aplique a las decisiones de la BSEA es una interpretación",
    ),
    (
        "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233 (120 calendar days from the issuance of the decision, federal District Court or circuit court; read in the session law, where the printed amendment leaves open which version was enacted; the current text was not read)",
        "Md. Code, Educ. 8-413(j); 2006 Md. Laws ch. 233",
        "según la ley de 2006 que la aprobó: 120 días calendario desde que se emite la decisión, para el Tribunal de Distrito federal o el tribunal de circuito del estado; la leímos en esa ley, donde la enmienda impresa no deja claro qué versión se aprobó; no leímos el texto actual",
    ),
    (
        "Code Me. R. 05-071 ch. 101 (MUSER) XVI.13.E, as the First Circuit reads it in Ms. S. v. Regional School Unit 72, 916 F.3d 41 (2019); the rule's text was not read",
        "Code Me. R. 05-071 ch. 101 (MUSER) XVI.13.E; Ms. S. v. Regional School Unit 72, 916 F.3d 41 (1st Cir. 2019)",
        "según la interpreta la Corte de Apelaciones del Primer Circuito; no leímos el texto de la regla",
    ),
    (
        "20-A M.R.S. 7207-B(1)(B) (the hearing officer issues the \"final decision\") and MUSER XVI.1.B(3) (hearings are asked of the Department): a hearing the state agency holds has no state review, 34 CFR 300.514(b)",
        "20-A M.R.S. 7207-B(1)(B); MUSER XVI.1.B(3); 34 CFR 300.514(b)",
        "el oficial de audiencias emite la «decisión final» y las audiencias se piden al Departamento: una audiencia que celebra la agencia estatal no tiene revisión estatal",
    ),
    (
        "14 Del. Admin. Code 926-11.2 (the Department conducts the hearing) and 926-13.4 (an appeal of the hearing decision is under 16.0, the civil action; no state review level named)",
        "14 Del. Admin. Code 926-11.2; 926-13.4",
        "el Departamento lleva a cabo la audiencia, y la apelación de la decisión va por la sección 16.0, la demanda judicial; no se nombra un nivel de revisión estatal",
    ),
    (
        "Me. Rev. Stat. tit. 5, 11002(3) (30 days after receipt of notice; that it governs special-education appeals is a reading)",
        "Me. Rev. Stat. tit. 5, 11002(3)",
        "30 días después de recibir el aviso; que se aplique a las apelaciones de educación especial es una interpretación",
    ),
    (
        "Me. Rev. Stat. tit. 5, 11002(3) (state court, 30 days after receipt of notice; federal court as federal law allows; that it governs special-education appeals is a reading)",
        "Me. Rev. Stat. tit. 5, 11002(3)",
        "tribunal estatal: 30 días después de recibir el aviso; tribunal federal: lo que permite la ley federal; que se aplique a las apelaciones de educación especial es una interpretación",
    ),
    (
        "Mich. Admin. Code R 340.1724f(4) (90 days after the mailing date of the final decision, in state or federal court)",
        "Mich. Admin. Code R 340.1724f(4)",
        "90 días después de la fecha en que se envió por correo la decisión final, en un tribunal estatal o federal",
    ),
    (
        "34 CFR 300.511(e), as the Minnesota Department of Education applies it (an agency page; no Minnesota text read)",
        "34 CFR 300.511(e)",
        "tal como la aplica el Departamento de Educación de Minnesota, según una página de esa agencia; no leímos ningún texto de Minnesota",
    ),
    (
        "Minn. R. 3525.4700 (Court of Appeals)",
        "Minn. R. 3525.4700",
        "Corte de Apelaciones",
    ),
    (
        "Minn. R. 3525.4700 (Court of Appeals; federal court as federal law allows)",
        "Minn. R. 3525.4700",
        "Corte de Apelaciones; tribunal federal: lo que permite la ley federal",
    ),
    (
        "Mo. Rev. Stat. 162.962(3) (45 days after the receipt of the notice of the final decision; text as amended by 2012 S.B. 595)",
        "Mo. Rev. Stat. 162.962(3); 2012 S.B. 595",
        "45 días después de recibir el aviso de la decisión final; texto con la enmienda de 2012",
    ),
    (
        "Mo. Rev. Stat. 162.962(3) (state court, 45 days after the receipt of the notice of the final decision; federal court as federal law allows; text as amended by 2012 S.B. 595)",
        "Mo. Rev. Stat. 162.962(3); 2012 S.B. 595",
        "tribunal estatal: 45 días después de recibir el aviso de la decisión final; tribunal federal: lo que permite la ley federal; texto con la enmienda de 2012",
    ),
    (
        "Mont. Code Ann. 2-4-702(2)(a) (30 days after service of the decision, which the hearing officer mails; that it governs appeals under Admin. R. Mont. 10.16.3523(5) is a reading)",
        "Mont. Code Ann. 2-4-702(2)(a); Admin. R. Mont. 10.16.3523(5)",
        "30 días después de la entrega de la decisión, que el oficial de audiencias envía por correo; que se aplique a estas apelaciones es una interpretación",
    ),
    (
        "Mont. Code Ann. 2-4-702(2)(a) (state court; federal court as federal law allows; that it governs appeals under Admin. R. Mont. 10.16.3523(5) is a reading)",
        "Mont. Code Ann. 2-4-702(2)(a); Admin. R. Mont. 10.16.3523(5)",
        "tribunal estatal; tribunal federal: lo que permite la ley federal; que se aplique a estas apelaciones es una interpretación",
    ),
    (
        "N.C. Gen. Stat. 115C-109.6(h2) (a civil action \"in State court within 30 days after receipt of the notice of the decision\"; ncleg.gov text as stored on 2026-09-15, history ending 2021-180, s. 7.25(b))",
        "N.C. Gen. Stat. 115C-109.6(h2)",
        "una demanda civil \"en un tribunal estatal dentro de los 30 días siguientes a la recepción del aviso de la decisión\"; texto de ncleg.gov tal como se guardó el 2026-09-15, con su historia hasta la ley 2021-180, s. 7.25(b)",
    ),
    (
        "N.C. Gen. Stat. 115C-109.6(h2) (state court, 30 days after receipt of the notice of the decision; federal court \"as provided in 20 U.S.C. 1415\"; ncleg.gov text as stored on 2026-09-15, history ending 2021-180, s. 7.25(b))",
        "N.C. Gen. Stat. 115C-109.6(h2)",
        "tribunal estatal: 30 días después de recibir el aviso de la decisión; tribunal federal: \"según lo dispuesto en 20 U.S.C. 1415\"; texto de ncleg.gov tal como se guardó el 2026-09-15, con su historia hasta la ley 2021-180, s. 7.25(b)",
    ),
    (
        "N.C. Gen. Stat. 115C-109.6(b) (a violation not more than one year before the party knew or should have known; read as a one-year limit)",
        "N.C. Gen. Stat. 115C-109.6(b)",
        "una violación de no más de un año antes de que la parte supo o debió saber; se entiende como un límite de un año",
    ),
    (
        "92 Neb. Admin. Code 55-009.02 (district court: two years from the mailing of the decision)",
        "92 Neb. Admin. Code 55-009.02",
        "tribunal de distrito: dos años desde que se envió por correo la decisión",
    ),
    (
        "Neb. Rev. Stat. 84-917(2)(a)(i) (30 days after service of the decision, counted here from its mailing; whether it or the two years of 92 NAC 55-009.02 governs is unresolved)",
        "Neb. Rev. Stat. 84-917(2)(a)(i); 92 NAC 55-009.02",
        "30 días después de la entrega de la decisión, contados aquí desde su envío por correo; no está resuelto si se aplica esta regla o los dos años de 92 NAC 55-009.02",
    ),
    (
        "N.H. Rev. Stat. 186-C:16-b, I-III (90 days of the unilateral placement)",
        "N.H. Rev. Stat. 186-C:16-b, I-III",
        "90 días desde que la familia, por su cuenta, puso al niño en otra escuela",
    ),
    (
        "N.M. Code R. 6.31.2.13(I) (30 days from receipt of the last administrative decision, as courts quote it for fee actions; its rule for other actions was not read)",
        "N.M. Code R. 6.31.2.13(I)",
        "30 días desde que se recibe la última decisión administrativa, según la citan los tribunales en demandas por honorarios; no leímos su regla para otras demandas",
    ),
    (
        "Nev. Admin. Code 388.315(1) (text as of 2015; a State Review Officer still decided a case filed in 2021: W.T. v. Douglas Cnty. Sch. Dist., D. Nev. 2023)",
        "Nev. Admin. Code 388.315(1); W.T. v. Douglas Cnty. Sch. Dist. (D. Nev. 2023)",
        "texto de 2015; un oficial de revisión estatal todavía decidió un caso presentado en 2021",
    ),
    (
        "N.J. Admin. Code 6A:14-2.7 (90 days from the date of the final decision, as a practitioner's page states it; the appeal subsection was not read)",
        "N.J. Admin. Code 6A:14-2.7",
        "90 días desde la fecha de la decisión final, según la página de un abogado; no leímos la subsección sobre apelaciones",
    ),
    (
        "N.J. Admin. Code 6A:14-2.7(v) (the same 90 days in the Superior Court, as a practitioner's page states it; text not read)",
        "N.J. Admin. Code 6A:14-2.7(v)",
        "los mismos 90 días ante el tribunal superior (Superior Court), según la página de un abogado; no leímos el texto",
    ),
    (
        "N.Y. Educ. Law 4404(1)(a) (a violation not more than two years before the parent knew or should have known; read as a two-year filing limit: the regulation the State Review Officer applies, 8 NYCRR 200.5(j)(1)(i), was not read)",
        "N.Y. Educ. Law 4404(1)(a); 8 NYCRR 200.5(j)(1)(i)",
        "una violación de no más de dos años antes de que el padre o la madre supo o debió saber; se entiende como un límite de dos años para pedir la audiencia; no leímos el reglamento que aplica el oficial de revisión estatal, 8 NYCRR 200.5(j)(1)(i)",
    ),
    (
        "8 NYCRR 279.4(a) (serve the request for review within 40 days after the date of the hearing officer's decision)",
        "8 NYCRR 279.4(a)",
        "entregue la solicitud de revisión dentro de los 40 días después de la fecha de la decisión del oficial de audiencias",
    ),
    (
        "8 NYCRR 279.2(b) (serve the notice of intention to seek review no later than 25 days after the date of the hearing officer's decision), as the Office of State Review's guide for parents states it",
        "8 NYCRR 279.2(b)",
        "entregue el aviso de que piensa pedir la revisión a más tardar 25 días después de la fecha de la decisión del oficial de audiencias, según la guía para padres de la Oficina de Revisión Estatal",
    ),
    (
        "N.Y. Educ. Law 4404(3) (a civil action after the review: four months until June 30, 2012, then the federal 90 days, as an undated New York attorney's guide states it; text not read)",
        "N.Y. Educ. Law 4404(3)",
        "una demanda civil después de la revisión: cuatro meses hasta el 30 de junio de 2012 y luego los 90 días federales, según la guía sin fecha de un abogado de Nueva York; no leímos el texto",
    ),
    (
        "Ohio Adm. Code 3301-51-05(K)(7)(a)(ii) (effective January 24, 2025), as a third-party research file quotes it (\"not more than two years before the date the parent or educational agency knew or should have known\"); the rule's own text was not read",
        "Ohio Adm. Code 3301-51-05(K)(7)(a)(ii)",
        "vigente desde el 24 de enero de 2025, según la cita de un archivo de investigación de terceros: \"no más de dos años antes de la fecha en que los padres o la agencia educativa supieron o debieron saber\"; no leímos el texto de la regla",
    ),
    (
        "Ala. Admin. Code r. 290-8-9-.08(9), as a third-party research file quotes it (\"not more than two years before the date the parent or public agency knew or should have known about the alleged action\"); the rule's own text was not read",
        "Ala. Admin. Code r. 290-8-9-.08(9)",
        "según la cita de un archivo de investigación de terceros: \"no más de dos años antes de la fecha en que los padres o la agencia pública supieron o debieron saber de la acción alegada\"; no leímos el texto de la regla",
    ),
    (
        "Mississippi Department of Education, Procedural Safeguards (revised Oct. 21, 2025), as a third-party research file quotes it (\"within two (2) years of the date you or the public agency knew or should have known\"); no rule was read",
        "Mississippi Department of Education, Procedural Safeguards",
        "revisadas el 21 de octubre de 2025, según la cita de un archivo de investigación de terceros: \"dentro de dos (2) años de la fecha en que usted o la agencia pública supieron o debieron saber\"; no leímos ninguna regla",
    ),
    (
        "OSSE Part B Procedural Safeguards (Aug. 2018), as a third-party research file quotes it (\"within two (2) years of the date you or the LEA knew or should have known\"); no rule was read",
        "OSSE Part B Procedural Safeguards",
        "agosto de 2018, según la cita de un archivo de investigación de terceros: \"dentro de dos (2) años de la fecha en que usted o la LEA supieron o debieron saber\"; no leímos ninguna regla",
    ),
    (
        "Fla. Admin. Code R. 6A-6.03311(9)(b), as a third-party research file quotes it (\"not more than two (2) years before the date the parent or public agency, including a school district, knew or should have known\"); the rule's own text was not read",
        "Fla. Admin. Code R. 6A-6.03311(9)(b)",
        "según la cita de un archivo de investigación de terceros: \"no más de dos (2) años antes de la fecha en que los padres o la agencia pública, incluido un distrito escolar, supieron o debieron saber\"; no leímos el texto de la regla",
    ),
    (
        "Iowa Admin. Code r. 281-41.507(1)(b), as a third-party research file quotes it (\"not more than two years before the date the parent or public agency knew or should have known about the alleged action\"); the rule's own text was not read",
        "Iowa Admin. Code r. 281-41.507(1)(b)",
        "según la cita de un archivo de investigación de terceros: \"no más de dos años antes de la fecha en que los padres o la agencia pública supieron o debieron saber de la acción alegada\"; no leímos el texto de la regla",
    ),
    (
        "Nev. Admin. Code 388.306(15) (as amended by R017-18, effective January 30, 2019), as a third-party research file quotes it (\"within 2 years after the date on which the parent or public agency knew or should have known about the alleged action\"); the rule's own text was not read",
        "Nev. Admin. Code 388.306(15)",
        "con la enmienda R017-18, vigente desde el 30 de enero de 2019, según la cita de un archivo de investigación de terceros: \"dentro de los 2 años posteriores a la fecha en que los padres o la agencia pública supieron o debieron saber de la acción alegada\"; no leímos el texto de la regla",
    ),
    (
        "N.M. Pub. Educ. Dep't Procedural Safeguards Notice (rev. 12-23-2020), as a third-party research file quotes it (\"not more than two years before you or the school district knew or should have known\"); 6.31.2.13 NMAC was not read",
        "N.M. Pub. Educ. Dep't Procedural Safeguards Notice",
        "revisión del 23 de diciembre de 2020, según la cita de un archivo de investigación de terceros: \"no más de dos años antes de que usted o el distrito escolar supieran o debieran saber\"; no leímos la regla 6.31.2.13 NMAC",
    ),
    (
        "Utah State Board of Education Special Education Rules IV.G.4, as a third-party research file quotes it (\"not more than two years before the date the parent or student who is an adult or LEA knew or should have known\"); the rules' own text was not read",
        "Utah State Board of Education Special Education Rules IV.G.4",
        "según la cita de un archivo de investigación de terceros: \"no más de dos años antes de la fecha en que los padres, el estudiante adulto o la agencia local supieron o debieron saber\"; no leímos el texto de las reglas",
    ),
    (
        "Wyo. Dep't of Educ. Rules ch. 7, 7(c), as a third-party research file quotes it (due process complaints proceed \"consistent with procedures outlined in\" 34 CFR 300.507 through 300.518, whose two years run from when the party knew or should have known); the rule's own text was not read",
        "Wyo. Dep't of Educ. Rules ch. 7, 7(c)",
        "según la cita de un archivo de investigación de terceros, las quejas de debido proceso siguen \"los procedimientos de\" 34 CFR 300.507 a 300.518, cuyos dos años corren desde que la parte supo o debió saber; no leímos el texto de la regla",
    ),
    (
        "Ohio Department of Education and Workforce guidance 5.17 (45 days from receipt of the hearing decision; undated, under the department's pre-2023 name); Ohio Adm. Code 3301-51-05(K) was not read",
        "Ohio Department of Education and Workforce guidance 5.17; Ohio Adm. Code 3301-51-05(K)",
        "45 días desde que se recibe la decisión de la audiencia; guía sin fecha, escrita con el nombre que el departamento tenía antes de 2023; no leímos Ohio Adm. Code 3301-51-05(K)",
    ),
    (
        "Ohio Department of Education and Workforce guidance 5.17 (common pleas court: 45 days from notification of the state level review decision, counted here from the decision's date, which is never later)",
        "Ohio Department of Education and Workforce guidance 5.17",
        "tribunal de primera instancia (common pleas): 45 días desde el aviso de la decisión de la revisión estatal; aquí se cuentan desde la fecha de la decisión, que nunca es posterior al aviso",
    ),
    (
        "Ohio Department of Education and Workforce guidance 5.17 (common pleas court: 45 days from notification of the state level review decision, counted here from the decision's date, which is never later; federal court: 90 days from the date of the decision)",
        "Ohio Department of Education and Workforce guidance 5.17",
        "tribunal de primera instancia (common pleas): 45 días desde el aviso de la decisión de la revisión estatal; aquí se cuentan desde la fecha de la decisión, que nunca es posterior al aviso; tribunal federal: 90 días desde la fecha de la decisión",
    ),
    (
        "Ohio Rev. Code 3323.143 (read whole: after a unilateral placement the parent pays the tuition as long as the district of residence offered FAPE; the section sets no claim period)",
        "Ohio Rev. Code 3323.143",
        "se leyó completa: cuando los padres ponen al niño por su cuenta en otra escuela, pagan la matrícula mientras el distrito de residencia haya ofrecido la educación pública gratuita y apropiada (FAPE); la sección no fija plazo para el reclamo",
    ),
    (
        "34 CFR 300.507(a)(2), as Oklahoma's Special Education Resolution Center applies it (its FAQ page; no Oklahoma text read)",
        "34 CFR 300.507(a)(2)",
        "tal como la aplica el Centro de Resolución de Educación Especial de Oklahoma, en su página de preguntas frecuentes; no leímos ningún texto de Oklahoma",
    ),
    (
        "Office for Dispute Resolution, appeals page: 30 calendar days to state court (the court rule behind it, Pa.R.A.P. 1512(a)(1), was not read in its own text)",
        "Office for Dispute Resolution; Pa.R.A.P. 1512(a)(1)",
        "página de apelaciones de la Oficina de Resolución de Disputas de Pensilvania: 30 días calendario para ir a un tribunal estatal; no leímos el texto de la regla del tribunal en que se basa, Pa.R.A.P. 1512(a)(1)",
    ),
    (
        "Office for Dispute Resolution, appeals page: 30 calendar days to state court, 90 to federal court, from the date of the decision",
        "Office for Dispute Resolution",
        "página de apelaciones de la Oficina de Resolución de Disputas de Pensilvania: 30 días calendario para ir a un tribunal estatal y 90 para ir a un tribunal federal, desde la fecha de la decisión",
    ),
    (
        "3 L.P.R.A. 2172 (30 days to the Court of Appeals from the mailing of the final order; applied to special-education decisions by interpretation)",
        "3 L.P.R.A. 2172",
        "30 días para ir al Tribunal de Apelaciones desde que se envía por correo la orden final; se aplica a las decisiones de educación especial por interpretación",
    ),
    (
        "S.C. Code Regs. 43-243 (not read; a summary gives 10 calendar days to appeal to the Department of Education's Office of General Counsel)",
        "S.C. Code Regs. 43-243",
        "no la leímos; un resumen dice 10 días calendario para apelar ante la Oficina del Asesor Jurídico del Departamento de Educación",
    ),
    (
        "South Carolina Office of Special Education Services, due process page (two years; the state's regulation was not read)",
        "South Carolina Office of Special Education Services",
        "página de la Oficina de Servicios de Educación Especial de Carolina del Sur sobre el debido proceso: dos años; no leímos el reglamento del estado",
    ),
    (
        "Special Ed Start Guide, South Dakota due process page: a two-year limit, counted here from when the parent knew (the copy read breaks off at \"from the date the parent\"); S.D. Admin. R. 24:05:30:07.02 not read",
        "Special Ed Start Guide; S.D. Admin. R. 24:05:30:07.02",
        "página de una guía para familias sobre el debido proceso en Dakota del Sur: un límite de dos años, contado aquí desde que el padre o la madre supo del problema (la copia leída se corta en «desde la fecha en que el padre»); no leímos la regla 24:05:30:07.02",
    ),
    (
        "Special Ed Start Guide, Delaware one-tier page: a civil action in the U.S. District Court for the District of Delaware or the Family Court within 90 calendar days of the hearing decision; 14 Del. C. 3142 not read",
        "Special Ed Start Guide; 14 Del. C. 3142",
        "página de una guía para familias sobre el sistema de un solo nivel de Delaware: una demanda civil ante el Tribunal de Distrito federal para Delaware o el Tribunal de Familia dentro de los 90 días calendario desde la decisión de la audiencia; no leímos la sección 3142",
    ),
    (
        "S.D. Admin. R. 24:05:30:11 (the civil action is brought on the hearing officer's decision itself; no review level) and 24:05:26:09.08 (expedited decisions are appealable as chapter 24:05:30 provides)",
        "S.D. Admin. R. 24:05:30:11; 24:05:26:09.08",
        "la demanda civil se presenta contra la decisión misma del oficial de audiencias, sin nivel de revisión; las decisiones de audiencias aceleradas se apelan según el capítulo 24:05:30",
    ),
    (
        "S.D. Admin. R. 24:05:30:11 (one period, thirty days from the hearing officer's decision, for a civil action in state or federal court)",
        "S.D. Admin. R. 24:05:30:11",
        "un solo plazo, treinta días desde la decisión del oficial de audiencias, para una demanda civil en un tribunal estatal o federal",
    ),
    (
        "S.D. Admin. R. 24:05:30:11 (state or federal court)",
        "S.D. Admin. R. 24:05:30:11",
        "tribunal estatal o federal",
    ),
    (
        "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164 (two years for hearings requested on or after September 1, 2022, one year for those requested before; the two years run from when the party knew or should have known)",
        "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164",
        "dos años para las audiencias pedidas el 1 de septiembre de 2022 o después, un año para las pedidas antes de esa fecha; los dos años se cuentan desde que la parte supo o debió saber",
    ),
    (
        "Va. Code 22.1-214(D) (\"within 180 days of such findings and decision\", in the circuit court)",
        "Va. Code 22.1-214(D)",
        "\"dentro de los 180 días de esas conclusiones y decisión\", en el tribunal de circuito del estado",
    ),
    (
        "Va. Code 22.1-214 and 8 Va. Admin. Code 20-81-210, as the Virginia Department of Education's procedural safeguards notice states it (an undated edition, in a third-party copy); the regulation's filing-limit words were not read",
        "Va. Code 22.1-214; 8 Va. Admin. Code 20-81-210",
        "según el aviso de garantías procesales del Departamento de Educación de Virginia, en una edición sin fecha copiada por otra fuente; no leímos las palabras del reglamento sobre el plazo para pedir la audiencia",
    ),
    (
        "Virginia Department of Education, Superintendent's Memo No. 2 (2005), quoting the repealed 8 Va. Admin. Code 20-80-76(O)(1): 90 days from issuance in federal court; the appeal subsection of the current 8 Va. Admin. Code 20-81-210 was not read (state circuit court: 180 days, Va. Code 22.1-214(D), read)",
        "Virginia Department of Education, Superintendent's Memo No. 2 (2005); 8 Va. Admin. Code 20-80-76(O)(1); 8 Va. Admin. Code 20-81-210; Va. Code 22.1-214(D)",
        "un memorando del Superintendente del Departamento de Educación de Virginia, de 2005, que cita 8 Va. Admin. Code 20-80-76(O)(1), regla ya derogada: 90 días desde que se emite la decisión, para un tribunal federal; no leímos la subsección sobre apelaciones del 8 Va. Admin. Code 20-81-210 actual (tribunal de circuito del estado: 180 días, según Va. Code 22.1-214(D), que sí leímos)",
    ),
    (
        "16 Vt. Stat. 2957(a)-(c) (90 days of the unilateral placement)",
        "16 Vt. Stat. 2957(a)-(c)",
        "90 días desde que la familia, por su cuenta, puso al niño en otra escuela",
    ),
    (
        "Wash. Admin. Code 392-172A-05115(2) (state or federal court)",
        "Wash. Admin. Code 392-172A-05115(2)",
        "tribunal estatal o federal",
    ),
    (
        "Wis. Stat. 115.80(1)(a)1. (from the refusal or proposal, the earlier reading)",
        "Wis. Stat. 115.80(1)(a)1.",
        "desde la negativa o la propuesta, la lectura más temprana",
    ),
    (
        "Wis. Stat. 115.80(1)(a)1. (one year after the district's refusal or proposal)",
        "Wis. Stat. 115.80(1)(a)1.",
        "un año después de la negativa o la propuesta del distrito",
    ),
    (
        "Wis. Stat. 115.80(7) (45 days, as the rules reference gives it; text not read)",
        "Wis. Stat. 115.80(7)",
        "45 días, según nuestro resumen de reglas; no leímos el texto",
    ),
    (
        "West Virginia Department of Education, dispute resolution page (90 days, state or federal court; the state's policy text was not read)",
        "West Virginia Department of Education",
        "página de resolución de disputas del Departamento de Educación de Virginia Occidental: 90 días, tribunal estatal o federal; no leímos el texto de la política del estado",
    ),
    (
        "Stanton v. District of Columbia, 639 F. Supp. 2d 1 (D.D.C. 2009) (the IDEA's 90 days from the hearing officer's decision, as the court applies it in D.C.)",
        "Stanton v. District of Columbia, 639 F. Supp. 2d 1 (D.D.C. 2009)",
        "los 90 días de la IDEA desde la decisión del oficial de audiencias, tal como el tribunal federal los aplica en el Distrito de Columbia",
    ),
    (
        "Special Ed Start Guide, Delaware one-tier page (the Family Court, like the federal court, within 90 calendar days of the hearing decision)",
        "Special Ed Start Guide",
        "página de una guía para familias sobre el sistema de un solo nivel de Delaware: ante el Tribunal de Familia, como ante el tribunal federal, dentro de los 90 días calendario desde la decisión de la audiencia",
    ),
    (
        "West Virginia Department of Education, dispute resolution page (\"any state court of competent jurisdiction\", like a federal court, within 90 days of the hearing officer's decision)",
        "West Virginia Department of Education",
        "página de resolución de disputas: «cualquier tribunal estatal competente», como un tribunal federal, dentro de los 90 días desde la decisión del oficial de audiencias",
    ),
    // The checks that found no rule of the state's own: the provision read and what it shows.
    (
        "Cal. Educ. Code 56505(h) (the hearing \"shall be the final administrative determination and binding on all parties\")",
        "Cal. Educ. Code 56505(h)",
        "la audiencia «será la decisión administrativa final y obligará a todas las partes»",
    ),
    (
        "Cal. Educ. Code 56505(k) (one 90-day period for a state court of competent jurisdiction and a federal district court)",
        "Cal. Educ. Code 56505(k)",
        "un solo plazo de 90 días, tanto para un tribunal estatal que tenga competencia en el caso como para un tribunal federal de distrito",
    ),
    (
        "Cal. Educ. Code 56170-56177 (read whole: reimbursement may be ordered, reduced or denied as 34 CFR 300.148 provides; no period to claim it)",
        "Cal. Educ. Code 56170-56177; 34 CFR 300.148",
        "se leyeron completas estas secciones: se puede ordenar el reembolso, o reducirlo o negarlo, como dice 34 CFR 300.148; no hay plazo para pedirlo",
    ),
    (
        "Ariz. Admin. Code R7-2-405(A)(1)-(2) (the hearing is conducted by the State Education Agency through the Office of Administrative Hearings; no review level is defined)",
        "Ariz. Admin. Code R7-2-405(A)(1)-(2)",
        "la audiencia la lleva a cabo la agencia estatal de educación por medio de la Oficina de Audiencias Administrativas; no se define ningún nivel de revisión",
    ),
    (
        "Oconee Cnty. Sch. Dist. v. A.B., No. 3:14-CV-72 (M.D. Ga. July 1, 2015): the Office of State Administrative Hearings judge's Final Decision (OSAH-DOE-SE-1417873-108) goes straight to federal court, with no state review step",
        "Oconee Cnty. Sch. Dist. v. A.B., No. 3:14-CV-72 (M.D. Ga. July 1, 2015); OSAH-DOE-SE-1417873-108",
        "la decisión final («Final Decision») del juez de la Oficina de Audiencias Administrativas del Estado va directamente al tribunal federal, sin un paso de revisión estatal",
    ),
    (
        "Division of Administrative Hearings final orders in exceptional student education cases (e.g. Case No. 17-2306E): the administrative law judge's order is final, with no state review step",
        "Division of Administrative Hearings; Case No. 17-2306E",
        "órdenes finales de la División de Audiencias Administrativas de Florida en casos de educación especial («exceptional student education»), por ejemplo el caso número 17-2306E: la orden del juez de derecho administrativo es final, sin un paso de revisión estatal",
    ),
    (
        "Ga. Comp. R. & Regs. 160-4-7-.13(2) (placement by parents when FAPE is at issue: the federal rule restated paragraph by paragraph, 34 CFR 300.148, with no claim period in the part read)",
        "Ga. Comp. R. & Regs. 160-4-7-.13(2); 34 CFR 300.148",
        "cuando los padres, por su cuenta, ponen al niño en otra escuela y está en discusión la educación pública gratuita y apropiada (FAPE): repite párrafo por párrafo la regla federal, 34 CFR 300.148; no hay plazo para el reclamo en la parte que leímos",
    ),
    (
        "23 Ill. Adm. Code 226.340 (read whole: \"the reimbursement obligations and other requirements set forth at 34 CFR 300.148 shall be applicable\")",
        "23 Ill. Adm. Code 226.340; 34 CFR 300.148",
        "se leyó completa: «se aplicarán las obligaciones de reembolso y los demás requisitos que fija 34 CFR 300.148»",
    ),
    (
        "Bd. of Educ. of Lake Forest High Sch. Dist. 115 v. Ill. State Bd. of Educ., No. 19-CV-04475 (N.D. Ill. Mar. 26, 2020): a civil action on the decision of an Impartial Hearing Officer of the Illinois State Board of Education, with no state review step between; 105 ILCS 5/14-8.02a is headed \"Impartial due process hearing; civil action\"",
        "Bd. of Educ. of Lake Forest High Sch. Dist. 115 v. Ill. State Bd. of Educ., No. 19-CV-04475 (N.D. Ill. Mar. 26, 2020); 105 ILCS 5/14-8.02a",
        "una demanda civil contra la decisión de un oficial de audiencias imparcial de la Junta de Educación del Estado de Illinois, sin un paso de revisión estatal entre las dos; el título de 105 ILCS 5/14-8.02a es «Audiencia imparcial de debido proceso; demanda civil»",
    ),
    (
        "Indiana Register, LSA Document #09-795 (2010): 511 Ind. Admin. Code 7-45-9 amended to repeal the board of special education appeals and make a petition for judicial review the sole means to appeal a hearing officer's decision",
        "Indiana Register, LSA Document #09-795 (2010); 511 Ind. Admin. Code 7-45-9",
        "el Registro de Indiana (Indiana Register) publicó este cambio en 2010: se modificó 511 Ind. Admin. Code 7-45-9 para eliminar la junta de apelaciones de educación especial y hacer de la petición de revisión judicial la única manera de apelar la decisión de un oficial de audiencias",
    ),
    (
        "603 Mass. Code Regs. 28.08(3) (the Bureau of Special Education Appeals conducts the hearings; its decision goes to court, with no state review step)",
        "603 Mass. Code Regs. 28.08(3)",
        "la Oficina de Apelaciones de Educación Especial de Massachusetts (BSEA) lleva a cabo las audiencias; su decisión se apela ante un tribunal, sin un paso de revisión estatal",
    ),
    (
        "603 Mass. Code Regs. 28.00 (read whole, as amended June 23, 2026: no rule on reimbursement for a parent's own private placement and no claim period; 28.01(2) says its requirements are \"in addition to, or in some instances clarify or further elaborate\" those of 20 U.S.C. 1400 et seq. and 34 CFR 300 et seq.)",
        "603 Mass. Code Regs. 28.00; 28.01(2); 20 U.S.C. 1400 et seq.; 34 CFR 300 et seq.",
        "se leyó completo, según la enmienda del 23 de junio de 2026: no hay regla sobre el reembolso cuando los padres, por su cuenta, ponen al niño en una escuela privada, ni plazo para reclamarlo; 28.01(2) dice que sus requisitos «se suman a, o en algunos casos aclaran o desarrollan» los de 20 U.S.C. 1400 y siguientes y 34 CFR 300 y siguientes",
    ),
    (
        "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233: the appeal goes from the Office of Administrative Hearings' decision straight to court (the word \"review\" struck)",
        "Md. Code, Educ. 8-413(j); 2006 Md. Laws ch. 233",
        "según la ley de 2006 que la aprobó: la apelación va directamente de la decisión de la Oficina de Audiencias Administrativas a un tribunal (se tachó la palabra «revisión», «review» en inglés)",
    ),
    (
        "Md. Code, Educ. 8-413(j), as enacted by 2006 Md. Laws ch. 233: one period for the federal District Court and the circuit court",
        "Md. Code, Educ. 8-413(j); 2006 Md. Laws ch. 233",
        "según la ley de 2006 que la aprobó: un solo plazo para el Tribunal de Distrito federal y para el tribunal de circuito del estado",
    ),
    (
        "Md. Code, Educ. 8-413, as amended by 2006 Md. Laws ch. 233: reimbursement reduced or denied in accordance with federal law; the state's own notice rule struck",
        "Md. Code, Educ. 8-413; 2006 Md. Laws ch. 233",
        "con la enmienda de la ley de 2006: el reembolso se reduce o se niega según la ley federal; se tachó la regla propia del estado sobre el aviso",
    ),
    (
        "Mich. Admin. Code R 340.1724f(1)-(4) (how a hearing is requested: no period; the one year of R 340.1851 is for state complaints)",
        "Mich. Admin. Code R 340.1724f(1)-(4); R 340.1851",
        "cómo se pide una audiencia: no hay plazo; el año de R 340.1851 es para las quejas que se presentan ante el estado, no para las audiencias",
    ),
    (
        "Mich. Admin. Code R 340.1724f(4) (the administrative law judge's final decision is appealed to a court)",
        "Mich. Admin. Code R 340.1724f(4)",
        "la decisión final del juez de derecho administrativo se apela ante un tribunal",
    ),
    (
        "Mich. Admin. Code R 340.1724f(4) (the same 90 days for any court of competent jurisdiction)",
        "Mich. Admin. Code R 340.1724f(4)",
        "los mismos 90 días para cualquier tribunal que tenga competencia en el caso",
    ),
    (
        "511 Ind. Admin. Code 7-34-10(a)-(e) (reimbursement for a parent's unilateral enrollment in a nonpublic school: the question goes to a due process hearing under 7-45-3 through 7-45-11; no claim period of its own in the part read)",
        "511 Ind. Admin. Code 7-34-10(a)-(e); 7-45-3; 7-45-11",
        "reembolso cuando los padres, por su cuenta, inscriben al niño en una escuela no pública: el asunto se decide en una audiencia de debido proceso según 7-45-3 a 7-45-11; no hay plazo propio para el reclamo en la parte que leímos",
    ),
    (
        "Ariz. Admin. Code R7-2-401(A) (adopts the IDEA and 34 CFR 300.1 et seq., 300.148 included, by reference; no Arizona rule on a claim period was found)",
        "Ariz. Admin. Code R7-2-401(A); 34 CFR 300.1 et seq.; 300.148",
        "adopta por referencia la ley IDEA y 34 CFR 300.1 y siguientes, incluida 300.148; no encontramos ninguna regla de Arizona sobre un plazo para el reclamo",
    ),
    (
        "206-7 Wyo. Code R. 7-2(b) (adopts all of 34 CFR Parts 300 and 301, 300.148 included, \"unless specifically addressed in these rules\"; no Wyoming rule on a claim period was found)",
        "206-7 Wyo. Code R. 7-2(b); 34 CFR Parts 300 and 301; 300.148",
        "adopta todo 34 CFR partes 300 y 301, incluida 300.148, salvo en lo que estas reglas traten expresamente; no encontramos ninguna regla de Wyoming sobre un plazo para el reclamo",
    ),
    (
        "Mich. Admin. Code R 340.1701 (adopts 34 CFR part 300, 300.148 included, by reference; no Michigan rule on a claim period was found)",
        "Mich. Admin. Code R 340.1701; 34 CFR part 300; 300.148",
        "adopta por referencia 34 CFR parte 300, incluida 300.148; no encontramos ninguna regla de Míchigan sobre un plazo para el reclamo",
    ),
    (
        "Mo. Rev. Stat. 162.961.1 (a hearing before the administrative hearing commission) and 162.962 (its decision appealed to a state or federal court)",
        "Mo. Rev. Stat. 162.961.1; 162.962",
        "162.961.1: una audiencia ante la Comisión de Audiencias Administrativas; 162.962: su decisión se apela ante un tribunal estatal o federal",
    ),
    (
        "Mo. Rev. Stat. 162.961.6, .8 (requests and the commission's filing deadlines conform to the Individuals With Disabilities Education Act)",
        "Mo. Rev. Stat. 162.961.6, .8",
        "las solicitudes y los plazos para presentar documentos ante la comisión siguen la ley federal de educación especial (la ley IDEA)",
    ),
    (
        "Mo. Rev. Stat. chapter 162 (read whole: no period for a parent's reimbursement claim; 162.961.6, .8 conform hearings to the IDEA)",
        "Mo. Rev. Stat. ch. 162; 162.961.6, .8",
        "el capítulo se leyó completo: no hay plazo para que el padre o la madre pida el reembolso; 162.961.6 y .8 hacen que las audiencias sigan la IDEA, la ley federal de educación especial",
    ),
    (
        "N.C. Gen. Stat. 115C-109.9 (\"Review by review officer; appeals\": repealed by S.L. 2021-180, s. 7.25(c), effective November 18, 2021)",
        "N.C. Gen. Stat. 115C-109.9; S.L. 2021-180, s. 7.25(c)",
        "la sección «Revisión por el oficial de revisión; apelaciones» fue derogada por una ley de 2021, desde el 18 de noviembre de 2021",
    ),
    (
        "N.J. Admin. Code 6A:14-2.7(a)-(c) (an administrative law judge of the Office of Administrative Law hears the case; no state review step in the part read)",
        "N.J. Admin. Code 6A:14-2.7(a)-(c)",
        "un juez de derecho administrativo de la Oficina de Derecho Administrativo escucha el caso; no hay paso de revisión estatal en la parte que leímos",
    ),
    (
        "N.J. Admin. Code 6A:14-2.10(a)-(c) (reimbursement for a unilateral placement: conditions and a notice step, no claim period, in the part read)",
        "N.J. Admin. Code 6A:14-2.10(a)-(c)",
        "el reembolso cuando la familia, por su cuenta, puso al niño en otra escuela: en la parte que leímos hay condiciones y un paso de aviso, pero no un plazo para el reclamo",
    ),
    (
        "D.Z. v. Bethlehem Area Sch. Dist., 2 A.3d 712 (Pa. Cmwlth. 2010) and West Chester Area Sch. Dist. v. A.M., No. 383 M.D. 2016 (Pa. Cmwlth. June 19, 2017): the Commonwealth Court reviews a special education hearing officer's final order itself, with no state review step between",
        "D.Z. v. Bethlehem Area Sch. Dist., 2 A.3d 712 (Pa. Cmwlth. 2010); West Chester Area Sch. Dist. v. A.M., No. 383 M.D. 2016 (Pa. Cmwlth. June 19, 2017)",
        "el Tribunal del Commonwealth (Commonwealth Court) revisa directamente la orden final del oficial de audiencias de educación especial, sin un paso de revisión estatal entre los dos",
    ),
    (
        "22 Pa. Code 14.162(b) (a parent may request a hearing; no period in (a)-(d)) and 14.102(a)(2) (adopts 34 CFR Part 300 except as the chapter provides otherwise)",
        "22 Pa. Code 14.162(b); 14.102(a)(2); 34 CFR Part 300",
        "14.162(b): el padre o la madre puede pedir una audiencia; no hay plazo en (a) a (d); 14.102(a)(2): adopta 34 CFR parte 300, salvo en lo que el capítulo diga otra cosa",
    ),
    (
        "22 Pa. Code 14.102(a)(2) (adopts 34 CFR Part 300, 300.148 included, except as the chapter provides otherwise; the chapter's table of contents has no reimbursement section)",
        "22 Pa. Code 14.102(a)(2); 34 CFR Part 300; 300.148",
        "adopta 34 CFR parte 300, incluida 300.148, salvo en lo que el capítulo diga otra cosa; el índice del capítulo no tiene ninguna sección sobre el reembolso",
    ),
    (
        "Tenn. Comp. R. & Regs. 0520-01-09-.18 (read whole) and Tenn. Code 49-10-606(a)-(e): no period to request a hearing",
        "Tenn. Comp. R. & Regs. 0520-01-09-.18; Tenn. Code 49-10-606(a)-(e)",
        "la regla se leyó completa; ni ella ni la ley, en (a) a (e), dan un plazo para pedir una audiencia",
    ),
    (
        "Tenn. Code 4-5-322(b)(1)(A)(i), (iv), (b)(1)(B)(ii) (a petition for review in chancery court \"within sixty (60) days after the entry of the agency's final order\"; (B)(ii) names special education hearings under 49-10-606; counted from the day the order is issued; 49-10-606 past (e) not read)",
        "Tenn. Code 4-5-322(b)(1)(A)(i), (iv), (b)(1)(B)(ii)",
        "una petición de revisión ante el tribunal de equidad (chancery court) \"dentro de los sesenta (60) días después de que se registre la orden final de la agencia\"; (B)(ii) nombra las audiencias de educación especial bajo 49-10-606; contamos desde el día en que se emite la orden; no leímos 49-10-606 más allá de (e)",
    ),
    (
        "Tenn. Code 4-5-322(b)(1)(A)(iv) (60 days to chancery court after the entry of the final order, the shorter period; federal court keeps the federal 90 days)",
        "Tenn. Code 4-5-322(b)(1)(A)(iv)",
        "60 días para el tribunal de equidad (chancery court) después de que se registre la orden final, el plazo más corto; para el tribunal federal siguen los 90 días federales",
    ),
    (
        "Tenn. Code 49-10-606(a), (e) (administrative law judges of the secretary of state hear the cases and issue the final orders; no review level in (a)-(e))",
        "Tenn. Code 49-10-606(a), (e)",
        "los jueces de derecho administrativo de la Secretaría de Estado escuchan los casos y dictan las órdenes finales; no hay nivel de revisión en (a) a (e)",
    ),
    (
        "19 Tex. Admin. Code 89.1151(b) (\"a one-tier system of hearings\")",
        "19 Tex. Admin. Code 89.1151(b)",
        "«un sistema de audiencias de un solo nivel»",
    ),
    (
        "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 S.W.3d 234 (Tex. App.-Austin 2003): the agency lacked the authority to set a 90-day period for judicial review; no statute setting one was found, so the federal 90 days apply",
        "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 S.W.3d 234 (Tex. App.-Austin 2003)",
        "decisión de la Corte de Apelaciones de Texas en Austin: la agencia no tenía autoridad para fijar un plazo de 90 días para la revisión judicial; no encontramos ninguna ley que fije uno, así que se aplican los 90 días federales",
    ),
    (
        "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 S.W.3d 234 (Tex. App.-Austin 2003): no period of the state's own for state court either; the federal 90 days govern an action in any court",
        "Texas Advocates Supporting Kids with Disabilities v. Texas Education Agency, 112 S.W.3d 234 (Tex. App.-Austin 2003)",
        "decisión de la Corte de Apelaciones de Texas en Austin: el estado tampoco tiene un plazo propio para ir a un tribunal estatal; los 90 días federales rigen una demanda en cualquier tribunal",
    ),
    (
        "19 Tex. Admin. Code 89.1001(a) (services follow all applicable federal law and regulations, 34 CFR 300.148 among them) and 89.1151(b) (hearings governed by 34 CFR 300.507-300.515); subchapter AA has no section on reimbursement for a parent's own placement (89.1096 is on students placed in private schools by their parents)",
        "19 Tex. Admin. Code 89.1001(a); 34 CFR 300.148; 89.1151(b); 34 CFR 300.507-300.515; 89.1096",
        "los servicios siguen toda la ley y los reglamentos federales aplicables, entre ellos 34 CFR 300.148; 89.1151(b): las audiencias se rigen por 34 CFR 300.507 a 300.515; el subcapítulo AA no tiene ninguna sección sobre el reembolso cuando la familia, por su cuenta, pone al niño en otra escuela (89.1096 trata de los alumnos que sus padres inscriben en escuelas privadas)",
    ),
    (
        "8 Va. Admin. Code 20-81-210(A)-(C) (one hearing, by officers of the system the Supreme Court of Virginia administers; no state review step in the part read)",
        "8 Va. Admin. Code 20-81-210(A)-(C)",
        "una sola audiencia, con oficiales de audiencias del sistema que administra la Corte Suprema de Virginia; no hay paso de revisión estatal en la parte que leímos",
    ),
    (
        "Wash. Admin. Code 392-172A-05115(1) (the civil action lies from the administrative law judge's decision; no state review in 392-172A-05080 to -05125)",
        "Wash. Admin. Code 392-172A-05115(1); 392-172A-05080 to -05125",
        "la demanda civil se presenta contra la decisión del juez de derecho administrativo; no hay revisión estatal en 392-172A-05080 a -05125",
    ),
    (
        "Wash. Admin. Code 392-172A-05115(2) (the same ninety days \"in federal or state court\")",
        "Wash. Admin. Code 392-172A-05115(2)",
        "los mismos noventa días «en un tribunal federal o estatal»",
    ),
    (
        "Wash. Admin. Code 392-172A-04115(2) (reimbursement disputes go through the due process procedures of 392-172A-05080 to -05125, with their limit)",
        "Wash. Admin. Code 392-172A-04115(2); 392-172A-05080 to -05125",
        "los desacuerdos sobre el reembolso pasan por los procedimientos de debido proceso de 392-172A-05080 a -05125, con su plazo límite",
    ),
    (
        "Wis. Stat. 115.791(1), (2)(a)-(b), (3)(b)2., (4) (reimbursement for a unilateral private school placement: its conditions and a written notice 10 business days before removal, no claim period in the parts read)",
        "Wis. Stat. 115.791(1), (2)(a)-(b), (3)(b)2., (4)",
        "reembolso cuando los padres, por su cuenta, ponen al niño en una escuela privada: fija sus condiciones y un aviso por escrito 10 días hábiles antes de sacarlo de la escuela pública, pero ningún plazo para el reclamo en las partes que leímos",
    ),
    (
        "Tenn. Comp. R. & Regs. 0520-01-09-.01 (adopts 34 CFR Parts 300 and 301, 300.148 included, \"in their entirety unless otherwise provided herein\"; the chapter's table of contents, revised October 2020, has no private placement rule)",
        "Tenn. Comp. R. & Regs. 0520-01-09-.01; 34 CFR Parts 300 and 301; 300.148",
        "adopta 34 CFR partes 300 y 301, incluida 300.148, «en su totalidad, salvo que aquí se disponga otra cosa»; el índice del capítulo, revisado en octubre de 2020, no tiene ninguna regla sobre la colocación en una escuela privada",
    ),
    (
        "Wis. Stat. 115.80(1) (one hearing, requested from the division); 1995 AB 857, Legislative Reference Bureau analysis (the proposal that ended the two-tier system)",
        "Wis. Stat. 115.80(1); 1995 AB 857, Legislative Reference Bureau",
        "115.80(1): una sola audiencia, que se pide a la división; el proyecto de ley de 1995 (AB 857), con el análisis de la Oficina de Referencia Legislativa (Legislative Reference Bureau): la propuesta que terminó con el sistema de dos niveles",
    ),
    // The titles of the pages where offices' names were read.
    (
        "Arkansas Division of Elementary and Secondary Education, dispute resolution page",
        "Arkansas Division of Elementary and Secondary Education",
        "página de resolución de disputas",
    ),
    (
        "Idaho Department of Education, dispute resolution page",
        "Idaho Department of Education",
        "página de resolución de disputas",
    ),
    (
        "Iowa Department of Education, dispute resolution page",
        "Iowa Department of Education",
        "página de resolución de disputas",
    ),
    (
        "Kentucky Department of Education due process hearing decisions, captioned in the Department's name (e.g. Agency Case No. 1819-17, 2019): the request is filed with the Department and a hearing officer decides it",
        "Kentucky Department of Education; Agency Case No. 1819-17",
        "decisiones de audiencias de debido proceso del Departamento de Educación de Kentucky, con el nombre del Departamento en el encabezado (por ejemplo, el caso número 1819-17, de 2019): la solicitud se presenta ante el Departamento y la decide un oficial de audiencias",
    ),
    (
        "Louisiana Department of Education, dispute resolution page",
        "Louisiana Department of Education",
        "página de resolución de disputas",
    ),
    (
        "Michigan Department of Education, dispute resolution options",
        "Michigan Department of Education",
        "opciones para resolver disputas",
    ),
    (
        "Mississippi Department of Education, Office of Special Education, questions from families",
        "Mississippi Department of Education, Office of Special Education",
        "preguntas de las familias",
    ),
    (
        "New Hampshire Department of Education, due process page",
        "New Hampshire Department of Education",
        "página sobre el debido proceso",
    ),
    (
        "New Mexico Public Education Department, dispute resolution page",
        "New Mexico Public Education Department",
        "página de resolución de disputas",
    ),
    (
        "Rhode Island Department of Education, legal support page",
        "Rhode Island Department of Education",
        "página de apoyo legal",
    ),
    (
        "SERC newsletter, September 2023",
        "SERC",
        "boletín de septiembre de 2023",
    ),
    (
        "West Virginia Department of Education, dispute resolution page",
        "West Virginia Department of Education",
        "página de resolución de disputas",
    ),
    (
        "Alabama State Department of Education, due process complaint form (2023), as a third-party research file quotes it",
        "Alabama State Department of Education",
        "formulario de queja de debido proceso (2023), según la cita de un archivo de investigación de terceros",
    ),
    (
        "Wyoming Department of Education, dispute resolution page",
        "Wyoming Department of Education",
        "página de resolución de disputas",
    ),
    // The sources of offices' names.
    (
        "Cal. Educ. Code 56502(a), 56504.5(a) (hearings under the department's interagency agreement), with the office's name as its own pages state it",
        "Cal. Educ. Code 56502(a), 56504.5(a)",
        "audiencias según el acuerdo entre agencias del departamento; el nombre de la oficina es el que dan sus propias páginas",
    ),
    (
        "DOAH final orders in exceptional student education cases (e.g. Case No. 17-2306E)",
        "DOAH; Case No. 17-2306E",
        "órdenes finales de la División de Audiencias Administrativas de Florida (DOAH) en casos de educación especial («exceptional student education»), por ejemplo el caso número 17-2306E",
    ),
    (
        "Indiana Office of Administrative Law Proceedings, IDEA due process hearings page",
        "Indiana Office of Administrative Law Proceedings",
        "página de la Oficina de Procedimientos de Derecho Administrativo de Indiana sobre las audiencias de debido proceso de la IDEA, la ley federal de educación especial",
    ),
    (
        "Ohio Department of Education and Workforce guidance 5.17 (written under the department's pre-2023 name, Ohio Department of Education)",
        "Ohio Department of Education and Workforce guidance 5.17",
        "escrita con el nombre que el departamento tenía antes de 2023, Departamento de Educación de Ohio",
    ),
    (
        "Office for Dispute Resolution, due process pages",
        "Office for Dispute Resolution",
        "páginas de la Oficina de Resolución de Disputas de Pensilvania sobre el debido proceso",
    ),
    (
        "Conn. Agencies Regs. 10-76h-16(a) (the hearing officer's decision \"shall be final\", subject to an appeal to court under 20 U.S.C. 1415(i)(2)(A))",
        "Conn. Agencies Regs. 10-76h-16(a); 20 U.S.C. 1415(i)(2)(A)",
        "la decisión del oficial de audiencias «será definitiva», salvo la apelación ante un tribunal conforme a 20 U.S.C. 1415(i)(2)(A)",
    ),
    (
        "Minn. R. 3525.4420 (\"The hearing officer's decision is final on the date the decision is issued\"; the appeal goes to court under 3525.4700)",
        "Minn. R. 3525.4420; 3525.4700",
        "«la decisión del oficial de audiencias es definitiva en la fecha en que se emite»; la apelación va a un tribunal según 3525.4700",
    ),
    (
        "N.D. Admin. Code 67-23-05-01 (read whole: the due process procedures are those of federal law, 20 U.S.C. 1415 and 34 CFR part 300; no state period)",
        "N.D. Admin. Code 67-23-05-01; 20 U.S.C. 1415; 34 CFR part 300",
        "se leyó completa: los procedimientos del debido proceso son los de la ley federal, 20 U.S.C. 1415 y 34 CFR parte 300; ningún plazo estatal",
    ),
    (
        "D.C. Code 38-2572.02(a) (OSSE, the state education agency, administers the due process hearings; with the hearing held by the state agency, no state review follows, 34 CFR 300.514(b))",
        "D.C. Code 38-2572.02(a); 34 CFR 300.514(b)",
        "la OSSE, la agencia educativa estatal, administra las audiencias de debido proceso; si la audiencia la celebra la agencia estatal, no sigue una revisión estatal",
    ),
    (
        "5-A DCMR 3039.1-3039.4(b) (reimbursement for a parent's private placement as 34 CFR 300.148 sets it, disputes going to due process; no claim period in the part read)",
        "5-A DCMR 3039.1-3039.4(b); 34 CFR 300.148",
        "el reembolso de una colocación privada hecha por los padres, como lo fija 34 CFR 300.148, y los desacuerdos van al debido proceso; no hay plazo para reclamarlo en la parte leída",
    ),
    (
        "Iowa Admin. Code r. 281-41.511(2) (the hearing \"must be conducted by the department\", the state education agency; with the hearing held by the state agency, no state review follows, 34 CFR 300.514(b))",
        "Iowa Admin. Code r. 281-41.511(2); 34 CFR 300.514(b)",
        "la audiencia «debe celebrarla el departamento», la agencia educativa estatal; si la audiencia la celebra la agencia estatal, no sigue una revisión estatal",
    ),
    (
        "Miss. Code Ann. 37-23-143(1), (2) (a \"state-level impartial due process hearing\" in a system the State Department of Education sets up; with the hearing held at the state level, no state review follows, 34 CFR 300.514(b); the text in force in 2003, as a bill of that year shows it)",
        "Miss. Code Ann. 37-23-143(1), (2); 34 CFR 300.514(b)",
        "una «audiencia imparcial de debido proceso a nivel estatal» en un sistema que organiza el Departamento de Educación del Estado; si la audiencia es a nivel estatal, no sigue una revisión estatal; el texto vigente en 2003, tal como lo muestra un proyecto de ley de ese año",
    ),
    (
        "N.D. Admin. Code 67-23-05-01 (read whole: mediation, state complaint and due process as federal law sets them out; no state review)",
        "N.D. Admin. Code 67-23-05-01",
        "se leyó completa: mediación, queja estatal y debido proceso tal como los fija la ley federal; ninguna revisión estatal",
    ),
    (
        "16 Vt. Stat. 2957(a) (two years \"of the alleged violation\", the earlier reading)",
        "16 Vt. Stat. 2957(a)",
        "dos años «de la supuesta violación», la lectura más temprana",
    ),
    (
        "16 Vt. Stat. 2957(d) (90 days \"from the notice of the final decision\", counted here from the decision's date; the notice may also be read as its receipt)",
        "16 Vt. Stat. 2957(d)",
        "90 días «desde la notificación de la decisión definitiva», contados aquí desde la fecha de la decisión; la notificación también puede leerse como su recepción",
    ),
    (
        "16 Vt. Stat. 2957(d) (the appeal lies from \"a final administrative decision in a special education due process hearing\" to court; no state review named)",
        "16 Vt. Stat. 2957(d)",
        "la apelación va de «una decisión administrativa definitiva en una audiencia de debido proceso de educación especial» a un tribunal; no se nombra ninguna revisión estatal",
    ),
    (
        "16 Vt. Stat. 2957(d) (the same 90 days in \"a court of competent jurisdiction\" under 20 U.S.C. 1415(i)(2), state or federal)",
        "16 Vt. Stat. 2957(d); 20 U.S.C. 1415(i)(2)",
        "los mismos 90 días ante «un tribunal competente» conforme a 20 U.S.C. 1415(i)(2), estatal o federal",
    ),
    (
        "3 L.P.R.A. 2172 (a petition for review in the Court of Appeals within 30 days of the filing of the notice of the final order, or of its mailing where the dates differ; applied to special-education decisions by interpretation)",
        "3 L.P.R.A. 2172",
        "una petición de revisión ante el Tribunal de Apelaciones dentro de los 30 días desde que se archiva la notificación de la orden final, o desde que se envía por correo si las fechas no coinciden; se aplica a las decisiones de educación especial por interpretación",
    ),
    (
        "3 L.P.R.A. 2172 (review of an agency's final order in the Court of Appeals) and Tribunal de Apelaciones, KLRA202000283 (2021) (a final resolution of the Foro Administrativo de Educación Especial reviewed in that court directly; no second administrative level)",
        "3 L.P.R.A. 2172; KLRA202000283 (2021)",
        "la orden final de una agencia se revisa en el Tribunal de Apelaciones; en el caso KLRA202000283, ese tribunal revisó directamente una resolución final del Foro Administrativo de Educación Especial; no hay un segundo nivel administrativo",
    ),
    (
        "Tribunal de Apelaciones, KLRA202000199 (2020) and KLRA202000283 (2021), which review its final resolutions (the law that creates the forum was not read)",
        "KLRA202000199 (2020); KLRA202000283 (2021)",
        "sentencias del Tribunal de Apelaciones que revisan sus resoluciones finales; no leímos la ley que crea el foro",
    ),
    (
        "Or. Rev. Stat. 343.175(1)-(2) (the hearing decision \"is final unless the parent or the school district files a civil action\"; no review level before court)",
        "Or. Rev. Stat. 343.175(1)-(2)",
        "la decisión de la audiencia «es final a menos que el padre o el distrito escolar presente una acción civil»; no hay nivel de revisión antes del tribunal",
    ),
    (
        "Or. Rev. Stat. 343.175(2), (4) (a civil action \"in any court of competent jurisdiction\", state or federal, within the same 90 days)",
        "Or. Rev. Stat. 343.175(2), (4)",
        "una acción civil «en cualquier tribunal competente», estatal o federal, dentro de los mismos 90 días",
    ),
    (
        "Or. Admin. R. 581-015-2515(1)-(4)(a) (reimbursement for a private placement as 34 CFR 300.148 sets it; disputes go to due process hearings under 581-015-2340 to -2385; no claim period in the part read)",
        "Or. Admin. R. 581-015-2515(1)-(4)(a)",
        "el reembolso de una colocación privada como lo fija 34 CFR 300.148; los desacuerdos van a audiencias de debido proceso según 581-015-2340 a -2385; no hay plazo para reclamar en la parte que leímos",
    ),
    (
        "92 Neb. Admin. Code 55-009.01-.02 (judicial review of the \"final decision\" in a special education contested case; an appeal of a hearing officer decision goes by petition to district court; no review level before court)",
        "92 Neb. Admin. Code 55-009.01-.02",
        "revisión judicial de la «decisión final» en un caso de educación especial; la apelación de la decisión del oficial de audiencias se presenta por petición ante el tribunal de distrito; no hay nivel de revisión antes del tribunal",
    ),
    (
        "Admin. R. Mont. 10.16.3508(1)-(5) (read whole in a copy of the state's rule gateway that does not show the rule number: a written request to the Superintendent of Public Instruction, its contents and responses; no period to request a hearing)",
        "Admin. R. Mont. 10.16.3508(1)-(5)",
        "leída entera en una copia del portal de reglas del estado que no muestra el número de la regla: una solicitud por escrito al Superintendente de Instrucción Pública, su contenido y las respuestas; no hay plazo para pedir la audiencia",
    ),
    (
        "Admin. R. Mont. 10.16.3523(4) (the hearing officer's decision \"shall be binding upon both parties unless the decision is appealed\"; its (5), on where the appeal goes, read only at its opening) and 10.16.3531(5) (expedited hearings: appeal to a district court or a civil action under 34 CFR 300.516); that ordinary hearings also go straight to court, with no review level, is a reading",
        "Admin. R. Mont. 10.16.3523(4); 10.16.3531(5)",
        "la decisión del oficial de audiencias «obliga a ambas partes a menos que se apele»; su apartado (5), sobre adónde va la apelación, solo se leyó en su comienzo; en las audiencias aceleradas la apelación va a un tribunal de distrito o a una acción civil según 34 CFR 300.516; que las audiencias ordinarias también vayan directo al tribunal, sin nivel de revisión, es una interpretación",
    ),
    (
        "Admin. R. Mont. 10.16.3523(3) (the hearing officer may order reimbursement for a unilateral placement; no claim period in the rule, read through (4))",
        "Admin. R. Mont. 10.16.3523(3)",
        "el oficial de audiencias puede ordenar el reembolso de una colocación que la familia hizo por su cuenta; la regla, leída hasta (4), no fija plazo para reclamar",
    ),
    (
        "S.C. Code Regs. 43-243, I (the Department and local agencies follow all of 34 CFR Part 300, 300.148 included; the regulation adds state-specific requirements, none on a claim period in the part read, through III.B)",
        "S.C. Code Regs. 43-243, I",
        "el Departamento y las agencias locales siguen toda la parte 300 del 34 CFR, incluida la sección 300.148; el reglamento añade requisitos propios del estado, ninguno sobre un plazo para reclamar en la parte que leímos, hasta III.B",
    ),
    (
        "South Carolina Office of Special Education Services, due process page",
        "South Carolina Office of Special Education Services",
        "página sobre el debido proceso",
    ),
    (
        "W. Va. Code R. 126-16 (Policy 2419; not read: a third-party guide for parents gives the federal two years from when the parent knew or should have known)",
        "W. Va. Code R. 126-16",
        "Política 2419; no la leímos: una guía para padres de otra fuente da los dos años federales desde que el padre supo o debió saber",
    ),
    (
        "N.H. Rev. Stat. 186-C:16-b, IV (an appeal from the final administrative decision in a due process hearing goes to court) and N.H. Admin. R. Ed 1123.02 (the hearing's sequence ends with the hearing officer's decision; no review level)",
        "N.H. Rev. Stat. 186-C:16-b, IV; N.H. Admin. R. Ed 1123.02",
        "la apelación de la decisión administrativa final de una audiencia de debido proceso va al tribunal; la secuencia de la audiencia termina con la decisión del oficial de audiencias; no hay nivel de revisión",
    ),
    (
        "N.H. Rev. Stat. 186-C:16-b, IV (one 120-day period for \"a court of competent jurisdiction\" under 20 U.S.C. 1415(i)(2)(A), state or federal)",
        "N.H. Rev. Stat. 186-C:16-b, IV",
        "un solo plazo de 120 días para «un tribunal competente» según 20 U.S.C. 1415(i)(2)(A), estatal o federal",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
/// `(the office's name as its pack writes it, the name in Spanish)`.
pub static OFFICE_NAMES: &[(&str, &str)] = &[
    (
        "Alabama State Department of Education, Special Education Services (receives due process complaints)",
        "Departamento de Educación del Estado de Alabama, Servicios de Educación Especial (recibe las quejas de debido proceso)",
    ),
    (
        "Minnesota Department of Education (receives the request and appoints the hearing officer)",
        "Departamento de Educación de Minnesota (recibe la solicitud y nombra al oficial de audiencias)",
    ),
    (
        "Vermont Agency of Education, legal section (due process requests)",
        "Agencia de Educación de Vermont, sección legal (solicitudes de debido proceso)",
    ),
    (
        "Hawaii Department of Education, through impartial hearing officers on its list",
        "Departamento de Educación de Hawái, mediante los oficiales de audiencias imparciales de su lista",
    ),
    (
        "Alaska Department of Education and Early Development",
        "Departamento de Educación y Desarrollo Temprano de Alaska",
    ),
    (
        "Arizona Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Arizona",
    ),
    (
        "Arkansas Division of Elementary and Secondary Education, Dispute Resolution Section",
        "División de Educación Primaria y Secundaria de Arkansas, Sección de Resolución de Disputas",
    ),
    (
        "Arkansas Special Education Mediation Project (UALR Bowen School of Law)",
        "Proyecto de Mediación de Educación Especial de Arkansas (Facultad de Derecho Bowen de la Universidad de Arkansas en Little Rock)",
    ),
    (
        "Bureau of Special Education Appeals (BSEA)",
        "Oficina de Apelaciones de Educación Especial de Massachusetts (BSEA)",
    ),
    (
        "Bureau of Special Education Appeals (BSEA) mediation",
        "la mediación de la Oficina de Apelaciones de Educación Especial de Massachusetts (BSEA)",
    ),
    (
        "Delaware Department of Education",
        "Departamento de Educación de Delaware",
    ),
    (
        "Florida Division of Administrative Hearings (DOAH)",
        "División de Audiencias Administrativas de Florida (DOAH)",
    ),
    (
        "Georgia Department of Education mediation",
        "la mediación del Departamento de Educación de Georgia",
    ),
    (
        "Georgia Office of State Administrative Hearings",
        "Oficina Estatal de Audiencias Administrativas de Georgia",
    ),
    (
        "Colorado Department of Education (an administrative law judge is assigned to each complaint)",
        "Departamento de Educación de Colorado (a cada queja se le asigna un juez de derecho administrativo)",
    ),
    (
        "Idaho Department of Education, Dispute Resolution",
        "Departamento de Educación de Idaho, Resolución de Disputas",
    ),
    (
        "Illinois State Board of Education",
        "Junta Estatal de Educación de Illinois",
    ),
    (
        "Impartial hearing officers appointed by the school district; review by the Office of State Review, New York State Education Department",
        "oficiales de audiencias imparciales nombrados por el distrito escolar; revisión por la Oficina de Revisión Estatal del Departamento de Educación del Estado de Nueva York",
    ),
    (
        "Indiana Office of Administrative Law Proceedings (OALP); for requests filed before July 1, 2025, independent hearing officers of the Indiana Department of Education",
        "Oficina de Procedimientos de Derecho Administrativo de Indiana (OALP); para las solicitudes presentadas antes del 1 de julio de 2025, oficiales de audiencias independientes del Departamento de Educación de Indiana",
    ),
    (
        "Iowa Department of Education State Mediation",
        "la mediación estatal del Departamento de Educación de Iowa",
    ),
    (
        "Iowa Department of Education, with judges of the Division of Administrative Hearings",
        "Departamento de Educación de Iowa, con jueces de la División de Audiencias Administrativas",
    ),
    (
        "Kansas school districts, each for its own pupils, with hearing officers from the Kansas State Board of Education's list",
        "los distritos escolares de Kansas, cada uno para sus propios alumnos, con oficiales de audiencias de la lista de la Junta Estatal de Educación de Kansas",
    ),
    (
        "Kentucky Department of Education, due process hearing officers",
        "Departamento de Educación de Kentucky, oficiales de audiencias de debido proceso",
    ),
    (
        "Louisiana Department of Education",
        "Departamento de Educación de Luisiana",
    ),
    (
        "Louisiana Division of Administrative Law",
        "División de Derecho Administrativo de Luisiana",
    ),
    (
        "Maine Department of Education stand-alone mediation",
        "la mediación independiente del Departamento de Educación de Maine",
    ),
    (
        "Maine Department of Education, Office of Special Services Dispute Resolution",
        "Departamento de Educación de Maine, Resolución de Disputas de la Oficina de Servicios Especiales",
    ),
    (
        "Maryland Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Maryland",
    ),
    (
        "Michigan Office of Administrative Hearings and Rules (MOAHR)",
        "Oficina de Audiencias Administrativas y Reglas de Míchigan (MOAHR)",
    ),
    (
        "Mississippi Department of Education, Office of Special Education",
        "Departamento de Educación de Misisipi, Oficina de Educación Especial",
    ),
    (
        "Missouri Administrative Hearing Commission",
        "Comisión de Audiencias Administrativas de Misuri",
    ),
    (
        "Montana Office of Public Instruction, Dispute Resolution Office",
        "Oficina de Instrucción Pública de Montana, Oficina de Resolución de Disputas",
    ),
    (
        "Montana Office of Public Instruction, Early Assistance Program and mediation",
        "Oficina de Instrucción Pública de Montana, Programa de Ayuda Temprana y mediación",
    ),
    (
        "Nebraska Department of Education",
        "Departamento de Educación de Nebraska",
    ),
    (
        "Nevada Department of Education mediation",
        "la mediación del Departamento de Educación de Nevada",
    ),
    (
        "Nevada Department of Education, Dispute Resolution",
        "Departamento de Educación de Nevada, Resolución de Disputas",
    ),
    (
        "New Hampshire Department of Education",
        "Departamento de Educación de Nuevo Hampshire",
    ),
    (
        "New Jersey Office of Administrative Law",
        "Oficina de Derecho Administrativo de Nueva Jersey",
    ),
    (
        "New Mexico Public Education Department, Office of Special Education",
        "Departamento de Educación Pública de Nuevo México, Oficina de Educación Especial",
    ),
    (
        "North Carolina Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Carolina del Norte",
    ),
    (
        "Office of Administrative Hearings (OAH), Special Education Division",
        "Oficina de Audiencias Administrativas (OAH, por sus siglas en inglés), División de Educación Especial",
    ),
    (
        "Ohio Department of Education and Workforce",
        "Departamento de Educación y Fuerza Laboral de Ohio",
    ),
    (
        "Ohio Department of Education and Workforce, Office for Exceptional Children",
        "Departamento de Educación y Fuerza Laboral de Ohio, Oficina para Niños Excepcionales",
    ),
    (
        "Oregon Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Oregón",
    ),
    (
        "Pennsylvania Office for Dispute Resolution (ODR)",
        "Oficina de Resolución de Disputas de Pensilvania (ODR)",
    ),
    (
        "Rhode Island Department of Education, Legal Office",
        "Departamento de Educación de Rhode Island, Oficina Legal",
    ),
    (
        "South Dakota Department of Education, Special Education Programs",
        "Departamento de Educación de Dakota del Sur, Programas de Educación Especial",
    ),
    (
        "Utah State Board of Education",
        "Junta Estatal de Educación de Utah",
    ),
    (
        "Special Education Mediation Services (SEMS)",
        "Servicios de Mediación de Educación Especial de Míchigan (SEMS)",
    ),
    (
        "Special Education Resolution Center (SERC), Oklahoma State University",
        "Centro de Resolución de Educación Especial (SERC) de la Universidad Estatal de Oklahoma",
    ),
    (
        "Supreme Court of Virginia hearing officers, with the Virginia Department of Education's Office of Dispute Resolution and Administrative Services",
        "oficiales de audiencias de la Corte Suprema de Virginia, con la Oficina de Resolución de Disputas y Servicios Administrativos del Departamento de Educación de Virginia",
    ),
    (
        "Tennessee Secretary of State (administrative law judges)",
        "la Secretaría de Estado de Tennessee (jueces de derecho administrativo)",
    ),
    (
        "Texas Education Agency",
        "Agencia de Educación de Texas (TEA, por sus siglas en inglés)",
    ),
    (
        "Virginia Department of Education mediation",
        "la mediación del Departamento de Educación de Virginia",
    ),
    (
        "Washington Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Washington",
    ),
    (
        "West Virginia Department of Education, Office of Special Programs",
        "Departamento de Educación de Virginia Occidental, Oficina de Programas Especiales",
    ),
    (
        "Wisconsin Department of Public Instruction",
        "Departamento de Instrucción Pública de Wisconsin",
    ),
    (
        "Wisconsin Special Education Mediation System",
        "Sistema de Mediación de Educación Especial de Wisconsin",
    ),
    (
        "Connecticut State Department of Education, due process unit",
        "la unidad de debido proceso del Departamento de Educación del Estado de Connecticut",
    ),
    (
        "North Dakota Office of Administrative Hearings",
        "Oficina de Audiencias Administrativas de Dakota del Norte",
    ),
    (
        "Office of the State Superintendent of Education (OSSE)",
        "Oficina del Superintendente Estatal de Educación (OSSE)",
    ),
    (
        "Wyoming Department of Education, Special Education Programs Division",
        "Departamento de Educación de Wyoming, División de Programas de Educación Especial",
    ),
    (
        "Puerto Rico Department of Education, Foro Administrativo de Educación Especial",
        "Departamento de Educación de Puerto Rico, Foro Administrativo de Educación Especial",
    ),
    (
        "Local school district hearing officer (first tier); South Carolina Department of Education, Office of General Counsel (filings and the state-level review)",
        "Oficial de audiencias del distrito escolar local (primer nivel); Departamento de Educación de Carolina del Sur, Oficina del Asesor Jurídico (presentaciones y revisión estatal)",
    ),
];

#[cfg(not(target_arch = "wasm32"))]
/// The citation proper and the Spanish note of a citation that carries a note.
pub fn citation_note(citation: &str) -> Option<(&'static str, &'static str)> {
    CITATION_NOTES
        .iter()
        .find(|(c, _, _)| *c == citation)
        .map(|(_, legal, note)| (*legal, *note))
}

#[cfg(not(target_arch = "wasm32"))]
/// An office's name in Spanish.
pub fn office_name(name: &str) -> Option<&'static str> {
    OFFICE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|(_, es)| *es)
}

/// Words a citation may hold without being a note: the citation proper is written with
/// abbreviations, section numbers and capitalized names; a lower-case word of two letters or more
/// (other than these) belongs to a sentence about it.
const CITATION_WORDS: [&str; 16] = [
    "and", "ch", "tit", "subd", "seq", "et", "art", "sec", "of", "for", "guidance", "st", "th",
    "part", "with", // "Letter to Zimberlin"
    "to",
];

/// Whether a citation carries words beyond the citation proper (and so needs its Spanish).
pub fn has_note(citation: &str) -> bool {
    citation.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
        w.len() >= 2
                && w.chars().all(|c| c.is_ascii_lowercase())
                // Roman numerals of subdivisions: "(ii)", "(iv)".
                && !w.chars().all(|c| "ivx".contains(c))
                && !CITATION_WORDS.contains(&w)
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::rules::{PACKS, federal};

    /// Every citation the page can show: the rules of every pack, its holiday and school-holiday
    /// statutes, its offices' sources, the federal rules and the readings' sources.
    fn every_citation() -> Vec<&'static str> {
        let mut all = Vec::new();
        for pack in PACKS.iter() {
            all.extend(pack.overrides.iter().map(|r| r.citation));
            all.push(pack.holiday_citation);
            all.push(pack.school_holiday_citation);
            all.extend(
                [pack.hearings, pack.mediation]
                    .into_iter()
                    .flatten()
                    .map(|o| o.citation),
            );
            all.extend(pack.no_state_rule.iter().map(|n| n.citation));
        }
        all.extend(federal::RULES.iter().map(|r| r.citation));
        all.extend([
            federal::STATE_REVIEW_UNKNOWN.citation,
            federal::NO_STATE_COURT_PERIOD.citation,
            federal::NO_REIMBURSEMENT_LIMIT.citation,
        ]);
        all.extend(
            crate::i18n::variants::readings()
                .iter()
                .map(|k| federal::reading(*k).citation),
        );
        all
    }

    // Issue 24: a note that carries information is said in Spanish (Texas's "two years from
    // September 1, 2022; one year before", the Sunday-holiday notes...).
    #[test]
    fn every_citation_note_has_its_spanish() {
        let missing: Vec<&str> = every_citation()
            .into_iter()
            .filter(|c| has_note(c) && citation_note(c).is_none())
            .collect();
        assert!(missing.is_empty(), "no Spanish note for: {missing:#?}");
    }

    #[test]
    fn no_entry_is_left_over_and_each_keeps_the_citation_proper() {
        let all = every_citation();
        for (citation, legal, note) in CITATION_NOTES {
            assert!(all.contains(citation), "not a current citation: {citation}");
            // (An entry may also translate a note of capitalized words: "(Court of Appeals)".)
            assert!(
                !has_note(legal),
                "the citation proper holds a note: {legal}"
            );
            assert!(!note.is_empty() && !note.ends_with('.'), "{note}");
            // The citation proper's section numbers come from the citation.
            let first = legal.split(';').next().unwrap_or(legal).trim();
            let head: String = first.chars().take(8).collect();
            assert!(citation.contains(head.as_str()), "{legal} / {citation}");
        }
    }

    #[test]
    fn texas_filing_limit_note_in_spanish() {
        let (legal, note) = citation_note(
            "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164 (two years for hearings \
             requested on or after September 1, 2022, one year for those requested before; the \
             two years run from when the party knew or should have known)",
        )
        .expect("Texas's note");
        assert_eq!(
            legal,
            "19 Tex. Admin. Code 89.1151(c); Tex. Educ. Code 29.0164"
        );
        assert!(note.contains("1 de septiembre de 2022"), "{note}");
    }

    #[test]
    fn every_office_has_its_spanish_name() {
        for pack in PACKS.iter() {
            for office in [pack.hearings, pack.mediation].into_iter().flatten() {
                assert!(office_name(office.name).is_some(), "{}", office.name);
            }
        }
        assert!(
            office_name("Office of Administrative Hearings (OAH), Special Education Division")
                .is_some_and(|n| n.starts_with("Oficina de Audiencias Administrativas"))
        );
    }
}
