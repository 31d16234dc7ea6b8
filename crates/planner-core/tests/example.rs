//! The worked example that ships with the app opens, and every step is complete on it, in each
//! of its three languages; the three files hold the same plan and differ only in human text.

use chrono::NaiveDate;
use planner_core::checks::{run_step, step_status, Context, Severity};
use planner_core::example;
use planner_core::file::format;
use planner_core::i18n::Lang;
use planner_core::references;
use planner_core::stakeholders::{Category, Quadrant};
use planner_core::steps::{StepId, StepStatus};
use planner_core::Plan;
use serde_json::Value;

/// The example files, English first.
const EXAMPLES: [(Lang, &str); 3] = [
    (
        Lang::En,
        include_str!("../../../examples/tashkent-bank.crmplan.json"),
    ),
    (
        Lang::Uz,
        include_str!("../../../examples/tashkent-bank.uz.crmplan.json"),
    ),
    (
        Lang::Ru,
        include_str!("../../../examples/tashkent-bank.ru.crmplan.json"),
    ),
];

/// Latin-script words a Russian text may hold: abbreviations and product names.
const LATIN_IN_RUSSIAN: [&str; 4] = ["CRM", "KPI", "Uzcard", "Humo"];

/// Texts that may read the same as in English: people's names (Uzbek Latin) and units.
const SAME_AS_ENGLISH: [&str; 7] = [
    "Akmal Rashidov",
    "Dilnoza Karimova",
    "Sardor Aliyev",
    "Gulnora Tosheva",
    "Nodira Xasanova",
    "Bobur Yusupov",
    "%",
];

fn cx(lang: Lang) -> Context {
    Context {
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default(),
        lang,
    }
}

fn import(lang: Lang, text: &str) -> Plan {
    format::import(text).unwrap_or_else(|e| panic!("the {lang:?} example imports: {e:?}"))
}

#[test]
fn the_example_imports_and_every_step_is_complete() {
    for (file_lang, text) in EXAMPLES {
        let plan = import(file_lang, text);
        for lang in Lang::ALL {
            for step in StepId::ALL {
                let blocking: Vec<_> = run_step(step, &plan, &cx(lang))
                    .into_iter()
                    .filter(|f| f.severity == Severity::Blocking)
                    .collect();
                assert!(blocking.is_empty(), "{file_lang:?} {step:?}: {blocking:?}");
                assert_eq!(
                    step_status(step, &plan, &cx(lang)),
                    StepStatus::Complete,
                    "{file_lang:?} {step:?}"
                );
            }
        }
    }
}

#[test]
fn the_example_is_realistic() {
    for (lang, text) in EXAMPLES {
        let plan = import(lang, text);
        assert!(plan.stakeholders.len() >= 12);
        for category in Category::ALL {
            assert!(
                plan.stakeholders.iter().any(|s| s.category == category),
                "{lang:?}: no {category:?}"
            );
        }
        for quadrant in Quadrant::ALL {
            assert!(
                plan.stakeholders
                    .iter()
                    .any(|s| s.quadrant() == Some(quadrant)),
                "{lang:?}: nobody in {quadrant:?}"
            );
        }
        let s = &plan.strategy;
        assert!(s.goals.len() >= 3);
        assert!(!s.processes.is_empty() && !s.people.is_empty() && !s.software.is_empty());
        assert!(!s.benefits.is_empty() && s.kpis.len() >= s.goals.len());
        // KPI owners are referenced stakeholders: the example exercises "where used".
        let owner = s.kpis[0].owner.expect("an owner");
        assert!(!references::stakeholder_uses(&plan, &owner).is_empty());
    }
}

#[test]
fn the_example_is_byte_stable() {
    for (lang, text) in EXAMPLES {
        let plan = import(lang, text);
        assert!(
            format::export(&plan, "0.1.0", "2026-11-27T00:00:00Z") == text,
            "{lang:?}: re-run `cargo run -p planner-core --example tashkent_bank`"
        );
    }
}

#[test]
fn the_examples_plans_raise_no_warnings() {
    // A worked example should show a clean plan: steps 3 and 4 carry no warnings either.
    for (file_lang, text) in EXAMPLES {
        let plan = import(file_lang, text);
        for lang in Lang::ALL {
            for step in [StepId::Goals, StepId::Plans] {
                let findings = run_step(step, &plan, &cx(lang));
                assert!(findings.is_empty(), "{file_lang:?} {step:?}: {findings:#?}");
            }
        }
    }
}

#[test]
fn the_app_picks_these_files_by_language() {
    for (lang, text) in EXAMPLES {
        assert!(example::json(lang) == text, "{lang:?}");
        let file = format!("examples/{}", example::file_name(lang));
        let included = match lang {
            Lang::En => "examples/tashkent-bank.crmplan.json",
            Lang::Uz => "examples/tashkent-bank.uz.crmplan.json",
            Lang::Ru => "examples/tashkent-bank.ru.crmplan.json",
        };
        assert_eq!(file, included);
    }
}

/// Whether the string at `path` (with `key` its last key) is human text rather than an id, a
/// reference, an enum, a date or a header field.
fn is_text(path: &str, key: &str) -> bool {
    const TEXT_KEYS: [&str; 14] = [
        "name",
        "description",
        "vision",
        "industry",
        "organisation",
        "position",
        "expectedResults",
        "concerns",
        "engagement",
        "reason",
        "resistanceCauses",
        "mitigation",
        "title",
        "deliverable",
    ];
    // A KPI's unit is text; a stakeholder's unit is a reference to a unit of the profile.
    TEXT_KEYS.contains(&key) || (key == "unit" && path.starts_with("/plan/strategy/kpis/"))
}

/// `value` with every human text replaced by a marker ("" stays ""), and the texts by path.
fn skeleton(value: &Value, path: &str, key: &str, texts: &mut Vec<(String, String)>) -> Value {
    match value {
        Value::String(s) if is_text(path, key) => {
            texts.push((path.to_string(), s.clone()));
            Value::String(if s.is_empty() { "" } else { "<text>" }.into())
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| skeleton(v, &format!("{path}/{i}"), key, texts))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), skeleton(v, &format!("{path}/{k}"), k, texts)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The skeleton and the texts of an example file.
fn parts(lang: Lang, text: &str) -> (Value, Vec<(String, String)>) {
    let value: Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("the {lang:?} example is JSON: {e}"));
    let mut texts = Vec::new();
    let skeleton = skeleton(&value, "", "", &mut texts);
    (skeleton, texts)
}

/// The first path where two values differ, for a readable failure.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}/{i}"))),
        (Value::Object(x), Value::Object(y)) if x.keys().eq(y.keys()) => x
            .iter()
            .find_map(|(k, v)| first_difference(v, &y[k], &format!("{path}/{k}"))),
        _ => (a != b).then(|| format!("{path}: {a} ≠ {b}")),
    }
}

#[test]
fn the_three_languages_hold_the_same_plan() {
    let all: Vec<_> = EXAMPLES
        .iter()
        .map(|(lang, text)| (*lang, parts(*lang, text)))
        .collect();
    for (i, (a, (skeleton_a, texts_a))) in all.iter().enumerate() {
        for (b, (skeleton_b, texts_b)) in all.iter().skip(i + 1) {
            // Same records in the same order with the same ids, references, numbers, dates,
            // scores and enums; a text that is blank in one is blank in the others.
            assert!(
                skeleton_a == skeleton_b,
                "{a:?} and {b:?} differ at {}",
                first_difference(skeleton_a, skeleton_b, "").unwrap_or_default()
            );
            let paths_a: Vec<_> = texts_a.iter().map(|(p, _)| p).collect();
            let paths_b: Vec<_> = texts_b.iter().map(|(p, _)| p).collect();
            assert_eq!(paths_a, paths_b, "{a:?} and {b:?}");
        }
    }
    // The comparison saw the plan's texts, and the plans themselves agree once imported.
    let (_, (_, english)) = &all[0];
    assert!(english.len() > 200, "{} texts", english.len());
    assert!(english.iter().any(|(p, _)| p.ends_with("/unit")));
    let plans: Vec<Plan> = EXAMPLES.iter().map(|(l, t)| import(*l, t)).collect();
    for plan in &plans[1..] {
        assert_eq!(plan.next_id, plans[0].next_id);
        assert_eq!(plan.stakeholders.len(), plans[0].stakeholders.len());
        assert_eq!(plan.plans.len(), plans[0].plans.len());
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

fn is_latin(c: char) -> bool {
    c.is_alphabetic() && (c as u32) < 0x250
}

/// The words of a text: runs of letters (Uzbek ʻ and ʼ belong to the word).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == 'ʻ' || c == 'ʼ'))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

#[test]
fn translations_are_in_their_own_language_and_script() {
    let (_, english) = parts(Lang::En, EXAMPLES[0].1);
    for (lang, text) in &EXAMPLES[1..] {
        let (_, texts) = parts(*lang, text);
        for ((path, en), (_, s)) in english.iter().zip(&texts) {
            let at = format!("{lang:?} {path}: {s:?}");
            assert_eq!(en.is_empty(), s.is_empty(), "{at}");
            assert!(s.trim() == s, "{at}: spaces around the text");
            assert!(
                s.is_empty() || s != en || SAME_AS_ENGLISH.contains(&s.as_str()),
                "{at}: not translated"
            );
            for bad in ['\'', '`', '‘', '’', '"'] {
                assert!(!s.contains(bad), "{at}: {bad:?}");
            }
            for word in words(s) {
                let latin = word.chars().any(is_latin);
                let cyrillic = word.chars().any(is_cyrillic);
                assert!(!(latin && cyrillic), "{at}: mixed scripts in {word:?}");
                match lang {
                    Lang::Uz => assert!(!cyrillic, "{at}: Cyrillic in Uzbek {word:?}"),
                    _ => assert!(
                        !latin || LATIN_IN_RUSSIAN.contains(&word),
                        "{at}: Latin word {word:?} in Russian"
                    ),
                }
            }
            if *lang == Lang::Uz {
                // oʻ and gʻ take U+02BB; the tutuq belgisi (maʼlumot) takes U+02BC.
                let chars: Vec<char> = s.chars().collect();
                for (i, c) in chars.iter().enumerate() {
                    let before = i.checked_sub(1).map(|j| chars[j]);
                    let after_o_or_g = matches!(before, Some('o' | 'g' | 'O' | 'G'));
                    if *c == 'ʻ' {
                        assert!(after_o_or_g, "{at}: ʻ (U+02BB) not after o or g");
                    }
                    if *c == 'ʼ' {
                        let mo = i >= 2 && matches!(chars[i - 2], 'm' | 'M') && before == Some('o');
                        assert!(!after_o_or_g || mo, "{at}: ʼ (U+02BC) after o or g");
                    }
                }
            }
        }
    }
}

#[test]
fn the_uzbek_and_russian_examples_read_as_such() {
    // Spot checks: the glossary's terms and the script of each file.
    let uz = EXAMPLES[1].1;
    let ru = EXAMPLES[2].1;
    for term in ["maʼlumot", "masʼul", "oʻ", "gʻ", "CRMdan", "Akmal Rashidov"] {
        assert!(uz.contains(term), "uz: {term}");
    }
    for term in ["Акмал Рашидов", "«Чорсу»", "ё", "АБС"] {
        assert!(ru.contains(term), "ru: {term}");
    }
    assert!(!uz.chars().any(is_cyrillic));
}
