//! Texts of the stakeholder import from a spreadsheet: its screen, why a file or a row is
//! refused, and the summary.

use crate::texts;

texts! {
    /// The import's labels and messages. The column and value names come from
    /// [`crate::i18n::StakeholdersText`], as the register's screen and export write them.
    IntakeText {
        Title => {
            en: "Import stakeholders from a spreadsheet",
            uz: "Manfaatdor tomonlarni jadvaldan import qilish",
            ru: "Импорт заинтересованных сторон из таблицы",
        },
        Intro => {
            en: "Choose a CSV file saved from Excel or LibreOffice, one stakeholder a row, with a header row. Check which field each column fills, then import.",
            uz: "Excel yoki LibreOfficeda saqlangan CSV faylni tanlang: birinchi qatorda sarlavhalar, keyingi har bir qatorda bitta manfaatdor tomon. Har bir ustun qaysi maydonni toʻldirishini tekshiring, soʻng import qiling.",
            ru: "Выберите файл CSV, сохранённый из Excel или LibreOffice: в первой строке заголовки, дальше по одной заинтересованной стороне в строке. Проверьте, какое поле заполняет каждый столбец, и импортируйте.",
        },
        Column => { en: "Column", uz: "Ustun", ru: "Столбец" },
        ImportsAs => { en: "Imported as", uz: "Qaysi maydonga", ru: "Куда импортировать" },
        DoNotImport => { en: "— do not import —", uz: "— import qilinmasin —", ru: "— не импортировать —" },
        SectionAdd => { en: "New stakeholders", uz: "Yangi manfaatdor tomonlar", ru: "Новые заинтересованные стороны" },
        SectionDuplicate => {
            en: "Already in the register (same name)",
            uz: "Reyestrda allaqachon bor (nomi bir xil)",
            ru: "Уже есть в реестре (то же имя)",
        },
        SectionRefused => { en: "Not imported", uz: "Import qilinmaydi", ru: "Не будут импортированы" },
        Skip => { en: "Skip", uz: "Oʻtkazib yuborish", ru: "Пропустить" },
        Update => { en: "Update", uz: "Yangilash", ru: "Обновить" },
        UpdateHint => {
            en: "An update fills in the fields the row gives; an empty cell keeps what the register has.",
            uz: "Yangilashda qatordagi maydonlar yoziladi; boʻsh katak reyestrdagi qiymatni oʻzgartirmaydi.",
            ru: "При обновлении записываются поля из строки; пустая ячейка оставляет то, что уже есть в реестре.",
        },
        Import => { en: "Import", uz: "Import qilish", ru: "Импортировать" },
        Summary => {
            en: "Added: {0}, updated: {1}, skipped: {2}, not imported: {3}.",
            uz: "Qoʻshildi: {0}, yangilandi: {1}, oʻtkazib yuborildi: {2}, import qilinmadi: {3}.",
            ru: "Добавлено: {0}, обновлено: {1}, пропущено: {2}, не импортировано: {3}.",
        },
        /// A refused row: `{0}` its number, `{1}` the reasons joined by "; ".
        RowRefused => { en: "Row {0}: {1}", uz: "{0}-qator: {1}", ru: "Строка {0}: {1}" },
        NoName => { en: "no name", uz: "nomi yozilmagan", ru: "нет имени" },
        PowerScore => {
            en: "power must be a whole number from 1 to 5, not “{0}”",
            uz: "taʼsir kuchi 1 dan 5 gacha butun son boʻlishi kerak, “{0}” emas",
            ru: "влияние должно быть целым числом от 1 до 5, а указано «{0}»",
        },
        InterestScore => {
            en: "interest must be a whole number from 1 to 5, not “{0}”",
            uz: "qiziqish 1 dan 5 gacha butun son boʻlishi kerak, “{0}” emas",
            ru: "интерес должен быть целым числом от 1 до 5, а указано «{0}»",
        },
        UnknownCategory => {
            en: "unknown category “{0}”",
            uz: "“{0}” degan toifa yoʻq",
            ru: "неизвестная категория «{0}»",
        },
        UnknownCurrentAttitude => {
            en: "unknown current attitude “{0}”",
            uz: "hozirgi munosabat notoʻgʻri koʻrsatilgan: “{0}”",
            ru: "не удалось распознать текущее отношение «{0}»",
        },
        UnknownDesiredAttitude => {
            en: "unknown desired attitude “{0}”",
            uz: "istalgan munosabat notoʻgʻri koʻrsatilgan: “{0}”",
            ru: "не удалось распознать желаемое отношение «{0}»",
        },
        UnknownUnit => {
            en: "no unit “{0}” in the profile",
            uz: "profilda “{0}” boʻlinmasi yoʻq",
            ru: "в профиле нет подразделения «{0}»",
        },
        NotYesNo => {
            en: "“{0}” must be yes or no, not “{1}”",
            uz: "“{0}” ustunida “ha” yoki “yoʻq” boʻlishi kerak, “{1}” emas",
            ru: "в столбце «{0}» должно быть «да» или «нет», а указано «{1}»",
        },
        TooLong => {
            en: "“{0}” is longer than {1} characters",
            uz: "“{0}” matni {1} belgidan uzun",
            ru: "текст в столбце «{0}» длиннее {1} символов",
        },
        RepeatedName => {
            en: "the same name as row {0}",
            uz: "nomi {0}-qatordagi bilan bir xil",
            ru: "то же имя, что в строке {0}",
        },
        RegisterFull => {
            en: "the register is full: a plan holds at most {0} stakeholders",
            uz: "reyestr toʻlgan: rejada koʻpi bilan {0} ta manfaatdor tomon boʻlishi mumkin",
            ru: "реестр заполнен: в плане может быть не больше {0} заинтересованных сторон",
        },
        ErrEmpty => { en: "The file is empty.", uz: "Fayl boʻsh.", ru: "Файл пуст." },
        ErrNoRows => {
            en: "The file has a header row but no data rows.",
            uz: "Faylda sarlavha qatori bor, lekin maʼlumotli qatorlar yoʻq.",
            ru: "В файле есть строка заголовков, но нет строк с данными.",
        },
        ErrUnclosedQuote => {
            en: "Row {0}: a quotation mark opens a cell but nothing closes it.",
            uz: "{0}-qator: katakdagi qoʻshtirnoq ochilgan, lekin yopilmagan.",
            ru: "Строка {0}: кавычка в начале ячейки так и не закрыта.",
        },
        ErrTooManyRows => {
            en: "The file has more than {0} rows. Split it into smaller files.",
            uz: "Faylda {0} tadan ortiq qator bor. Uni bir nechta kichikroq faylga boʻling.",
            ru: "В файле больше {0} строк. Разделите его на несколько файлов поменьше.",
        },
        ErrTooManyColumns => {
            en: "Row {0} has more than {1} columns.",
            uz: "{0}-qatorda {1} tadan ortiq ustun bor.",
            ru: "В строке {0} больше {1} столбцов.",
        },
        ErrCellTooLong => {
            en: "Row {0}, column {1}: the cell is longer than {2} characters.",
            uz: "{0}-qator, {1} ustun: katakdagi matn {2} belgidan uzun.",
            ru: "Строка {0}, столбец {1}: в ячейке больше {2} символов.",
        },
        ErrNoNameColumn => {
            en: "Choose the column that holds the names.",
            uz: "Nomlar yozilgan ustunni tanlang.",
            ru: "Выберите столбец с именами.",
        },
        ErrRepeatedField => {
            en: "“{0}” is chosen for more than one column.",
            uz: "“{0}” bir nechta ustun uchun tanlangan.",
            ru: "Поле «{0}» выбрано для нескольких столбцов.",
        },
    }
}
