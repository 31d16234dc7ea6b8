//! Texts of the spreadsheets and the Markdown summary that no step's texts already hold. A
//! column or heading that names what a step's screen names takes that screen's text (see
//! [`crate::outputs::tables`] and [`crate::outputs::markdown`]); only these are new.

use crate::i18n::plural::Forms;
use crate::i18n::{Lang, Text};
use crate::texts;

texts! {
    /// Column headers of the spreadsheets and headings of the Markdown summary.
    OutputText {
        /// The last column of every spreadsheet: the record's id, to match rows across files.
        Id => { en: "ID", uz: "Identifikator", ru: "Идентификатор" },
        /// The KPI as the text's sentence ("Improve X from A to B by date").
        KpiStatement => { en: "KPI statement", uz: "KPI ifodasi", ru: "Формулировка KPI" },
        /// A goal's number in the ranked list.
        Rank => { en: "Rank", uz: "Tartib raqami", ru: "Порядковый номер" },
        /// The quadrant of the value/effort matrix (quick wins, major projects, ...).
        GoalQuadrant => {
            en: "Value/effort quadrant",
            uz: "Foydalilik va mehnat sarfi kvadranti",
            ru: "Квадрант «ценность — трудозатраты»",
        },
        /// A count of stakeholders, by plural category (see [`stakeholder_count`]).
        StakeholderCountOne => { en: "{0} stakeholder", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованная сторона" },
        StakeholderCountFew => { en: "{0} stakeholders", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованные стороны" },
        StakeholderCountMany => { en: "{0} stakeholders", uz: "{0} ta manfaatdor tomon", ru: "{0} заинтересованных сторон" },
        ByQuadrant => {
            en: "By quadrant of the power/interest grid",
            uz: "Taʼsir va qiziqish matritsasining kvadrantlari boʻyicha",
            ru: "По квадрантам матрицы «влияние — интерес»",
        },
        KeyStakeholders => {
            en: "Key stakeholders",
            uz: "Asosiy manfaatdor tomonlar",
            ru: "Ключевые заинтересованные стороны",
        },
        KeyStakeholdersIntro => {
            en: "Those to manage closely, and the executive sponsor.",
            uz: "Yaqindan boshqarilishi kerak boʻlganlar va loyiha homiysi.",
            ru: "Те, с кем нужно тесно работать, и спонсор проекта.",
        },
        KpisWithoutGoal => {
            en: "KPIs not tied to a business goal",
            uz: "Biznes-maqsadga bogʻlanmagan KPIlar",
            ru: "KPI без привязки к бизнес-цели",
        },
        /// A plan's tasks: `{0}` the count ("6 tasks"), `{1}` how many are done, `{2}` the
        /// average progress with its % sign.
        TaskProgress => {
            en: "{0}: {1} done, average progress {2}",
            uz: "{0}: {1} tasi bajarilgan, oʻrtacha bajarilishi {2}",
            ru: "{0}: выполнено {1}, средний процент выполнения {2}",
        },
        ChecksSection => {
            en: "What is still missing",
            uz: "Hali nimalar yetishmayapti",
            ru: "Чего ещё не хватает",
        },
    }
}

texts! {
    /// The printable report (`#/report`): its controls, its cover and the headings that no
    /// step's texts already hold.
    ReportText {
        /// The link to the report, in the header and on the overview.
        Open => { en: "Report", uz: "Hisobot", ru: "Отчёт" },
        Intro => {
            en: "The whole plan as one document for a sponsor or a meeting. Choose what goes in, then print it or save it as PDF.",
            uz: "Butun reja homiy yoki yigʻilish uchun bitta hujjatda. Nimalar kirishini tanlang, soʻng uni chop eting yoki PDF sifatida saqlang.",
            ru: "Весь план одним документом для спонсора или совещания. Выберите, что в него войдёт, затем распечатайте его или сохраните в PDF.",
        },
        /// The report's part of the overview's "Share and export" card.
        OutputTitle => { en: "Printable report (PDF)", uz: "Chop etish uchun hisobot (PDF)", ru: "Отчёт для печати (PDF)" },
        OutputHint => {
            en: "The whole plan as one document: a cover, a section per step with its charts, and what is still missing. Print it or save it as PDF.",
            uz: "Butun reja bitta hujjatda: muqova, har bir bosqich uchun diagrammali boʻlim va hali yetishmayotgan narsalar. Uni chop eting yoki PDF sifatida saqlang.",
            ru: "Весь план одним документом: обложка, раздел на каждый шаг с диаграммами и то, чего ещё не хватает. Распечатайте его или сохраните в PDF.",
        },
        OpenReport => { en: "Open the report", uz: "Hisobotni ochish", ru: "Открыть отчёт" },
        Sections => { en: "Sections", uz: "Boʻlimlar", ru: "Разделы" },
        Detail => { en: "Level of detail", uz: "Tafsilot darajasi", ru: "Степень подробности" },
        Summary => { en: "Summary", uz: "Qisqacha", ru: "Кратко" },
        SummaryHint => {
            en: "counts, key people, goals and plans",
            uz: "sonlar, asosiy shaxslar, maqsadlar va rejalar",
            ru: "итоги, ключевые лица, цели и планы",
        },
        Full => { en: "Full detail", uz: "Toʻliq", ru: "Полностью" },
        FullHint => {
            en: "every record and every task",
            uz: "har bir yozuv va har bir vazifa",
            ru: "все записи и все задачи",
        },
        Print => { en: "Print / save as PDF", uz: "Chop etish / PDF sifatida saqlash", ru: "Печать / сохранить в PDF" },
        /// On the print button while the report is still being put together.
        Preparing => { en: "Preparing the report…", uz: "Hisobot tayyorlanmoqda…", ru: "Отчёт готовится…" },
        PrintHint => {
            en: "To get a file, choose “Save as PDF” as the printer in the print dialog.",
            uz: "Fayl olish uchun chop etish oynasida printer sifatida “PDF sifatida saqlash”ni tanlang.",
            ru: "Чтобы получить файл, выберите в окне печати принтер «Сохранить как PDF».",
        },
        /// Above the project's name on the cover.
        Kicker => { en: "CRM implementation plan", uz: "CRM joriy etish rejasi", ru: "План внедрения CRM" },
        ReportDate => { en: "Date of the report", uz: "Hisobot sanasi", ru: "Дата отчёта" },
        StepsStatus => { en: "Where each step stands", uz: "Bosqichlar holati", ru: "Состояние шагов" },
        Step => { en: "Step", uz: "Bosqich", ru: "Шаг" },
        Contents => { en: "Contents", uz: "Mundarija", ru: "Содержание" },
        /// A row's number in a table.
        Number => { en: "No.", uz: "№", ru: "№" },
        Count => { en: "Count", uz: "Soni", ru: "Количество" },
        Expectations => {
            en: "Expected results, concerns and engagement",
            uz: "Kutilayotgan natijalar, xavotirlar va jalb qilish",
            ru: "Ожидаемые результаты, опасения и вовлечение",
        },
        GoalDetails => { en: "The goals in detail", uz: "Maqsadlar batafsil", ru: "Цели подробно" },
        OtherBenefits => {
            en: "Benefits not tied to a business goal",
            uz: "Biznes-maqsadga bogʻlanmagan afzalliklar",
            ru: "Выгоды без привязки к бизнес-цели",
        },
        /// Under the timeline: what its bars mean.
        TimelineNote => {
            en: "By month. A bar runs from the start to the deadline; the line marks the date of the report.",
            uz: "Oylar boʻyicha. Har bir tasma boshlanish sanasidan muddatgacha davom etadi; vertikal chiziq hisobot sanasini koʻrsatadi.",
            ru: "По месяцам. Полоса идёт от начала до срока; вертикальная линия отмечает дату отчёта.",
        },
        /// The timeline of a long plan is drawn in parts: `{0}` this part, `{1}` how many.
        TimelinePart => { en: "part {0} of {1}", uz: "{1} qismdan {0}-qism", ru: "часть {0} из {1}" },
        NoChecks => {
            en: "The checks find nothing missing.",
            uz: "Tekshiruvlar hech qanday kamchilik topmadi.",
            ru: "Проверки не нашли ничего недостающего.",
        },
        NothingChosen => {
            en: "Choose at least one section to see more than the cover.",
            uz: "Muqovadan tashqari narsalarni koʻrish uchun kamida bitta boʻlimni tanlang.",
            ru: "Выберите хотя бы один раздел, чтобы увидеть больше, чем обложку.",
        },
    }
}

/// A plan's tasks in a line: "6 tasks: 2 done, average progress 40%; 1 overdue" (overdue as of
/// `today`, and only when some are); none for a plan without tasks.
pub fn task_progress(
    plan: &crate::plans::ImplementationPlan,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Option<String> {
    use crate::i18n::{fill, PlansText};
    use crate::inputs::format_number;
    let tasks = &plan.tasks;
    if tasks.is_empty() {
        return None;
    }
    let done = tasks
        .iter()
        .filter(|t| t.status == crate::plans::TaskStatus::Done)
        .count();
    let average = tasks.iter().map(|t| f64::from(t.progress)).sum::<f64>() / tasks.len() as f64;
    let mut line = fill(
        OutputText::TaskProgress.text(lang),
        &[
            &crate::plans::texts::task_count(lang, tasks.len() as u64),
            &format_number(done as f64, lang),
            &crate::strategy::views::with_unit(average.round(), "%", lang),
        ],
    );
    let overdue = tasks.iter().filter(|t| t.is_overdue(today)).count();
    if overdue > 0 {
        let text = fill(
            PlansText::OverdueCount.text(lang),
            &[&format_number(overdue as f64, lang)],
        );
        line.push_str(&format!("; {text}"));
    }
    Some(line)
}

/// "1 stakeholder", "5 stakeholders"; "1 заинтересованная сторона", "2 заинтересованные
/// стороны", "5 заинтересованных сторон".
pub fn stakeholder_count(lang: Lang, n: u64) -> String {
    Forms::four(
        OutputText::StakeholderCountOne.text(lang),
        OutputText::StakeholderCountFew.text(lang),
        OutputText::StakeholderCountMany.text(lang),
        OutputText::StakeholderCountFew.text(lang),
    )
    .count(lang, n)
}

/// Step 1's first line in the summary and the report: the stakeholders analysed ("17
/// stakeholders."), then, when there are any, the project team's members apart ("Project
/// team: 2."), since they are in no count of the analysis.
pub fn stakeholders_line(plan: &crate::plan::Plan, lang: Lang) -> String {
    let analysed = plan.analysed_stakeholders().count() as u64;
    let team = plan.stakeholders.len() as u64 - analysed;
    let mut line = format!("{}.", stakeholder_count(lang, analysed));
    if team > 0 {
        let label = crate::i18n::StakeholdersText::TeamBadge.text(lang);
        line.push_str(&format!(" {label}: {team}."));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{n}` slots of a text, sorted.
    fn slots(text: &str) -> Vec<String> {
        let mut found: Vec<String> = (0..10)
            .map(|i| format!("{{{i}}}"))
            .filter(|s| text.contains(s.as_str()))
            .collect();
        found.sort();
        found
    }

    /// The lints of `i18n::lint` in small, until that module lists this enum: every language
    /// present, the English slots, no stand-in apostrophes, the right script, and the Uzbek
    /// ʻ (U+02BB) only after o and g.
    #[test]
    fn every_text_is_present_and_well_formed_in_every_language() {
        const LATIN_IN_RUSSIAN: [&str; 2] = ["CRM", "KPI"];
        for &key in OutputText::ALL {
            let english = key.text(Lang::En);
            for lang in Lang::ALL {
                let text = key.text(lang);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {lang:?}");
                assert_eq!(slots(text), slots(english), "{key:?} in {lang:?}");
                if lang != Lang::En {
                    for bad in ['\'', '`', '\u{2018}', '\u{2019}'] {
                        assert!(!text.contains(bad), "{key:?} {lang:?}: {bad:?} in {text}");
                    }
                }
                let cyrillic = |w: &str| w.chars().any(|c| ('\u{400}'..='\u{52f}').contains(&c));
                for word in text.split(|c: char| !(c.is_alphanumeric() || c == 'ʻ' || c == 'ʼ')) {
                    match lang {
                        Lang::En | Lang::Uz => {
                            assert!(!cyrillic(word), "{key:?} {lang:?}: Cyrillic {word}")
                        }
                        Lang::Ru => assert!(
                            !word.chars().any(|c| c.is_ascii_alphabetic())
                                || LATIN_IN_RUSSIAN.contains(&word),
                            "{key:?}: Latin word {word} in Russian"
                        ),
                    }
                }
                if lang == Lang::Uz {
                    let chars: Vec<char> = text.chars().collect();
                    for (i, c) in chars.iter().enumerate() {
                        let before = i.checked_sub(1).map(|j| chars[j]);
                        let after_o_g = matches!(before, Some('o' | 'O' | 'g' | 'G'));
                        assert!(*c != 'ʻ' || after_o_g, "{key:?}: ʻ not after o/g: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn stakeholder_counts_take_the_plural_form_of_their_number() {
        let counts = |lang| [1, 2, 5, 21, 1000].map(|n| stakeholder_count(lang, n));
        assert_eq!(
            counts(Lang::En),
            [
                "1 stakeholder",
                "2 stakeholders",
                "5 stakeholders",
                "21 stakeholders",
                "1,000 stakeholders"
            ]
        );
        assert_eq!(
            counts(Lang::Ru),
            [
                "1 заинтересованная сторона",
                "2 заинтересованные стороны",
                "5 заинтересованных сторон",
                "21 заинтересованная сторона",
                "1\u{a0}000 заинтересованных сторон"
            ]
        );
        assert_eq!(counts(Lang::Uz)[2], "5 ta manfaatdor tomon");
    }
}
