//! Texts of the shared form pieces: the record picker's hints and its chips' buttons, a
//! select's "— choose —", and the "Deleted ‹name› — Undo" message.

use crate::texts;

texts! {
    /// The shared widgets' texts.
    WidgetText {
        PickerHint => {
            en: "Type a name to choose",
            uz: "Tanlash uchun ismni yozing",
            ru: "Введите имя, чтобы выбрать",
        },
        /// Under an owner or responsible picker: where its people come from.
        PeopleSource => {
            en: "People come from step 1's register, your organisation's own first. Someone missing? Type their name to add them to the project team, or add them on step 1.",
            uz: "Odamlar 1-qadam reyestridan olinadi, avval tashkilotingiz xodimlari. Kimdir yoʻqmi? Ismini yozib, uni loyiha jamoasiga qoʻshing yoki 1-qadamda qoʻshing.",
            ru: "Список — из реестра шага 1, сначала сотрудники вашей организации. Кого-то нет? Введите имя, чтобы добавить его в команду проекта, или добавьте его на шаге 1.",
        },
        AddToTeam => {
            en: "Add “{0}” to the project team",
            uz: "“{0}”ni loyiha jamoasiga qoʻshish",
            ru: "Добавить «{0}» в команду проекта",
        },
        /// Above a long list: how it is shown.
        ShowAs => { en: "Show as", uz: "Koʻrinishi", ru: "Вид" },
        LayoutCards => { en: "Cards", uz: "Kartochkalar", ru: "Карточки" },
        LayoutTable => { en: "Table", uz: "Jadval", ru: "Таблица" },
        /// Under the choice while the table is shown: how to move in it.
        SheetHint => {
            en: "↑ ↓ and Enter move between rows, ← → between columns. In a list, type the first letter or digit of your choice.",
            uz: "↑ ↓ va Enter qatorlar boʻylab, ← → ustunlar boʻylab oʻtkazadi. Roʻyxatda kerakli qiymatning birinchi harfi yoki raqamini yozing.",
            ru: "↑ ↓ и Enter — переход по строкам, ← → — по столбцам. В списке введите первую букву или цифру нужного значения.",
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
        /// `{0}` the deleted record's name.
        Removed => {
            en: "Deleted “{0}”.",
            uz: "“{0}” oʻchirildi.",
            ru: "Удалено: «{0}».",
        },
        RemovedUnnamed => {
            en: "Deleted a record with no name.",
            uz: "Nomsiz yozuv oʻchirildi.",
            ru: "Удалена запись без названия.",
        },
        /// `{0}` how many names.
        PastedTitle => {
            en: "Names in the pasted list: {0}",
            uz: "Qoʻyilgan roʻyxatdagi nomlar: {0}",
            ru: "Имён во вставленном списке: {0}",
        },
        PastedHint => {
            en: "Each line becomes a new record, with this form's other choices. You can undo the whole list at once.",
            uz: "Har bir qator ushbu shakldagi boshqa tanlovlar bilan yangi yozuvga aylanadi. Butun roʻyxatni birdaniga bekor qilish mumkin.",
            ru: "Каждая строка станет новой записью с остальными значениями этой формы. Весь список можно отменить одним действием.",
        },
        /// `{0}` how many names.
        PastedAdd => { en: "Add all {0}", uz: "Barchasini qoʻshish ({0})", ru: "Добавить все ({0})" },
        PastedCancel => { en: "Cancel", uz: "Bekor qilish", ru: "Отмена" },
        /// The name field's hint where a list may be pasted.
        PasteHint => {
            en: "Tip: paste a list, one name per line, to add many at once.",
            uz: "Maslahat: bir nechtasini birdaniga qoʻshish uchun roʻyxatni joylang — har qatorda bitta nom.",
            ru: "Совет: вставьте список, по одному имени в строке, чтобы добавить сразу несколько.",
        },
        /// A date field's placeholder: the order its date is typed in.
        DatePattern => { en: "dd/mm/yyyy", uz: "kk.oo.yyyy", ru: "дд.мм.гггг" },
        Calendar => { en: "Choose on a calendar", uz: "Taqvimdan tanlash", ru: "Выбрать в календаре" },
        /// A check about a field that holds a refused typed value; `{0}` what was typed.
        RefusedValue => {
            en: "“{0}” was typed here, but it is not a valid value: correct it or clear the field.",
            uz: "Bu yerga “{0}” yozilgan, lekin u yaroqli qiymat emas: uni tuzating yoki maydonni tozalang.",
            ru: "Здесь введено «{0}», но это недопустимое значение: исправьте его или очистите поле.",
        },
        /// The start of a line gathering a record's findings; `{0}` the record, named.
        StillToFill => {
            en: "{0} — still to fill in:",
            uz: "{0} — yana toʻldirish kerak:",
            ru: "{0} — осталось заполнить:",
        },
        /// The same for a business goal whose links are missing.
        StillToLink => {
            en: "{0} — still to link:",
            uz: "{0} — yana bogʻlash kerak:",
            ru: "{0} — осталось связать:",
        },
        /// A goal named in such a line.
        NamedGoal => { en: "Goal “{0}”", uz: "“{0}” maqsadi", ru: "Цель «{0}»" },
        /// A KPI named in such a line.
        NamedKpi => { en: "KPI “{0}”", uz: "“{0}” KPI", ru: "KPI «{0}»" },
        /// A plan named in such a line.
        NamedPlan => { en: "Plan “{0}”", uz: "“{0}” rejasi", ru: "План «{0}»" },
        /// The empty first option of a select whose value is chosen by the user, never given
        /// by default.
        Choose => { en: "— choose —", uz: "— tanlang —", ru: "— выберите —" },
        UndoRemove => { en: "Undo", uz: "Bekor qilish", ru: "Отменить" },
        DismissRemoved => { en: "Close this message", uz: "Xabarni yopish", ru: "Закрыть сообщение" },
    }
}
