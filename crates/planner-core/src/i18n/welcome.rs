//! Texts of the welcome: what an empty plan opens on. It names the method's source, lists the
//! textbook's four steps in a line each, and offers three ways to start.

use crate::steps::StepId;
use crate::texts;

/// The source of the method: the textbook's title, as printed (in Uzbek, in every interface
/// language, as a title is cited).
pub const TEXTBOOK: &str = "Iqtisodiyotda axborot komplekslari va texnologiyalari";
/// The textbook's section the method is taken from.
pub const SECTION: &str = "CRM-tizimlarni joriy etish";
/// How a plan file's name ends.
pub const PLAN_FILE_EXTENSION: &str = ".crmplan.json";

texts! {
    /// The welcome's texts.
    WelcomeText {
        Title => {
            en: "Plan your CRM roll-out, step by step",
            uz: "CRM joriy etishni qadamma-qadam rejalashtiring",
            ru: "Спланируйте внедрение CRM шаг за шагом",
        },
        /// `{0}` the textbook's title, `{1}` its section's (both always in Uzbek: [`TEXTBOOK`]).
        Lead => {
            en: "The method is the one in the textbook “{0}” (Tashkent Institute of Finance), section “{1}”: for a successful CRM implementation, management takes four main steps. This app walks you through them, checks each step against what the textbook demands, and turns your answers into a plan to print and share.",
            uz: "Usul “{0}” darsligining (Toshkent moliya instituti) “{1}” boʻlimidan olingan: CRM-tizimni muvaffaqiyatli joriy etish uchun tashkilot rahbariyati toʻrtta asosiy qadamni bosib oʻtadi. Ilova sizni shu qadamlardan olib oʻtadi, har bir qadamni darslik talablari bilan solishtiradi va javoblaringizdan chop etish hamda ulashish mumkin boʻlgan reja tuzadi.",
            ru: "Метод взят из учебника «{0}» (Ташкентский финансовый институт), раздел «{1}» («Внедрение CRM-систем»): для успешного внедрения CRM руководство проходит четыре основных шага. Приложение проведёт вас по ним, сверит каждый шаг с требованиями учебника и превратит ваши ответы в план, который можно распечатать и передать коллегам.",
        },
        StepsTitle => {
            en: "The textbook's four steps",
            uz: "Darslikdagi toʻrt qadam",
            ru: "Четыре шага из учебника",
        },
        Step1 => {
            en: "Find everyone with a stake in the CRM — users, customers, management, suppliers — and the results they expect, and involve them in the work.",
            uz: "CRMdan manfaatdor boʻlganlarning barchasini — foydalanuvchilar, mijozlar, rahbariyat, taʼminotchilarni — va ular kutayotgan natijalarni aniqlang, ularni ishga jalb eting.",
            ru: "Определите всех, кто заинтересован в CRM, — пользователей, клиентов, руководство, поставщиков — и результаты, которых они ждут, и вовлеките их в работу.",
        },
        Step2 => {
            en: "Tie the business goals to processes, people and software; name the benefits and the key performance indicators.",
            uz: "Biznes-maqsadlarni jarayonlar, insonlar va dasturiy taʼminot bilan bogʻlang; afzalliklar va samaradorlikning asosiy koʻrsatkichlarini belgilang.",
            ru: "Свяжите бизнес-цели с процессами, людьми и ПО; назовите выгоды и ключевые показатели эффективности.",
        },
        Step3 => {
            en: "Set precise implementation goals, and priorities that cover the main areas of work with customers.",
            uz: "Joriy etish maqsadlarini aniq belgilang va mijozlar bilan ishlashning asosiy sohalarini qamrab oluvchi ustuvorliklarni qoʻying.",
            ru: "Точно сформулируйте цели внедрения и расставьте приоритеты, охватывающие основные области работы с клиентами.",
        },
        Step4 => {
            en: "Write the plans: each with a responsible person, key indicators and a deadline.",
            uz: "Rejalarni tuzing: har birida masʼul shaxs, asosiy koʻrsatkichlar va muddat boʻlsin.",
            ru: "Составьте планы: в каждом — ответственное лицо, ключевые показатели и срок.",
        },
        StepZero => {
            en: "Before step 1, the project profile names the project and the organisation's units. It is this app's addition, not the textbook's: step 3 weighs the goals against those units.",
            uz: "1-qadamdan oldin loyiha profilida loyiha nomi va tashkilot boʻlinmalari kiritiladi. Bu darslikniki emas, ilovaning qoʻshimchasi: 3-qadamda maqsadlar shu boʻlinmalar bilan solishtiriladi.",
            ru: "Перед шагом 1 в профиле проекта указываются название проекта и подразделения организации. Это дополнение приложения, а не учебника: на шаге 3 цели соотносятся с этими подразделениями.",
        },
        StartTitle => {
            en: "How would you like to start?",
            uz: "Qanday boshlaysiz?",
            ru: "С чего начнём?",
        },
        StartOwn => { en: "Start my plan", uz: "Oʻz rejamni boshlash", ru: "Начать свой план" },
        StartOwnHint => {
            en: "Begin with the project profile, then take the steps in order.",
            uz: "Loyiha profilidan boshlang, soʻng qadamlarni tartib bilan bajaring.",
            ru: "Начните с профиля проекта, затем пройдите шаги по порядку.",
        },
        ExampleHint => {
            en: "A Tashkent bank's roll-out with every step filled in: see what a finished plan looks like. Your own plan is kept apart.",
            uz: "Toshkentdagi bankning CRM joriy etishi, barcha qadamlari toʻldirilgan: tayyor reja qanday boʻlishini koʻring. Oʻz rejangiz alohida saqlanadi.",
            ru: "Внедрение CRM в ташкентском банке, все шаги заполнены: посмотрите, как выглядит готовый план. Ваш собственный план хранится отдельно.",
        },
        ImportFile => { en: "Import a file", uz: "Faylni import qilish", ru: "Импортировать файл" },
        /// `{0}` the plan file's extension.
        ImportHint => {
            en: "A {0} file saved with “Export file”, yours or a colleague's. You see what it holds before anything changes.",
            uz: "“Faylga eksport qilish” orqali saqlangan {0} fayli — oʻzingizniki yoki hamkasbingizniki. Hech narsa oʻzgarishidan oldin uning tarkibini koʻrasiz.",
            ru: "Файл {0}, сохранённый кнопкой «Экспорт в файл», — ваш или коллеги. Вы увидите его содержимое до того, как что-либо изменится.",
        },
        Private => {
            en: "Your work stays in this browser: nothing is sent anywhere, and there is no account to make.",
            uz: "Ishingiz shu brauzerda qoladi: hech narsa hech qayerga yuborilmaydi, roʻyxatdan oʻtish ham shart emas.",
            ru: "Ваша работа остаётся в этом браузере: ничего никуда не отправляется, регистрироваться не нужно.",
        },
    }
}

impl WelcomeText {
    /// The welcome's line on one of the textbook's steps (none for the profile, the app's own).
    pub fn step(step: StepId) -> Option<WelcomeText> {
        match step {
            StepId::Profile => None,
            StepId::Stakeholders => Some(WelcomeText::Step1),
            StepId::Strategy => Some(WelcomeText::Step2),
            StepId::Goals => Some(WelcomeText::Step3),
            StepId::Plans => Some(WelcomeText::Step4),
        }
    }
}
