//! Texts of the shared form pieces: the record picker's hints and its chips' buttons.

use crate::texts;

texts! {
    /// The shared widgets' texts.
    WidgetText {
        PickerHint => {
            en: "Type a name to choose",
            uz: "Tanlash uchun ismni yozing",
            ru: "Введите имя, чтобы выбрать",
        },
        NoMatch => {
            en: "No name matches.",
            uz: "Mos ism topilmadi.",
            ru: "Совпадений нет.",
        },
        RemoveNamed => {
            en: "Remove «{0}»",
            uz: "«{0}»ni olib tashlash",
            ru: "Убрать «{0}»",
        },
    }
}
