//! Texts of the calendar export ([`super::ics`]): the events' summaries and the lines of their
//! descriptions that no step's texts already say. Labels that exist elsewhere (Responsible,
//! Owner, Status, Deadline, Milestone, ...) are reused from [`crate::i18n::PlansText`] and
//! [`crate::i18n::ProfileText`].

use crate::texts;

texts! {
    /// The calendar export's summaries and description lines.
    IcsText {
        /// The summary of a plan's deadline; `{0}` the implementation plan's name.
        DeadlineSummary => {
            en: "Deadline of plan “{0}”",
            uz: "“{0}” rejasining muddati",
            ru: "Срок плана «{0}»",
        },
        /// The summary of a task's due date; `{0}` the task, `{1}` its implementation plan.
        TaskSummary => {
            en: "{0} — plan “{1}”",
            uz: "{0} — “{1}” rejasi",
            ru: "{0} — план «{1}»",
        },
        /// The summary of the go-live date; `{0}` the project's name.
        GoLiveSummary => {
            en: "Planned go-live: {0}",
            uz: "Rejalashtirilgan ishga tushirish: {0}",
            ru: "Плановый запуск: {0}",
        },
        /// A task's progress; `{0}` the percentage, 0-100.
        ProgressValue => {
            en: "Progress: {0}%",
            uz: "Bajarilishi: {0}%",
            ru: "Выполнение: {0}\u{a0}%",
        },
        /// How many of a plan's tasks are done; `{0}` done, `{1}` all.
        TasksDone => {
            en: "Tasks done: {0} of {1}",
            uz: "Bajarilgan vazifalar: {0} / {1}",
            ru: "Выполнено задач: {0} из {1}",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Text};

    /// The `{n}` slots of a text, sorted.
    fn slots(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = ["{0}", "{1}", "{2}"]
            .into_iter()
            .filter(|s| text.contains(s))
            .collect();
        found.sort_unstable();
        found
    }

    // The lints of `i18n::lint` in small, until that module lists this enum: every language
    // present, the same slots as the English, the right script and the right marks.
    #[test]
    fn every_text_is_present_and_well_formed_in_every_language() {
        for &key in IcsText::ALL {
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
                let cyrillic = text.chars().any(|c| ('\u{400}'..='\u{52f}').contains(&c));
                let latin_words = text
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.chars().any(|c| c.is_ascii_alphabetic()));
                match lang {
                    Lang::Uz => assert!(!cyrillic, "{key:?}: Cyrillic in Uzbek: {text}"),
                    Lang::Ru => assert!(!latin_words, "{key:?}: Latin in Russian: {text}"),
                    Lang::En => assert!(!cyrillic, "{key:?}: Cyrillic in English: {text}"),
                }
            }
        }
    }
}
