//! Texts of step 3: implementation goals, priorities, scope, and the views.

use crate::goals::matrix::Quadrant;
use crate::goals::{Priority, Resistance};
use crate::strategy::InteractionArea;
use crate::texts;

texts! {
    /// Step 3's labels, hints and check messages.
    GoalsText {
        ScopeSection => { en: "Interaction areas in scope", uz: "Qamrovdagi oʻzaro aloqadorlik sohalari", ru: "Области взаимодействия в рамках внедрения" },
        ScopeIntro => {
            en: "The textbook asks that priorities cover the main areas of interaction with customers. Decide for each area whether the roll-out covers it; sales, service and marketing need a decision.",
            uz: "Darslik ustuvorliklar mijozlar bilan oʻzaro aloqadorlikning asosiy sohalarini qamrab olishini talab qiladi. Har bir soha joriy etishga kiradimi, hal qiling; savdo, xizmat koʻrsatish va marketing boʻyicha qaror shart.",
            ru: "Учебник требует, чтобы приоритеты охватывали основные области взаимодействия с клиентами. Решите для каждой области, входит ли она в рамки внедрения; по продажам, обслуживанию и маркетингу решение обязательно.",
        },
        Decision => { en: "Decision", uz: "Qaror", ru: "Решение" },
        Undecided => { en: "Not decided", uz: "Hal qilinmagan", ru: "Не решено" },
        InScope => { en: "In scope", uz: "Qamrovda", ru: "В рамках внедрения" },
        OutOfScope => { en: "Out of scope", uz: "Qamrovdan tashqarida", ru: "За рамками внедрения" },
        Reason => { en: "Why it is out of scope", uz: "Nega qamrovdan tashqarida", ru: "Почему за рамками внедрения" },
        AreaMarketing => { en: "Marketing", uz: "Marketing", ru: "Маркетинг" },
        AreaSales => { en: "Sales", uz: "Savdo", ru: "Продажи" },
        AreaService => { en: "Customer service", uz: "Mijozlarga xizmat koʻrsatish", ru: "Обслуживание клиентов" },
        AreaOrderBilling => { en: "Orders and billing", uz: "Buyurtmalar va hisob-kitob", ru: "Заказы и расчёты" },
        AreaLoyalty => { en: "Loyalty and retention", uz: "Sodiqlik va mijozlarni saqlab qolish", ru: "Лояльность и удержание" },
        AreaChannels => { en: "Channels", uz: "Kanallar", ru: "Каналы" },
        AreaAnalytics => { en: "Customer analytics", uz: "Mijozlar tahlili", ru: "Клиентская аналитика" },
        AreaOther => { en: "Other", uz: "Boshqa", ru: "Другое" },
        GoalsSection => { en: "Implementation goals, ranked", uz: "Joriy etish maqsadlari, tartiblangan", ru: "Цели внедрения по порядку" },
        RankIntro => {
            en: "Ranked by priority, then in your order. Move a goal within its priority with the arrows, or with Alt+↑ and Alt+↓ on a focused row.",
            uz: "Avval ustuvorlik, soʻng siz belgilagan tartib. Maqsadni oʻz ustuvorligi ichida oʻq tugmalari yoki tanlangan qatorda Alt+↑ va Alt+↓ bilan siljiting.",
            ru: "Сначала по приоритету, затем в вашем порядке. Перемещайте цель в пределах приоритета стрелками или клавишами Alt+↑ и Alt+↓ на выбранной строке.",
        },
        RankByValue => { en: "Rank by value for effort", uz: "Foydalilik/mehnat sarfi nisbati boʻyicha tartiblash", ru: "Упорядочить по соотношению ценности и трудозатрат" },
        MoveUp => { en: "Move up", uz: "Yuqoriga", ru: "Выше" },
        MoveDown => { en: "Move down", uz: "Pastga", ru: "Ниже" },
        MoveUpNamed => { en: "Move “{0}” up", uz: "“{0}”ni yuqoriga siljitish", ru: "Переместить «{0}» выше" },
        MoveDownNamed => { en: "Move “{0}” down", uz: "“{0}”ni pastga siljitish", ru: "Переместить «{0}» ниже" },
        Edit => { en: "Edit", uz: "Tahrirlash", ru: "Изменить" },
        Close => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        Delete => { en: "Delete goal", uz: "Maqsadni oʻchirish", ru: "Удалить цель" },
        NewGoal => { en: "New implementation goal", uz: "Yangi joriy etish maqsadi", ru: "Новая цель внедрения" },
        AddGoal => { en: "Add goal", uz: "Maqsad qoʻshish", ru: "Добавить цель" },
        NoGoals => {
            en: "No implementation goals yet. Add the first below.",
            uz: "Hali joriy etish maqsadlari yoʻq. Birinchisini quyida qoʻshing.",
            ru: "Целей внедрения пока нет. Добавьте первую ниже.",
        },
        Name => { en: "Goal", uz: "Maqsad", ru: "Цель" },
        NameHint => {
            en: "For example: every branch lead recorded in the CRM",
            uz: "Masalan: filialdagi har bir potensial mijoz CRMda qayd etiladi",
            ru: "Например: каждый лид филиала фиксируется в CRM",
        },
        Description => { en: "Description", uz: "Tavsif", ru: "Описание" },
        BusinessGoal => { en: "Business goal it serves", uz: "Xizmat qiladigan biznes-maqsad", ru: "Бизнес-цель, которой служит" },
        NoneChosen => { en: "— none —", uz: "— tanlanmagan —", ru: "— не выбрано —" },
        Kpis => { en: "KPIs it moves", uz: "Taʼsir qiladigan KPIlar", ru: "KPI, на которые влияет" },
        NoKpis => { en: "No KPIs defined in step 2 yet.", uz: "2-qadamda hali KPI belgilanmagan.", ru: "На шаге 2 ещё нет KPI." },
        Areas => { en: "Interaction areas it covers", uz: "Qamrab oladigan oʻzaro aloqadorlik sohalari", ru: "Охватываемые области взаимодействия" },
        Units => { en: "Units it touches", uz: "Taʼsir qiladigan boʻlinmalar", ru: "Затрагиваемые подразделения" },
        NoUnits => { en: "No units in the profile yet.", uz: "Profilda hali boʻlinmalar yoʻq.", ru: "В профиле ещё нет подразделений." },
        Levels => { en: "Functional levels it touches", uz: "Taʼsir qiladigan funksional darajalar", ru: "Затрагиваемые функциональные уровни" },
        Priority => { en: "Priority", uz: "Ustuvorlik", ru: "Приоритет" },
        Value => { en: "Value (1-5)", uz: "Foydalilik (1-5)", ru: "Ценность (1-5)" },
        Effort => { en: "Effort (1-5)", uz: "Mehnat sarfi (1-5)", ru: "Трудозатраты (1-5)" },
        Resistance => { en: "Resistance to change", uz: "Oʻzgarishlarga qarshilik", ru: "Сопротивление изменениям" },
        Causes => { en: "Causes of resistance", uz: "Qarshilik sabablari", ru: "Причины сопротивления" },
        Mitigation => { en: "Mitigation", uz: "Qarshilikni kamaytirish choralari", ru: "Меры по снижению сопротивления" },
        TargetDate => { en: "Target date", uz: "Maqsadli sana", ru: "Целевая дата" },
        NotSet => { en: "—", uz: "—", ru: "—" },
        Must => { en: "Must have", uz: "Majburiy", ru: "Обязательно" },
        Should => { en: "Should have", uz: "Muhim", ru: "Желательно" },
        Could => { en: "Could have", uz: "Ixtiyoriy", ru: "Возможно" },
        Wont => { en: "Won't have this time", uz: "Bu safar emas", ru: "Не в этот раз" },
        Low => { en: "Low", uz: "Past", ru: "Низкое" },
        Medium => { en: "Medium", uz: "Oʻrta", ru: "Среднее" },
        High => { en: "High", uz: "Yuqori", ru: "Высокое" },
        Scores => { en: "value {0} · effort {1}", uz: "foydalilik {0} · mehnat sarfi {1}", ru: "ценность {0} · трудозатраты {1}" },
        MatrixTitle => { en: "Value and effort", uz: "Foydalilik va mehnat sarfi", ru: "Ценность и трудозатраты" },
        MatrixIntro => {
            en: "Each dot is a goal, numbered as in the ranked list.",
            uz: "Har bir nuqta — maqsad, tartiblangan roʻyxatdagi raqami bilan.",
            ru: "Каждая точка — цель с её номером из упорядоченного списка.",
        },
        AxisValue => { en: "Value →", uz: "Foydalilik →", ru: "Ценность →" },
        AxisEffort => { en: "Effort →", uz: "Mehnat sarfi →", ru: "Трудозатраты →" },
        QuickWins => { en: "Quick wins", uz: "Tez yutuqlar", ru: "Быстрые победы" },
        MajorProjects => { en: "Major projects", uz: "Yirik loyihalar", ru: "Крупные проекты" },
        FillIns => { en: "Fill-ins", uz: "Qoʻshimcha ishlar", ru: "Попутные задачи" },
        Avoid => { en: "Avoid", uz: "Qochish kerak", ru: "Избегать" },
        CoverageTitle => { en: "Coverage: areas × functional levels", uz: "Qamrov: sohalar × funksional darajalar", ru: "Охват: области × функциональные уровни" },
        CoverageIntro => {
            en: "How many goals (other than won't-have) cover each area at each level. An empty cell in scope is a gap.",
            uz: "Har bir soha va darajani nechta maqsad (“bu safar emas”dan tashqari) qamrab oladi. Qamrovdagi boʻsh katak — boʻshliq.",
            ru: "Сколько целей (кроме «не в этот раз») охватывают каждую область на каждом уровне. Пустая клетка в области, входящей в рамки внедрения, — это пробел.",
        },
        Area => { en: "Area", uz: "Soha", ru: "Область" },
        ResistanceTitle => { en: "Resistance to change by unit", uz: "Boʻlinmalar boʻyicha oʻzgarishlarga qarshilik", ru: "Сопротивление изменениям по подразделениям" },
        Unit => { en: "Unit", uz: "Boʻlinma", ru: "Подразделение" },
        Unmitigated => { en: "High, no mitigation", uz: "Yuqori, choralarsiz", ru: "Высокое, без мер" },
        CheckNone => {
            en: "Formulate at least one implementation goal.",
            uz: "Kamida bitta joriy etish maqsadini shakllantiring.",
            ru: "Сформулируйте хотя бы одну цель внедрения.",
        },
        CheckPriority => { en: "Set the priority of “{0}”.", uz: "“{0}” ustuvorligini belgilang.", ru: "Укажите приоритет цели «{0}»." },
        CheckValue => { en: "Score the value of “{0}”.", uz: "“{0}” foydaliligini baholang.", ru: "Оцените ценность цели «{0}»." },
        CheckEffort => { en: "Score the effort of “{0}”.", uz: "“{0}” mehnat sarfini baholang.", ru: "Оцените трудозатраты цели «{0}»." },
        CheckResistance => {
            en: "Assess the resistance to change “{0}” will meet.",
            uz: "“{0}” duch keladigan oʻzgarishlarga qarshilikni baholang.",
            ru: "Оцените сопротивление изменениям для цели «{0}».",
        },
        CheckMitigation => {
            en: "“{0}” meets high resistance: say how it will be mitigated.",
            uz: "“{0}” yuqori qarshilikka duch keladi: uni qanday kamaytirishni yozing.",
            ru: "Цель «{0}» встретит сильное сопротивление: опишите меры по его снижению.",
        },
        CheckDecide => {
            en: "Decide whether {0} is in scope.",
            uz: "“{0}” qamrovga kiradimi, hal qiling.",
            ru: "Решите, входит ли область «{0}» в рамки внедрения.",
        },
        CheckReason => {
            en: "Say why {0} is out of scope.",
            uz: "“{0}” nega qamrovdan tashqarida ekanini yozing.",
            ru: "Укажите, почему область «{0}» остаётся за рамками внедрения.",
        },
        CheckCovered => {
            en: "{0} is in scope, but no goal covers it.",
            uz: "“{0}” qamrovda, lekin uni hech bir maqsad qamramaydi.",
            ru: "Область «{0}» входит в рамки внедрения, но ни одна цель её не охватывает.",
        },
        CheckBusinessGoal => {
            en: "Tie “{0}” to the business goal it serves.",
            uz: "“{0}”ni u xizmat qiladigan biznes-maqsadga bogʻlang.",
            ru: "Свяжите цель «{0}» с бизнес-целью, которой она служит.",
        },
        CheckKpis => {
            en: "Name the KPIs “{0}” moves.",
            uz: "“{0}” taʼsir qiladigan KPIlarni koʻrsating.",
            ru: "Укажите KPI, на которые влияет цель «{0}».",
        },
    }
}

impl GoalsText {
    /// The name of an interaction area.
    pub fn area(area: InteractionArea) -> GoalsText {
        match area {
            InteractionArea::Marketing => GoalsText::AreaMarketing,
            InteractionArea::Sales => GoalsText::AreaSales,
            InteractionArea::Service => GoalsText::AreaService,
            InteractionArea::OrderBilling => GoalsText::AreaOrderBilling,
            InteractionArea::LoyaltyRetention => GoalsText::AreaLoyalty,
            InteractionArea::Channels => GoalsText::AreaChannels,
            InteractionArea::Analytics => GoalsText::AreaAnalytics,
            InteractionArea::Other => GoalsText::AreaOther,
        }
    }

    /// The name of a priority.
    pub fn priority(p: Priority) -> GoalsText {
        match p {
            Priority::Must => GoalsText::Must,
            Priority::Should => GoalsText::Should,
            Priority::Could => GoalsText::Could,
            Priority::Wont => GoalsText::Wont,
        }
    }

    /// The name of a resistance level.
    pub fn resistance(r: Resistance) -> GoalsText {
        match r {
            Resistance::Low => GoalsText::Low,
            Resistance::Medium => GoalsText::Medium,
            Resistance::High => GoalsText::High,
        }
    }

    /// The name of a quadrant.
    pub fn quadrant(q: Quadrant) -> GoalsText {
        match q {
            Quadrant::QuickWin => GoalsText::QuickWins,
            Quadrant::MajorProject => GoalsText::MajorProjects,
            Quadrant::FillIn => GoalsText::FillIns,
            Quadrant::Avoid => GoalsText::Avoid,
        }
    }
}
