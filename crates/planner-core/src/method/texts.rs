//! Texts of the method page: the textbook's demands in its own words, and their evidence.

use crate::texts;

texts! {
    /// The method page's texts.
    MethodText {
        Title => { en: "About the method", uz: "Usul haqida", ru: "О методе" },
        Purpose => {
            en: "Where the method comes from, and how this plan meets each of its demands.",
            uz: "Usul qayerdan olingani va ushbu reja uning har bir talabini qanday bajarayotgani.",
            ru: "Откуда взят метод и как этот план выполняет каждое его требование.",
        },
        SourceTitle => { en: "The source", uz: "Manba", ru: "Источник" },
        /// `{0}` the textbook's title, `{1}` its section's.
        Source => {
            en: "The textbook “{0}” (Tashkent Institute of Finance), section “{1}”, names four main steps for a successful CRM implementation: engage the key stakeholders, define the CRM strategy, define the implementation goals and set priorities, and develop the implementation plan. Steps 1 to 4 of this app are those steps, in the textbook's words.",
            uz: "“{0}” darsligining (Toshkent moliya instituti) “{1}” boʻlimida CRM-tizimni muvaffaqiyatli joriy etishning toʻrtta asosiy qadami keltirilgan: asosiy manfaatdor tomonlarni jalb etish, CRM-tizimlar strategiyasini aniqlash, joriy etish maqsadlarini aniqlash va ustuvorliklarni qoʻyib olish hamda joriy etish rejasini ishlab chiqish. Ilovaning 1–4-qadamlari aynan shu qadamlar, darslik soʻzlari bilan.",
            ru: "В учебнике «{0}» (Ташкентский финансовый институт), раздел «{1}», названы четыре основных шага успешного внедрения CRM: вовлечь ключевые заинтересованные стороны, определить CRM-стратегию, определить цели внедрения и расставить приоритеты, разработать план внедрения. Шаги 1–4 приложения — это именно эти шаги, словами учебника.",
        },
        Additions => {
            en: "Everything else is this app's addition, marked “added tool”: the project profile (step 0), the power/interest grid, the value/effort matrix, the coverage table, the budget, the timeline and the workload. They help with the textbook's demands but are not among them.",
            uz: "Qolgan hamma narsa — ilovaning qoʻshimchasi, “qoʻshimcha vosita” deb belgilangan: loyiha profili (0-qadam), taʼsir/qiziqish jadvali, foyda/mehnat matritsasi, qamrov jadvali, byudjet, vaqt jadvali va ish yuklamasi. Ular darslik talablarini bajarishga yordam beradi, lekin talablar qatoriga kirmaydi.",
            ru: "Всё остальное — дополнения приложения, они помечены «дополнительный инструмент»: профиль проекта (шаг 0), сетка влияния и интереса, матрица ценности и трудозатрат, таблица охвата, бюджет, график и загрузка. Они помогают выполнить требования учебника, но сами к ним не относятся.",
        },
        CoverageTitle => { en: "Method coverage", uz: "Usulning bajarilishi", ru: "Выполнение метода" },
        CoverageIntro => {
            en: "Every demand of the textbook's section, with what this plan holds for it. A demand is met when the plan has it and the checks guarding it find nothing.",
            uz: "Darslik boʻlimining har bir talabi va ushbu rejada unga nima borligi. Talab rejada mavjud boʻlsa va uni nazorat qiluvchi tekshiruvlar hech narsa topmasa, bajarilgan hisoblanadi.",
            ru: "Каждое требование раздела учебника и то, что для него есть в этом плане. Требование выполнено, если оно есть в плане и проверки, которые за ним следят, ничего не находят.",
        },
        /// `{0}` met, `{1}` all, `{2}` the share in per cent.
        Summary => {
            en: "{0} of {1} textbook demands met ({2} %)",
            uz: "Darslikning {1} ta talabidan {0} tasi bajarilgan ({2} %)",
            ru: "Выполнено требований учебника: {0} из {1} ({2} %)",
        },
        Met => { en: "Met", uz: "Bajarilgan", ru: "Выполнено" },
        NotMet => { en: "Not met yet", uz: "Hali bajarilmagan", ru: "Пока не выполнено" },
        Demand => { en: "Textbook demand", uz: "Darslik talabi", ru: "Требование учебника" },
        Evidence => { en: "In this plan", uz: "Ushbu rejada", ru: "В этом плане" },
        Status => { en: "Status", uz: "Holat", ru: "Статус" },
        GoThere => { en: "Go there", uz: "Oʻtish", ru: "Перейти" },
        /// A section's badge: the textbook asks for it.
        Requirement => { en: "Textbook requirement", uz: "Darslik talabi", ru: "Требование учебника" },
        /// A section's badge: the app adds it.
        AddedTool => { en: "Added tool", uz: "Qoʻshimcha vosita", ru: "Дополнительный инструмент" },
        Parties => {
            en: "Identify all interested parties: users, customers, management, suppliers and others.",
            uz: "Barcha manfaatdor tomonlarni (foydalanuvchilar, mijozlar, rahbariyat, taʼminotchilar va boshqalar) aniqlab olish.",
            ru: "Определить все заинтересованные стороны: пользователей, клиентов, руководство, поставщиков и других.",
        },
        ExpectedResults => {
            en: "Assess the results they expect from the CRM implementation.",
            uz: "Ularning CRM-tizimni joriy etishdan kutayotgan natijalarini baholash.",
            ru: "Оценить результаты, которых они ждут от внедрения CRM.",
        },
        Participation => {
            en: "The stakeholders take part in assessing the business tasks, in working out the strategy and in working out the rules for using the CRM.",
            uz: "Manfaatdor tomonlar biznes-masalalarni baholashda, joriy etish strategiyasini va CRM-tizimdan foydalanish qoidalarini ishlab chiqishda ishtirok etadi.",
            ru: "Заинтересованные стороны участвуют в оценке бизнес-задач, в выработке стратегии и правил использования CRM.",
        },
        Interrelations => {
            en: "Bring out the interrelations between business goals, business processes, people and software.",
            uz: "Biznes-maqsad, biznes-jarayon, insonlar va dasturiy taʼminot oʻrtasidagi oʻzaro aloqadorlikni yuzaga chiqarish.",
            ru: "Выявить взаимосвязи между бизнес-целями, бизнес-процессами, людьми и программным обеспечением.",
        },
        Benefits => {
            en: "Before implementing the software, identify the benefits it will bring.",
            uz: "Dasturiy taʼminotni joriy etishdan avval undan keladigan afzalliklarni aniqlash.",
            ru: "До внедрения ПО определить выгоды, которые оно принесёт.",
        },
        Indicators => {
            en: "Define the key performance indicators.",
            uz: "Samaradorlikning asosiy koʻrsatkichlarini aniqlash.",
            ru: "Определить ключевые показатели эффективности.",
        },
        PreciseGoals => {
            en: "Formulate the implementation goals precisely before working out the project.",
            uz: "Loyihani ishlab chiqishdan avval joriy etish maqsadlarini qatʼiy shakllantirish.",
            ru: "До разработки проекта чётко сформулировать цели внедрения.",
        },
        SocialFactors => {
            en: "Take the company's structure, its functional levels and resistance to change into account.",
            uz: "Kompaniya tuzilishi, funksional darajalar va oʻzgarishlarga qarshiliklarni eʼtiborga olish.",
            ru: "Учесть структуру компании, функциональные уровни и сопротивление изменениям.",
        },
        MainAreas => {
            en: "Set the priorities so that they cover the main areas of interaction with customers.",
            uz: "Ustuvorliklarni mijozlar bilan oʻzaro aloqadorlikning asosiy sohalarini qamrab oladigan qilib qoʻyish.",
            ru: "Расставить приоритеты так, чтобы они охватывали основные области взаимодействия с клиентами.",
        },
        PlansByPriority => {
            en: "Once the strategy and goals are defined, work out the implementation plan — several plans tied to the priorities, if need be.",
            uz: "Strategiya va maqsadlar aniqlangandan soʻng joriy etish rejasini ishlab chiqish — kerak boʻlsa, ustuvorliklar bilan bogʻliq bir nechta reja.",
            ru: "Когда стратегия и цели определены, разработать план внедрения — при необходимости несколько планов, связанных с приоритетами.",
        },
        PlanContents => {
            en: "Each plan includes the responsible person, the key indicators and the deadline.",
            uz: "Reja masʼul shaxs, asosiy koʻrsatkichlar va muddatni oʻz ichiga oladi.",
            ru: "План включает ответственное лицо, ключевые показатели и срок.",
        },
        /// `{0}` stakeholders, then users, customers, management, suppliers, others.
        EvidenceParties => {
            en: "{0} stakeholders: users {1}, customers {2}, management {3}, suppliers {4}, others {5}",
            uz: "{0} ta manfaatdor tomon: foydalanuvchilar {1}, mijozlar {2}, rahbariyat {3}, taʼminotchilar {4}, boshqalar {5}",
            ru: "Заинтересованных сторон: {0} — пользователи {1}, клиенты {2}, руководство {3}, поставщики {4}, другие {5}",
        },
        /// `{0}` with expected results, `{1}` all stakeholders.
        EvidenceExpected => {
            en: "expected results written down for {0} of {1}",
            uz: "kutilayotgan natijalar {1} tadan {0} tasi uchun yozilgan",
            ru: "ожидаемые результаты записаны для {0} из {1}",
        },
        /// People in each of the three activities.
        EvidenceParticipation => {
            en: "{0} / {1} / {2} people take part",
            uz: "{0} / {1} / {2} kishi ishtirok etadi",
            ru: "участвуют {0} / {1} / {2} чел.",
        },
        /// `{0}` business goals, then how many are linked to processes, people and software.
        EvidenceInterrelations => {
            en: "{0} business goals: linked to processes {1}, to people {2}, to software {3}",
            uz: "{0} ta biznes-maqsad: jarayonlar bilan bogʻlangan {1}, insonlar bilan {2}, dasturiy taʼminot bilan {3}",
            ru: "Бизнес-целей: {0} — связаны с процессами {1}, с людьми {2}, с ПО {3}",
        },
        /// `{0}` benefits, `{1}` tangible ones.
        EvidenceBenefits => {
            en: "{0} benefits, {1} of them tangible",
            uz: "{0} ta afzallik, ulardan {1} tasi moddiy",
            ru: "Выгод: {0}, из них измеримых {1}",
        },
        /// `{0}` KPIs, `{1}` business goals measured, `{2}` all business goals.
        EvidenceIndicators => {
            en: "{0} KPIs; {1} of {2} business goals measured",
            uz: "{0} ta KPI; {2} ta biznes-maqsaddan {1} tasi oʻlchanadi",
            ru: "KPI: {0}; измеряются {1} из {2} бизнес-целей",
        },
        /// `{0}` goals, `{1}` the count of each priority ("Must have 2, Should have 3").
        EvidenceGoals => {
            en: "{0} implementation goals: {1}",
            uz: "{0} ta joriy etish maqsadi: {1}",
            ru: "Целей внедрения: {0} — {1}",
        },
        /// `{0}` units, `{1}` functional levels, `{2}` goals with resistance assessed, `{3}` goals.
        EvidenceSocial => {
            en: "{0} units on {1} functional levels; resistance to change assessed for {2} of {3} goals",
            uz: "{1} ta funksional darajada {0} ta boʻlinma; {3} ta maqsaddan {2} tasida oʻzgarishlarga qarshilik baholangan",
            ru: "Подразделений: {0} на {1} функциональных уровнях; сопротивление изменениям оценено для {2} из {3} целей",
        },
        /// `{0}` main areas decided of `{1}`, `{2}` areas in scope, `{3}` of them covered.
        EvidenceAreas => {
            en: "{0} of {1} main areas decided; {2} in scope, {3} of them covered by goals",
            uz: "{1} ta asosiy sohadan {0} tasi boʻyicha qaror qabul qilingan; {2} tasi qamrovda, ulardan {3} tasi maqsadlar bilan qoplangan",
            ru: "Решение принято по {0} из {1} основных областей; в охвате {2}, из них целями покрыты {3}",
        },
        /// `{0}` plans, `{1}` must-have goals planned, `{2}` must-have goals.
        EvidencePlans => {
            en: "{0} plans; {1} of {2} must-have goals have a plan",
            uz: "{0} ta reja; {2} ta majburiy maqsaddan {1} tasining rejasi bor",
            ru: "Планов: {0}; план есть у {1} из {2} обязательных целей",
        },
        /// `{0}` complete plans, `{1}` plans.
        EvidencePlanContents => {
            en: "{0} of {1} plans name all three",
            uz: "{1} ta rejadan {0} tasida uchalasi ham bor",
            ru: "Все три есть в {0} из {1} планов",
        },
    }
}
