//! The two usability studies' core flows, replayed from an empty browser: the head of customer
//! service at a Tashkent retail chain, in Russian, and the finance student, in Uzbek
//! (`brief/reviews/USABILITY-RU.md`, `USABILITY-UZ.md`). Each counts the actions, clicks and
//! field entries, that describing one stakeholder fully and one KPI takes (the studies counted
//! 13-15 and 8-9); moving between fields with Tab is not an action, as in the studies.

use std::cell::Cell;

use crm_e2e::pages::{DataPage, Picker, Shell, StakeholdersPage};
use crm_e2e::{Browser, Options};

/// A person at the keyboard: every click, choice and field entry is counted.
struct User<'a> {
    b: &'a Browser,
    actions: Cell<usize>,
}

impl<'a> User<'a> {
    fn new(b: &'a Browser) -> Self {
        User {
            b,
            actions: Cell::new(0),
        }
    }

    fn count(&self) -> usize {
        self.actions.get()
    }

    fn act(&self) {
        self.actions.set(self.actions.get() + 1);
    }

    async fn click(&self, css: &str) {
        self.act();
        self.b.click(css).await;
    }

    async fn type_into(&self, css: &str, text: &str) {
        self.act();
        self.b.type_into(css, text).await;
    }

    async fn select(&self, css: &str, value: &str) {
        self.act();
        self.b.select(css, value).await;
    }

    async fn paste(&self, css: &str, text: &str) {
        self.act();
        self.b.paste(css, text).await;
    }

    /// Picks a person in a record picker: typing part of the name, then the choice.
    async fn pick(&self, picker: &str, name: &str, record: &str) {
        self.act();
        self.act();
        Picker::new(self.b, picker).pick(name, record).await;
    }
}

/// What each study's person typed, and what the page says back, in their language.
struct Study {
    lang: &'static str,
    projects: &'static str,
    welcome: &'static str,
    coverage_full: &'static str,
    project: &'static str,
    march_first: &'static str,
    sponsor: &'static str,
    position: &'static str,
    expected: &'static str,
    concerns: &'static str,
    engagement: &'static str,
    others: [&'static str; 3],
    pasted: &'static str,
    pasted_count: &'static str,
    deleted: &'static str,
    kpi: &'static str,
    unit: &'static str,
    wont: &'static str,
}

const RUSSIAN: Study = Study {
    lang: "ru",
    projects: "Проекты",
    welcome: "Спланируйте внедрение CRM шаг за шагом",
    coverage_full: "Выполнено требований учебника: 11 из 11 (100 %)",
    project: "CRM для сети магазинов",
    march_first: "1 марта 2026 г.",
    sponsor: "Директор по рознице",
    position: "Член правления",
    expected: "Единая история обращений клиента",
    concerns: "Продавцы не захотят вносить данные",
    engagement: "Еженедельная встреча по проекту",
    others: ["Операторы колл-центра", "Продавцы магазинов", "ИТ-отдел"],
    pasted: "1. Постоянные покупатели\n2. Новые покупатели\n- Поставщик кассового ПО\n- Маркетинг\n- Бухгалтерия\n",
    pasted_count: "Имён во вставленном списке: 5",
    deleted: "Удалено: «Бухгалтерия».",
    kpi: "Время ответа на жалобу",
    unit: "часов",
    wont: "Мобильное приложение для покупателей",
};

const UZBEK: Study = Study {
    lang: "uz",
    projects: "Loyihalar",
    welcome: "CRM joriy etishni qadamma-qadam rejalashtiring",
    coverage_full: "Darslikning 11 ta talabidan 11 tasi bajarilgan (100 %)",
    project: "Bank uchun CRM kurs loyihasi",
    march_first: "2026-yil 1-mart",
    sponsor: "Boshqaruv raisi",
    position: "Rais",
    expected: "Mijozlar haqida yagona maʼlumot",
    concerns: "Xodimlar yangi tizimga qarshi boʻlishi",
    engagement: "Har oyda hisobot taqdim etish",
    others: ["Filial xodimlari", "Call-markaz operatorlari", "AT boʻlimi"],
    pasted: "1. Jismoniy shaxs mijozlar\n2. Yuridik shaxs mijozlar\n- Dasturiy taʼminot yetkazib beruvchi\n- Marketing boʻlimi\n- Buxgalteriya\n",
    pasted_count: "Qoʻyilgan roʻyxatdagi nomlar: 5",
    deleted: "“Buxgalteriya” oʻchirildi.",
    kpi: "Murojaatga javob berish vaqti",
    unit: "soat",
    wont: "Mijozlar uchun mobil ilova",
};

/// The newest stakeholder's id (they are listed in the order they were added).
async fn last_stakeholder(b: &Browser) -> String {
    StakeholdersPage(b)
        .ids()
        .await
        .last()
        .cloned()
        .unwrap_or_default()
}

async fn replay(study: Study) -> (usize, usize) {
    let b = Browser::with(Options {
        lang: study.lang,
        ..Options::default()
    })
    .await;
    let user = User::new(&b);
    let shell = Shell(&b);
    // The welcome, then the worked example, which meets every demand of the textbook.
    b.open("#/").await;
    b.wait_text("#step-title", study.welcome).await;
    b.wait_text("#plans-button", study.projects).await;
    user.click("#welcome-example").await;
    b.wait_for("#progress-text").await;
    b.open("#/method").await;
    b.wait_text("#coverage-summary", study.coverage_full).await;

    // Then my own plan: a new project, from the welcome.
    DataPage(&b).new_plan().await;
    b.open("#/").await;
    user.click("#welcome-start").await;
    b.wait_for("#profile-name").await;
    user.type_into("#profile-name", study.project).await;
    // The go-live date typed the local way, day first: 1 March.
    user.type_into("#profile-go-live", "01.03.2026").await;
    b.wait_text("#profile-go-live-hint", study.march_first)
        .await;

    // One stakeholder described fully, counting.
    b.open("#/stakeholders").await;
    let before = user.count();
    user.select("#stakeholder-new-category", "management").await;
    user.type_into("#stakeholder-new-name", study.sponsor).await;
    user.click("#stakeholder-add").await;
    let sponsor = last_stakeholder(&b).await;
    let field = |name: &str| format!("#stakeholder-{sponsor}-{name}");
    // The focus is already in the new stakeholder's first empty field.
    b.wait_until("the focus moves into the new stakeholder", || async {
        b.focused()
            .await
            .starts_with(&format!("stakeholder-{sponsor}-"))
    })
    .await;
    user.type_into(&field("position"), study.position).await;
    user.select(&field("power"), "5").await;
    user.select(&field("interest"), "4").await;
    user.select(&field("current"), "supportive").await;
    user.select(&field("desired"), "leading").await;
    user.type_into(&field("expected"), study.expected).await;
    user.type_into(&field("concerns"), study.concerns).await;
    for activity in ["tasks", "strategy", "rules"] {
        user.click(&field(&format!("activity-{activity}"))).await;
    }
    // What the study counted ends here (it also counted Close, which nothing needs now).
    let stakeholder_actions = user.count() - before;
    user.click(&field("sponsor")).await;
    user.type_into(&field("engagement"), study.engagement).await;
    b.wait_until("no finding names the sponsor", || async {
        let findings = b.texts(".findings .finding").await;
        !findings.iter().any(|f| f.contains(study.sponsor))
    })
    .await;

    // Three more one by one, and five pasted as a list: nine in all.
    for name in study.others {
        user.type_into("#stakeholder-new-name", name).await;
        user.click("#stakeholder-add").await;
    }
    user.paste("#stakeholder-new-name", study.pasted).await;
    b.wait_text("#stakeholder-new-name-pasted", study.pasted_count)
        .await;
    user.click("#stakeholder-new-name-pasted-add").await;
    b.wait_until("nine stakeholders", || async {
        StakeholdersPage(&b).names().await.len() == 9
    })
    .await;
    // Deleting one, and taking it back from the message right there.
    let last = last_stakeholder(&b).await;
    user.click(&format!("#stakeholder-{last}-delete")).await;
    b.wait_text("#removed-text", study.deleted).await;
    user.click("#removed-undo").await;
    b.wait_until("nine again", || async {
        StakeholdersPage(&b).names().await.len() == 9
    })
    .await;

    // One KPI, counting; its target first typed badly, which survives a reload.
    b.open("#/strategy").await;
    let before = user.count();
    user.type_into("#kpi-new-name", study.kpi).await;
    user.click("#kpi-add").await;
    let kpi = crm_e2e::pages::StrategyPage(&b)
        .ids("kpi")
        .await
        .last()
        .cloned()
        .unwrap_or_default();
    let field = |name: &str| format!("#kpi-{kpi}-{name}");
    user.type_into(&field("unit"), study.unit).await;
    user.type_into(&field("baseline"), "48").await;
    user.select(&field("direction"), "decrease").await;
    user.type_into(&field("target"), "24 h").await;
    user.type_into(&field("date"), "01.03.2027").await;
    user.pick(&format!("kpi-{kpi}-owner"), &study.sponsor[..6], &sponsor)
        .await;
    let kpi_actions = user.count() - before;
    b.wait_for(&format!("#kpi-{kpi}-target-error")).await;
    let refused = b.text(&format!("#kpi-{kpi}-target-error")).await;
    assert!(
        !refused.is_empty(),
        "the bad target is refused beside the field"
    );
    shell.wait_saved().await;
    b.reload().await;
    crm_e2e::pages::StrategyPage(&b).open_kpi(&kpi).await;
    assert_eq!(b.value(&field("target")).await, "24 h");
    assert_eq!(b.text(&format!("#kpi-{kpi}-target-error")).await, refused);

    // A goal set aside for now creates no checks.
    b.open("#/goals").await;
    // Two actions: the name typed, Add clicked.
    user.act();
    user.act();
    let goal = crm_e2e::pages::GoalsPage(&b).add(study.wont).await;
    user.select(&format!("#igoal-{goal}-priority"), "wont")
        .await;
    b.wait_until("no check names the set-aside goal", || async {
        let findings = b.texts(".findings .finding").await;
        !findings.iter().any(|f| f.contains(study.wont))
    })
    .await;
    b.finish().await;
    (stakeholder_actions, kpi_actions)
}

#[tokio::test]
async fn the_russian_managers_first_hour_replays_from_an_empty_browser() {
    let (stakeholder, kpi) = replay(RUSSIAN).await;
    println!("actions (ru): one stakeholder fully {stakeholder}, one KPI {kpi}");
    assert_eq!((stakeholder, kpi), (13, 9));
}

#[tokio::test]
async fn the_uzbek_students_first_hour_replays_from_an_empty_browser() {
    let (stakeholder, kpi) = replay(UZBEK).await;
    println!("actions (uz): one stakeholder fully {stakeholder}, one KPI {kpi}");
    assert_eq!((stakeholder, kpi), (13, 9));
}
