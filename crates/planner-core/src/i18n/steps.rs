//! Step titles and purposes. Uzbek titles of steps 1-4 are the source text's own words.

use crate::steps::StepId;
use crate::texts;

texts! {
    /// The title and purpose of each step, and status names.
    StepText {
        OverviewTitle => {
            en: "Overview",
            uz: "Umumiy koʻrinish",
            ru: "Обзор",
        },
        OverviewPurpose => {
            en: "Where the plan stands: each step's status, what is still missing, and what to do next.",
            uz: "Reja qay holatda: har bir qadamning holati, nimalar yetishmayapti va keyingi ish nima.",
            ru: "Состояние плана: статус каждого шага, чего ещё не хватает и что делать дальше.",
        },
        ProfileTitle => {
            en: "Project profile",
            uz: "Loyiha profili",
            ru: "Профиль проекта",
        },
        ProfilePurpose => {
            en: "Name the project and describe the organisation: its units, their functional levels and whether they face customers. Step 3 weighs goals against the company's structure and functional levels.",
            uz: "Loyihani nomlang va tashkilotni tavsiflang: uning boʻlinmalari, ularning funksional darajalari va mijozlar bilan ishlashi. 3-qadamda maqsadlar kompaniya tuzilishi va funksional darajalar bilan solishtiriladi.",
            ru: "Назовите проект и опишите организацию: её подразделения, их функциональные уровни и работу с клиентами. На шаге 3 цели соотносятся со структурой компании и функциональными уровнями.",
        },
        StakeholdersTitle => {
            en: "Engage the key stakeholders",
            uz: "Asosiy manfaatdor tomonlarni jalb etish",
            ru: "Вовлечение ключевых заинтересованных сторон",
        },
        StakeholdersPurpose => {
            en: "Before the project starts, identify every interested party — users, customers, management, suppliers and others — and assess the results they expect from the CRM. Many CRM projects fail because the stakeholders did not take part: involve them in assessing the business tasks, working out the strategy and working out the rules for using the CRM.",
            uz: "Loyihani boshlashdan avval barcha manfaatdor tomonlarni — foydalanuvchilar, mijozlar, rahbariyat, taʼminotchilar va boshqalarni — aniqlab oling va ularning CRM-tizimni joriy etishdan kutayotgan natijalarini baholang. Koʻplab CRM loyihalari manfaatdor tomonlar ishtirok etmagani uchun muvaffaqiyatsizlikka uchraydi: ularni biznes-masalalarni baholash, strategiyani va CRM-tizimdan foydalanish qoidalarini ishlab chiqishga jalb eting.",
            ru: "До начала проекта определите все заинтересованные стороны — пользователей, клиентов, руководство, поставщиков и других — и оцените, каких результатов они ждут от CRM. Многие CRM-проекты проваливаются из-за того, что заинтересованные стороны не участвовали: привлеките их к оценке бизнес-задач, выработке стратегии и правил использования CRM.",
        },
        StrategyTitle => {
            en: "Define the CRM strategy",
            uz: "CRM-tizimlar strategiyasini aniqlash",
            ru: "Определение CRM-стратегии",
        },
        StrategyPurpose => {
            en: "Bring out the interrelations between business goals, business processes, people and software. Before implementing the software, identify the benefits it will bring and define the key performance indicators.",
            uz: "Biznes-maqsad, biznes-jarayon, insonlar va dasturiy taʼminot oʻrtasidagi oʻzaro aloqadorlikni yuzaga chiqaring. Dasturiy taʼminotni joriy etishdan avval undan keladigan afzalliklarni va samaradorlikning asosiy koʻrsatkichlarini aniqlang.",
            ru: "Выявите взаимосвязи между бизнес-целями, бизнес-процессами, людьми и программным обеспечением. До внедрения ПО определите, какие выгоды оно принесёт, и задайте ключевые показатели эффективности.",
        },
        GoalsTitle => {
            en: "Define the implementation goals and set priorities",
            uz: "CRM-tizimlarni joriy etish maqsadlarini aniqlash va ustuvorliklarni qoʻyib olish",
            ru: "Определение целей внедрения и расстановка приоритетов",
        },
        GoalsPurpose => {
            en: "Formulate the implementation goals precisely before the project is worked out. Take the company's structure, its functional levels and resistance to change into account, and set priorities that cover the main areas of interaction with customers.",
            uz: "Loyihani ishlab chiqishdan avval joriy etish maqsadlarini qatʼiy shakllantiring. Kompaniya tuzilishi, funksional darajalar va oʻzgarishlarga qarshiliklarni eʼtiborga oling; ustuvorliklar mijozlar bilan oʻzaro aloqadorlikning asosiy sohalarini qamrab olsin.",
            ru: "Чётко сформулируйте цели внедрения до разработки проекта. Учтите структуру компании, функциональные уровни и сопротивление изменениям; приоритеты должны охватывать основные области взаимодействия с клиентами.",
        },
        PlansTitle => {
            en: "Develop the implementation plan",
            uz: "Joriy etish rejasini ishlab chiqish",
            ru: "Разработка плана внедрения",
        },
        PlansPurpose => {
            en: "Once the strategy and goals are defined, work out the plan. Reaching the goal may take several plans tied to the priorities; each names a responsible person, key indicators and a deadline.",
            uz: "Strategiya va maqsadlar aniqlangandan soʻng joriy etish rejasi ishlab chiqiladi. Maqsadga erishish ustuvorliklar bilan bogʻliq bir nechta rejadan iborat boʻlishi mumkin; har bir reja masʼul shaxs, asosiy koʻrsatkichlar va muddatni oʻz ichiga oladi.",
            ru: "Когда стратегия и цели определены, разрабатывается план внедрения. Для достижения цели может понадобиться несколько планов, связанных с приоритетами; в каждом — ответственное лицо, ключевые показатели и срок.",
        },
        StatusNotStarted => { en: "Not started", uz: "Boshlanmagan", ru: "Не начат" },
        StatusInProgress => { en: "In progress", uz: "Jarayonda", ru: "В работе" },
        StatusComplete => { en: "Complete", uz: "Bajarilgan", ru: "Завершён" },
        StepNumber => { en: "Step {0}", uz: "{0}-qadam", ru: "Шаг {0}" },
        /// The link at the end of a step to the one after it (or, after step 4, the report).
        Next => { en: "Next: {0} →", uz: "Keyingisi: {0} →", ru: "Далее: {0} →" },
        NextLabel => { en: "Next step", uz: "Keyingi qadam", ru: "Следующий шаг" },
    }
}

impl StepText {
    /// The title of a step.
    pub fn title(step: StepId) -> StepText {
        match step {
            StepId::Profile => StepText::ProfileTitle,
            StepId::Stakeholders => StepText::StakeholdersTitle,
            StepId::Strategy => StepText::StrategyTitle,
            StepId::Goals => StepText::GoalsTitle,
            StepId::Plans => StepText::PlansTitle,
        }
    }

    /// A step's number and title: "Step 1. Engage the key stakeholders", "1-qadam. …".
    pub fn numbered(step: StepId, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{fill, Text};
        let number = fill(
            StepText::StepNumber.text(lang),
            &[&step.number().to_string()],
        );
        format!("{number}. {}", StepText::title(step).text(lang))
    }

    /// What a step is for, in the source text's terms.
    pub fn purpose(step: StepId) -> StepText {
        match step {
            StepId::Profile => StepText::ProfilePurpose,
            StepId::Stakeholders => StepText::StakeholdersPurpose,
            StepId::Strategy => StepText::StrategyPurpose,
            StepId::Goals => StepText::GoalsPurpose,
            StepId::Plans => StepText::PlansPurpose,
        }
    }

    /// The name of a status.
    pub fn status(status: crate::steps::StepStatus) -> StepText {
        use crate::steps::StepStatus::*;
        match status {
            NotStarted => StepText::StatusNotStarted,
            InProgress => StepText::StatusInProgress,
            Complete => StepText::StatusComplete,
        }
    }
}
