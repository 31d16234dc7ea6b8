//! Stakeholders from a Russian spreadsheet saved by Excel as plain "CSV": Windows-1251, `;`
//! between cells. 200 rows, 5 of them wrong in different ways: the encoding is recognised, the
//! file read, the columns found from their Russian headers, 195 rows ready to add and the 5
//! refused with their row, line and reasons.

use planner_core::i18n::Lang;
use planner_core::intake::{
    self, apply, decode_choice, guess, preview, read, Encoding, Field, Reason, RowOutcome,
};
use planner_core::profile::FunctionalLevel;
use planner_core::stakeholders::{Activity, Attitude, Category};
use planner_core::{Id, Plan};

/// A character as Windows-1251 writes it: ASCII as is, А-я at 0xC0-0xFF, Ё and ё at 0xA8 and
/// 0xB8, and the few marks the file uses.
fn cp1251_byte(c: char) -> u8 {
    match c {
        _ if c.is_ascii() => c as u8,
        'А'..='я' => (c as u32 - 'А' as u32 + 0xC0) as u8,
        'Ё' => 0xA8,
        'ё' => 0xB8,
        '«' => 0xAB,
        '»' => 0xBB,
        '—' => 0x97,
        other => panic!("{other:?} is not in this test's Windows-1251 table"),
    }
}

/// The test's own way back: the inverse of [`cp1251_byte`].
fn cp1251_char(b: u8) -> char {
    match b {
        0x00..=0x7F => char::from(b),
        0xC0..=0xFF => char::from_u32(u32::from(b) - 0xC0 + 'А' as u32).unwrap_or('\u{fffd}'),
        0xA8 => 'Ё',
        0xB8 => 'ё',
        0xAB => '«',
        0xBB => '»',
        0x97 => '—',
        other => panic!("byte {other:#x} is not in this test's table"),
    }
}

const CATEGORIES: [&str; 7] = [
    "Пользователи",
    "руководство",
    "Клиенты",
    "ИТ",
    "Партнёры",
    "поставщики",
    "Другие",
];
const ATTITUDES: [&str; 5] = [
    "Поддержка",
    "нейтральный",
    "Сопротивление",
    "Лидерство",
    "Неосведомлённость",
];
const UNITS: [&str; 3] = ["Отдел продаж", "Контакт-центр", "ИТ-департамент"];

/// The data rows (0-based) that are wrong, and how.
const NO_NAME: usize = 17;
const POWER_7: usize = 42;
const UNKNOWN_CATEGORY: usize = 88;
const UNKNOWN_UNIT: usize = 130;
const NOT_YES_NO: usize = 177;
/// A row whose concerns hold a line break: the rows after it start one text line lower.
const TWO_LINES: usize = 5;

fn csv() -> String {
    let mut text = String::from(
        "ФИО;Категория;Подразделение;Должность;Влияние (1-5);Интерес;Текущее отношение;\
         Желаемое отношение;Спонсор проекта;Оценка бизнес-задач;Опасения;Телефон\r\n",
    );
    for i in 0..200 {
        let name = if i == NO_NAME {
            String::new()
        } else {
            format!("Сотрудник Ёлкин {i}")
        };
        let category = if i == UNKNOWN_CATEGORY {
            "Инвесторы"
        } else {
            CATEGORIES[i % CATEGORIES.len()]
        };
        let unit = if i == UNKNOWN_UNIT {
            "Бухгалтерия"
        } else if i % 4 == 3 {
            ""
        } else {
            UNITS[i % UNITS.len()]
        };
        let power = if i == POWER_7 {
            "7".to_owned()
        } else if i % 2 == 0 {
            format!("{}", 1 + i % 5)
        } else {
            format!("{},0", 1 + i % 5)
        };
        let sponsor = if i == 0 { "да" } else { "нет" };
        let tasks = if i == NOT_YES_NO {
            "может быть"
        } else if i % 3 == 0 {
            "да"
        } else {
            ""
        };
        let concerns = match i {
            TWO_LINES => "\"Сроки;\r\nбюджет\"".to_owned(),
            _ if i % 10 == 1 => "\"Говорит: \"\"нужно обучение\"\" — «срочно»\"".to_owned(),
            _ => String::new(),
        };
        text.push_str(&format!(
            "{name};{category};{unit};Менеджер;{power};{};{};{};{sponsor};{tasks};{concerns};+998 90 000 00 00\r\n",
            5 - i % 5,
            ATTITUDES[i % ATTITUDES.len()],
            ATTITUDES[(i + 1) % ATTITUDES.len()],
        ));
    }
    text
}

fn plan() -> Plan {
    let mut plan = Plan::new();
    for unit in UNITS {
        plan.add_unit(unit.into(), FunctionalLevel::Operational, true);
    }
    plan
}

#[test]
fn a_windows_1251_register_from_russian_excel_imports() {
    let original = csv();
    let bytes: Vec<u8> = original.chars().map(cp1251_byte).collect();
    assert_eq!(decode_choice(&bytes), Encoding::Windows1251);
    assert_eq!(decode_choice(&bytes).label(), "windows-1251");
    let text: String = bytes.iter().map(|b| cp1251_char(*b)).collect();
    assert_eq!(text, original);
    // The crate's own decoder agrees with the test's table.
    assert_eq!(intake::decode(&bytes), original);

    let sheet = read(&text).expect("the file reads");
    assert_eq!(sheet.separator, ';');
    assert_eq!(sheet.rows.len(), 200);
    let mapping = guess(&sheet);
    let expected = [
        Some(Field::Name),
        Some(Field::Category),
        Some(Field::Unit),
        Some(Field::Position),
        Some(Field::Power),
        Some(Field::Interest),
        Some(Field::CurrentAttitude),
        Some(Field::DesiredAttitude),
        Some(Field::Sponsor),
        Some(Field::Activity(Activity::AssessingBusinessTasks)),
        Some(Field::Concerns),
        None,
    ];
    assert_eq!(mapping.columns, expected);

    let mut plan = plan();
    let p = preview(&plan, &sheet, &mapping).expect("a usable mapping");
    assert_eq!((p.adds(), p.duplicates(), p.refused()), (195, 0, 5));

    // Row numbers are the spreadsheet's (header row 1); text lines are one more after the
    // cell with a line break.
    let line = |i: usize| if i > TWO_LINES { i + 3 } else { i + 2 };
    let refused: Vec<(usize, usize, Vec<Reason>)> = p
        .rows
        .iter()
        .filter_map(|r| match r {
            RowOutcome::Refused { row, line, reasons } => Some((*row, *line, reasons.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        refused,
        [
            (NO_NAME + 2, line(NO_NAME), vec![Reason::NoName]),
            (
                POWER_7 + 2,
                line(POWER_7),
                vec![Reason::Score {
                    field: Field::Power,
                    value: "7".into()
                }]
            ),
            (
                UNKNOWN_CATEGORY + 2,
                line(UNKNOWN_CATEGORY),
                vec![Reason::UnknownCategory("Инвесторы".into())]
            ),
            (
                UNKNOWN_UNIT + 2,
                line(UNKNOWN_UNIT),
                vec![Reason::UnknownUnit("Бухгалтерия".into())]
            ),
            (
                NOT_YES_NO + 2,
                line(NOT_YES_NO),
                vec![Reason::NotYesNo {
                    field: Field::Activity(Activity::AssessingBusinessTasks),
                    value: "может быть".into()
                }]
            ),
        ]
    );
    let messages: Vec<String> = p.rows.iter().filter_map(|r| r.refusal(Lang::Ru)).collect();
    assert_eq!(
        messages,
        [
            "Строка 19: нет имени",
            "Строка 44: влияние должно быть целым числом от 1 до 5, а указано «7»",
            "Строка 90: неизвестная категория «Инвесторы»",
            "Строка 132: в профиле нет подразделения «Бухгалтерия»",
            "Строка 179: в столбце «Оценка бизнес-задач» должно быть «да» или «нет», а указано «может быть»",
        ]
    );

    // The good rows are read as written.
    let drafts: Vec<_> = p
        .rows
        .iter()
        .filter_map(|r| match r {
            RowOutcome::Add { draft, .. } => Some(draft),
            _ => None,
        })
        .collect();
    assert_eq!(drafts[0].name, "Сотрудник Ёлкин 0");
    assert_eq!(drafts[0].sponsor, Some(true));
    assert_eq!(drafts[0].activities[0], Some(true));
    assert_eq!(drafts[1].power, Some(2), "2,0 is 2");
    assert_eq!(drafts[1].activities[0], None, "a blank cell says nothing");
    assert_eq!(drafts[1].category, Some(Category::Management));
    assert_eq!(drafts[1].current_attitude, Some(Attitude::Neutral));
    assert_eq!(
        drafts[1].concerns.as_deref(),
        Some("Говорит: \"нужно обучение\" — «срочно»")
    );
    assert_eq!(drafts[3].category, Some(Category::It));
    assert_eq!(drafts[3].unit, None);
    assert_eq!(drafts[4].category, Some(Category::Partners));
    assert_eq!(drafts[5].concerns.as_deref(), Some("Сроки;\nбюджет"));

    let done = apply(&mut plan, &p, &p.default_choices());
    assert_eq!(
        (done.added, done.updated, done.skipped, done.refused),
        (195, 0, 0, 5)
    );
    assert_eq!(plan.stakeholders.len(), 195);
    let ids: std::collections::HashSet<&str> = plan.ids().map(Id::as_str).collect();
    assert_eq!(
        ids.len(),
        198,
        "3 units and 195 stakeholders, every id its own"
    );

    // Imported again, every good row is a duplicate and the bad ones are still refused.
    let again = preview(&plan, &sheet, &mapping).expect("usable");
    assert_eq!(
        (again.adds(), again.duplicates(), again.refused()),
        (0, 195, 5)
    );
}
