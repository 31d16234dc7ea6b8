//! Texts of data safety: the plan library, undo, storage, tabs, import preview and its errors.

use crate::texts;

texts! {
    /// Texts of the plan library, undo, storage use, two tabs and the import preview.
    DataText {
        Plans => { en: "Projects", uz: "Loyihalar", ru: "Проекты" },
        PlansTitle => { en: "Projects in this browser", uz: "Shu brauzerdagi loyihalar", ru: "Проекты в этом браузере" },
        NewPlan => { en: "New project", uz: "Yangi loyiha", ru: "Новый проект" },
        OpenPlan => { en: "Open", uz: "Ochish", ru: "Открыть" },
        Duplicate => { en: "Duplicate", uz: "Nusxasini yaratish", ru: "Дублировать" },
        Rename => { en: "Rename", uz: "Nomini oʻzgartirish", ru: "Переименовать" },
        Delete => { en: "Delete", uz: "Oʻchirish", ru: "Удалить" },
        Close => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        Save => { en: "Save", uz: "Saqlash", ru: "Сохранить" },
        PlanName => { en: "Project name", uz: "Loyiha nomi", ru: "Название проекта" },
        IsOpen => { en: "open now", uz: "hozir ochiq", ru: "открыт сейчас" },
        CopySuffix => { en: "copy", uz: "nusxa", ru: "копия" },
        Deleted => { en: "Deleted “{0}”.", uz: "“{0}” oʻchirildi.", ru: "Проект «{0}» удалён." },
        UndoDelete => { en: "Undo delete", uz: "Oʻchirishni bekor qilish", ru: "Отменить удаление" },
        Restored => { en: "“{0}” is back.", uz: "“{0}” qaytarildi.", ru: "Проект «{0}» восстановлен." },
        Undo => { en: "Undo", uz: "Bekor qilish", ru: "Отменить" },
        Redo => { en: "Redo", uz: "Qayta bajarish", ru: "Повторить" },
        UndoHint => { en: "Undo (Ctrl+Z)", uz: "Bekor qilish (Ctrl+Z)", ru: "Отменить (Ctrl+Z)" },
        RedoHint => { en: "Redo (Ctrl+Shift+Z)", uz: "Qayta bajarish (Ctrl+Shift+Z)", ru: "Повторить (Ctrl+Shift+Z)" },
        Usage => {
            en: "Browser storage: {0} KB of about 5 MB used ({1} %).",
            uz: "Brauzer xotirasi: taxminan 5 MBdan {0} KB ishlatilgan ({1} %).",
            ru: "Хранилище браузера: занято {0} КБ из примерно 5 МБ ({1} %).",
        },
        NearlyFull => {
            en: "Browser storage is {0} % full. Export your projects to files and delete the ones you no longer need here.",
            uz: "Brauzer xotirasi {0} % toʻlgan. Loyihalaringizni faylga eksport qiling va keraksizlarini bu yerdan oʻchiring.",
            ru: "Хранилище браузера заполнено на {0} %. Экспортируйте проекты в файлы и удалите ненужные здесь.",
        },
        NeverExported => {
            en: "This project has never been exported to a file.",
            uz: "Bu loyiha hali hech qachon faylga eksport qilinmagan.",
            ru: "Этот проект ещё ни разу не экспортировался в файл.",
        },
        ExportedToday => {
            en: "Last exported today.",
            uz: "Oxirgi marta bugun eksport qilingan.",
            ru: "Последний экспорт — сегодня.",
        },
        ExportedDaysAgo => {
            en: "Last exported {0} {1} ago.",
            uz: "Oxirgi marta {0} {1} oldin eksport qilingan.",
            ru: "Последний экспорт — {0} {1} назад.",
        },
        DayOne => { en: "day", uz: "kun", ru: "день" },
        DayFew => { en: "days", uz: "kun", ru: "дня" },
        DayMany => { en: "days", uz: "kun", ru: "дней" },
        ExportReminder => {
            en: "Some changes to this plan have waited over a week for an export. Browser storage is not a backup: save the plan to a file.",
            uz: "Bu rejadagi ayrim oʻzgarishlar bir haftadan beri eksport qilinmagan. Brauzer xotirasi zaxira nusxa emas: rejani faylga saqlang.",
            ru: "Некоторые изменения этого плана больше недели не экспортированы. Хранилище браузера — не резервная копия: сохраните план в файл.",
        },
        LeaveWarning => {
            en: "Changes from the last hour are not exported to a file yet.",
            uz: "Soʻnggi bir soatdagi oʻzgarishlar hali faylga eksport qilinmagan.",
            ru: "Изменения за последний час ещё не экспортированы в файл.",
        },
        RecoveredGood => {
            en: "The plan stored in this browser could not be read ({0}). It was moved aside, not deleted, and its last good copy is open. You can download the raw data.",
            uz: "Brauzerda saqlangan rejani oʻqib boʻlmadi ({0}). U oʻchirilmadi, chetga olib qoʻyildi va uning oxirgi yaxshi nusxasi ochildi. Xom maʼlumotni yuklab olishingiz mumkin.",
            ru: "Сохранённый в браузере план не удалось прочитать ({0}). Он не удалён, а отложен, и открыта его последняя исправная копия. Можно скачать исходные данные.",
        },
        ConflictTitle => {
            en: "This project was changed in another tab",
            uz: "Bu loyiha boshqa varaqda oʻzgartirildi",
            ru: "Этот проект изменён в другой вкладке",
        },
        ConflictText => {
            en: "Another tab saved a newer version while you were editing here. Nothing has been overwritten: choose what to keep.",
            uz: "Siz shu yerda tahrirlayotganingizda boshqa varaq yangiroq versiyani saqladi. Hech narsa qayta yozilmadi: nimani saqlashni tanlang.",
            ru: "Пока вы редактировали здесь, другая вкладка сохранила более новую версию. Ничего не перезаписано: выберите, что оставить.",
        },
        ConflictTheirs => { en: "In the other tab: “{0}”", uz: "Boshqa varaqda: “{0}”", ru: "В другой вкладке: «{0}»" },
        ConflictMine => { en: "In this tab: “{0}”", uz: "Shu varaqda: “{0}”", ru: "В этой вкладке: «{0}»" },
        KeepTheirs => { en: "Keep the other tab's", uz: "Boshqa varaqdagini saqlash", ru: "Оставить из другой вкладки" },
        KeepMine => { en: "Keep this tab's", uz: "Shu varaqdagini saqlash", ru: "Оставить из этой вкладки" },
        KeepBoth => { en: "Keep both (mine as a copy)", uz: "Ikkalasini saqlash (meniki nusxa sifatida)", ru: "Оставить обе версии (мою — как копию)" },
        NotSavingConflict => {
            en: "Not saved: another tab changed this project. Choose which version to keep.",
            uz: "Saqlanmadi: boshqa varaq bu loyihani oʻzgartirdi. Qaysi versiyani saqlashni tanlang.",
            ru: "Не сохранено: другая вкладка изменила этот проект. Выберите, какую версию оставить.",
        },
        PreviewTitle => { en: "Import “{0}”", uz: "“{0}”ni import qilish", ru: "Импорт «{0}»" },
        PreviewIntro => {
            en: "Nothing has changed yet. This is what the file holds, beside the open project:",
            uz: "Hozircha hech narsa oʻzgarmadi. Quyida fayl tarkibi ochiq loyiha bilan yonma-yon koʻrsatilgan:",
            ru: "Пока ничего не изменилось. Вот что в файле, рядом с открытым проектом:",
        },
        InFile => { en: "In the file", uz: "Faylda", ru: "В файле" },
        InOpenPlan => { en: "Open project", uz: "Ochiq loyiha", ru: "Открытый проект" },
        Units => { en: "Units", uz: "Boʻlinmalar", ru: "Подразделения" },
        Stakeholders => { en: "Stakeholders", uz: "Manfaatdor tomonlar", ru: "Заинтересованные стороны" },
        BusinessGoals => { en: "Business goals", uz: "Biznes-maqsadlar", ru: "Бизнес-цели" },
        Kpis => { en: "KPIs", uz: "KPI", ru: "KPI" },
        ImplementationGoals => { en: "Implementation goals", uz: "Joriy etish maqsadlari", ru: "Цели внедрения" },
        ImplementationPlans => { en: "Implementation plans", uz: "Joriy etish rejalari", ru: "Планы внедрения" },
        Tasks => { en: "Tasks", uz: "Vazifalar", ru: "Задачи" },
        AsNew => {
            en: "Import as a new project (the open project stays as it is)",
            uz: "Yangi loyiha sifatida import qilish (ochiq loyiha oʻzgarmaydi)",
            ru: "Импортировать как новый проект (открытый проект не меняется)",
        },
        AsReplace => {
            en: "Replace the open project “{0}” (a backup is kept; you can undo)",
            uz: "Ochiq “{0}” loyihasini almashtirish (zaxira nusxa saqlanadi; bekor qilish mumkin)",
            ru: "Заменить открытый проект «{0}» (резервная копия сохраняется; можно отменить)",
        },
        ImportAction => { en: "Import", uz: "Import qilish", ru: "Импортировать" },
        ImportedAsNew => {
            en: "Imported “{0}” as a new project. Your other projects are in the Projects menu.",
            uz: "“{0}” yangi loyiha sifatida import qilindi. Boshqa loyihalaringiz “Loyihalar” menyusida.",
            ru: "«{0}» импортирован как новый проект. Остальные проекты — в меню «Проекты».",
        },
        ErrLimit => {
            en: "the value at {0} (line {1}, column {2}) goes beyond a limit: {3}.",
            uz: "{0} dagi qiymat ({1}-qator, {2}-ustun) chegaradan oshadi: {3}.",
            ru: "значение {0} (строка {1}, столбец {2}) превышает предел: {3}.",
        },
        LimitDepth => {
            en: "nesting deeper than {0} levels",
            uz: "{0} darajadan chuqur ichma-ich joylashuv",
            ru: "вложенность глубже {0} уровней",
        },
        LimitString => {
            en: "a text longer than {0} characters",
            uz: "{0} belgidan uzun matn",
            ru: "текст длиннее {0} символов",
        },
        LimitItems => {
            en: "a list of more than {0} items",
            uz: "{0} tadan ortiq elementli roʻyxat",
            ru: "список длиннее {0} элементов",
        },
        ErrDuplicateKey => {
            en: "the key “{0}” appears twice in {1} (line {2}, column {3}).",
            uz: "“{0}” kaliti {1} ichida ikki marta uchraydi ({2}-qator, {3}-ustun).",
            ru: "ключ «{0}» встречается дважды в {1} (строка {2}, столбец {3}).",
        },
        ErrFileUnreadable => {
            en: "the browser could not read the file (it may have been moved or deleted, or access to it was refused).",
            uz: "brauzer faylni oʻqiy olmadi (u koʻchirilgan yoki oʻchirilgan, yoki unga kirish rad etilgan boʻlishi mumkin).",
            ru: "браузер не смог прочитать файл (возможно, он перемещён или удалён либо доступ к нему запрещён).",
        },
        BackupFailed => {
            en: "“{0}” was not imported: the open project could not be backed up in this browser first (the storage may be full), so nothing was replaced. Import it as a new project, or save the open project to a file first.",
            uz: "“{0}” import qilinmadi: avval ochiq loyihaning zaxira nusxasini brauzerda saqlab boʻlmadi (xotira toʻlgan boʻlishi mumkin), shuning uchun hech narsa almashtirilmadi. Uni yangi loyiha sifatida import qiling yoki avval ochiq loyihani faylga saqlang.",
            ru: "«{0}» не импортирован: сначала не удалось сохранить в браузере резервную копию открытого проекта (возможно, хранилище заполнено), поэтому ничего не заменено. Импортируйте его как новый проект или сначала сохраните открытый проект в файл.",
        },
        ErrDuplicateId => {
            en: "the id “{0}” is used by two records (the second at {1}).",
            uz: "“{0}” identifikatori ikki yozuvda ishlatilgan (ikkinchisi — {1}).",
            ru: "идентификатор «{0}» используется двумя записями (вторая — {1}).",
        },
        ErrBrokenReference => {
            en: "{1} refers to “{0}”, which is not in the file.",
            uz: "{1} faylda mavjud boʻlmagan “{0}”ga havola qiladi.",
            ru: "{1} ссылается на «{0}», которого нет в файле.",
        },
        ErrDateRange => {
            en: "the date at {0} is outside the years 1990–2100.",
            uz: "{0} dagi sana 1990–2100-yillar oraligʻidan tashqarida.",
            ru: "дата в {0} вне диапазона 1990–2100 годов.",
        },
        ErrOutOfRange => {
            en: "the number at {0} is outside its scale.",
            uz: "{0} dagi son oʻz shkalasidan tashqarida.",
            ru: "число в {0} вне допустимого диапазона.",
        },
        /// `{0}` why, a sentence ending in a full stop.
        LinkFailed => {
            en: "Could not open the shared link: {0} Your project is unchanged.",
            uz: "Ulashilgan havola ochilmadi: {0} Loyihangiz oʻzgarmadi.",
            ru: "Не удалось открыть присланную ссылку: {0} Ваш проект не изменён.",
        },
        LinkDamaged => {
            en: "it is damaged or incomplete (perhaps cut off when it was sent). Ask for the plan file instead.",
            uz: "u buzilgan yoki toʻliq emas (ehtimol, yuborilganda qirqilgan). Uning oʻrniga reja faylini soʻrang.",
            ru: "она повреждена или неполна (возможно, обрезана при отправке). Попросите прислать файл плана.",
        },
        LinkEmpty => {
            en: "it carries no plan.",
            uz: "unda reja yoʻq.",
            ru: "в ней нет плана.",
        },
        /// `{0}` the position of the character, counted from 1.
        LinkBadCharacter => {
            en: "character {0} of its data cannot stand in such a link: it was changed on the way.",
            uz: "maʼlumotlarining {0}-belgisi bunday havolada boʻlishi mumkin emas: u yoʻlda oʻzgargan.",
            ru: "символ № {0} в её данных не может стоять в такой ссылке: её изменили по дороге.",
        },
        /// `{0}` the number of characters.
        LinkTooLong => {
            en: "it is too long ({0} characters).",
            uz: "u juda uzun ({0} belgi).",
            ru: "она слишком длинная ({0} зн.).",
        },
        LinkTooLarge => {
            en: "the plan in it is larger than 5 MB, more than a plan file may be.",
            uz: "undagi reja 5 MB dan katta — reja fayli bundan katta boʻla olmaydi.",
            ru: "план в ней больше 5 МБ — больше, чем допустимо для файла плана.",
        },
        OutputsTitle => { en: "Share and export", uz: "Ulashish va eksport", ru: "Передача и экспорт" },
        OutputsIntro => {
            en: "Everything is made here in your browser, in the interface language. Nothing is sent anywhere: you take the file or the link yourself.",
            uz: "Hammasi shu yerda, brauzeringizda, interfeys tilida tayyorlanadi. Hech narsa hech qayerga yuborilmaydi: fayl yoki havolani oʻzingiz olasiz.",
            ru: "Всё готовится здесь, в вашем браузере, на языке интерфейса. Ничего никуда не отправляется: файл или ссылку вы забираете сами.",
        },
        SpreadsheetsTitle => { en: "Spreadsheets (CSV)", uz: "Jadvallar (CSV)", ru: "Таблицы (CSV)" },
        SpreadsheetsHint => {
            en: "For Excel and LibreOffice: each list as a file of its own.",
            uz: "Excel va LibreOffice uchun: har bir roʻyxat alohida faylda.",
            ru: "Для Excel и LibreOffice: каждый список — отдельным файлом.",
        },
        CsvStakeholders => { en: "Stakeholder register", uz: "Manfaatdor tomonlar reyestri", ru: "Реестр заинтересованных сторон" },
        CsvKpis => { en: "KPIs", uz: "KPIlar", ru: "KPI" },
        CsvGoals => { en: "Implementation goals", uz: "Joriy etish maqsadlari", ru: "Цели внедрения" },
        CsvTasks => { en: "All tasks", uz: "Barcha vazifalar", ru: "Все задачи" },
        CalendarTitle => { en: "Calendar (.ics)", uz: "Taqvim (.ics)", ru: "Календарь (.ics)" },
        CalendarHint => {
            en: "Plan deadlines, task due dates, milestones and the go-live date, for Google Calendar or Outlook. Each event keeps the same identifier in every export, so a calendar that recognises it updates the event instead of adding a copy.",
            uz: "Reja va vazifalar muddatlari, nazorat nuqtalari va ishga tushirish sanasi — Google Calendar yoki Outlook uchun. Har bir tadbir har bir eksportda oʻsha identifikatorni saqlaydi, shuning uchun uni taniydigan taqvim tadbirni nusxa qoʻshmasdan yangilaydi.",
            ru: "Сроки планов и задач, вехи и дата запуска — для Google Календаря или Outlook. У каждого события один и тот же идентификатор при любом экспорте, поэтому календарь, который его учитывает, обновит событие, а не добавит копию.",
        },
        CalendarEmpty => {
            en: "No dates yet: set the go-live date, plan deadlines or task due dates first.",
            uz: "Hali sanalar yoʻq: avval ishga tushirish sanasi, reja yoki vazifa muddatlarini kiriting.",
            ru: "Пока нет дат: сначала укажите дату запуска, сроки планов или задач.",
        },
        CalendarDownload => { en: "Download the calendar", uz: "Taqvimni yuklab olish", ru: "Скачать календарь" },
        SummaryTitle => { en: "Summary (Markdown)", uz: "Qisqa bayon (Markdown)", ru: "Сводка (Markdown)" },
        SummaryHint => {
            en: "Plain text for a wiki, an email or a chat.",
            uz: "Viki, elektron xat yoki chat uchun oddiy matn.",
            ru: "Простой текст для вики, письма или чата.",
        },
        Download => { en: "Download", uz: "Yuklab olish", ru: "Скачать" },
        Copy => { en: "Copy", uz: "Nusxa olish", ru: "Копировать" },
        Copied => { en: "Copied to the clipboard.", uz: "Nusxa olindi.", ru: "Скопировано в буфер обмена." },
        CopyFailed => {
            en: "The browser did not allow copying: download the file instead.",
            uz: "Brauzer nusxa olishga ruxsat bermadi: uning oʻrniga faylni yuklab oling.",
            ru: "Браузер не разрешил копирование: скачайте файл.",
        },
        ShareTitle => { en: "Share link", uz: "Ulashish havolasi", ru: "Ссылка на план" },
        ShareHint => {
            en: "The whole plan inside a link: whoever opens it sees the import preview and gets a copy as a new plan. The plan travels in the part of the address after #, which browsers never send to a server.",
            uz: "Butun reja havola ichida: uni ochgan kishi import oldidan koʻrinishni koʻradi va nusxani yangi reja sifatida oladi. Reja manzilning # belgisidan keyingi qismida boradi, brauzerlar uni hech qachon serverga yubormaydi.",
            ru: "Весь план внутри ссылки: открывший её увидит предпросмотр импорта и получит копию как новый план. План передаётся в части адреса после #, которую браузеры никогда не отправляют на сервер.",
        },
        CopyLink => { en: "Copy link", uz: "Havoladan nusxa olish", ru: "Копировать ссылку" },
        /// `{0}` the link's length in characters.
        LinkCopied => {
            en: "Link copied: {0} characters, short enough for a message.",
            uz: "Havoladan nusxa olindi: {0} belgi, xabarga sigʻadi.",
            ru: "Ссылка скопирована: {0} зн., поместится в сообщение.",
        },
        /// `{0}` the link's length in characters.
        LinkTooLongForMessengers => {
            en: "Link copied, but it is {0} characters long: most messengers cut links over 4,000 characters. Send the plan file instead.",
            uz: "Havoladan nusxa olindi, lekin uning uzunligi {0} belgi: koʻpchilik messenjerlar 4 000 belgidan uzun havolalarni qirqadi. Uning oʻrniga reja faylini yuboring.",
            ru: "Ссылка скопирована, но её длина — {0} зн.: большинство мессенджеров обрезают ссылки длиннее 4 000 знаков. Лучше отправьте файл плана.",
        },
        /// `{0}` the link's length in characters.
        LinkNotCopied => {
            en: "The browser did not allow copying the link ({0} characters). Send the plan file instead.",
            uz: "Brauzer havoladan nusxa olishga ruxsat bermadi ({0} belgi). Uning oʻrniga reja faylini yuboring.",
            ru: "Браузер не разрешил скопировать ссылку ({0} зн.). Лучше отправьте файл плана.",
        },
        LinkUnsupported => {
            en: "This browser cannot make a link (it lacks CompressionStream). Send the plan file instead.",
            uz: "Bu brauzer havola yarata olmaydi (unda CompressionStream yoʻq). Uning oʻrniga reja faylini yuboring.",
            ru: "Этот браузер не умеет создавать такую ссылку (нет CompressionStream). Лучше отправьте файл плана.",
        },
        /// `{0}` the id, `{1}` its JSON path, `{2}` the largest number an id may end in.
        ErrIdNumberTooLarge => {
            en: "the id “{0}” at {1} ends in too large a number: at most {2}.",
            uz: "{1} dagi “{0}” identifikatori juda katta son bilan tugaydi: koʻpi bilan {2}.",
            ru: "идентификатор «{0}» в {1} оканчивается слишком большим числом: не больше {2}.",
        },
    }
}
