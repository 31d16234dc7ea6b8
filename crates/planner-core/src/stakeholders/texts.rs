//! Texts of step 1: the stakeholder register, its views, checks and the worked example.

use crate::stakeholders::{Activity, Attitude, Category, Quadrant};
use crate::texts;

texts! {
    /// Step 1's labels, hints, check messages, and the worked example's card.
    StakeholdersText {
        FromSpreadsheet => { en: "From a spreadsheet…", uz: "Jadvaldan…", ru: "Из таблицы…" },
        RegisterSection => { en: "Stakeholder register", uz: "Manfaatdor tomonlar reyestri", ru: "Реестр заинтересованных сторон" },
        RegisterIntro => {
            en: "In the textbook: identify all interested parties — users, customers, management, suppliers and others — and assess the results they expect from the CRM.",
            uz: "Darslikda: barcha manfaatdor tomonlarni — foydalanuvchilar, mijozlar, rahbariyat, taʼminotchilar va boshqalarni — aniqlang va ular CRMdan kutayotgan natijalarni baholang.",
            ru: "В учебнике: определите все заинтересованные стороны — пользователей, клиентов, руководство, поставщиков и других — и оцените результаты, которых они ждут от CRM.",
        },
        Empty => {
            en: "No stakeholders yet. Add the first one below — for example, the executive sponsor from management.",
            uz: "Hali manfaatdor tomonlar yoʻq. Birinchisini quyida qoʻshing — masalan, rahbariyatdan homiyni.",
            ru: "Заинтересованных сторон пока нет. Добавьте первую ниже — например, спонсора из руководства.",
        },
        NewStakeholder => { en: "New stakeholder", uz: "Yangi manfaatdor tomon", ru: "Новая заинтересованная сторона" },
        Add => { en: "Add stakeholder", uz: "Manfaatdor tomon qoʻshish", ru: "Добавить заинтересованную сторону" },
        Name => { en: "Name", uz: "Nomi", ru: "Имя или название" },
        Category => { en: "Category", uz: "Toifa", ru: "Категория" },
        Unit => { en: "Unit", uz: "Boʻlinma", ru: "Подразделение" },
        NoUnit => { en: "— none —", uz: "— yoʻq —", ru: "— нет —" },
        Organisation => { en: "Organisation (if external)", uz: "Tashkilot (tashqi boʻlsa)", ru: "Организация (если внешняя)" },
        Position => { en: "Position or role", uz: "Lavozimi yoki roli", ru: "Должность или роль" },
        Expected => { en: "Expected results", uz: "Kutilayotgan natijalar", ru: "Ожидаемые результаты" },
        ExpectedHint => {
            en: "What they expect the CRM to give them",
            uz: "Ular CRMdan nimani kutmoqda?",
            ru: "Чего они ждут от CRM",
        },
        Concerns => { en: "Concerns", uz: "Xavotirlari", ru: "Опасения" },
        Power => { en: "Power (1-5)", uz: "Taʼsir kuchi (1-5)", ru: "Влияние (1-5)" },
        Interest => { en: "Interest (1-5)", uz: "Qiziqish (1-5)", ru: "Интерес (1-5)" },
        CurrentAttitude => { en: "Current attitude", uz: "Hozirgi munosabat", ru: "Текущее отношение" },
        DesiredAttitude => { en: "Desired attitude", uz: "Istalgan munosabat", ru: "Желаемое отношение" },
        Activities => { en: "Takes part in", uz: "Ishtirok etadi", ru: "Участвует в" },
        Sponsor => { en: "Executive sponsor", uz: "Loyiha homiysi (rahbar)", ru: "Спонсор проекта" },
        Engagement => { en: "Engagement approach", uz: "Jalb etish usuli", ru: "Подход к вовлечению" },
        EngagementHint => {
            en: "How you will win and keep their support",
            uz: "Ularning qoʻllab-quvvatlashini qanday qozonasiz va saqlaysiz",
            ru: "Как вы получите и сохраните их поддержку",
        },
        TeamBadge => { en: "Project team", uz: "Loyiha jamoasi", ru: "Команда проекта" },
        TeamMember => {
            en: "Project team member — no stakeholder analysis needed",
            uz: "Loyiha jamoasi aʼzosi — manfaatdor tomon tahlili kerak emas",
            ru: "Участник команды проекта — анализ заинтересованной стороны не нужен",
        },
        TeamNote => {
            en: "A project team member is picked as an owner or responsible person; the stakeholder analysis is not asked of them. Untick to analyse them as a stakeholder: anything entered before is kept.",
            uz: "Loyiha jamoasi aʼzosi masʼul yoki ijrochi sifatida tanlanadi; undan manfaatdor tomon tahlili soʻralmaydi. Uni manfaatdor tomon sifatida tahlil qilish uchun belgini olib tashlang: avval kiritilganlar saqlanib qoladi.",
            ru: "Участника команды проекта выбирают ответственным или исполнителем; анализ заинтересованной стороны для него не требуется. Снимите отметку, чтобы анализировать его как заинтересованную сторону: введённое ранее сохранится.",
        },
        Edit => { en: "Edit", uz: "Tahrirlash", ru: "Изменить" },
        Close => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        Duplicate => { en: "Duplicate", uz: "Nusxasini yaratish", ru: "Дублировать" },
        Delete => { en: "Delete", uz: "Oʻchirish", ru: "Удалить" },
        CopySuffix => { en: " (copy)", uz: " (nusxa)", ru: " (копия)" },
        EditNamed => { en: "Edit {0}", uz: "“{0}”ni tahrirlash", ru: "Изменить: {0}" },
        DuplicateNamed => { en: "Duplicate {0}", uz: "“{0}” nusxasini yaratish", ru: "Дублировать: {0}" },
        DeleteNamed => { en: "Delete {0}", uz: "“{0}”ni oʻchirish", ru: "Удалить: {0}" },
        Search => { en: "Search by name", uz: "Nomi boʻyicha qidirish", ru: "Поиск по имени" },
        FilterCategory => { en: "Category", uz: "Toifa", ru: "Категория" },
        FilterAttitude => { en: "Current attitude", uz: "Hozirgi munosabat", ru: "Текущее отношение" },
        FilterQuadrant => { en: "Quadrant", uz: "Kvadrant", ru: "Квадрант" },
        All => { en: "All", uz: "Hammasi", ru: "Все" },
        Unscored => { en: "Not scored", uz: "Baholanmagan", ru: "Без оценки" },
        SortBy => { en: "Sort by", uz: "Saralash", ru: "Сортировка" },
        SortRegister => { en: "Order entered", uz: "Kiritilish tartibi", ru: "Порядок ввода" },
        SortName => { en: "Name", uz: "Nomi", ru: "Имя" },
        SortPower => { en: "Power, highest first", uz: "Taʼsir kuchi (kamayish tartibida)", ru: "Влияние, по убыванию" },
        SortInterest => { en: "Interest, highest first", uz: "Qiziqish (kamayish tartibida)", ru: "Интерес, по убыванию" },
        SortGap => { en: "Attitude gap, largest first", uz: "Munosabat farqi (kamayish tartibida)", ru: "Разрыв в отношении, по убыванию" },
        Shown => { en: "{0} of {1} shown", uz: "{1} tadan {0} tasi koʻrsatilgan", ru: "Показано {0} из {1}" },
        NoMatch => {
            en: "No stakeholder matches the search and filters.",
            uz: "Qidiruv va filtrlarga mos manfaatdor tomon yoʻq.",
            ru: "Нет заинтересованных сторон, подходящих под поиск и фильтры.",
        },
        CatUsers => { en: "Users", uz: "Foydalanuvchilar", ru: "Пользователи" },
        CatCustomers => { en: "Customers", uz: "Mijozlar", ru: "Клиенты" },
        CatManagement => { en: "Management", uz: "Rahbariyat", ru: "Руководство" },
        CatSuppliers => { en: "Suppliers", uz: "Taʼminotchilar", ru: "Поставщики" },
        CatPartners => { en: "Partners", uz: "Hamkorlar", ru: "Партнёры" },
        CatIt => { en: "IT", uz: "AT boʻlimi", ru: "ИТ" },
        CatOther => { en: "Other", uz: "Boshqalar", ru: "Другие" },
        AttUnaware => { en: "Unaware", uz: "Xabarsizlik", ru: "Неосведомлённость" },
        AttResistant => { en: "Resistant", uz: "Qarshilik", ru: "Сопротивление" },
        AttNeutral => { en: "Neutral", uz: "Betaraflik", ru: "Нейтральность" },
        AttSupportive => { en: "Supportive", uz: "Qoʻllab-quvvatlash", ru: "Поддержка" },
        AttLeading => { en: "Leading", uz: "Yetakchilik", ru: "Лидерство" },
        ActTasks => { en: "Assessing the business tasks", uz: "Biznes-masalalarni baholash", ru: "Оценка бизнес-задач" },
        ActStrategy => { en: "Working out the strategy", uz: "Strategiyani ishlab chiqish", ru: "Разработка стратегии" },
        ActRules => { en: "Working out the usage rules", uz: "Foydalanish qoidalarini ishlab chiqish", ru: "Разработка правил использования" },
        QManageClosely => { en: "Manage closely", uz: "Yaqindan boshqarish", ru: "Тесно работать" },
        QKeepSatisfied => { en: "Keep satisfied", uz: "Qoniqtirib turish", ru: "Поддерживать удовлетворённость" },
        QKeepInformed => { en: "Keep informed", uz: "Xabardor qilib turish", ru: "Держать в курсе" },
        QMonitor => { en: "Monitor", uz: "Kuzatib borish", ru: "Наблюдать" },
        DeleteTitle => { en: "Delete {0}?", uz: "{0} oʻchirilsinmi?", ru: "Удалить: {0}?" },
        UsedIn => {
            en: "{0} is used in these records. Choose who takes their place, or remove them from those records.",
            uz: "{0} quyidagi yozuvlarda ishlatilgan. Oʻrniga kimni qoʻyishni tanlang yoki uni bu yozuvlardan olib tashlang.",
            ru: "Заинтересованная сторона «{0}» указана в этих записях. Выберите, кто её заменит, или уберите её из этих записей.",
        },
        UseKpiOwner => { en: "Owner of KPI “{0}”", uz: "“{0}” KPI uchun masʼul", ru: "Владелец KPI «{0}»" },
        UseGoal => { en: "Stakeholder of business goal “{0}”", uz: "“{0}” biznes-maqsadining manfaatdor tomoni", ru: "Заинтересованная сторона бизнес-цели «{0}»" },
        UsePlan => { en: "Responsible for plan “{0}”", uz: "“{0}” rejasi uchun masʼul", ru: "Ответственный за план «{0}»" },
        UseTask => { en: "Owner of task “{0}”", uz: "“{0}” vazifasi ijrochisi", ru: "Исполнитель задачи «{0}»" },
        ReassignTo => { en: "Reassign to", uz: "Kimga oʻtkazish", ru: "Передать" },
        ReassignAndDelete => { en: "Reassign and delete", uz: "Oʻtkazish va oʻchirish", ru: "Передать и удалить" },
        ClearAndDelete => { en: "Remove from those records and delete", uz: "Yozuvlardan olib tashlash va oʻchirish", ru: "Убрать из записей и удалить" },
        Cancel => { en: "Cancel", uz: "Bekor qilish", ru: "Отмена" },
        TabGrid => { en: "Power/interest", uz: "Taʼsir/qiziqish", ru: "Влияние/интерес" },
        TabGap => { en: "Attitude gap", uz: "Munosabat farqi", ru: "Разрыв в отношении" },
        TabActivities => { en: "Activities", uz: "Faoliyatlar", ru: "Участие" },
        ViewsSection => { en: "Views", uz: "Koʻrinishlar", ru: "Представления" },
        GridTitle => { en: "Power/interest grid", uz: "Taʼsir va qiziqish matritsasi", ru: "Матрица «влияние — интерес»" },
        GridDesc => {
            en: "Each stakeholder is a point placed by power (up) and interest (right). Select a point to open that stakeholder.",
            uz: "Har bir manfaatdor tomon taʼsir kuchi (yuqoriga) va qiziqish (oʻngga) boʻyicha joylashtirilgan nuqta. Kartasini ochish uchun nuqtani tanlang.",
            ru: "Каждая заинтересованная сторона — точка, размещённая по влиянию (вверх) и интересу (вправо). Выберите точку, чтобы открыть карточку.",
        },
        PointLabel => {
            en: "{0}: power {1}, interest {2} — {3}",
            uz: "{0}: taʼsir {1}, qiziqish {2} — {3}",
            ru: "{0}: влияние {1}, интерес {2} — {3}",
        },
        AxisPower => { en: "Power", uz: "Taʼsir kuchi", ru: "Влияние" },
        AxisInterest => { en: "Interest", uz: "Qiziqish", ru: "Интерес" },
        NotOnGrid => {
            en: "Not on the grid yet (power or interest missing):",
            uz: "Hali matritsada yoʻq (taʼsir yoki qiziqish baholanmagan):",
            ru: "Пока не на матрице (нет оценки влияния или интереса):",
        },
        GapTitle => { en: "Attitude: current and desired", uz: "Munosabat: hozirgi va istalgan", ru: "Отношение: текущее и желаемое" },
        GapColumn => { en: "Gap", uz: "Farq", ru: "Разрыв" },
        OnTarget => { en: "on target", uz: "erishilgan", ru: "достигнуто" },
        ActivitiesTitle => { en: "Stakeholders × the textbook's three activities", uz: "Manfaatdor tomonlar × darslikdagi uch faoliyat", ru: "Заинтересованные стороны × три вида участия из учебника" },
        Participants => { en: "Participants", uz: "Ishtirokchilar", ru: "Всего участников" },
        Yes => { en: "yes", uz: "ha", ru: "да" },
        No => { en: "no", uz: "yoʻq", ru: "нет" },
        CheckName => {
            en: "Someone in the register has no name: write one.",
            uz: "Reyestrda nomi yozilmagan yozuv bor: nomini yozing.",
            ru: "В реестре есть запись без имени: укажите имя.",
        },
        CheckSponsor => {
            en: "Name an executive sponsor from management.",
            uz: "Rahbariyatdan loyiha homiysini belgilang.",
            ru: "Назначьте спонсора проекта из руководства.",
        },
        CheckUsers => {
            en: "Add at least one stakeholder from the users of the CRM.",
            uz: "CRM foydalanuvchilaridan kamida bitta manfaatdor tomonni qoʻshing.",
            ru: "Добавьте хотя бы одну заинтересованную сторону из числа пользователей CRM.",
        },
        CheckExpected => {
            en: "{0}: write down the results they expect.",
            uz: "{0}: kutayotgan natijalarini yozing.",
            ru: "{0}: запишите ожидаемые результаты.",
        },
        CheckPower => {
            en: "{0}: score their power from 1 to 5.",
            uz: "{0}: taʼsir kuchini 1 dan 5 gacha baholang.",
            ru: "{0}: оцените влияние от 1 до 5.",
        },
        CheckInterest => {
            en: "{0}: score their interest from 1 to 5.",
            uz: "{0}: qiziqishini 1 dan 5 gacha baholang.",
            ru: "{0}: оцените интерес от 1 до 5.",
        },
        CheckDesiredAttitude => {
            en: "{0}: choose the attitude you want from them.",
            uz: "{0}: ulardan istagan munosabatingizni tanlang.",
            ru: "{0}: выберите желаемое отношение.",
        },
        CheckActivity => {
            en: "Nobody takes part in “{0}” yet.",
            uz: "“{0}” faoliyatida hali hech kim ishtirok etmaydi.",
            ru: "«{0}»: пока никто из заинтересованных сторон не участвует.",
        },
        CheckCustomers => {
            en: "No customer among the stakeholders; the textbook names customers.",
            uz: "Manfaatdor tomonlar orasida mijoz yoʻq; darslik mijozlarni alohida tilga oladi.",
            ru: "Среди заинтересованных сторон нет клиентов, а учебник их прямо называет.",
        },
        CheckEngagement => {
            en: "{0} has high power and is “{1}”, but has no engagement approach.",
            uz: "{0}: taʼsiri yuqori, hozirgi munosabati — “{1}”, lekin jalb etish usuli belgilanmagan.",
            ru: "{0}: высокое влияние, текущее отношение — «{1}», но подход к вовлечению не описан.",
        },
        ErrScore => {
            en: "Enter a whole number from 1 to 5.",
            uz: "1 dan 5 gacha butun son kiriting.",
            ru: "Введите целое число от 1 до 5.",
        },
        UnitUsedIn => {
            en: "{0} is used in these records. Choose the unit that takes its place, or remove it from them.",
            uz: "{0} quyidagi yozuvlarda ishlatilgan. Oʻrniga qaysi boʻlinmani qoʻyishni tanlang yoki uni ulardan olib tashlang.",
            ru: "Подразделение «{0}» используется в этих записях. Выберите, какое подразделение его заменит, или уберите его из этих записей.",
        },
        UnitUseStakeholder => { en: "Unit of stakeholder “{0}”", uz: "“{0}” manfaatdor tomonining boʻlinmasi", ru: "Подразделение заинтересованной стороны «{0}»" },
        UnitUseGoal => { en: "Touched by implementation goal “{0}”", uz: "“{0}” joriy etish maqsadi qamrab oladi", ru: "Затронуто целью внедрения «{0}»" },
        ExampleTitle => { en: "Start from a worked example", uz: "Tayyor misoldan boshlang", ru: "Начните с готового примера" },
        ExampleIntro => {
            en: "A commercial bank in Tashkent rolls out a CRM: stakeholders, strategy, goals and KPIs already filled in. Explore it, then start your own plan.",
            uz: "Toshkentdagi tijorat banki CRM joriy etmoqda: manfaatdor tomonlar, strategiya, maqsadlar va KPIlar toʻldirilgan. Uni koʻrib chiqing, keyin oʻz rejangizni boshlang.",
            ru: "Коммерческий банк в Ташкенте внедряет CRM: заинтересованные стороны, стратегия, цели и KPI уже заполнены. Изучите пример, затем начните свой план.",
        },
        OpenExample => { en: "Open the example", uz: "Misolni ochish", ru: "Открыть пример" },
        ExampleOpened => {
            en: "The example is open as a new project. Your project “{0}” is kept: open it again from Projects.",
            uz: "Misol yangi loyiha sifatida ochildi. “{0}” loyihangiz saqlanib qoldi: uni “Loyihalar”dan qayta oching.",
            ru: "Пример открыт как новый проект. Ваш проект «{0}» сохранён: откройте его снова в меню «Проекты».",
        },
        ExampleOpenedEmpty => { en: "The example project is open.", uz: "Misol loyiha ochildi.", ru: "Открыт проект-пример." },
        ExampleBroken => {
            en: "The example could not be read; nothing was changed.",
            uz: "Misolni oʻqib boʻlmadi; hech narsa oʻzgarmadi.",
            ru: "Не удалось прочитать пример; ничего не изменено.",
        },
    }
}

impl StakeholdersText {
    /// The name of a category.
    pub fn category(c: Category) -> StakeholdersText {
        match c {
            Category::Users => StakeholdersText::CatUsers,
            Category::Customers => StakeholdersText::CatCustomers,
            Category::Management => StakeholdersText::CatManagement,
            Category::Suppliers => StakeholdersText::CatSuppliers,
            Category::Partners => StakeholdersText::CatPartners,
            Category::It => StakeholdersText::CatIt,
            Category::Other => StakeholdersText::CatOther,
        }
    }

    /// The name of an attitude.
    pub fn attitude(a: Attitude) -> StakeholdersText {
        match a {
            Attitude::Unaware => StakeholdersText::AttUnaware,
            Attitude::Resistant => StakeholdersText::AttResistant,
            Attitude::Neutral => StakeholdersText::AttNeutral,
            Attitude::Supportive => StakeholdersText::AttSupportive,
            Attitude::Leading => StakeholdersText::AttLeading,
        }
    }

    /// The name of one of the text's three activities.
    pub fn activity(a: Activity) -> StakeholdersText {
        match a {
            Activity::AssessingBusinessTasks => StakeholdersText::ActTasks,
            Activity::WorkingOutStrategy => StakeholdersText::ActStrategy,
            Activity::WorkingOutUsageRules => StakeholdersText::ActRules,
        }
    }

    /// The name of a grid quadrant.
    pub fn quadrant(q: Quadrant) -> StakeholdersText {
        match q {
            Quadrant::ManageClosely => StakeholdersText::QManageClosely,
            Quadrant::KeepSatisfied => StakeholdersText::QKeepSatisfied,
            Quadrant::KeepInformed => StakeholdersText::QKeepInformed,
            Quadrant::Monitor => StakeholdersText::QMonitor,
        }
    }
}
