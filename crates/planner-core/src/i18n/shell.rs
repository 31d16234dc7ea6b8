//! Texts of the app's frame: header, navigation, saving, files and errors.

use crate::texts;

texts! {
    /// The app frame's texts.
    Shell {
        AppName => {
            en: "CRM Implementation Planner",
            uz: "CRM joriy etish rejalashtiruvchisi",
            ru: "Планировщик внедрения CRM",
        },
        /// The page's meta description (search results, link previews).
        Description => {
            en: "Plan a CRM roll-out step by step: stakeholders, strategy, goals and priorities, implementation plans. Your data stays in your browser.",
            uz: "CRM joriy etishni qadamma-qadam rejalashtiring: manfaatdor tomonlar, strategiya, maqsadlar va ustuvorliklar, joriy etish rejalari. Maʼlumotlaringiz brauzeringizda qoladi.",
            ru: "Планируйте внедрение CRM шаг за шагом: заинтересованные стороны, стратегия, цели и приоритеты, планы внедрения. Ваши данные остаются в вашем браузере.",
        },
        PagerLabel => { en: "Pages", uz: "Sahifalar", ru: "Страницы" },
        PagePrevious => { en: "Previous", uz: "Oldingi", ru: "Назад" },
        PageNext => { en: "Next", uz: "Keyingi", ru: "Далее" },
        PageRange => {
            en: "{0}–{1} of {2}",
            uz: "{2} tadan {0}–{1}",
            ru: "{0}–{1} из {2}",
        },
        Untitled => { en: "Untitled project", uz: "Nomsiz loyiha", ru: "Проект без названия" },
        Language => { en: "Language", uz: "Til", ru: "Язык" },
        /// The header's menu on a phone: undo, projects, files, language.
        Menu => { en: "Menu", uz: "Menyu", ru: "Меню" },
        Steps => { en: "Steps", uz: "Qadamlar", ru: "Шаги" },
        /// The offer once a new version of the app has arrived in the background.
        UpdateReady => {
            en: "A new version of the planner is ready. Reload to use it; your plan is saved.",
            uz: "Rejalashtiruvchining yangi versiyasi tayyor. Undan foydalanish uchun sahifani qayta yuklang; rejangiz saqlangan.",
            ru: "Готова новая версия планировщика. Перезагрузите страницу, чтобы перейти на неё; ваш план сохранён.",
        },
        UpdateReload => { en: "Reload", uz: "Qayta yuklash", ru: "Перезагрузить" },
        UpdateLater => { en: "Later", uz: "Keyinroq", ru: "Позже" },
        SkipToContent => { en: "Skip to content", uz: "Asosiy qismga oʻtish", ru: "Перейти к содержимому" },
        Saved => { en: "Saved in this browser", uz: "Brauzerda saqlandi", ru: "Сохранено в браузере" },
        Saving => { en: "Saving…", uz: "Saqlanmoqda…", ru: "Сохранение…" },
        NotSavingUnavailable => {
            en: "Not saving: this browser does not allow storage here. Save your work to a file.",
            uz: "Saqlanmayapti: bu brauzer maʼlumot saqlashga ruxsat bermaydi. Ishingizni faylga saqlang.",
            ru: "Не сохраняется: браузер запрещает хранение данных. Сохраните работу в файл.",
        },
        NotSavingQuota => {
            en: "Not saved: the browser's storage is full. Save your work to a file now.",
            uz: "Saqlanmadi: brauzer xotirasi toʻlgan. Ishingizni hozir faylga saqlang.",
            ru: "Не сохранено: хранилище браузера заполнено. Сохраните работу в файл прямо сейчас.",
        },
        NotSavingOther => {
            en: "Not saved: the browser refused to store the plan. Save your work to a file now.",
            uz: "Saqlanmadi: brauzer rejani saqlashni rad etdi. Ishingizni hozir faylga saqlang.",
            ru: "Не сохранено: браузер отказался сохранить план. Сохраните работу в файл прямо сейчас.",
        },
        SaveToFile => { en: "Save to file", uz: "Faylga saqlash", ru: "Сохранить в файл" },
        Export => { en: "Export file", uz: "Faylga eksport qilish", ru: "Экспорт в файл" },
        Import => { en: "Import file", uz: "Fayldan import qilish", ru: "Импорт из файла" },
        OpenFile => { en: "Choose a plan file (.json)", uz: "Reja faylini tanlang (.json)", ru: "Выберите файл плана (.json)" },
        Imported => {
            en: "Imported “{0}”.",
            uz: "“{0}” import qilindi.",
            ru: "План «{0}» импортирован.",
        },
        ImportFailed => {
            en: "Could not import {0}: {1} Your project is unchanged.",
            uz: "{0} import qilinmadi: {1} Loyihangiz oʻzgarmadi.",
            ru: "Не удалось импортировать {0}: {1} Ваш проект не изменён.",
        },
        ErrTooLarge => {
            en: "the file is {0} MB; the limit is 5 MB.",
            uz: "fayl hajmi {0} MB; chegara 5 MB.",
            ru: "размер файла {0} МБ; предел — 5 МБ.",
        },
        ErrNotJson => {
            en: "it is not a JSON file (fault at line {0}, column {1}).",
            uz: "bu JSON fayl emas ({0}-qator, {1}-ustunda xato).",
            ru: "это не JSON-файл (ошибка в строке {0}, столбце {1}).",
        },
        ErrNotAPlan => {
            en: "it is JSON, but not a CRM implementation plan file.",
            uz: "bu JSON, lekin CRM joriy etish rejasi fayli emas.",
            ru: "это JSON, но не файл плана внедрения CRM.",
        },
        ErrWrongFormat => {
            en: "it is a “{0}” file, not a CRM implementation plan.",
            uz: "bu “{0}” fayli, CRM joriy etish rejasi emas.",
            ru: "это файл «{0}», а не план внедрения CRM.",
        },
        ErrBadVersion => {
            en: "its formatVersion is missing or not a whole number.",
            uz: "undagi formatVersion yoʻq yoki butun son emas.",
            ru: "в нём нет formatVersion или это не целое число.",
        },
        ErrNewerVersion => {
            en: "it was made by a newer version of this app (format version {0}; this app reads up to {1}). Update the app to open it.",
            uz: "u ilovaning yangiroq versiyasida yaratilgan (format versiyasi {0}; bu ilova {1}-versiyagacha oʻqiy oladi). Ochish uchun ilovani yangilang.",
            ru: "он создан более новой версией приложения (версия формата {0}; это приложение читает до {1}). Обновите приложение, чтобы открыть его.",
        },
        ReplaceTitle => {
            en: "Replace the open project?",
            uz: "Ochiq loyiha almashtirilsinmi?",
            ru: "Заменить открытый проект?",
        },
        ReplaceText => {
            en: "Importing “{0}” replaces the open project “{1}”. You can undo the import right after.",
            uz: "“{0}” import qilinsa, ochiq “{1}” loyihasi almashtiriladi. Importni darhol bekor qilishingiz mumkin.",
            ru: "Импорт «{0}» заменит открытый проект «{1}». Импорт можно сразу отменить.",
        },
        Replace => { en: "Replace", uz: "Almashtirish", ru: "Заменить" },
        Cancel => { en: "Cancel", uz: "Bekor qilish", ru: "Отмена" },
        UndoImport => { en: "Undo import", uz: "Importni bekor qilish", ru: "Отменить импорт" },
        ImportUndone => {
            en: "Import undone: your project is back as it was.",
            uz: "Import bekor qilindi: loyihangiz avvalgi holatiga qaytdi.",
            ru: "Импорт отменён: проект возвращён в прежнее состояние.",
        },
        Recovered => {
            en: "The plan stored in this browser could not be read ({0}). It was moved aside, not deleted; you can download the raw data.",
            uz: "Brauzerda saqlangan rejani oʻqib boʻlmadi ({0}). U oʻchirilmadi, chetga olib qoʻyildi; xom maʼlumotni yuklab olishingiz mumkin.",
            ru: "Сохранённый в браузере план не удалось прочитать ({0}). Он не удалён, а отложен; можно скачать исходные данные.",
        },
        DownloadRaw => { en: "Download raw data", uz: "Xom maʼlumotni yuklab olish", ru: "Скачать исходные данные" },
        ReadOnlyNewer => {
            en: "This plan was saved by a newer version of the app (format version {0}). It is shown read-only so that nothing is lost: update the app to edit it.",
            uz: "Bu reja ilovaning yangiroq versiyasida saqlangan (format versiyasi {0}). Hech narsa yoʻqolmasligi uchun faqat oʻqish rejimida koʻrsatiladi: tahrirlash uchun ilovani yangilang.",
            ru: "Этот план сохранён более новой версией приложения (версия формата {0}). Он открыт только для чтения, чтобы ничего не потерять: обновите приложение, чтобы редактировать.",
        },
        Dismiss => { en: "Dismiss", uz: "Yopish", ru: "Закрыть" },
        NotFound => {
            en: "There is no page at this address. Choose a step from the list.",
            uz: "Bu manzilda sahifa yoʻq. Roʻyxatdan qadamni tanlang.",
            ru: "По этому адресу страницы нет. Выберите шаг из списка.",
        },
        EmptyStateTitle => { en: "Nothing here yet", uz: "Hozircha hech narsa yoʻq", ru: "Здесь пока пусто" },
        StakeholdersEmpty => {
            en: "Start by listing who has a stake in the CRM: the management sponsor, the users in sales and service, customers, suppliers and IT.",
            uz: "CRMdan manfaatdor boʻlganlarni sanab chiqishdan boshlang: rahbariyatdagi homiy, savdo va xizmat koʻrsatishdagi foydalanuvchilar, mijozlar, taʼminotchilar va AT boʻlimi.",
            ru: "Начните со списка тех, кто заинтересован в CRM: спонсор из руководства, пользователи в продажах и обслуживании, клиенты, поставщики и ИТ.",
        },
        StrategyEmpty => {
            en: "Start with the vision and the business goals the CRM must serve; then link each goal to processes, people and software, and give it a KPI.",
            uz: "CRM xizmat qilishi kerak boʻlgan maqsadli tasavvur va biznes-maqsadlardan boshlang; soʻng har bir maqsadni jarayonlar, insonlar va dasturiy taʼminot bilan bogʻlang hamda unga KPI belgilang.",
            ru: "Начните с видения и бизнес-целей, которым должна служить CRM; затем свяжите каждую цель с процессами, людьми и ПО и задайте для неё KPI.",
        },
        GoalsEmpty => {
            en: "Start by turning each business goal into an implementation goal with a priority, its value and effort, and the resistance to change it will meet.",
            uz: "Har bir biznes-maqsadni ustuvorligi, foydaliligi va mehnat sarfi hamda oʻzgarishlarga qarshilik darajasi bilan joriy etish maqsadiga aylantirishdan boshlang.",
            ru: "Для начала превратите каждую бизнес-цель в цель внедрения: укажите её приоритет, ценность, трудозатраты и ожидаемое сопротивление изменениям.",
        },
        PlansEmpty => {
            en: "Start with a plan for your first must-have goal: name the responsible person, its key indicators and the deadline.",
            uz: "Birinchi majburiy maqsadingiz uchun rejadan boshlang: masʼul shaxs, asosiy koʻrsatkichlar va muddatni belgilang.",
            ru: "Начните с плана для первой обязательной цели: укажите ответственное лицо, ключевые показатели и срок.",
        },
        FirstDoProfile => {
            en: "Start with the project profile",
            uz: "Loyiha profilidan boshlang",
            ru: "Начните с профиля проекта",
        },
        StepsComplete => {
            en: "{0} of {1} steps complete",
            uz: "{1} ta qadamdan {0} tasi bajarilgan",
            ru: "Завершено шагов: {0} из {1}",
        },
        NextAction => { en: "Next", uz: "Keyingi ish", ru: "Далее" },
        AllDone => {
            en: "Every step is complete. Export the plan and share it with your colleagues.",
            uz: "Barcha qadamlar bajarildi. Rejani eksport qiling va hamkasblaringiz bilan ulashing.",
            ru: "Все шаги завершены. Экспортируйте план и поделитесь им с коллегами.",
        },
        Blocking => { en: "To do", uz: "Bajarish kerak", ru: "Нужно сделать" },
        /// Above the findings of a step not started yet: what comes next, not errors.
        ToDoNext => { en: "To do next", uz: "Navbatdagi ishlar", ru: "Предстоит сделать" },
        Warnings => { en: "Worth a look", uz: "Eʼtibor bering", ru: "Стоит проверить" },
        NoFindings => { en: "Nothing missing here.", uz: "Bu yerda hamma narsa joyida.", ru: "Здесь всё на месте." },
        OpenStep => { en: "Open", uz: "Ochish", ru: "Открыть" },
        StorageNotBackup => {
            en: "Your plan is kept in this browser only. Browser storage is not a backup: export a file regularly.",
            uz: "Rejangiz faqat shu brauzerda saqlanadi. Brauzer xotirasi zaxira nusxa emas: muntazam ravishda faylga eksport qiling.",
            ru: "План хранится только в этом браузере. Хранилище браузера — не резервная копия: регулярно экспортируйте файл.",
        },
        Crashed => {
            en: "Something went wrong and the app stopped. Reload the page — your last saved copy is safe.",
            uz: "Xatolik yuz berdi va ilova toʻxtadi. Sahifani qayta yuklang — oxirgi saqlangan nusxa xavfsiz.",
            ru: "Что-то пошло не так, и приложение остановилось. Перезагрузите страницу — последняя сохранённая копия цела.",
        },
        Reload => { en: "Reload", uz: "Qayta yuklash", ru: "Перезагрузить" },
    }
}
