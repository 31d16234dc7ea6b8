//! Which register field each column of a sheet fills: [`Field`], [`Mapping`] and [`guess`].
//!
//! A header is compared by its *key*: lower case, letters and digits only (spaces,
//! punctuation and the Uzbek ʻ and ʼ, or the apostrophes typed for them, dropped), ё read as е,
//! and anything in brackets left out, so `Power (1-5)`, `power`, `POWER:` and `Taʼsir kuchi`
//! / `Ta'sir kuchi` each name one field. [`guess`] then works in two passes:
//!
//! 1. a header whose key is one of a field's names: the label the app's screens and export
//!    use in English, Uzbek and Russian, or a usual short form (`ФИО`, `Имя`, `Ism`,
//!    `Должность`, `Lavozim`, `Toifa`, ...). The export's derived columns (quadrant, gap, ID)
//!    are known and left unmapped.
//! 2. for the headers still unmapped, a header whose words hold a field's name as whole
//!    words (`Должность сотрудника`, `Текущее отношение к проекту`): the longest name found
//!    wins; names too general to trust inside other words (`Name`, `Тип`, `Strategy`) only
//!    count in pass 1.
//!
//! Each field goes to at most one column: the first column that names it in pass 1, else the
//! first in pass 2. Columns nobody recognises stay unmapped; the user can change any of it.

use crate::i18n::{Lang, OutputText, StakeholdersText, Text};
use crate::intake::csv_read::Sheet;
use crate::stakeholders::Activity;

/// A field of the stakeholder register that a column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The name (required).
    Name,
    /// The category.
    Category,
    /// A member of the project team, who needs no stakeholder analysis (yes/no).
    Team,
    /// The unit, by its name in the profile.
    Unit,
    /// The organisation, if external.
    Organisation,
    /// Position or role.
    Position,
    /// Expected results.
    ExpectedResults,
    /// Concerns.
    Concerns,
    /// Power, 1-5.
    Power,
    /// Interest, 1-5.
    Interest,
    /// Attitude today.
    CurrentAttitude,
    /// Attitude the project needs.
    DesiredAttitude,
    /// Whether they take part in one of the text's three activities (yes/no).
    Activity(Activity),
    /// The executive sponsor (yes/no).
    Sponsor,
    /// Engagement approach.
    Engagement,
}

impl Field {
    /// Every field, in the register's column order.
    pub const ALL: [Field; 17] = [
        Field::Name,
        Field::Category,
        Field::Team,
        Field::Unit,
        Field::Organisation,
        Field::Position,
        Field::ExpectedResults,
        Field::Concerns,
        Field::Power,
        Field::Interest,
        Field::CurrentAttitude,
        Field::DesiredAttitude,
        Field::Activity(Activity::AssessingBusinessTasks),
        Field::Activity(Activity::WorkingOutStrategy),
        Field::Activity(Activity::WorkingOutUsageRules),
        Field::Sponsor,
        Field::Engagement,
    ];

    /// The stable code, for form values: the record's field name in files.
    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Category => "category",
            Field::Team => "team",
            Field::Unit => "unit",
            Field::Organisation => "organisation",
            Field::Position => "position",
            Field::ExpectedResults => "expectedResults",
            Field::Concerns => "concerns",
            Field::Power => "power",
            Field::Interest => "interest",
            Field::CurrentAttitude => "currentAttitude",
            Field::DesiredAttitude => "desiredAttitude",
            Field::Activity(Activity::AssessingBusinessTasks) => "assessingBusinessTasks",
            Field::Activity(Activity::WorkingOutStrategy) => "workingOutStrategy",
            Field::Activity(Activity::WorkingOutUsageRules) => "workingOutUsageRules",
            Field::Sponsor => "sponsor",
            Field::Engagement => "engagement",
        }
    }

    /// The field with this code.
    pub fn from_code(code: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.code() == code)
    }

    /// Its label: the one the stakeholder form and the export use.
    pub fn label(self) -> StakeholdersText {
        match self {
            Field::Name => StakeholdersText::Name,
            Field::Category => StakeholdersText::Category,
            Field::Team => StakeholdersText::TeamBadge,
            Field::Unit => StakeholdersText::Unit,
            Field::Organisation => StakeholdersText::Organisation,
            Field::Position => StakeholdersText::Position,
            Field::ExpectedResults => StakeholdersText::Expected,
            Field::Concerns => StakeholdersText::Concerns,
            Field::Power => StakeholdersText::Power,
            Field::Interest => StakeholdersText::Interest,
            Field::CurrentAttitude => StakeholdersText::CurrentAttitude,
            Field::DesiredAttitude => StakeholdersText::DesiredAttitude,
            Field::Activity(a) => StakeholdersText::activity(a),
            Field::Sponsor => StakeholdersText::Sponsor,
            Field::Engagement => StakeholdersText::Engagement,
        }
    }

    /// Extra names of the field besides its label, in any of the three languages (compared by
    /// key, so case, spaces and punctuation do not matter).
    fn names(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "Name",
                "Full name",
                "Name and surname",
                "Person",
                "Contact",
                "Stakeholder",
                "ФИО",
                "Имя",
                "Название",
                "Наименование",
                "Фамилия имя",
                "Фамилия и имя",
                "Фамилия имя отчество",
                "Имя фамилия",
                "Сотрудник",
                "Заинтересованная сторона",
                "Ism",
                "Ismi",
                "Nomi",
                "Nom",
                "FISh",
                "Ism familiya",
                "Familiya ism",
                "Familiyasi ismi",
                "Toʻliq ismi",
                "Xodim",
                "Manfaatdor tomon",
            ],
            Field::Category => &[
                "Category",
                "Type",
                "Group",
                "Stakeholder category",
                "Stakeholder type",
                "Категория",
                "Тип",
                "Группа",
                "Вид",
                "Toifa",
                "Toifasi",
                "Turi",
                "Guruh",
                "Kategoriya",
            ],
            Field::Team => &[
                "Project team",
                "Project team member",
                "Team member",
                "In the project team",
                "Команда проекта",
                "Участник команды проекта",
                "Член команды проекта",
                "В команде проекта",
                "Loyiha jamoasi",
                "Loyiha jamoasi aʼzosi",
                "Jamoa aʼzosi",
            ],
            Field::Unit => &[
                "Unit",
                "Department",
                "Division",
                "Business unit",
                "Team",
                "Подразделение",
                "Отдел",
                "Департамент",
                "Управление",
                "Служба",
                "Boʻlinma",
                "Boʻlinmasi",
                "Boʻlim",
                "Departament",
            ],
            Field::Organisation => &[
                "Organisation",
                "Organization",
                "Company",
                "External organisation",
                "Organisation name",
                "Organization name",
                "Company name",
                "Name of organisation",
                "Организация",
                "Компания",
                "Внешняя организация",
                "Название организации",
                "Наименование организации",
                "Tashkilot",
                "Tashkiloti",
                "Tashkilot nomi",
                "Kompaniya",
            ],
            Field::Position => &[
                "Position",
                "Role",
                "Job title",
                "Title",
                "Job",
                "Post",
                "Должность",
                "Роль",
                "Позиция",
                "Lavozim",
                "Lavozimi",
                "Rol",
                "Roli",
            ],
            Field::ExpectedResults => &[
                "Expected results",
                "Expected result",
                "Expectations",
                "Ожидания",
                "Ожидаемый результат",
                "Ожидаемые результаты",
                "Ожидания от CRM",
                "Kutilayotgan natija",
                "Kutilayotgan natijalar",
                "Kutilmalar",
                "Kutgan natijalari",
            ],
            Field::Concerns => &[
                "Concerns",
                "Concern",
                "Fears",
                "Worries",
                "Опасения",
                "Опасение",
                "Беспокойства",
                "Страхи",
                "Xavotir",
                "Xavotirlar",
                "Xavotirlari",
                "Tashvish",
                "Tashvishlar",
            ],
            Field::Power => &[
                "Power",
                "Influence",
                "Power score",
                "Влияние",
                "Сила влияния",
                "Степень влияния",
                "Власть",
                "Taʼsir",
                "Taʼsir kuchi",
                "Taʼsiri",
            ],
            Field::Interest => &[
                "Interest",
                "Interest score",
                "Интерес",
                "Заинтересованность",
                "Степень интереса",
                "Qiziqish",
                "Qiziqishi",
            ],
            Field::CurrentAttitude => &[
                "Attitude",
                "Current attitude",
                "Отношение",
                "Текущее отношение",
                "Munosabat",
                "Munosabati",
                "Hozirgi munosabat",
            ],
            Field::DesiredAttitude => &[
                "Desired attitude",
                "Target attitude",
                "Required attitude",
                "Желаемое отношение",
                "Целевое отношение",
                "Нужное отношение",
                "Istalgan munosabat",
                "Kerakli munosabat",
                "Maqsadli munosabat",
            ],
            Field::Activity(Activity::AssessingBusinessTasks) => &[
                "Business tasks",
                "Assessing business tasks",
                "Бизнес-задачи",
                "Оценка бизнес-задач",
                "Biznes-masalalar",
            ],
            Field::Activity(Activity::WorkingOutStrategy) => &[
                "Strategy",
                "Working out strategy",
                "Стратегия",
                "Разработка стратегии",
                "Strategiya",
            ],
            Field::Activity(Activity::WorkingOutUsageRules) => &[
                "Usage rules",
                "Rules",
                "Working out usage rules",
                "Правила",
                "Правила использования",
                "Qoidalar",
                "Foydalanish qoidalari",
            ],
            Field::Sponsor => &[
                "Sponsor",
                "Executive sponsor",
                "Project sponsor",
                "Спонсор",
                "Спонсор проекта",
                "Homiy",
                "Homiysi",
                "Loyiha homiysi",
            ],
            Field::Engagement => &[
                "Engagement",
                "Engagement approach",
                "Engagement strategy",
                "How to engage",
                "Вовлечение",
                "Подход к вовлечению",
                "Стратегия вовлечения",
                "Способ вовлечения",
                "Jalb etish",
                "Jalb etish usuli",
                "Jalb qilish usuli",
            ],
        }
    }
}

/// Names too general to trust inside a longer header: they map a column only when they are the
/// whole header (pass 1 of [`guess`]).
const WHOLE_ONLY: &[&str] = &[
    "Name",
    "Nomi",
    "Nom",
    "Person",
    "Contact",
    "Stakeholder",
    "Название",
    "Наименование",
    "Сотрудник",
    "Заинтересованная сторона",
    "Xodim",
    "Manfaatdor tomon",
    "Type",
    "Group",
    "Тип",
    "Группа",
    "Вид",
    "Turi",
    "Guruh",
    "Team",
    "Управление",
    "Служба",
    "Title",
    "Job",
    "Post",
    "Позиция",
    "Rol",
    "FISh",
    "Strategy",
    "Стратегия",
    "Strategiya",
    "Rules",
    "Правила",
    "Qoidalar",
];

/// Headers of the export's derived columns (quadrant, attitude gap, ID) besides their labels:
/// recognised, never imported.
const DERIVED: &[&str] = &[
    "ID",
    "Quadrant",
    "Квадрант",
    "Kvadrant",
    "Gap",
    "Разрыв",
    "Farq",
];

/// The marks that belong inside an Uzbek word, and what people type for them.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\u{2bb}' | '\u{2bc}' | '\'' | '\u{2018}' | '\u{2019}' | '`'
    )
}

/// A text's key: lower case letters and digits only, the Uzbek ʻ and ʼ (and stand-ins) and
/// everything else dropped, ё as е. `Taʼsir kuchi` and `ta'sir-kuchi` are both `tasirkuchi`.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() && !is_apostrophe(*c))
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// A text without what is in round or square brackets.
fn unbracketed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A header's key: the [`fold`] of it without brackets, or of all of it if only brackets hold
/// letters.
fn header_key(header: &str) -> String {
    match fold(&unbracketed(header)) {
        key if key.is_empty() => fold(header),
        key => key,
    }
}

/// A header's words, each folded, brackets left out; empty ones dropped.
fn header_words(header: &str) -> Vec<String> {
    unbracketed(header)
        .split(|c: char| !(c.is_alphanumeric() || is_apostrophe(c)))
        .map(fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// One name of a field, as keys.
struct Name {
    field: Field,
    /// The name's key.
    key: String,
    /// Whether it may match inside a longer header.
    inside: bool,
}

/// Every name of every field: its label in each language and its extra names.
fn names() -> Vec<Name> {
    let whole_only: Vec<String> = WHOLE_ONLY.iter().map(|n| header_key(n)).collect();
    let mut out = Vec::new();
    for field in Field::ALL {
        let labels = Lang::ALL.map(|lang| field.label().text(lang));
        for name in labels.iter().chain(field.names()) {
            let key = header_key(name);
            if key.is_empty() || out.iter().any(|n: &Name| n.key == key && n.field == field) {
                continue;
            }
            out.push(Name {
                field,
                inside: !whole_only.contains(&key),
                key,
            });
        }
    }
    out
}

/// The keys of the export's derived columns.
fn derived() -> Vec<String> {
    let labels = [
        StakeholdersText::FilterQuadrant,
        StakeholdersText::TabGap,
        StakeholdersText::GapColumn,
    ];
    let mut keys: Vec<String> = labels
        .iter()
        .flat_map(|l| Lang::ALL.map(|lang| l.text(lang)))
        .chain(Lang::ALL.map(|lang| OutputText::Id.text(lang)))
        .chain(DERIVED.iter().copied())
        .map(header_key)
        .collect();
    crate::order::sort(&mut keys);
    keys.dedup();
    keys
}

/// Which field, if any, a column of a sheet fills: one entry per column.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Mapping {
    /// The field of each column, `None` for a column that is not imported.
    pub columns: Vec<Option<Field>>,
}

/// Why a mapping cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MappingError {
    /// No column gives the name.
    NoName,
    /// Two columns fill the same field.
    Repeated(Field),
}

impl MappingError {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        use crate::intake::texts::IntakeText;
        match self {
            MappingError::NoName => IntakeText::ErrNoNameColumn.text(lang).to_owned(),
            MappingError::Repeated(field) => crate::i18n::fill(
                IntakeText::ErrRepeatedField.text(lang),
                &[field.label().text(lang)],
            ),
        }
    }
}

impl crate::i18n::ErrorText for MappingError {
    fn text(&self, lang: Lang) -> String {
        MappingError::text(self, lang)
    }
}

impl Mapping {
    /// `width` columns, none mapped.
    pub fn unmapped(width: usize) -> Mapping {
        Mapping {
            columns: vec![None; width],
        }
    }

    /// The field of a column (`None` past the end).
    pub fn field(&self, column: usize) -> Option<Field> {
        self.columns.get(column).copied().flatten()
    }

    /// The first column that fills `field`.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.columns.iter().position(|f| *f == Some(field))
    }

    /// Sets a column's field, as the user's select does: any other column that filled the
    /// same field is unmapped, so no field is filled twice. Grows the mapping if needed.
    pub fn set(&mut self, column: usize, field: Option<Field>) {
        if self.columns.len() <= column {
            self.columns.resize(column + 1, None);
        }
        if field.is_some() {
            for f in self.columns.iter_mut() {
                if *f == field {
                    *f = None;
                }
            }
        }
        if let Some(slot) = self.columns.get_mut(column) {
            *slot = field;
        }
    }

    /// Whether the mapping can be used: a column gives the name, and no field is filled by
    /// two columns.
    pub fn check(&self) -> Result<(), MappingError> {
        for field in Field::ALL {
            if self.columns.iter().filter(|f| **f == Some(field)).count() > 1 {
                return Err(MappingError::Repeated(field));
            }
        }
        match self.column_of(Field::Name) {
            Some(_) => Ok(()),
            None => Err(MappingError::NoName),
        }
    }
}

/// The field a header names by pass 1 of [`guess`] (its key is a name of the field), if any.
fn exact(header: &str, names: &[Name]) -> Option<Field> {
    let key = header_key(header);
    names.iter().find(|n| n.key == key).map(|n| n.field)
}

/// The field a header names by pass 2 of [`guess`]: the longest name whose key is the key of a
/// run of the header's words (`Ф.И.О. сотрудника` holds `ФИО`); `None` if none, or if two
/// fields tie.
fn inside(header: &str, names: &[Name]) -> Option<Field> {
    let words = header_words(header);
    let runs: Vec<String> = (0..words.len())
        .flat_map(|start| {
            words[start..].iter().scan(String::new(), |run, word| {
                run.push_str(word);
                Some(run.clone())
            })
        })
        .collect();
    let mut best: Option<(usize, Field)> = None;
    let mut tied = false;
    for name in names.iter().filter(|n| n.inside && runs.contains(&n.key)) {
        let len = name.key.chars().count();
        match best {
            Some((l, f)) if len < l || (len == l && f == name.field) => {}
            Some((l, _)) if len == l => tied = true,
            _ => {
                best = Some((len, name.field));
                tied = false;
            }
        }
    }
    if tied {
        None
    } else {
        best.map(|(_, f)| f)
    }
}

/// Gives `column` the field, unless an earlier column has it already.
fn take(mapping: &mut Mapping, column: usize, field: Option<Field>) {
    if let Some(field) = field {
        if mapping.column_of(field).is_none() {
            if let Some(slot) = mapping.columns.get_mut(column) {
                *slot = Some(field);
            }
        }
    }
}

/// The mapping guessed from a sheet's headers, by the rules in the module's notes.
pub fn guess(sheet: &Sheet) -> Mapping {
    guess_headers(&sheet.headers)
}

/// The mapping guessed from headers alone (see [`guess`]).
pub fn guess_headers<S: AsRef<str>>(headers: &[S]) -> Mapping {
    let names = names();
    let derived = derived();
    let mut mapping = Mapping::unmapped(headers.len());
    let is_derived = |h: &str| derived.contains(&header_key(h));
    for (column, header) in headers.iter().enumerate() {
        let header = header.as_ref();
        if !is_derived(header) {
            take(&mut mapping, column, exact(header, &names));
        }
    }
    for (column, header) in headers.iter().enumerate() {
        let header = header.as_ref();
        if mapping.field(column).is_none() && !is_derived(header) && exact(header, &names).is_none()
        {
            take(&mut mapping, column, inside(header, &names));
        }
    }
    mapping
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(header: &str) -> Option<Field> {
        guess_headers(&[header]).columns[0]
    }

    #[test]
    fn codes_are_unique_and_read_back() {
        for f in Field::ALL {
            assert_eq!(Field::from_code(f.code()), Some(f));
        }
        assert_eq!(Field::from_code("quadrant"), None);
    }

    #[test]
    fn the_app_s_own_labels_name_their_fields_in_every_language() {
        for lang in Lang::ALL {
            let headers: Vec<&str> = Field::ALL.iter().map(|f| f.label().text(lang)).collect();
            let mapping = guess_headers(&headers);
            let expected: Vec<Option<Field>> = Field::ALL.iter().copied().map(Some).collect();
            assert_eq!(mapping.columns, expected, "{lang:?}");
        }
    }

    #[test]
    fn short_forms_in_each_language() {
        let cases: &[(&str, Field)] = &[
            ("ФИО", Field::Name),
            ("Ф.И.О.", Field::Name),
            ("Имя", Field::Name),
            ("name", Field::Name),
            ("  NAME: ", Field::Name),
            ("Ism", Field::Name),
            ("F.I.Sh.", Field::Name),
            ("Должность", Field::Position),
            ("Lavozim", Field::Position),
            ("Role", Field::Position),
            ("Категория", Field::Category),
            ("Toifa", Field::Category),
            ("Тип", Field::Category),
            ("Отдел", Field::Unit),
            ("Bo'linma", Field::Unit),
            ("Boʻlinma", Field::Unit),
            ("Организация", Field::Organisation),
            ("Company", Field::Organisation),
            ("Влияние", Field::Power),
            ("Влияние (1–5)", Field::Power),
            ("Ta'sir kuchi", Field::Power),
            ("Influence", Field::Power),
            ("Интерес", Field::Interest),
            ("Отношение", Field::CurrentAttitude),
            ("Желаемое отношение", Field::DesiredAttitude),
            ("Спонсор", Field::Sponsor),
            ("Homiy", Field::Sponsor),
            ("Ожидания", Field::ExpectedResults),
            ("Опасения", Field::Concerns),
            ("Вовлечение", Field::Engagement),
            ("Стратегия", Field::Activity(Activity::WorkingOutStrategy)),
            // Pass 2: a name inside a longer header.
            ("Должность сотрудника", Field::Position),
            ("Текущее отношение к проекту", Field::CurrentAttitude),
            ("Желаемое отношение к CRM", Field::DesiredAttitude),
            ("Имя сотрудника", Field::Name),
            ("Ф.И.О. сотрудника", Field::Name),
            ("Stakeholder category", Field::Category),
            ("Engagement strategy for 2027", Field::Engagement),
            ("Name of the organisation", Field::Organisation),
        ];
        for (header, field) in cases {
            assert_eq!(one(header), Some(*field), "{header}");
        }
        for unknown in [
            "Phone",
            "Телефон",
            "Email",
            "",
            "Notes",
            "Комментарий",
            "Quadrant",
            "Квадрант",
            "Munosabat farqi",
            "Разрыв в отношении",
            "ID",
            "Идентификатор",
            "Type of fish",
        ] {
            assert_eq!(one(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn a_field_goes_to_one_column_whole_names_first() {
        let mapping = guess_headers(&["Имя сотрудника", "ФИО", "Имя", "Телефон"]);
        assert_eq!(mapping.columns, [None, Some(Field::Name), None, None]);
    }

    #[test]
    fn setting_a_field_moves_it_and_check_wants_a_name() {
        let mut m = guess_headers(&["Name", "Power", "Notes"]);
        assert_eq!(m.check(), Ok(()));
        m.set(2, Some(Field::Name));
        assert_eq!(m.columns, [None, Some(Field::Power), Some(Field::Name)]);
        m.set(5, Some(Field::Concerns));
        assert_eq!(m.columns.len(), 6);
        m.set(2, None);
        assert_eq!(m.check(), Err(MappingError::NoName));
        let twice = Mapping {
            columns: vec![Some(Field::Name), Some(Field::Power), Some(Field::Power)],
        };
        assert_eq!(twice.check(), Err(MappingError::Repeated(Field::Power)));
        assert_eq!(
            MappingError::Repeated(Field::Power).text(Lang::Ru),
            "Поле «Влияние (1-5)» выбрано для нескольких столбцов."
        );
    }

    #[test]
    fn no_name_belongs_to_two_fields() {
        let names = names();
        for a in &names {
            for b in &names {
                assert!(
                    a.key != b.key || a.field == b.field,
                    "{} is {:?} and {:?}",
                    a.key,
                    a.field,
                    b.field
                );
            }
            assert!(!derived().contains(&a.key), "{} is derived", a.key);
        }
    }

    #[test]
    fn keys_ignore_case_space_punctuation_and_apostrophes() {
        assert_eq!(fold("Taʼsir kuchi"), "tasirkuchi");
        assert_eq!(fold("ta'sir-kuchi"), "tasirkuchi");
        assert_eq!(fold("Yoʻq"), "yoq");
        assert_eq!(fold("Партнёры"), "партнеры");
        assert_eq!(header_key("Power (1-5)"), "power");
        assert_eq!(header_key("(1-5)"), "15");
    }
}
