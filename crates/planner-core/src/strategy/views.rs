//! Derived views of step 2, computed from the plan so that the screens only draw them: the
//! alignment matrix (the text's four-way interrelation), the goal → KPI → benefit
//! traceability and each KPI as a sentence.

use crate::dates::long_date;
use crate::i18n::{fill, Lang, StrategyText, Text};
use crate::ids::Id;
use crate::inputs::format_number;
use crate::plan::Plan;
use crate::strategy::{Direction, InteractionArea, Kpi};

/// One cell of the alignment matrix: a link and the names of its people and software.
#[derive(Clone, Debug, PartialEq)]
pub struct AlignmentCell {
    /// The link.
    pub link: Id,
    /// People groups involved.
    pub people: Vec<String>,
    /// Software involved.
    pub software: Vec<String>,
}

/// Goals × processes, each cell the link between them if there is one.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AlignmentMatrix {
    /// Rows: (id, name) of each goal.
    pub goals: Vec<(Id, String)>,
    /// Columns: (id, name, area) of each process; no area while it is not chosen.
    pub processes: Vec<(Id, String, Option<InteractionArea>)>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<Option<AlignmentCell>>>,
}

/// The goals × processes alignment matrix with the people and software of each link.
pub fn alignment(plan: &Plan) -> AlignmentMatrix {
    let s = &plan.strategy;
    let name_in = |ids: &[Id], list: &dyn Fn(&Id) -> Option<String>| -> Vec<String> {
        ids.iter().filter_map(list).collect()
    };
    let person = |id: &Id| {
        s.people
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
    };
    let software = |id: &Id| {
        s.software
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
    };
    let cells = s
        .goals
        .iter()
        .map(|g| {
            s.processes
                .iter()
                .map(|p| {
                    let mut links = s
                        .links
                        .iter()
                        .filter(|l| l.goal == g.id && l.process == p.id);
                    let first = links.next()?;
                    // Several links between one goal and one process show as one cell.
                    let mut people = name_in(&first.people, &person);
                    let mut soft = name_in(&first.software, &software);
                    for more in links {
                        for n in name_in(&more.people, &person) {
                            if !people.contains(&n) {
                                people.push(n);
                            }
                        }
                        for n in name_in(&more.software, &software) {
                            if !soft.contains(&n) {
                                soft.push(n);
                            }
                        }
                    }
                    Some(AlignmentCell {
                        link: first.id,
                        people,
                        software: soft,
                    })
                })
                .collect()
        })
        .collect();
    AlignmentMatrix {
        goals: s.goals.iter().map(|g| (g.id, g.name.clone())).collect(),
        processes: s
            .processes
            .iter()
            .map(|p| (p.id, p.name.clone(), p.area))
            .collect(),
        cells,
    }
}

/// One goal's chain: the KPIs that measure it and the benefits that come from it.
#[derive(Clone, Debug, PartialEq)]
pub struct Trace {
    /// The goal (id, name).
    pub goal: (Id, String),
    /// Its KPIs (id, name).
    pub kpis: Vec<(Id, String)>,
    /// Its benefits (id, name, tangible).
    pub benefits: Vec<(Id, String, bool)>,
}

/// Goal → KPIs → benefits, for every goal.
pub fn traceability(plan: &Plan) -> Vec<Trace> {
    let s = &plan.strategy;
    s.goals
        .iter()
        .map(|g| Trace {
            goal: (g.id, g.name.clone()),
            kpis: s.kpis_of(&g.id).map(|k| (k.id, k.name.clone())).collect(),
            benefits: s
                .benefits_of(&g.id)
                .map(|b| (b.id, b.name.clone(), b.tangible))
                .collect(),
        })
        .collect()
}

/// A value with its unit, as the KPI sentence writes it: `12.5%` and `2 products` in English,
/// `12,5 %` and `2 dona` in Russian and Uzbek, which put a space before `%` too (the Russian
/// typographic norm, GOST 8.417). The space is a no-break space (U+00A0), so a line never
/// breaks between a number and its unit.
pub fn with_unit(value: f64, unit: &str, lang: Lang) -> String {
    let number = format_number(value, lang);
    match unit.trim() {
        "" => number,
        "%" if lang == Lang::En => format!("{number}%"),
        unit => format!("{number}\u{a0}{unit}"),
    }
}

/// A KPI in a line: its sentence (or its name while the sentence is incomplete), then its owner:
/// "Improve … by 31 December 2027 (Owner: Dilnoza Karimova)". The Markdown summary and the
/// report write KPIs so.
pub fn kpi_line(kpi: &Kpi, plan: &Plan, lang: Lang) -> String {
    let what = kpi_sentence(kpi, lang).unwrap_or_else(|| kpi.name.trim().to_owned());
    let owner = kpi
        .owner
        .as_ref()
        .and_then(|id| plan.stakeholder_name(id))
        .map(str::trim)
        .filter(|name| !name.is_empty());
    let owner = match owner {
        Some(name) => fill(StrategyText::SummaryOwner.text(lang), &[name]),
        None => StrategyText::SummaryNoOwner.text(lang).to_owned(),
    };
    format!("{what} ({owner})")
}

/// The KPI as the text's sentence, "Improve X from A to B by date" ("Reduce ..." for a KPI that
/// should decrease), once its baseline, target and date are known.
pub fn kpi_sentence(kpi: &Kpi, lang: Lang) -> Option<String> {
    let (baseline, target, date) = (kpi.baseline?, kpi.target?, kpi.target_date?);
    let key = match kpi.direction {
        Direction::Increase => StrategyText::SentenceIncrease,
        Direction::Decrease => StrategyText::SentenceDecrease,
    };
    Some(fill(
        key.text(lang),
        &[
            kpi.name.trim(),
            &with_unit(baseline, &kpi.unit, lang),
            &with_unit(target, &kpi.unit, lang),
            &long_date(date, lang),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategy::{BusinessGoal, BusinessProcess, Link, PeopleGroup};
    use chrono::NaiveDate;

    #[test]
    fn the_matrix_shows_people_and_software_of_each_link() {
        let mut plan = Plan::new();
        let s = &mut plan.strategy;
        s.goals.push(BusinessGoal {
            id: Id::from("g1"),
            name: "Retention".into(),
            ..Default::default()
        });
        s.processes.push(BusinessProcess {
            id: Id::from("p1"),
            name: "Complaints".into(),
            ..Default::default()
        });
        s.processes.push(BusinessProcess {
            id: Id::from("p2"),
            name: "Leads".into(),
            area: Some(InteractionArea::Sales),
            ..Default::default()
        });
        s.people.push(PeopleGroup {
            id: Id::from("pg1"),
            name: "Call centre".into(),
            ..Default::default()
        });
        s.links.push(Link {
            id: Id::from("l1"),
            goal: Id::from("g1"),
            process: Id::from("p1"),
            people: vec![Id::from("pg1"), Id::from("ghost")],
            software: vec![],
        });
        let m = alignment(&plan);
        assert_eq!(m.goals.len(), 1);
        assert_eq!(m.processes.len(), 2);
        // A new process is in no area until one is chosen.
        assert_eq!(m.processes[0].2, None);
        assert_eq!(m.processes[1].2, Some(InteractionArea::Sales));
        let cell = m.cells[0][0].as_ref().expect("linked cell");
        assert_eq!(cell.people, ["Call centre"]);
        assert!(m.cells[0][1].is_none());
    }

    #[test]
    fn traceability_follows_goal_to_kpis_and_benefits() {
        let mut plan = Plan::new();
        plan.strategy.goals.push(BusinessGoal {
            id: Id::from("g1"),
            name: "Retention".into(),
            ..Default::default()
        });
        plan.strategy.kpis.push(Kpi {
            id: Id::from("k1"),
            name: "Churn".into(),
            goals: vec![Id::from("g1")],
            ..Default::default()
        });
        let t = traceability(&plan);
        assert_eq!(t[0].kpis, [(Id::from("k1"), "Churn".to_owned())]);
        assert!(t[0].benefits.is_empty());
    }

    #[test]
    fn a_number_is_never_parted_from_its_unit() {
        assert_eq!(with_unit(12.5, "%", Lang::En), "12.5%");
        assert_eq!(with_unit(12.5, "%", Lang::Ru), "12,5\u{a0}%");
        assert_eq!(with_unit(12.5, " % ", Lang::Uz), "12,5\u{a0}%");
        assert_eq!(with_unit(2.0, "products", Lang::En), "2\u{a0}products");
        assert_eq!(
            with_unit(1_234_567.5, "сум", Lang::Ru),
            "1\u{a0}234\u{a0}567,5\u{a0}сум"
        );
        assert_eq!(with_unit(1500.0, "USD", Lang::En), "1,500\u{a0}USD");
        assert_eq!(with_unit(7.0, "  ", Lang::Ru), "7");
        for lang in [Lang::En, Lang::Uz, Lang::Ru] {
            assert!(!with_unit(1234.5, "kg", lang).contains(' '), "{lang:?}");
        }
    }

    #[test]
    fn kpi_sentences_read_in_every_language() {
        let kpi = Kpi {
            name: "customer churn".into(),
            unit: "%".into(),
            direction: Direction::Decrease,
            baseline: Some(12.5),
            target: Some(8.0),
            target_date: NaiveDate::from_ymd_opt(2027, 12, 31),
            ..Default::default()
        };
        assert_eq!(
            kpi_sentence(&kpi, Lang::En).as_deref(),
            Some("Reduce customer churn from 12.5% to 8% by 31 December 2027")
        );
        let ru = kpi_sentence(&kpi, Lang::Ru).unwrap_or_default();
        assert!(ru.starts_with("Снизить"), "{ru}");
        assert!(
            ru.contains("12,5\u{a0}%") && ru.contains("31 декабря 2027"),
            "{ru}"
        );
        let uz = kpi_sentence(&kpi, Lang::Uz).unwrap_or_default();
        assert!(uz.contains("2027-yil 31-dekabr"), "{uz}");
        assert!(uz.contains("kamaytirish"), "{uz}");
        let up = Kpi {
            direction: Direction::Increase,
            ..kpi.clone()
        };
        assert!(kpi_sentence(&up, Lang::En)
            .unwrap_or_default()
            .starts_with("Improve"));
        let incomplete = Kpi {
            target: None,
            ..kpi
        };
        assert_eq!(kpi_sentence(&incomplete, Lang::En), None);
    }
}
