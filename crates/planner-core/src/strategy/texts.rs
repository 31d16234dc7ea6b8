//! Texts of step 2: the CRM strategy, its views and checks.

use crate::goals::texts::GoalsText;
use crate::strategy::{Direction, Frequency, InteractionArea, SoftwareKind};
use crate::texts;

texts! {
    /// Step 2's labels, hints, check messages and KPI sentences.
    StrategyText {
        TocLabel => { en: "On this page", uz: "Ushbu sahifada", ru: "На этой странице" },
        TocVision => { en: "Vision", uz: "Tasavvur", ru: "Видение" },
        TocGoals => { en: "Goals", uz: "Maqsadlar", ru: "Цели" },
        TocProcesses => { en: "Processes", uz: "Jarayonlar", ru: "Процессы" },
        TocPeople => { en: "People", uz: "Xodimlar", ru: "Сотрудники" },
        TocSoftware => { en: "Software", uz: "Dasturlar", ru: "ПО" },
        TocLinks => { en: "Links", uz: "Bogʻlanishlar", ru: "Связи" },
        TocBenefits => { en: "Benefits", uz: "Afzalliklar", ru: "Выгоды" },
        TocKpis => { en: "KPIs", uz: "KPI", ru: "KPI" },
        TocMatrix => { en: "Matrix", uz: "Matritsa", ru: "Матрица" },
        TocTrace => { en: "Traceability", uz: "Bogʻliqlik", ru: "Прослеживаемость" },
        /// A section's state in the contents: `{0}` things to fix there.
        TocToFix => { en: "{0} to fix", uz: "{0} ta tuzatish", ru: "исправить: {0}" },
        TocDone => { en: "done", uz: "tayyor", ru: "готово" },
        TocEmpty => { en: "to do", uz: "navbatda", ru: "предстоит" },
        Fold => { en: "Collapse “{0}”", uz: "“{0}” boʻlimini yigʻish", ru: "Свернуть «{0}»" },
        Unfold => { en: "Expand “{0}”", uz: "“{0}” boʻlimini yoyish", ru: "Развернуть «{0}»" },
        VisionSection => { en: "Vision", uz: "Maqsadli tasavvur", ru: "Видение" },
        Vision => { en: "What will the CRM change?", uz: "CRM nimani oʻzgartiradi?", ru: "Что изменит CRM?" },
        VisionHint => {
            en: "For example: every client is known by name in every branch and channel",
            uz: "Masalan: har bir mijoz har bir filial va kanalda nomi bilan tanilsin",
            ru: "Например: каждого клиента знают по имени в любом отделении и канале",
        },
        Intro => {
            en: "In the textbook: defining the CRM strategy means bringing out the interrelations between business goals, business processes, people and software; before implementing the software, identify the benefits and define the key performance indicators.",
            uz: "Darslikda: CRM strategiyasini aniqlash biznes-maqsad, biznes-jarayon, insonlar va dasturiy taʼminot oʻrtasidagi oʻzaro aloqadorlikni yuzaga chiqarishdan iborat; dasturiy taʼminotni joriy etishdan avval undan keladigan afzalliklarni aniqlash va samaradorlikning asosiy koʻrsatkichlarini aniqlab olish kerak.",
            ru: "В учебнике: определить CRM-стратегию — значит выявить взаимосвязи между бизнес-целями, бизнес-процессами, людьми и программным обеспечением; до внедрения ПО нужно определить выгоды и ключевые показатели эффективности.",
        },
        GoalsSection => { en: "Business goals", uz: "Biznes-maqsadlar", ru: "Бизнес-цели" },
        Goal => { en: "Business goal", uz: "Biznes-maqsad", ru: "Бизнес-цель" },
        GoalStakeholders => { en: "Whose expected results it answers", uz: "Kimning kutgan natijalariga javob beradi", ru: "Чьи ожидания она отражает" },
        ProcessesSection => { en: "Business processes", uz: "Biznes-jarayonlar", ru: "Бизнес-процессы" },
        Process => { en: "Process", uz: "Jarayon", ru: "Процесс" },
        Area => { en: "Customer-interaction area", uz: "Mijozlar bilan oʻzaro aloqadorlik sohasi", ru: "Область взаимодействия с клиентами" },
        PeopleSection => { en: "People groups", uz: "Xodimlar guruhlari", ru: "Группы сотрудников" },
        PeopleGroup => { en: "People group", uz: "Xodimlar guruhi", ru: "Группа сотрудников" },
        Size => { en: "How many people", uz: "Necha kishi", ru: "Сколько человек" },
        SoftwareSection => { en: "Software", uz: "Dasturiy taʼminot", ru: "Программное обеспечение" },
        SoftwareItem => { en: "Software item", uz: "Dastur", ru: "Система или модуль" },
        Kind => { en: "Kind", uz: "Turi", ru: "Вид" },
        Description => { en: "Description", uz: "Tavsif", ru: "Описание" },
        LinksSection => {
            en: "Interrelation: goal, process, people, software",
            uz: "Oʻzaro aloqadorlik: maqsad, jarayon, insonlar, dasturiy taʼminot",
            ru: "Взаимосвязь: цель, процесс, люди, ПО",
        },
        LinksIntro => {
            en: "Link each goal to the process that serves it, then tick the people groups and software that make it work.",
            uz: "Har bir maqsadni unga xizmat qiladigan jarayon bilan bogʻlang, soʻng uni amalga oshiradigan xodimlar guruhlari va dasturlarni belgilang.",
            ru: "Свяжите каждую цель с процессом, который ей служит, затем отметьте группы сотрудников и ПО, которые это обеспечивают.",
        },
        LinksNeed => {
            en: "Add a business goal and a process first.",
            uz: "Avval biznes-maqsad va jarayonni qoʻshing.",
            ru: "Сначала добавьте бизнес-цель и процесс.",
        },
        LinkGoal => { en: "Goal", uz: "Maqsad", ru: "Цель" },
        LinkProcess => { en: "Process", uz: "Jarayon", ru: "Процесс" },
        LinkPeople => { en: "People groups", uz: "Xodimlar guruhlari", ru: "Группы сотрудников" },
        LinkSoftware => { en: "Software", uz: "Dasturlar", ru: "ПО" },
        AddLink => { en: "Link", uz: "Bogʻlash", ru: "Связать" },
        LinkServes => { en: "{0} → {1}", uz: "{0} → {1}", ru: "{0} → {1}" },
        BenefitsSection => { en: "Expected benefits", uz: "Kutilayotgan afzalliklar", ru: "Ожидаемые выгоды" },
        Benefit => { en: "Benefit", uz: "Afzallik", ru: "Выгода" },
        Tangible => { en: "Tangible (measurable in money or numbers)", uz: "Moddiy (pul yoki raqamda oʻlchanadi)", ru: "Материальная (измерима в деньгах или цифрах)" },
        TangibleShort => { en: "tangible", uz: "moddiy", ru: "материальная" },
        IntangibleShort => { en: "intangible", uz: "nomoddiy", ru: "нематериальная" },
        BenefitGoals => { en: "Comes from goals", uz: "Qaysi maqsadlardan kelib chiqadi", ru: "Следует из целей" },
        KpisSection => { en: "Key performance indicators", uz: "Samaradorlikning asosiy koʻrsatkichlari (KPI)", ru: "Ключевые показатели эффективности (KPI)" },
        Kpi => { en: "KPI", uz: "KPI", ru: "KPI" },
        Unit => { en: "Unit", uz: "Oʻlchov birligi", ru: "Единица измерения" },
        UnitHint => { en: "%, days, UZS, clients", uz: "%, kun, soʻm, mijoz", ru: "%, дни, сум, клиенты" },
        Direction => { en: "Direction", uz: "Yoʻnalish", ru: "Направление" },
        Increase => { en: "Increase", uz: "Oshirish", ru: "Увеличить" },
        Decrease => { en: "Decrease", uz: "Kamaytirish", ru: "Уменьшить" },
        Baseline => { en: "Baseline (today)", uz: "Boshlangʻich qiymat (bugun)", ru: "Исходное значение (сейчас)" },
        Target => { en: "Target", uz: "Maqsadli qiymat", ru: "Целевое значение" },
        TargetDate => { en: "Target date", uz: "Maqsadli sana", ru: "Целевая дата" },
        Frequency => { en: "Measured", uz: "Oʻlchash davriyligi", ru: "Периодичность измерения" },
        Weekly => { en: "Weekly", uz: "Har hafta", ru: "Еженедельно" },
        Monthly => { en: "Monthly", uz: "Har oy", ru: "Ежемесячно" },
        Quarterly => { en: "Quarterly", uz: "Har chorak", ru: "Ежеквартально" },
        Yearly => { en: "Yearly", uz: "Har yil", ru: "Ежегодно" },
        Owner => { en: "Owner", uz: "Masʼul", ru: "Владелец" },
        NoOwner => { en: "— choose —", uz: "— tanlang —", ru: "— выберите —" },
        KpiGoals => { en: "Goals it measures", uz: "Qaysi maqsadlarni oʻlchaydi", ru: "Какие цели измеряет" },
        Name => { en: "Name", uz: "Nomi", ru: "Название" },
        Add => { en: "Add", uz: "Qoʻshish", ru: "Добавить" },
        Delete => { en: "Delete", uz: "Oʻchirish", ru: "Удалить" },
        DeleteNamed => { en: "Delete {0}", uz: "“{0}”ni oʻchirish", ru: "Удалить: {0}" },
        Edit => { en: "Edit", uz: "Tahrirlash", ru: "Изменить" },
        Close => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        EditNamed => { en: "Edit {0}", uz: "“{0}”ni tahrirlash", ru: "Изменить: {0}" },
        CloseNamed => { en: "Close {0}", uz: "“{0}”ni yopish", ru: "Закрыть: {0}" },
        SummaryTarget => { en: "Target: {0}", uz: "Maqsadli qiymat: {0}", ru: "Целевое значение: {0}" },
        SummaryOwner => { en: "Owner: {0}", uz: "Masʼul: {0}", ru: "Владелец: {0}" },
        SummaryNoOwner => { en: "No owner yet", uz: "Masʼul hali tanlanmagan", ru: "Владелец не выбран" },
        SummaryStakeholders => { en: "Stakeholders: {0}", uz: "Manfaatdor tomonlar: {0}", ru: "Заинтересованные стороны: {0}" },
        SummaryKpis => { en: "KPIs: {0}", uz: "KPIlar: {0}", ru: "KPI: {0}" },
        NoneYet => { en: "None yet.", uz: "Hali yoʻq.", ru: "Пока нет." },
        NothingToChoose => { en: "Nothing to choose yet.", uz: "Tanlash uchun hali hech narsa yoʻq.", ru: "Пока не из чего выбрать." },
        KindExisting => { en: "Existing system", uz: "Mavjud tizim", ru: "Существующая система" },
        KindCapability => { en: "CRM capability", uz: "CRM imkoniyati", ru: "Возможность CRM" },
        KindIntegration => { en: "Integration", uz: "Integratsiya", ru: "Интеграция" },
        MatrixTitle => { en: "Alignment matrix: goals × processes", uz: "Moslik matritsasi: maqsadlar × jarayonlar", ru: "Матрица соответствия: цели × процессы" },
        MatrixEmpty => {
            en: "The matrix appears once there are goals and processes.",
            uz: "Matritsa maqsadlar va jarayonlar kiritilgach paydo boʻladi.",
            ru: "Матрица появится, когда будут цели и процессы.",
        },
        MatrixLinked => { en: "linked", uz: "bogʻlangan", ru: "связано" },
        TraceTitle => { en: "Traceability: goal → KPIs → benefits", uz: "Bogʻliqlik zanjiri: maqsad → KPI → afzalliklar", ru: "Прослеживаемость: цель → KPI → выгоды" },
        TraceKpis => { en: "KPIs", uz: "KPIlar", ru: "KPI" },
        TraceBenefits => { en: "Benefits", uz: "Afzalliklar", ru: "Выгоды" },
        TraceNone => { en: "none yet", uz: "hali yoʻq", ru: "пока нет" },
        SentenceIncrease => {
            en: "Improve {0} from {1} to {2} by {3}",
            uz: "{3}gacha “{0}” koʻrsatkichini {1} darajasidan {2} darajasiga oshirish",
            ru: "Повысить «{0}» с {1} до {2} к {3}",
        },
        SentenceDecrease => {
            en: "Reduce {0} from {1} to {2} by {3}",
            uz: "{3}gacha “{0}” koʻrsatkichini {1} darajasidan {2} darajasiga kamaytirish",
            ru: "Снизить «{0}» с {1} до {2} к {3}",
        },
        SentenceIncomplete => {
            en: "The sentence appears once baseline, target and date are set.",
            uz: "Jumla boshlangʻich qiymat, maqsadli qiymat va maqsadli sana kiritilgach chiqadi.",
            ru: "Фраза появится, когда будут заданы исходное и целевое значения и целевая дата.",
        },
        CheckVision => {
            en: "Write the vision of what the CRM will change.",
            uz: "CRM nimani oʻzgartirishi haqidagi tasavvurni yozing.",
            ru: "Опишите видение: что изменит CRM.",
        },
        CheckGoals => {
            en: "Add at least one business goal.",
            uz: "Kamida bitta biznes-maqsadni qoʻshing.",
            ru: "Добавьте хотя бы одну бизнес-цель.",
        },
        CheckGoalKpi => {
            en: "Goal “{0}” has no KPI that measures it.",
            uz: "“{0}” maqsadini oʻlchaydigan KPI yoʻq.",
            ru: "У цели «{0}» нет KPI, который её измеряет.",
        },
        CheckGoalProcess => {
            en: "Goal “{0}” is not linked to any business process.",
            uz: "“{0}” maqsadi birorta biznes-jarayonga bogʻlanmagan.",
            ru: "Цель «{0}» не связана ни с одним бизнес-процессом.",
        },
        CheckProcessArea => {
            en: "Choose the customer-interaction area of the process “{0}”.",
            uz: "“{0}” jarayoni uchun mijozlar bilan oʻzaro aloqadorlik sohasini tanlang.",
            ru: "Выберите область взаимодействия с клиентами для процесса «{0}».",
        },
        CheckGoalPeople => {
            en: "Goal “{0}” is not linked to any people group.",
            uz: "“{0}” maqsadi birorta xodimlar guruhiga bogʻlanmagan.",
            ru: "Цель «{0}» не связана ни с одной группой сотрудников.",
        },
        CheckGoalSoftware => {
            en: "Goal “{0}” is not linked to any software.",
            uz: "“{0}” maqsadi birorta dasturga bogʻlanmagan.",
            ru: "Цель «{0}» не связана ни с каким ПО.",
        },
        CheckKpiUnit => {
            en: "KPI “{0}” has no unit of measure.",
            uz: "“{0}” KPI uchun oʻlchov birligi yoʻq.",
            ru: "У KPI «{0}» нет единицы измерения.",
        },
        CheckKpiBaseline => {
            en: "KPI “{0}” has no baseline.",
            uz: "“{0}” KPI uchun boshlangʻich qiymat yoʻq.",
            ru: "У KPI «{0}» нет исходного значения.",
        },
        CheckKpiTarget => {
            en: "KPI “{0}” has no target.",
            uz: "“{0}” KPI uchun maqsadli qiymat yoʻq.",
            ru: "У KPI «{0}» нет целевого значения.",
        },
        CheckKpiDirection => {
            en: "KPI “{0}”: the target goes against its direction.",
            uz: "“{0}” KPI: maqsadli qiymat yoʻnalishiga zid.",
            ru: "KPI «{0}»: целевое значение противоречит направлению.",
        },
        CheckKpiDate => {
            en: "KPI “{0}” has no target date.",
            uz: "“{0}” KPI uchun maqsadli sana yoʻq.",
            ru: "У KPI «{0}» нет целевой даты.",
        },
        CheckKpiOwner => {
            en: "KPI “{0}” has no owner from the stakeholder register.",
            uz: "“{0}” KPI uchun manfaatdor tomonlar reyestridan masʼul tanlanmagan.",
            ru: "У KPI «{0}» нет владельца из реестра заинтересованных сторон.",
        },
        CheckBenefits => {
            en: "Name at least one expected benefit.",
            uz: "Kamida bitta kutilayotgan afzallikni kiriting.",
            ru: "Укажите хотя бы одну ожидаемую выгоду.",
        },
        ErrNumber => {
            en: "Enter a number, such as 12 or 12.5.",
            uz: "Son kiriting, masalan 12 yoki 12,5.",
            ru: "Введите число, например 12 или 12,5.",
        },
        ErrAgainstIncrease => {
            en: "This KPI should increase: the target must be above the baseline ({0}).",
            uz: "Bu KPI oshishi kerak: maqsadli qiymat boshlangʻich qiymatdan ({0}) yuqori boʻlsin.",
            ru: "Этот KPI должен расти: целевое значение должно быть выше исходного ({0}).",
        },
        ErrAgainstDecrease => {
            en: "This KPI should decrease: the target must be below the baseline ({0}).",
            uz: "Bu KPI kamayishi kerak: maqsadli qiymat boshlangʻich qiymatdan ({0}) past boʻlsin.",
            ru: "Этот KPI должен снижаться: целевое значение должно быть ниже исходного ({0}).",
        },
        ErrDatePast => {
            en: "The target date is in the past.",
            uz: "Maqsadli sana oʻtib ketgan.",
            ru: "Целевая дата уже прошла.",
        },
    }
}

impl StrategyText {
    /// The name of a customer-interaction area: the one label set that step 3 uses too, so the
    /// same area is never named two ways on two screens.
    pub fn area(a: InteractionArea) -> GoalsText {
        GoalsText::area(a)
    }

    /// The name of a software kind.
    pub fn kind(k: SoftwareKind) -> StrategyText {
        match k {
            SoftwareKind::ExistingSystem => StrategyText::KindExisting,
            SoftwareKind::CrmCapability => StrategyText::KindCapability,
            SoftwareKind::Integration => StrategyText::KindIntegration,
        }
    }

    /// The name of a KPI direction.
    pub fn direction(d: Direction) -> StrategyText {
        match d {
            Direction::Increase => StrategyText::Increase,
            Direction::Decrease => StrategyText::Decrease,
        }
    }

    /// The name of a measurement frequency.
    pub fn frequency(f: Frequency) -> StrategyText {
        match f {
            Frequency::Weekly => StrategyText::Weekly,
            Frequency::Monthly => StrategyText::Monthly,
            Frequency::Quarterly => StrategyText::Quarterly,
            Frequency::Yearly => StrategyText::Yearly,
        }
    }
}
