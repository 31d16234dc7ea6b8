//! Texts of data safety: the plan library, undo, storage, tabs, import preview and its errors.

use crate::texts;

texts! {
    /// Texts of the plan library, undo, storage use, two tabs and the import preview.
    DataText {
        Plans => { en: "Plans", uz: "Rejalar", ru: "Планы" },
        PlansTitle => { en: "Plans in this browser", uz: "Shu brauzerdagi rejalar", ru: "Планы в этом браузере" },
        NewPlan => { en: "New plan", uz: "Yangi reja", ru: "Новый план" },
        OpenPlan => { en: "Open", uz: "Ochish", ru: "Открыть" },
        Duplicate => { en: "Duplicate", uz: "Nusxasini yaratish", ru: "Дублировать" },
        Rename => { en: "Rename", uz: "Nomini oʻzgartirish", ru: "Переименовать" },
        Delete => { en: "Delete", uz: "Oʻchirish", ru: "Удалить" },
        Close => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        Save => { en: "Save", uz: "Saqlash", ru: "Сохранить" },
        PlanName => { en: "Plan name", uz: "Reja nomi", ru: "Название плана" },
        IsOpen => { en: "open now", uz: "hozir ochiq", ru: "открыт сейчас" },
        CopySuffix => { en: "copy", uz: "nusxa", ru: "копия" },
        Deleted => { en: "Deleted “{0}”.", uz: "“{0}” oʻchirildi.", ru: "План «{0}» удалён." },
        UndoDelete => { en: "Undo delete", uz: "Oʻchirishni bekor qilish", ru: "Отменить удаление" },
        Restored => { en: "“{0}” is back.", uz: "“{0}” qaytarildi.", ru: "План «{0}» восстановлен." },
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
            en: "Browser storage is {0} % full. Export your plans to files and delete the ones you no longer need here.",
            uz: "Brauzer xotirasi {0} % toʻlgan. Rejalaringizni faylga eksport qiling va keraksizlarini bu yerdan oʻchiring.",
            ru: "Хранилище браузера заполнено на {0} %. Экспортируйте планы в файлы и удалите ненужные здесь.",
        },
        NeverExported => {
            en: "This plan has never been exported to a file.",
            uz: "Bu reja hali hech qachon faylga eksport qilinmagan.",
            ru: "Этот план ещё ни разу не экспортировался в файл.",
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
            en: "This plan was changed in another tab",
            uz: "Bu reja boshqa varaqda oʻzgartirildi",
            ru: "Этот план изменён в другой вкладке",
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
            en: "Not saved: another tab changed this plan. Choose which version to keep.",
            uz: "Saqlanmadi: boshqa varaq bu rejani oʻzgartirdi. Qaysi versiyani saqlashni tanlang.",
            ru: "Не сохранено: другая вкладка изменила этот план. Выберите, какую версию оставить.",
        },
        PreviewTitle => { en: "Import “{0}”", uz: "“{0}”ni import qilish", ru: "Импорт «{0}»" },
        PreviewIntro => {
            en: "Nothing has changed yet. This is what the file holds, beside the open plan:",
            uz: "Hozircha hech narsa oʻzgarmadi. Quyida fayl tarkibi ochiq reja bilan yonma-yon koʻrsatilgan:",
            ru: "Пока ничего не изменилось. Вот что в файле, рядом с открытым планом:",
        },
        InFile => { en: "In the file", uz: "Faylda", ru: "В файле" },
        InOpenPlan => { en: "Open plan", uz: "Ochiq reja", ru: "Открытый план" },
        Units => { en: "Units", uz: "Boʻlinmalar", ru: "Подразделения" },
        Stakeholders => { en: "Stakeholders", uz: "Manfaatdor tomonlar", ru: "Заинтересованные стороны" },
        BusinessGoals => { en: "Business goals", uz: "Biznes-maqsadlar", ru: "Бизнес-цели" },
        Kpis => { en: "KPIs", uz: "KPI", ru: "KPI" },
        ImplementationGoals => { en: "Implementation goals", uz: "Joriy etish maqsadlari", ru: "Цели внедрения" },
        ImplementationPlans => { en: "Implementation plans", uz: "Joriy etish rejalari", ru: "Планы внедрения" },
        Tasks => { en: "Tasks", uz: "Vazifalar", ru: "Задачи" },
        AsNew => {
            en: "Import as a new plan (the open plan stays as it is)",
            uz: "Yangi reja sifatida import qilish (ochiq reja oʻzgarmaydi)",
            ru: "Импортировать как новый план (открытый план не меняется)",
        },
        AsReplace => {
            en: "Replace the open plan “{0}” (a backup is kept; you can undo)",
            uz: "Ochiq “{0}” rejasini almashtirish (zaxira nusxa saqlanadi; bekor qilish mumkin)",
            ru: "Заменить открытый план «{0}» (резервная копия сохраняется; можно отменить)",
        },
        ImportAction => { en: "Import", uz: "Import qilish", ru: "Импортировать" },
        ImportedAsNew => {
            en: "Imported “{0}” as a new plan. Your other plans are in the Plans menu.",
            uz: "“{0}” yangi reja sifatida import qilindi. Boshqa rejalaringiz “Rejalar” menyusida.",
            ru: "План «{0}» импортирован как новый. Остальные планы — в меню «Планы».",
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
            en: "“{0}” was not imported: the open plan could not be backed up in this browser first (the storage may be full), so nothing was replaced. Import it as a new plan, or save the open plan to a file first.",
            uz: "“{0}” import qilinmadi: avval ochiq rejaning zaxira nusxasini brauzerda saqlab boʻlmadi (xotira toʻlgan boʻlishi mumkin), shuning uchun hech narsa almashtirilmadi. Uni yangi reja sifatida import qiling yoki avval ochiq rejani faylga saqlang.",
            ru: "План «{0}» не импортирован: сначала не удалось сохранить в браузере резервную копию открытого плана (возможно, хранилище заполнено), поэтому ничего не заменено. Импортируйте его как новый план или сначала сохраните открытый план в файл.",
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
        /// `{0}` the id, `{1}` its JSON path, `{2}` the largest number an id may end in.
        ErrIdNumberTooLarge => {
            en: "the id “{0}” at {1} ends in too large a number: at most {2}.",
            uz: "{1} dagi “{0}” identifikatori juda katta son bilan tugaydi: koʻpi bilan {2}.",
            ru: "идентификатор «{0}» в {1} оканчивается слишком большим числом: не больше {2}.",
        },
    }
}
