//! Writes the worked example: a commercial bank in Tashkent planning its CRM roll-out, complete
//! through step 4, once per interface language:
//! `examples/tashkent-bank.crmplan.json` (English), `examples/tashkent-bank.uz.crmplan.json`
//! (Uzbek, Latin script) and `examples/tashkent-bank.ru.crmplan.json` (Russian).
//!
//! `cargo run -p planner-core --example tashkent_bank` (writes the three files itself)
//! The files are committed; this program is how they were made and how to remake them after a
//! change. One structure builds all three: the same records in the same order, with the same
//! ids, references, numbers and dates; only the human text differs. Every text is written as
//! `t(english, uzbek, russian)`, so a missing translation does not compile.

use std::path::Path;

use chrono::NaiveDate;
use planner_core::example;
use planner_core::file::format;
use planner_core::goals::{AreaDecision, ImplementationGoal, Priority, Resistance};
use planner_core::i18n::Lang;
use planner_core::plans::{ImplementationPlan, PlanStatus, Task, TaskStatus};
use planner_core::profile::FunctionalLevel;
use planner_core::stakeholders::{Activity, Attitude, Category};
use planner_core::strategy::{
    Benefit, BusinessGoal, BusinessProcess, Direction, Frequency, InteractionArea, Kpi, Link,
    PeopleGroup, SoftwareItem, SoftwareKind,
};
use planner_core::{Id, Plan};

/// The text of `lang` among one text's three languages.
fn tr(lang: Lang, en: &'static str, uz: &'static str, ru: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Uz => uz,
        Lang::Ru => ru,
    }
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// name, unit, direction, baseline, target, date, frequency, owner (stakeholder index), goal index
type KpiDef = (
    &'static str,
    &'static str,
    Direction,
    f64,
    f64,
    Option<NaiveDate>,
    Frequency,
    usize,
    usize,
);

struct Person {
    name: &'static str,
    category: Category,
    unit: Option<usize>,
    organisation: &'static str,
    position: &'static str,
    expected: &'static str,
    concerns: &'static str,
    power: u8,
    interest: u8,
    attitude: (Attitude, Attitude),
    activities: &'static [Activity],
    engagement: &'static str,
}

fn main() -> std::io::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    for lang in [Lang::En, Lang::Uz, Lang::Ru] {
        let path = dir.join(example::file_name(lang));
        std::fs::write(
            &path,
            format::export(&build(lang), "0.1.0", "2026-11-27T00:00:00Z"),
        )?;
        // stderr, not stdout: the old `... > examples/tashkent-bank.crmplan.json` stays harmless.
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// The example plan with its texts in `lang`.
fn build(lang: Lang) -> Plan {
    use Activity::{
        AssessingBusinessTasks as Tasks, WorkingOutStrategy as Strat, WorkingOutUsageRules as Rules,
    };
    use Attitude::*;
    let t = |en, uz, ru| tr(lang, en, uz, ru);
    let mut plan = Plan::new();
    plan.profile.name = t(
        "CRM roll-out 2027",
        "CRM-tizimni joriy etish — 2027",
        "Внедрение CRM — 2027",
    )
    .into();
    plan.profile.organisation = t(
        "Chorsu Commercial Bank (example)",
        "“Chorsu” tijorat banki (namuna)",
        "Коммерческий банк «Чорсу» (пример)",
    )
    .into();
    plan.profile.industry = t(
        "Retail and SME banking, Tashkent",
        "Jismoniy shaxslar hamda kichik va oʻrta biznesga bank xizmatlari, Toshkent",
        "Банковское обслуживание физических лиц и МСБ, Ташкент",
    )
    .into();
    plan.profile.go_live = date(2027, 9, 1);
    let units: Vec<Id> = [
        (
            t("Management Board", "Boshqaruv", "Правление"),
            FunctionalLevel::Strategic,
            false,
        ),
        (
            t(
                "Retail banking department",
                "Chakana biznes departamenti",
                "Департамент розничного бизнеса",
            ),
            FunctionalLevel::Tactical,
            true,
        ),
        (
            t(
                "Branch network (28 branches)",
                "Filiallar tarmogʻi (28 ta filial)",
                "Филиальная сеть (28 филиалов)",
            ),
            FunctionalLevel::Operational,
            true,
        ),
        (
            t("Contact centre", "Aloqa markazi", "Контакт-центр"),
            FunctionalLevel::Operational,
            true,
        ),
        (
            t(
                "Marketing department",
                "Marketing departamenti",
                "Департамент маркетинга",
            ),
            FunctionalLevel::Tactical,
            true,
        ),
        (
            t(
                "SME banking department",
                "Kichik va oʻrta biznes departamenti",
                "Департамент малого и среднего бизнеса",
            ),
            FunctionalLevel::Tactical,
            true,
        ),
        (
            t(
                "IT department",
                "Axborot texnologiyalari departamenti",
                "Департамент информационных технологий",
            ),
            FunctionalLevel::Tactical,
            false,
        ),
        (
            t(
                "Risk and compliance",
                "Risklarni boshqarish va komplayens",
                "Управление рисками и комплаенс",
            ),
            FunctionalLevel::Tactical,
            false,
        ),
    ]
    .into_iter()
    .map(|(name, level, cf)| plan.add_unit(name.into(), level, cf))
    .collect();

    let people = [
        Person {
            name: t("Akmal Rashidov", "Akmal Rashidov", "Акмал Рашидов"),
            category: Category::Management,
            unit: Some(0),
            organisation: t("", "", ""),
            position: t(
                "Chairman of the Management Board",
                "Boshqaruv raisi",
                "Председатель Правления",
            ),
            expected: t(
                "A single view of every client and growth of retail income per client.",
                "Har bir mijoz haqidagi barcha maʼlumot bir joyda va bitta chakana mijozdan olinadigan daromadning oʻsishi.",
                "Единая картина по каждому клиенту и рост дохода на одного розничного клиента.",
            ),
            concerns: t(
                "Budget overrun; a long project that staff do not adopt.",
                "Byudjetdan oshib ketish; choʻzilib ketgan loyiha, xodimlar esa tizimni qabul qilmaydi.",
                "Перерасход бюджета; затянувшийся проект, который сотрудники так и не примут.",
            ),
            power: 5,
            interest: 4,
            attitude: (Supportive, Leading),
            activities: &[Tasks, Strat],
            engagement: t(
                "Monthly steering committee; he opens the kick-off and signs the usage rules.",
                "Har oy loyiha boshqaruv qoʻmitasi yigʻilishi; loyiha boshlanishiga bagʻishlangan yigʻilishni ochadi va CRMdan foydalanish qoidalarini imzolaydi.",
                "Ежемесячный управляющий комитет проекта; открывает стартовое совещание и подписывает правила использования CRM.",
            ),
        },
        Person {
            name: t("Dilnoza Karimova", "Dilnoza Karimova", "Дилноза Каримова"),
            category: Category::Management,
            unit: Some(1),
            organisation: t("", "", ""),
            position: t(
                "Deputy Chair, retail banking",
                "Boshqaruv raisining chakana biznes boʻyicha oʻrinbosari",
                "Заместитель Председателя Правления по розничному бизнесу",
            ),
            expected: t(
                "More products per client and fewer clients leaving for other banks.",
                "Har bir mijozga koʻproq mahsulot va boshqa banklarga ketadigan mijozlarning kamayishi.",
                "Больше продуктов на одного клиента и меньше клиентов, уходящих в другие банки.",
            ),
            concerns: t(
                "Branch staff see the CRM as extra data entry.",
                "Filial xodimlari CRMni ortiqcha maʼlumot kiritish ishi deb biladi.",
                "Сотрудники филиалов видят в CRM лишь дополнительный ввод данных.",
            ),
            power: 5,
            interest: 5,
            attitude: (Supportive, Leading),
            activities: &[Tasks, Strat, Rules],
            engagement: t(
                "Owns the retail goals; weekly review of the pilot branches.",
                "Chakana biznes maqsadlari uchun masʼul; pilot filiallar natijalarini har hafta koʻrib chiqadi.",
                "Отвечает за цели розничного бизнеса; еженедельно разбирает итоги пилотных филиалов.",
            ),
        },
        Person {
            name: t("Sardor Aliyev", "Sardor Aliyev", "Сардор Алиев"),
            category: Category::Management,
            unit: Some(5),
            organisation: t("", "", ""),
            position: t(
                "Head of SME banking",
                "Kichik va oʻrta biznes departamenti direktori",
                "Директор департамента малого и среднего бизнеса",
            ),
            expected: t(
                "Faster loan decisions and a pipeline of SME prospects.",
                "Kredit boʻyicha qarorlarning tezroq qabul qilinishi va KOB segmentidagi potensial mijozlar voronkasi.",
                "Более быстрые решения по кредитам и воронка потенциальных клиентов МСБ.",
            ),
            concerns: t(
                "SME managers keep their clients in private spreadsheets.",
                "KOB menejerlari mijozlarini shaxsiy elektron jadvallarda yuritadi.",
                "Менеджеры МСБ ведут своих клиентов в личных электронных таблицах.",
            ),
            power: 4,
            interest: 4,
            attitude: (Neutral, Supportive),
            activities: &[Tasks, Strat],
            engagement: t(
                "Co-designs the SME pipeline stages; sees the pilot dashboard first.",
                "KOB voronkasi bosqichlarini birgalikda ishlab chiqadi; pilot koʻrsatkichlari panelini birinchi boʻlib koʻradi.",
                "Вместе с проектной командой разрабатывает этапы воронки МСБ; первым видит панель показателей пилота.",
            ),
        },
        Person {
            name: t("Gulnora Tosheva", "Gulnora Tosheva", "Гульнора Тошева"),
            category: Category::Management,
            unit: Some(3),
            organisation: t("", "", ""),
            position: t(
                "Head of contact centre",
                "Aloqa markazi rahbari",
                "Руководитель контакт-центра",
            ),
            expected: t(
                "Complaints resolved at the first call, with the client's history on screen.",
                "Shikoyatlar birinchi qoʻngʻiroqdayoq hal qilinadi, mijoz tarixi esa ekranda koʻrinib turadi.",
                "Жалобы решаются с первого звонка, а история клиента видна на экране.",
            ),
            concerns: t(
                "Integration with the telephony system may slip.",
                "Telefoniya tizimi bilan integratsiya kechikishi mumkin.",
                "Интеграция с телефонией может затянуться.",
            ),
            power: 3,
            interest: 5,
            attitude: (Supportive, Leading),
            activities: &[Tasks, Rules],
            engagement: t(
                "Leads the usage-rules working group for service.",
                "Xizmat koʻrsatishda CRMdan foydalanish qoidalari boʻyicha ishchi guruhni boshqaradi.",
                "Руководит рабочей группой по правилам использования CRM в обслуживании.",
            ),
        },
        Person {
            name: t("Nodira Xasanova", "Nodira Xasanova", "Нодира Хасанова"),
            category: Category::Management,
            unit: Some(4),
            organisation: t("", "", ""),
            position: t(
                "Marketing director",
                "Marketing direktori",
                "Директор по маркетингу",
            ),
            expected: t(
                "Targeted campaigns instead of mass SMS; measurable conversion.",
                "Ommaviy SMS-xabarlar oʻrniga maqsadli kampaniyalar; oʻlchab boʻladigan konversiya.",
                "Адресные кампании вместо массовых СМС-рассылок; измеримая конверсия.",
            ),
            concerns: t(
                "Client data quality is too poor for segmentation.",
                "Mijozlar maʼlumotlarining sifati segmentlash uchun juda past.",
                "Качество клиентских данных слишком низкое для сегментации.",
            ),
            power: 3,
            interest: 4,
            attitude: (Neutral, Supportive),
            activities: &[Strat],
            engagement: t(
                "Joins the data-quality task force; first campaign in the pilot.",
                "Maʼlumotlar sifati boʻyicha ishchi guruhga qoʻshiladi; birinchi kampaniyani pilotda oʻtkazadi.",
                "Входит в рабочую группу по качеству данных; первую кампанию проводит в пилоте.",
            ),
        },
        Person {
            name: t(
                "Branch relationship managers",
                "Filiallardagi mijozlar bilan ishlash menejerlari",
                "Клиентские менеджеры филиалов",
            ),
            category: Category::Users,
            unit: Some(2),
            organisation: t("", "", ""),
            position: t(
                "About 420 managers in 28 branches",
                "28 ta filialda 420 ga yaqin menejer",
                "Около 420 менеджеров в 28 филиалах",
            ),
            expected: t(
                "Less paperwork, reminders of what each client needs next.",
                "Qogʻoz ishlarining kamayishi; har bir mijozga keyin nima kerakligi haqida eslatmalar.",
                "Меньше бумажной работы; подсказки, что предложить каждому клиенту дальше.",
            ),
            concerns: t(
                "Being measured on every keystroke; slow screens at peak hours.",
                "Har bir bosilgan tugma boʻyicha baholanish; eng band soatlarda ekranlarning sekin ishlashi.",
                "Оценка по каждому нажатию клавиши; медленная работа системы в часы пик.",
            ),
            power: 2,
            interest: 5,
            attitude: (Neutral, Supportive),
            activities: &[Tasks, Rules],
            engagement: t(
                "Champions in each pilot branch; short video lessons in Uzbek and Russian.",
                "Har bir pilot filialda yetakchi foydalanuvchilar; oʻzbek va rus tillarida qisqa video darslar.",
                "Ключевые пользователи в каждом пилотном филиале; короткие видеоуроки на узбекском и русском языках.",
            ),
        },
        Person {
            name: t(
                "Contact centre operators",
                "Aloqa markazi operatorlari",
                "Операторы контакт-центра",
            ),
            category: Category::Users,
            unit: Some(3),
            organisation: t("", "", ""),
            position: t(
                "85 operators in two shifts",
                "Ikki smenada 85 nafar operator",
                "85 операторов в две смены",
            ),
            expected: t(
                "The client's history on one screen during the call.",
                "Qoʻngʻiroq paytida mijozning butun tarixi bitta ekranda.",
                "Вся история клиента на одном экране во время звонка.",
            ),
            concerns: t(
                "Longer calls while learning the new system.",
                "Yangi tizimni oʻrganish davrida qoʻngʻiroqlarning uzayishi.",
                "Звонки станут дольше, пока операторы осваивают новую систему.",
            ),
            power: 1,
            interest: 4,
            attitude: (Resistant, Supportive),
            activities: &[Rules],
            engagement: t(
                "Hands-on training in small groups; call-time targets relaxed during the first month.",
                "Kichik guruhlarda amaliy mashgʻulotlar; birinchi oyda qoʻngʻiroq davomiyligi meʼyorlari yumshatiladi.",
                "Практическое обучение в небольших группах; в первый месяц нормативы по длительности звонка смягчены.",
            ),
        },
        Person {
            name: t(
                "SME client managers",
                "KOB mijozlari bilan ishlash menejerlari",
                "Клиентские менеджеры МСБ",
            ),
            category: Category::Users,
            unit: Some(5),
            organisation: t("", "", ""),
            position: t("60 managers", "60 nafar menejer", "60 менеджеров"),
            expected: t(
                "One pipeline for all SME leads and loan applications.",
                "Barcha potensial KOB mijozlari va kredit arizalari uchun yagona voronka.",
                "Единая воронка для всех лидов и кредитных заявок МСБ.",
            ),
            concerns: t(
                "Losing control of their client relationships.",
                "Oʻz mijozlari bilan munosabatlar ustidan nazoratni yoʻqotish.",
                "Потеря контроля над отношениями со своими клиентами.",
            ),
            power: 2,
            interest: 3,
            attitude: (Resistant, Supportive),
            activities: &[Tasks],
            engagement: t(
                "Show that the pipeline protects their clients; recognise top users monthly.",
                "Voronka ularning mijozlarini himoya qilishini koʻrsatish; eng faol foydalanuvchilarni har oy ragʻbatlantirish.",
                "Показать, что воронка защищает их клиентов; ежемесячно отмечать лучших пользователей.",
            ),
        },
        Person {
            name: t("Retail clients", "Chakana mijozlar", "Розничные клиенты"),
            category: Category::Customers,
            unit: None,
            organisation: t(
                "Individuals, about 1.2 million",
                "Jismoniy shaxslar, 1,2 millionga yaqin",
                "Физические лица, около 1,2 млн",
            ),
            position: t("", "", ""),
            expected: t(
                "Not having to repeat themselves in every branch and on every call.",
                "Har bir filialda va har bir qoʻngʻiroqda bir gapni qayta-qayta aytmaslik.",
                "Не повторять одно и то же в каждом филиале и при каждом звонке.",
            ),
            concerns: t(
                "Privacy of their personal data.",
                "Shaxsga doir maʼlumotlarining maxfiyligi.",
                "Конфиденциальность персональных данных.",
            ),
            power: 2,
            interest: 3,
            attitude: (Unaware, Supportive),
            activities: &[Tasks],
            engagement: t(
                "Focus groups in three branches; a plain-language privacy notice.",
                "Uchta filialda fokus-guruhlar; maxfiylik haqida sodda tilda yozilgan xabarnoma.",
                "Фокус-группы в трёх филиалах; уведомление о конфиденциальности, написанное простым языком.",
            ),
        },
        Person {
            name: t("SME clients", "KOB mijozlari", "Клиенты МСБ"),
            category: Category::Customers,
            unit: None,
            organisation: t(
                "Small and medium businesses, about 35 000",
                "Kichik va oʻrta biznes subyektlari, 35\u{a0}000 ga yaqin",
                "Малый и средний бизнес, около 35\u{a0}000 компаний",
            ),
            position: t("", "", ""),
            expected: t(
                "A loan decision in days, not weeks.",
                "Kredit boʻyicha qaror haftalarda emas, kunlarda.",
                "Решение по кредиту за дни, а не за недели.",
            ),
            concerns: t(
                "More documents to provide.",
                "Koʻproq hujjat taqdim etishga toʻgʻri kelishi.",
                "Придётся предоставлять больше документов.",
            ),
            power: 3,
            interest: 2,
            attitude: (Neutral, Supportive),
            activities: &[Tasks],
            engagement: t(
                "Interviews with ten SME clients; report back what changed.",
                "Oʻnta KOB mijozi bilan suhbat; keyin ularga nima oʻzgarganini maʼlum qilish.",
                "Интервью с десятью клиентами МСБ; потом рассказать им, что изменилось.",
            ),
        },
        Person {
            name: t("Bobur Yusupov", "Bobur Yusupov", "Бобур Юсупов"),
            category: Category::It,
            unit: Some(6),
            organisation: t("", "", ""),
            position: t(
                "Head of IT",
                "Axborot texnologiyalari boʻyicha direktor",
                "Директор по информационным технологиям",
            ),
            expected: t(
                "A CRM that integrates cleanly with the core banking system.",
                "ABS bilan muammosiz integratsiyalashgan CRM.",
                "CRM, которая без сбоев интегрируется с АБС.",
            ),
            concerns: t(
                "Security of client data; load on the core banking system.",
                "Mijozlar maʼlumotlarining xavfsizligi; ABSga tushadigan yuklama.",
                "Безопасность клиентских данных; нагрузка на АБС.",
            ),
            power: 4,
            interest: 4,
            attitude: (Neutral, Supportive),
            activities: &[Strat, Rules],
            engagement: t(
                "Owns the integration architecture; signs off each release.",
                "Integratsiya arxitekturasi uchun masʼul; har bir yangi versiyani tasdiqlaydi.",
                "Отвечает за архитектуру интеграции; утверждает каждый релиз.",
            ),
        },
        Person {
            name: t(
                "Core banking system vendor",
                "ABS taʼminotchisi",
                "Поставщик АБС",
            ),
            category: Category::Suppliers,
            unit: None,
            organisation: t(
                "Core banking software supplier",
                "ABS ishlab chiquvchi kompaniya",
                "Компания — разработчик АБС",
            ),
            position: t(
                "Account manager",
                "Bank bilan ishlash boʻyicha menejer",
                "Менеджер по работе с банком",
            ),
            expected: t(
                "A clear interface specification and a paid integration contract.",
                "Aniq interfeys spetsifikatsiyasi va integratsiya boʻyicha pullik shartnoma.",
                "Чёткая спецификация интерфейса и оплачиваемый договор на интеграцию.",
            ),
            concerns: t(
                "Changes to their system outside the roadmap.",
                "Oʻz tizimiga yoʻl xaritasidan tashqari oʻzgartirishlar kiritilishi.",
                "Доработки их системы вне дорожной карты.",
            ),
            power: 3,
            interest: 2,
            attitude: (Neutral, Supportive),
            activities: &[Strat],
            engagement: t(
                "Quarterly meetings; integration scope agreed in the contract.",
                "Har chorakda uchrashuvlar; integratsiya hajmi shartnomada kelishilgan.",
                "Ежеквартальные встречи; объём интеграции согласован в договоре.",
            ),
        },
        Person {
            name: t(
                "CRM implementation partner",
                "CRM joriy etish boʻyicha hamkor",
                "Партнёр по внедрению CRM",
            ),
            category: Category::Partners,
            unit: None,
            organisation: t(
                "Local CRM integrator",
                "Mahalliy CRM integratori",
                "Местный CRM-интегратор",
            ),
            position: t("Project manager", "Loyiha rahbari", "Руководитель проекта"),
            expected: t(
                "A successful reference project in the banking sector.",
                "Bank sohasida boshqalarga koʻrsatsa boʻladigan muvaffaqiyatli loyiha.",
                "Успешный показательный проект в банковском секторе.",
            ),
            concerns: t(
                "Scope creep without change control.",
                "Oʻzgarishlar nazorat qilinmasa, ishlar hajmining kengayib ketishi.",
                "Разрастание объёма работ без контроля изменений.",
            ),
            power: 2,
            interest: 5,
            attitude: (Supportive, Leading),
            activities: &[Strat, Rules],
            engagement: t(
                "Joint project office; change requests through the steering committee.",
                "Qoʻshma loyiha ofisi; oʻzgartirish soʻrovlari loyiha boshqaruv qoʻmitasi orqali.",
                "Совместный проектный офис; запросы на изменения — через управляющий комитет.",
            ),
        },
        Person {
            name: t(
                "Card processing centre",
                "Protsessing markazi",
                "Процессинговый центр",
            ),
            category: Category::Partners,
            unit: None,
            organisation: t(
                "National card processing (Uzcard, Humo)",
                "Milliy karta protsessingi (Uzcard, Humo)",
                "Национальный процессинг карт (Uzcard, Humo)",
            ),
            position: t("Integration team", "Integratsiya jamoasi", "Группа интеграции"),
            expected: t(
                "No extra load on the card authorisation interfaces.",
                "Karta avtorizatsiyasi interfeyslariga qoʻshimcha yuklama tushmasligi.",
                "Никакой дополнительной нагрузки на интерфейсы авторизации карт.",
            ),
            concerns: t(
                "Unplanned data requests.",
                "Rejadan tashqari maʼlumot soʻrovlari.",
                "Внеплановые запросы данных.",
            ),
            power: 2,
            interest: 1,
            attitude: (Neutral, Neutral),
            activities: &[],
            engagement: t(
                "Informed of data flows before go-live.",
                "Ishga tushirishdan oldin maʼlumotlar oqimlari haqida xabardor qilinadi.",
                "До запуска получает сведения о потоках данных.",
            ),
        },
        Person {
            name: t(
                "Compliance officer",
                "Komplayens-nazorat xodimi",
                "Комплаенс-офицер",
            ),
            category: Category::Other,
            unit: Some(7),
            organisation: t("", "", ""),
            position: t(
                "Head of risk and compliance",
                "Risklarni boshqarish va komplayens boʻlinmasi rahbari",
                "Руководитель службы управления рисками и комплаенса",
            ),
            expected: t(
                "Personal-data handling that meets the law and the central bank's rules.",
                "Shaxsga doir maʼlumotlarga qonun va Markaziy bank talablariga muvofiq ishlov berish.",
                "Обработка персональных данных в соответствии с законом и требованиями Центрального банка.",
            ),
            concerns: t(
                "Client data exported from the CRM without control.",
                "Mijozlar maʼlumotlarining CRMdan nazoratsiz eksport qilinishi.",
                "Бесконтрольная выгрузка клиентских данных из CRM.",
            ),
            power: 4,
            interest: 2,
            attitude: (Resistant, Neutral),
            activities: &[Rules],
            engagement: t(
                "Writes the data-access part of the usage rules; reviews each role's rights.",
                "Foydalanish qoidalarining maʼlumotlarga kirish boʻlimini yozadi; har bir rolning huquqlarini tekshiradi.",
                "Пишет раздел правил использования о доступе к данным; проверяет права каждой роли.",
            ),
        },
        Person {
            name: t(
                "Central Bank supervision",
                "Markaziy bank nazorati",
                "Надзор Центрального банка",
            ),
            category: Category::Other,
            unit: None,
            organisation: t(
                "Central Bank of the Republic of Uzbekistan",
                "Oʻzbekiston Respublikasi Markaziy banki",
                "Центральный банк Республики Узбекистан",
            ),
            position: t(
                "Supervision department",
                "Bank nazorati departamenti",
                "Департамент банковского надзора",
            ),
            expected: t(
                "Complaint handling that is recorded and reportable.",
                "Shikoyatlar bilan ishlash qayd etib borilishi va u boʻyicha hisobot berish mumkinligi.",
                "Работа с жалобами фиксируется, и по ней можно отчитаться.",
            ),
            concerns: t(
                "None raised yet.",
                "Hozircha eʼtirozlar bildirilmagan.",
                "Опасений пока не высказано.",
            ),
            power: 4,
            interest: 1,
            attitude: (Unaware, Neutral),
            activities: &[],
            engagement: t(
                "Briefing through compliance on complaint reporting from the CRM.",
                "Komplayens xizmati orqali CRMdagi shikoyatlar boʻyicha hisobotlar haqida maʼlumot berish.",
                "Через комплаенс информировать об отчётности по жалобам из CRM.",
            ),
        },
        Person {
            name: t("Internal audit", "Ichki audit", "Внутренний аудит"),
            category: Category::Other,
            unit: None,
            organisation: t(
                "Internal audit service",
                "Ichki audit xizmati",
                "Служба внутреннего аудита",
            ),
            position: t("Auditors", "Auditorlar", "Аудиторы"),
            expected: t(
                "An audit trail of who changed client data.",
                "Mijoz maʼlumotlarini kim oʻzgartirgani toʻgʻrisidagi qaydlar.",
                "Журнал аудита: кто и когда изменил данные клиента.",
            ),
            concerns: t(
                "Gaps in access logs.",
                "Kirish jurnallaridagi boʻshliqlar.",
                "Пробелы в журналах доступа.",
            ),
            power: 2,
            interest: 2,
            attitude: (Neutral, Supportive),
            activities: &[],
            engagement: t(
                "Review of audit-log settings before go-live.",
                "Ishga tushirishdan oldin audit jurnali sozlamalarini koʻrib chiqish.",
                "Проверка настроек журнала аудита до запуска.",
            ),
        },
    ];
    let mut ids = Vec::new();
    for p in &people {
        let id = plan.add_stakeholder(p.name.into(), p.category);
        if let Some(s) = plan.stakeholder_mut(&id) {
            s.unit = p.unit.and_then(|i| units.get(i).cloned());
            s.organisation = p.organisation.into();
            s.position = p.position.into();
            s.expected_results = p.expected.into();
            s.concerns = p.concerns.into();
            s.power = Some(p.power);
            s.interest = Some(p.interest);
            s.current_attitude = p.attitude.0;
            s.desired_attitude = Some(p.attitude.1);
            s.activities = p.activities.to_vec();
            s.engagement = p.engagement.into();
        }
        ids.push(id);
    }
    if let Some(s) = plan.stakeholders.first_mut() {
        s.sponsor = true;
    }
    let sh = |i: usize| ids[i];

    let next = |plan: &mut Plan, prefix: &str| plan.fresh_id(prefix);
    plan.strategy.vision = t(
        "Every client is known and served as one relationship — in each branch, in the mobile app and at the contact centre — so that we sell what they need and keep them with the bank.",
        "Har bir mijozni taniymiz va unga yagona yondashuv bilan xizmat koʻrsatamiz — har qanday filialda, mobil ilovada va aloqa markazida — shu tufayli unga aynan kerakli mahsulotni taklif qilamiz va uni bankda saqlab qolamiz.",
        "Мы знаем каждого клиента и выстраиваем с ним единые отношения — в любом филиале, в мобильном приложении и в контакт-центре, — чтобы предлагать ему то, что действительно нужно, и удерживать его в банке.",
    )
    .into();
    let goal_defs = [
        (
            t(
                "Grow the number of products per retail client",
                "Bitta chakana mijozga toʻgʻri keladigan mahsulotlar sonini oshirish",
                "Увеличить число продуктов на одного розничного клиента",
            ),
            t(
                "Cross-sell deposits, cards and consumer loans to existing clients.",
                "Mavjud mijozlarga omonat, karta va isteʼmol kreditlarini qoʻshimcha sotish.",
                "Кросс-продажи вкладов, карт и потребительских кредитов действующим клиентам.",
            ),
            vec![sh(1), sh(5)],
        ),
        (
            t(
                "Keep more retail clients",
                "Chakana mijozlarni koʻproq saqlab qolish",
                "Удерживать больше розничных клиентов",
            ),
            t(
                "Spot clients about to leave and act before they do.",
                "Ketish arafasidagi mijozlarni aniqlash va ular ketmasidan oldin chora koʻrish.",
                "Выявлять клиентов, которые собираются уйти, и действовать до того, как они уйдут.",
            ),
            vec![sh(1), sh(8)],
        ),
        (
            t(
                "Resolve complaints at the first contact",
                "Shikoyatlarni birinchi murojaatdayoq hal qilish",
                "Решать жалобы при первом обращении",
            ),
            t(
                "Every complaint recorded, routed and answered with the client's history at hand.",
                "Har bir shikoyat qayd etiladi, masʼul xodimga yoʻnaltiriladi va mijoz tarixi koʻz oldida turgan holda javob beriladi.",
                "Каждая жалоба регистрируется, передаётся ответственному и получает ответ с учётом всей истории клиента.",
            ),
            vec![sh(3), sh(6), sh(8), sh(14)],
        ),
        (
            t(
                "Win more SME clients",
                "Koʻproq KOB mijozlarini jalb qilish",
                "Привлекать больше клиентов МСБ",
            ),
            t(
                "A managed pipeline from lead to loan decision.",
                "Potensial mijozdan kredit boʻyicha qarorgacha boshqariladigan voronka.",
                "Управляемая воронка от лида до решения по кредиту.",
            ),
            vec![sh(2), sh(9)],
        ),
    ];
    let mut goals = Vec::new();
    for (name, description, stakeholders) in goal_defs {
        let id = next(&mut plan, "g");
        plan.strategy.goals.push(BusinessGoal {
            id,
            name: name.into(),
            description: description.into(),
            stakeholders,
        });
        goals.push(id);
    }
    let process_defs = [
        (
            t(
                "Consumer-loan lead management",
                "Isteʼmol krediti boʻyicha potensial mijozlar bilan ishlash",
                "Работа с лидами по потребительским кредитам",
            ),
            InteractionArea::Sales,
        ),
        (
            t(
                "Cross-sell campaigns",
                "Qoʻshimcha sotish kampaniyalari",
                "Кампании кросс-продаж",
            ),
            InteractionArea::Marketing,
        ),
        (
            t(
                "Complaint handling",
                "Shikoyatlarni koʻrib chiqish",
                "Работа с жалобами",
            ),
            InteractionArea::Service,
        ),
        (
            t(
                "Retention offers for dormant clients",
                "Faol boʻlmagan mijozlarni saqlab qolish uchun takliflar",
                "Предложения по удержанию неактивных клиентов",
            ),
            InteractionArea::LoyaltyRetention,
        ),
        (
            t(
                "SME loan application",
                "KOB kredit arizasini rasmiylashtirish",
                "Оформление кредитной заявки МСБ",
            ),
            InteractionArea::Sales,
        ),
        (
            t(
                "Client segmentation",
                "Mijozlarni segmentlash",
                "Сегментация клиентов",
            ),
            InteractionArea::Analytics,
        ),
        (
            t(
                "Mobile app and call-centre requests",
                "Mobil ilova va aloqa markazi orqali murojaatlar",
                "Обращения через мобильное приложение и контакт-центр",
            ),
            InteractionArea::Channels,
        ),
    ];
    let mut processes = Vec::new();
    for (name, area) in process_defs {
        let id = next(&mut plan, "bp");
        plan.strategy.processes.push(BusinessProcess {
            id,
            name: name.into(),
            area: Some(area),
            description: String::new(),
        });
        processes.push(id);
    }
    let people_defs = [
        (
            t(
                "Branch relationship managers",
                "Filiallardagi mijozlar bilan ishlash menejerlari",
                "Клиентские менеджеры филиалов",
            ),
            420,
        ),
        (
            t(
                "Contact centre operators",
                "Aloqa markazi operatorlari",
                "Операторы контакт-центра",
            ),
            85,
        ),
        (
            t(
                "Marketing analysts",
                "Marketing tahlilchilari",
                "Маркетинговые аналитики",
            ),
            12,
        ),
        (
            t(
                "SME client managers",
                "KOB mijozlari bilan ishlash menejerlari",
                "Клиентские менеджеры МСБ",
            ),
            60,
        ),
        (
            t(
                "Back-office staff",
                "Bek-ofis xodimlari",
                "Сотрудники бэк-офиса",
            ),
            40,
        ),
    ];
    let mut groups = Vec::new();
    for (name, size) in people_defs {
        let id = next(&mut plan, "pg");
        plan.strategy.people.push(PeopleGroup {
            id,
            name: name.into(),
            size: Some(size),
            description: String::new(),
        });
        groups.push(id);
    }
    let software_defs = [
        (
            t(
                "Core banking system",
                "Avtomatlashtirilgan bank tizimi (ABS)",
                "Автоматизированная банковская система (АБС)",
            ),
            SoftwareKind::ExistingSystem,
        ),
        (
            t(
                "Mobile banking app",
                "Mobil banking ilovasi",
                "Мобильное банковское приложение",
            ),
            SoftwareKind::ExistingSystem,
        ),
        (
            t(
                "CRM: contact and case management",
                "CRM: kontaktlar va murojaatlarni boshqarish",
                "CRM: управление контактами и обращениями",
            ),
            SoftwareKind::CrmCapability,
        ),
        (
            t(
                "CRM: campaign management",
                "CRM: kampaniyalarni boshqarish",
                "CRM: управление кампаниями",
            ),
            SoftwareKind::CrmCapability,
        ),
        (
            t(
                "CRM: sales pipeline",
                "CRM: savdo voronkasi",
                "CRM: воронка продаж",
            ),
            SoftwareKind::CrmCapability,
        ),
        (
            t(
                "CRM ↔ core banking integration",
                "CRM va ABS integratsiyasi",
                "Интеграция CRM с АБС",
            ),
            SoftwareKind::Integration,
        ),
        (
            t(
                "CRM ↔ telephony integration",
                "CRM va telefoniya integratsiyasi",
                "Интеграция CRM с телефонией",
            ),
            SoftwareKind::Integration,
        ),
    ];
    let mut software = Vec::new();
    for (name, kind) in software_defs {
        let id = next(&mut plan, "sw");
        plan.strategy.software.push(SoftwareItem {
            id,
            name: name.into(),
            kind,
            description: String::new(),
        });
        software.push(id);
    }
    let link_defs: [(usize, usize, &[usize], &[usize]); 8] = [
        (0, 1, &[0, 2], &[3, 5]),
        (0, 0, &[0], &[4, 5]),
        (1, 3, &[0, 1], &[3, 5]),
        (1, 5, &[2], &[3, 0]),
        (2, 2, &[1, 4], &[2, 6]),
        (2, 6, &[1], &[1, 2]),
        (3, 4, &[3], &[4, 5]),
        (3, 5, &[2, 3], &[3]),
    ];
    for (g, p, pg, sw) in link_defs {
        let id = next(&mut plan, "l");
        plan.strategy.links.push(Link {
            id,
            goal: goals[g],
            process: processes[p],
            people: pg.iter().map(|i| groups[*i]).collect(),
            software: sw.iter().map(|i| software[*i]).collect(),
        });
    }
    let benefit_defs: [(&str, bool, &[usize]); 5] = [
        (
            t(
                "Higher income per retail client",
                "Bitta chakana mijozdan olinadigan daromadning oshishi",
                "Рост дохода на одного розничного клиента",
            ),
            true,
            &[0],
        ),
        (
            t(
                "Lower client churn",
                "Mijozlar ketishining kamayishi",
                "Снижение оттока клиентов",
            ),
            true,
            &[1],
        ),
        (
            t(
                "Fewer repeat complaints and a better reputation",
                "Takroriy shikoyatlarning kamayishi va obroʻning yaxshilanishi",
                "Меньше повторных жалоб и более прочная репутация",
            ),
            false,
            &[2],
        ),
        (
            t(
                "Faster SME lending",
                "KOBni tezroq kreditlash",
                "Ускорение кредитования МСБ",
            ),
            true,
            &[3],
        ),
        (
            t(
                "One view of the client for every employee",
                "Har bir xodim uchun mijoz haqida yagona maʼlumot manbai",
                "Единая картина клиента для каждого сотрудника",
            ),
            false,
            &[0, 1, 2],
        ),
    ];
    for (name, tangible, g) in benefit_defs {
        let id = next(&mut plan, "b");
        plan.strategy.benefits.push(Benefit {
            id,
            name: name.into(),
            tangible,
            goals: g.iter().map(|i| goals[*i]).collect(),
            description: String::new(),
        });
    }
    let kpi_defs: [KpiDef; 7] = [
        (
            t(
                "products per retail client",
                "bitta chakana mijozga toʻgʻri keladigan mahsulotlar soni",
                "число продуктов на одного розничного клиента",
            ),
            t("products", "mahsulot", "продукта"),
            Direction::Increase,
            1.4,
            2.0,
            date(2027, 12, 31),
            Frequency::Quarterly,
            1,
            0,
        ),
        (
            t(
                "cross-sell campaign conversion",
                "qoʻshimcha sotish kampaniyalari konversiyasi",
                "конверсия кампаний кросс-продаж",
            ),
            t("%", "%", "%"),
            Direction::Increase,
            3.0,
            7.0,
            date(2027, 12, 31),
            Frequency::Monthly,
            4,
            0,
        ),
        (
            t(
                "annual retail client churn",
                "chakana mijozlarning yillik ketish darajasi",
                "годовой отток розничных клиентов",
            ),
            t("%", "%", "%"),
            Direction::Decrease,
            14.0,
            9.0,
            date(2028, 6, 30),
            Frequency::Quarterly,
            1,
            1,
        ),
        (
            t(
                "complaints resolved at first contact",
                "birinchi murojaatdayoq hal qilingan shikoyatlar ulushi",
                "доля жалоб, решённых при первом обращении",
            ),
            t("%", "%", "%"),
            Direction::Increase,
            48.0,
            75.0,
            date(2027, 9, 30),
            Frequency::Monthly,
            3,
            2,
        ),
        (
            t(
                "average complaint resolution time",
                "shikoyatni hal qilishning oʻrtacha muddati",
                "среднее время решения жалобы",
            ),
            t("days", "kun", "дн."),
            Direction::Decrease,
            6.0,
            2.0,
            date(2027, 9, 30),
            Frequency::Weekly,
            3,
            2,
        ),
        (
            t(
                "SME loan decision time",
                "KOB krediti boʻyicha qaror qabul qilish muddati",
                "срок принятия решения по кредиту МСБ",
            ),
            t("days", "kun", "дн."),
            Direction::Decrease,
            10.0,
            4.0,
            date(2027, 12, 31),
            Frequency::Monthly,
            2,
            3,
        ),
        (
            t(
                "new SME clients per quarter",
                "chorak davomida jalb qilingan yangi KOB mijozlari soni",
                "число новых клиентов МСБ за квартал",
            ),
            t("clients", "mijoz", "клиентов"),
            Direction::Increase,
            900.0,
            1400.0,
            date(2028, 3, 31),
            Frequency::Quarterly,
            2,
            3,
        ),
    ];
    for (name, unit, direction, baseline, target, target_date, frequency, owner, goal) in kpi_defs {
        let id = next(&mut plan, "k");
        plan.strategy.kpis.push(Kpi {
            id,
            name: name.into(),
            unit: unit.into(),
            direction,
            baseline: Some(baseline),
            target: Some(target),
            target_date,
            frequency,
            owner: Some(sh(owner)),
            goals: vec![goals[goal]],
        });
    }
    steps_3_and_4(&mut plan, lang, &units, &ids, &goals);
    plan
}

/// An implementation goal: name, business goal, KPIs, areas, units, levels, priority, value,
/// effort, resistance, causes, mitigation, target date.
type GoalDef = (
    &'static str,
    usize,
    &'static [usize],
    &'static [InteractionArea],
    &'static [usize],
    &'static [FunctionalLevel],
    Priority,
    u8,
    u8,
    Resistance,
    &'static str,
    &'static str,
    Option<NaiveDate>,
);

/// A task: title, owner (stakeholder index), start, due, dependencies (indices within the plan),
/// milestone, deliverable.
type TaskDef = (
    &'static str,
    usize,
    NaiveDate,
    NaiveDate,
    &'static [usize],
    bool,
    &'static str,
);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Step 3 (goals, priorities, scope) and step 4 (plans with tasks), tied to the records above.
fn steps_3_and_4(plan: &mut Plan, lang: Lang, units: &[Id], people: &[Id], business_goals: &[Id]) {
    use FunctionalLevel::{Operational, Strategic, Tactical};
    use InteractionArea::*;
    let t = |en, uz, ru| tr(lang, en, uz, ru);
    let kpis: Vec<Id> = plan.strategy.kpis.iter().map(|k| k.id).collect();
    let pick = |all: &[Id], which: &[usize]| -> Vec<Id> {
        which.iter().filter_map(|i| all.get(*i).cloned()).collect()
    };
    for area in InteractionArea::ALL {
        let (in_scope, reason) = match area {
            OrderBilling => (
                false,
                t(
                    "Billing stays in the core banking system; the CRM only shows the client's balances and payments.",
                    "Hisob-kitoblar ABSda qoladi; CRM faqat mijozning qoldiqlari va toʻlovlarini koʻrsatadi.",
                    "Расчёты остаются в АБС; CRM только показывает остатки и платежи клиента.",
                ),
            ),
            Other => (
                false,
                t(
                    "No other area of interaction in this roll-out.",
                    "Ushbu joriy etishda boshqa oʻzaro aloqadorlik sohalari yoʻq.",
                    "Других областей взаимодействия в этом внедрении нет.",
                ),
            ),
            _ => (true, t("", "", "")),
        };
        plan.scope.push(AreaDecision {
            area,
            in_scope,
            reason: reason.into(),
        });
    }
    let goal_defs: [GoalDef; 7] = [
        (
            t(
                "One client view for branch and contact-centre staff",
                "Filial va aloqa markazi xodimlari uchun mijozning yagona kartasi",
                "Единая карточка клиента для сотрудников филиалов и контакт-центра",
            ),
            2,
            &[3, 4],
            &[Service, Channels],
            &[2, 3],
            &[Operational],
            Priority::Must,
            5,
            4,
            Resistance::Medium,
            t(
                "Operators expect longer calls while they learn the new screens.",
                "Operatorlar yangi ekranlarni oʻrganguncha qoʻngʻiroqlar uzayadi deb kutmoqda.",
                "Операторы ожидают, что звонки станут дольше, пока они осваивают новые экраны.",
            ),
            t(
                "Training in small groups; call-time targets relaxed for the first month.",
                "Kichik guruhlarda oʻqitish; birinchi oyda qoʻngʻiroq davomiyligi meʼyorlari yumshatiladi.",
                "Обучение в небольших группах; в первый месяц нормативы по длительности звонка смягчены.",
            ),
            date(2027, 9, 1),
        ),
        (
            t(
                "Complaints registered, routed and answered within deadlines",
                "Shikoyatlarni belgilangan muddatda qayd etish, yoʻnaltirish va javob berish",
                "Регистрация и маршрутизация жалоб и ответ на них в установленные сроки",
            ),
            2,
            &[3, 4],
            &[Service],
            &[3, 7],
            &[Operational, Tactical],
            Priority::Must,
            5,
            3,
            Resistance::Low,
            t("", "", ""),
            t(
                "Compliance writes the complaint categories with the contact centre.",
                "Komplayens xizmati shikoyat toifalarini aloqa markazi bilan birga ishlab chiqadi.",
                "Комплаенс вместе с контакт-центром составляет категории жалоб.",
            ),
            date(2027, 9, 1),
        ),
        (
            t(
                "Cross-sell offers for branch relationship managers",
                "Filial menejerlari uchun qoʻshimcha sotish takliflari",
                "Предложения кросс-продаж для клиентских менеджеров филиалов",
            ),
            0,
            &[0, 1],
            &[Sales, Marketing],
            &[1, 2, 4],
            &[Tactical, Operational],
            Priority::Must,
            5,
            3,
            Resistance::High,
            t(
                "Managers see the CRM as extra data entry and fear being measured on every keystroke.",
                "Menejerlar CRMni ortiqcha maʼlumot kiritish deb biladi va har bir bosilgan tugma boʻyicha baholanishdan qoʻrqadi.",
                "Менеджеры видят в CRM лишний ввод данных и боятся, что их будут оценивать по каждому нажатию клавиши.",
            ),
            t(
                "A champion in each pilot branch; offers pre-filled from core banking data; teams, not keystrokes, are measured.",
                "Har bir pilot filialda yetakchi foydalanuvchi; takliflar ABS maʼlumotlari asosida oldindan toʻldiriladi; tugma bosishlar emas, jamoa natijalari baholanadi.",
                "Ключевой пользователь в каждом пилотном филиале; предложения заранее заполняются из данных АБС; оцениваются результаты команд, а не нажатия клавиш.",
            ),
            date(2027, 12, 31),
        ),
        (
            t(
                "Churn early-warning list and retention calls",
                "Ketish xavfi boʻlgan mijozlar roʻyxati va ularni saqlab qolish qoʻngʻiroqlari",
                "Список раннего предупреждения об оттоке и звонки по удержанию",
            ),
            1,
            &[2],
            &[LoyaltyRetention, Analytics],
            &[1, 3, 4],
            &[Tactical, Operational],
            Priority::Should,
            4,
            4,
            Resistance::Medium,
            t(
                "Branches doubt that a model can tell who is about to leave.",
                "Filiallar model kim ketish arafasida ekanini aniqlay olishiga shubha qiladi.",
                "Филиалы сомневаются, что модель способна определить, кто собирается уйти.",
            ),
            t(
                "Show the model's hits from last year's data before the first campaign.",
                "Birinchi kampaniyadan oldin model oʻtgan yilgi maʼlumotlarda kimni toʻgʻri topganini koʻrsatish.",
                "До первой кампании показать, кого модель верно определила на данных прошлого года.",
            ),
            date(2028, 6, 30),
        ),
        (
            t(
                "SME lead-to-loan pipeline",
                "KOB uchun potensial mijozdan kreditgacha boʻlgan voronka",
                "Воронка МСБ от лида до кредита",
            ),
            3,
            &[5, 6],
            &[Sales],
            &[5],
            &[Tactical, Operational],
            Priority::Should,
            4,
            3,
            Resistance::High,
            t(
                "SME managers keep their clients in private spreadsheets and fear losing them.",
                "KOB menejerlari mijozlarini shaxsiy elektron jadvallarda yuritadi va ularni yoʻqotishdan qoʻrqadi.",
                "Менеджеры МСБ ведут клиентов в личных электронных таблицах и боятся их потерять.",
            ),
            t(
                "The pipeline records each client's manager; the best users are recognised each month.",
                "Voronkada har bir mijozning menejeri qayd etiladi; eng yaxshi foydalanuvchilar har oy ragʻbatlantiriladi.",
                "В воронке за каждым клиентом закреплён его менеджер; лучших пользователей ежемесячно отмечают.",
            ),
            date(2028, 3, 31),
        ),
        (
            t(
                "Targeted campaigns by client segment",
                "Mijozlar segmentlari boʻyicha maqsadli kampaniyalar",
                "Адресные кампании по сегментам клиентов",
            ),
            0,
            &[1],
            &[Marketing, Analytics],
            &[4],
            &[Tactical, Strategic],
            Priority::Could,
            3,
            2,
            Resistance::Low,
            t("", "", ""),
            t("", "", ""),
            date(2028, 6, 30),
        ),
        (
            t(
                "Chat with clients in the mobile app",
                "Mobil ilovada mijozlar bilan yozishma",
                "Чат с клиентами в мобильном приложении",
            ),
            2,
            &[3],
            &[Channels],
            &[3, 6],
            &[Operational],
            Priority::Wont,
            2,
            5,
            Resistance::Low,
            t("", "", ""),
            t(
                "Revisit after the mobile app's redesign in 2028.",
                "2028-yilda mobil ilova yangilangandan keyin qayta koʻrib chiqish.",
                "Вернуться к вопросу после редизайна мобильного приложения в 2028 году.",
            ),
            None,
        ),
    ];
    let mut goal_ids = Vec::new();
    for (
        name,
        bg,
        k,
        areas,
        u,
        levels,
        priority,
        value,
        effort,
        resistance,
        causes,
        mitigation,
        target,
    ) in goal_defs
    {
        let id = plan.fresh_id("g");
        plan.implementation_goals.push(ImplementationGoal {
            id,
            name: name.into(),
            description: String::new(),
            business_goal: business_goals.get(bg).cloned(),
            kpis: pick(&kpis, k),
            areas: areas.to_vec(),
            units: pick(units, u),
            levels: levels.to_vec(),
            priority: Some(priority),
            value: Some(value),
            effort: Some(effort),
            resistance: Some(resistance),
            resistance_causes: causes.into(),
            mitigation: mitigation.into(),
            target_date: target,
        });
        goal_ids.push(id);
    }
    // name, goals, responsible, indicators, start, deadline, budget (UZS), tasks
    type PlanDef = (
        &'static str,
        &'static [usize],
        usize,
        &'static [usize],
        NaiveDate,
        NaiveDate,
        f64,
        Vec<TaskDef>,
    );
    let plan_defs: [PlanDef; 4] = [
        (
            t(
                "Pilot: client view and complaints in the contact centre",
                "Pilot: aloqa markazida mijoz kartasi va shikoyatlar",
                "Пилот: карточка клиента и жалобы в контакт-центре",
            ),
            &[0, 1],
            3,
            &[3, 4],
            day(2027, 1, 11),
            day(2027, 8, 27),
            850_000_000.0,
            vec![
                (
                    t(
                        "Map the complaint process and its categories",
                        "Shikoyatlar bilan ishlash jarayoni va shikoyat toifalarini tavsiflash",
                        "Описать процесс работы с жалобами и их категории",
                    ),
                    3,
                    day(2027, 1, 11),
                    day(2027, 2, 5),
                    &[],
                    false,
                    t(
                        "Complaint categories and deadlines, signed by compliance",
                        "Komplayens xizmati imzolagan shikoyat toifalari va koʻrib chiqish muddatlari",
                        "Категории жалоб и сроки их рассмотрения, подписанные комплаенсом",
                    ),
                ),
                (
                    t(
                        "Integrate telephony with the CRM",
                        "Telefoniyani CRM bilan integratsiya qilish",
                        "Интегрировать телефонию с CRM",
                    ),
                    10,
                    day(2027, 2, 8),
                    day(2027, 4, 30),
                    &[0],
                    false,
                    t(
                        "Caller's client card opens with the call",
                        "Qoʻngʻiroq kelishi bilan qoʻngʻiroq qilgan mijozning kartasi ochiladi",
                        "При звонке сразу открывается карточка звонящего клиента",
                    ),
                ),
                (
                    t(
                        "Configure the client card and complaint forms",
                        "Mijoz kartasi va shikoyat shakllarini sozlash",
                        "Настроить карточку клиента и формы жалоб",
                    ),
                    12,
                    day(2027, 2, 8),
                    day(2027, 4, 16),
                    &[0],
                    false,
                    t(
                        "Forms in Uzbek and Russian",
                        "Oʻzbek va rus tillaridagi shakllar",
                        "Формы на узбекском и русском языках",
                    ),
                ),
                (
                    t(
                        "Train 85 operators in small groups",
                        "85 nafar operatorni kichik guruhlarda oʻqitish",
                        "Обучить 85 операторов в небольших группах",
                    ),
                    3,
                    day(2027, 5, 3),
                    day(2027, 6, 25),
                    &[1, 2],
                    false,
                    t(
                        "Every operator passed the practice test",
                        "Har bir operator amaliy sinovdan oʻtgan",
                        "Каждый оператор сдал практический тест",
                    ),
                ),
                (
                    t(
                        "Usage rules for service signed",
                        "Xizmat koʻrsatishda CRMdan foydalanish qoidalarini imzolash",
                        "Подписать правила использования CRM в обслуживании",
                    ),
                    14,
                    day(2027, 5, 3),
                    day(2027, 6, 30),
                    &[0],
                    false,
                    t(
                        "Rules for data access and complaint handling",
                        "Maʼlumotlarga kirish va shikoyatlarni koʻrib chiqish qoidalari",
                        "Правила доступа к данным и работы с жалобами",
                    ),
                ),
                (
                    t(
                        "Contact centre works in the CRM",
                        "Aloqa markazi CRMda ishlay boshladi",
                        "Контакт-центр работает в CRM",
                    ),
                    3,
                    day(2027, 7, 1),
                    day(2027, 7, 1),
                    &[3, 4],
                    true,
                    t("", "", ""),
                ),
            ],
        ),
        (
            t(
                "Cross-sell in the branches",
                "Filiallarda qoʻshimcha sotish",
                "Кросс-продажи в филиалах",
            ),
            &[2, 5],
            1,
            &[0, 1],
            day(2027, 3, 1),
            day(2027, 8, 31),
            1_200_000_000.0,
            vec![
                (
                    t(
                        "Next-best-offer rules with marketing",
                        "Marketing bilan birga “keyingi eng maqbul taklif” qoidalarini ishlab chiqish",
                        "Правила «следующего лучшего предложения» вместе с маркетингом",
                    ),
                    4,
                    day(2027, 3, 1),
                    day(2027, 3, 31),
                    &[],
                    false,
                    t(
                        "Offer rules for deposits, cards and consumer loans",
                        "Omonatlar, kartalar va isteʼmol kreditlari boʻyicha taklif qoidalari",
                        "Правила предложений по вкладам, картам и потребительским кредитам",
                    ),
                ),
                (
                    t(
                        "Clean client contact data in the pilot branches",
                        "Pilot filiallarda mijozlarning aloqa maʼlumotlarini tartibga keltirish",
                        "Очистить контактные данные клиентов в пилотных филиалах",
                    ),
                    4,
                    day(2027, 3, 15),
                    day(2027, 5, 14),
                    &[],
                    false,
                    t(
                        "Phone numbers and addresses checked",
                        "Telefon raqamlari va manzillar tekshirilgan",
                        "Телефоны и адреса проверены",
                    ),
                ),
                (
                    t(
                        "Offer screen for relationship managers",
                        "Menejerlar uchun takliflar ekrani",
                        "Экран предложений для клиентских менеджеров",
                    ),
                    12,
                    day(2027, 4, 5),
                    day(2027, 5, 28),
                    &[0],
                    false,
                    t(
                        "Offers shown on the client card",
                        "Takliflar mijoz kartasida koʻrsatiladi",
                        "Предложения видны в карточке клиента",
                    ),
                ),
                (
                    t(
                        "Train champions in three pilot branches",
                        "Uchta pilot filialda yetakchi foydalanuvchilarni oʻqitish",
                        "Обучить ключевых пользователей в трёх пилотных филиалах",
                    ),
                    5,
                    day(2027, 6, 1),
                    day(2027, 6, 18),
                    &[1, 2],
                    false,
                    t(
                        "Three champions per branch",
                        "Har bir filialda uchtadan yetakchi foydalanuvchi",
                        "По три ключевых пользователя в каждом филиале",
                    ),
                ),
                (
                    t(
                        "Pilot branches sell from the CRM",
                        "Pilot filiallar CRM orqali sotuvni boshladi",
                        "Пилотные филиалы продают через CRM",
                    ),
                    1,
                    day(2027, 6, 21),
                    day(2027, 6, 21),
                    &[3],
                    true,
                    t("", "", ""),
                ),
                (
                    t(
                        "Roll out to all 28 branches",
                        "Barcha 28 ta filialga joriy etish",
                        "Тиражировать на все 28 филиалов",
                    ),
                    1,
                    day(2027, 7, 1),
                    day(2027, 8, 27),
                    &[4],
                    false,
                    t(
                        "Every branch live, usage reviewed weekly",
                        "Har bir filial tizimda ishlaydi, foydalanish har hafta tahlil qilinadi",
                        "Все филиалы работают в системе, использование проверяется еженедельно",
                    ),
                ),
            ],
        ),
        (
            t(
                "Retention: churn early warning",
                "Saqlab qolish: ketish xavfi haqida erta ogohlantirish",
                "Удержание: раннее предупреждение об оттоке",
            ),
            &[3],
            4,
            &[2],
            day(2027, 5, 3),
            day(2027, 8, 31),
            400_000_000.0,
            vec![
                (
                    t(
                        "Churn model from 24 months of history",
                        "24 oylik tarix asosida mijozlar ketishi modeli",
                        "Модель оттока на данных за 24 месяца",
                    ),
                    10,
                    day(2027, 5, 3),
                    day(2027, 6, 25),
                    &[],
                    false,
                    t(
                        "Model with last year's hit rate",
                        "Oʻtgan yilgi maʼlumotlarda aniqligi tekshirilgan model",
                        "Модель с долей верных прогнозов на данных прошлого года",
                    ),
                ),
                (
                    t(
                        "Retention call scripts",
                        "Mijozni saqlab qolish uchun qoʻngʻiroq ssenariylari",
                        "Скрипты звонков по удержанию",
                    ),
                    3,
                    day(2027, 6, 1),
                    day(2027, 6, 30),
                    &[],
                    false,
                    t(
                        "Scripts in Uzbek and Russian",
                        "Oʻzbek va rus tillaridagi ssenariylar",
                        "Скрипты на узбекском и русском языках",
                    ),
                ),
                (
                    t(
                        "Early-warning list in the CRM",
                        "CRMda erta ogohlantirish roʻyxati",
                        "Список раннего предупреждения в CRM",
                    ),
                    12,
                    day(2027, 6, 28),
                    day(2027, 8, 13),
                    &[0],
                    false,
                    t(
                        "Daily list per branch",
                        "Har bir filial uchun kundalik roʻyxat",
                        "Ежедневный список по каждому филиалу",
                    ),
                ),
                (
                    t(
                        "First retention campaign",
                        "Mijozlarni saqlab qolish boʻyicha birinchi kampaniya",
                        "Первая кампания по удержанию",
                    ),
                    4,
                    day(2027, 8, 30),
                    day(2027, 8, 30),
                    &[1, 2],
                    true,
                    t("", "", ""),
                ),
            ],
        ),
        (
            t(
                "SME pipeline from lead to loan decision",
                "KOB voronkasi: potensial mijozdan kredit boʻyicha qarorgacha",
                "Воронка МСБ: от лида до решения по кредиту",
            ),
            &[4],
            2,
            &[5, 6],
            day(2027, 4, 5),
            day(2027, 8, 31),
            600_000_000.0,
            vec![
                (
                    t(
                        "Agree the pipeline stages with SME managers",
                        "Voronka bosqichlarini KOB menejerlari bilan kelishish",
                        "Согласовать этапы воронки с менеджерами МСБ",
                    ),
                    2,
                    day(2027, 4, 5),
                    day(2027, 4, 30),
                    &[],
                    false,
                    t(
                        "Stages from lead to loan decision",
                        "Potensial mijozdan kredit boʻyicha qarorgacha boʻlgan bosqichlar",
                        "Этапы от лида до решения по кредиту",
                    ),
                ),
                (
                    t(
                        "Loan application form and document checklist",
                        "Kredit arizasi shakli va hujjatlar roʻyxati",
                        "Форма кредитной заявки и перечень документов",
                    ),
                    12,
                    day(2027, 5, 3),
                    day(2027, 6, 11),
                    &[0],
                    false,
                    t(
                        "One form for all SME loan products",
                        "Barcha KOB kredit mahsulotlari uchun yagona shakl",
                        "Единая форма для всех кредитных продуктов МСБ",
                    ),
                ),
                (
                    t(
                        "Move SME leads from spreadsheets into the CRM",
                        "Potensial KOB mijozlarini elektron jadvallardan CRMga koʻchirish",
                        "Перенести лиды МСБ из электронных таблиц в CRM",
                    ),
                    7,
                    day(2027, 6, 14),
                    day(2027, 7, 9),
                    &[1],
                    false,
                    t(
                        "Every open lead in the pipeline",
                        "Barcha ochiq potensial mijozlar voronkada",
                        "Все открытые лиды — в воронке",
                    ),
                ),
                (
                    t(
                        "SME pipeline live",
                        "KOB voronkasi ishga tushirildi",
                        "Воронка МСБ запущена",
                    ),
                    2,
                    day(2027, 7, 12),
                    day(2027, 7, 12),
                    &[2],
                    true,
                    t("", "", ""),
                ),
            ],
        ),
    ];
    for (name, goals, responsible, indicators, start, deadline, budget, tasks) in plan_defs {
        let id = plan.fresh_id("p");
        let mut task_ids: Vec<Id> = Vec::new();
        let mut records = Vec::new();
        for (title, owner, start, due, deps, milestone, deliverable) in tasks {
            let task_id = plan.fresh_id("t");
            records.push(Task {
                id: task_id,
                title: title.into(),
                owner: people.get(owner).cloned(),
                start: Some(start),
                due: Some(due),
                status: TaskStatus::Todo,
                progress: 0,
                depends_on: pick(&task_ids, deps),
                milestone,
                deliverable: deliverable.into(),
            });
            task_ids.push(task_id);
        }
        plan.plans.push(ImplementationPlan {
            id,
            name: name.into(),
            goals: pick(&goal_ids, goals),
            responsible: people.get(responsible).cloned(),
            indicators: pick(&kpis, indicators),
            start: Some(start),
            deadline: Some(deadline),
            status: PlanStatus::Planned,
            budget: Some(budget),
            tasks: records,
        });
    }
}
