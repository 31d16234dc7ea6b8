//! Stakeholders from a spreadsheet: a Russian Excel file (Windows-1251, semicolons) mapped,
//! previewed with its refused rows named, imported as one undo step.

use crm_e2e::pages::{DataPage, Shell};
use crm_e2e::{Browser, Options, TempDir};

/// `text` in Windows-1251, as Russian Excel saves "CSV (разделители — точка с запятой)".
fn windows_1251(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'А'..='я' => (c as u32 - 'А' as u32 + 0xC0) as u8,
            'Ё' => 0xA8,
            'ё' => 0xB8,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in this test's Windows-1251"),
        })
        .collect()
}

#[tokio::test]
async fn a_russian_excel_file_of_200_stakeholders_imports_with_its_refused_rows_named() {
    let b = Browser::with(Options {
        lang: "ru-RU",
        ..Options::default()
    })
    .await;
    let mut csv = String::from("ФИО;Категория;Влияние;Интерес;Должность\r\n");
    for i in 1..=195 {
        let category = if i % 2 == 0 {
            "Руководство"
        } else {
            "Клиенты"
        };
        csv.push_str(&format!(
            "Сотрудник номер {i};{category};{};{};Менеджер\r\n",
            i % 5 + 1,
            (i + 2) % 5 + 1
        ));
    }
    for bad in [
        ";Руководство;3;3;Без имени",
        "Сотрудник с влиянием семь;Руководство;7;3;Менеджер",
        "Марсианин;Марсиане;3;3;Гость",
        "Сотрудник с интересом много;Клиенты;3;много;Менеджер",
        "Сотрудник с нулём;Клиенты;0;3;Менеджер",
    ] {
        csv.push_str(bad);
        csv.push_str("\r\n");
    }
    let dir = TempDir::new("crm-e2e-intake");
    let file = dir.0.join("сотрудники.csv");
    std::fs::write(&file, windows_1251(&csv)).expect("write the file");

    b.open("#/stakeholders").await;
    let input = b.wait_for("#intake-input").await;
    input
        .send_keys(&file.display().to_string())
        .await
        .expect("choose the file");
    b.wait_for("#intake-title").await;
    // The Russian headers are mapped without help, the Cyrillic read right.
    assert_eq!(b.value("#intake-map-0").await, "name");
    assert_eq!(b.value("#intake-map-2").await, "power");
    b.wait_text("#intake-add h3", "(195)").await;
    let refused = b.texts("#intake-refused li").await;
    assert_eq!(refused.len(), 5, "{refused:?}");
    assert!(
        refused[0].starts_with("Строка 197") && refused[0].contains("нет имени"),
        "{refused:?}"
    );
    assert!(refused[1].contains("7"), "{refused:?}");
    assert!(refused[2].contains("Марсиане"), "{refused:?}");
    assert!(refused[3].contains("много"), "{refused:?}");

    b.click("#intake-confirm").await;
    b.wait_gone("#intake-title").await;
    let notice = Shell(&b).notice().await;
    assert!(notice.contains("Добавлено: 195"), "{notice}");
    b.wait_text("#register-count", "из 195").await;
    // The whole import is one undo step.
    DataPage(&b).undo().await;
    b.wait_for("#stakeholders-empty").await;
    DataPage(&b).redo().await;
    b.wait_text("#register-count", "из 195").await;
    Shell(&b).wait_saved().await;
    b.reload().await;
    b.wait_text("#register-count", "из 195").await;
    b.finish().await;
}
