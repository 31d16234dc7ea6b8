//! Texts of step 4: implementation plans, tasks, the timeline and workload.

use crate::i18n::plural::Forms;
use crate::i18n::{Lang, Text};
use crate::plans::{PlanStatus, TaskStatus};
use crate::texts;

texts! {
    /// Step 4's labels, hints and check messages.
    PlansText {
        PlansSection => { en: "Implementation plans", uz: "Joriy etish rejalari", ru: "Планы внедрения" },
        PlansIntro => {
            en: "Reaching the goals may take several plans, tied to the priorities. Each names the responsible person, the key indicators and the deadline.",
            uz: "Maqsadlarga erishish ustuvorliklar bilan bogʻliq bir nechta rejani talab qilishi mumkin. Har bir rejada masʼul shaxs, asosiy koʻrsatkichlar va muddat koʻrsatiladi.",
            ru: "Для достижения целей может понадобиться несколько планов, связанных с приоритетами. В каждом — ответственное лицо, ключевые показатели и срок.",
        },
        NewPlan => { en: "New plan", uz: "Yangi reja", ru: "Новый план" },
        PlanName => { en: "Plan name", uz: "Reja nomi", ru: "Название плана" },
        PlanNameHint => {
            en: "For example: Pilot in the Chilonzor branch",
            uz: "Masalan: Chilonzor filialida sinov",
            ru: "Например: пилот в филиале Чиланзар",
        },
        AddPlan => { en: "Add plan", uz: "Reja qoʻshish", ru: "Добавить план" },
        Open => { en: "Open", uz: "Ochish", ru: "Открыть" },
        OpenNamed => { en: "Open plan “{0}”", uz: "“{0}” rejasini ochish", ru: "Открыть план «{0}»" },
        DeletePlan => { en: "Delete plan", uz: "Rejani oʻchirish", ru: "Удалить план" },
        Responsible => { en: "Responsible", uz: "Masʼul shaxs", ru: "Ответственный" },
        Indicators => { en: "Key indicators", uz: "Asosiy koʻrsatkichlar", ru: "Ключевые показатели" },
        Deadline => { en: "Deadline", uz: "Muddat", ru: "Срок" },
        Start => { en: "Start", uz: "Boshlanishi", ru: "Начало" },
        Status => { en: "Status", uz: "Holati", ru: "Статус" },
        /// `{0}` the currency (see the profile).
        Budget => { en: "Budget, {0}", uz: "Byudjet, {0}", ru: "Бюджет, {0}" },
        BudgetInvalid => {
            en: "Enter an amount of 0 or more, such as 150,000,000 or 150 mln.",
            uz: "0 yoki undan katta summani kiriting, masalan: 150 000 000 yoki 150 mln.",
            ru: "Введите сумму от 0, например: 150 000 000 или 150 млн.",
        },
        /// A budget typed with another currency; `{0}` the project's, `{1}` the one typed.
        BudgetOtherCurrency => {
            en: "This project's budgets are in {0}, but {1} was typed. The currency is chosen in step 0.",
            uz: "Bu loyiha byudjetlari {0} hisobida, lekin {1} yozildi. Valyuta 0-qadamda tanlanadi.",
            ru: "Бюджеты этого проекта в валюте «{0}», а введено «{1}». Валюта выбирается на шаге 0.",
        },
        Goals => { en: "Implementation goals it serves", uz: "Xizmat qiladigan joriy etish maqsadlari", ru: "Цели внедрения, которым служит" },
        NoGoals => { en: "No implementation goals in step 3 yet.", uz: "3-qadamda hali joriy etish maqsadlari yoʻq.", ru: "На шаге 3 ещё нет целей внедрения." },
        NoKpis => { en: "No KPIs in step 2 yet.", uz: "2-qadamda hali KPI yoʻq.", ru: "На шаге 2 ещё нет KPI." },
        NotSet => { en: "not set", uz: "belgilanmagan", ru: "не задано" },
        NoneChosen => { en: "— none —", uz: "— tanlanmagan —", ru: "— не выбрано —" },
        /// A count of tasks, by plural category (see [`task_count`]).
        TaskCountOne => { en: "{0} task", uz: "{0} ta vazifa", ru: "{0} задача" },
        TaskCountFew => { en: "{0} tasks", uz: "{0} ta vazifa", ru: "{0} задачи" },
        TaskCountMany => { en: "{0} tasks", uz: "{0} ta vazifa", ru: "{0} задач" },
        OverdueCount => { en: "{0} overdue", uz: "Muddati oʻtgan: {0}", ru: "Просрочено: {0}" },
        Planned => { en: "Planned", uz: "Rejalashtirilgan", ru: "Запланирован" },
        PlanInProgress => { en: "In progress", uz: "Bajarilmoqda", ru: "Выполняется" },
        OnHold => { en: "On hold", uz: "Toʻxtatilgan", ru: "Приостановлен" },
        PlanDone => { en: "Done", uz: "Bajarilgan", ru: "Выполнен" },
        Todo => { en: "To do", uz: "Bajarilishi kerak", ru: "К выполнению" },
        TaskInProgress => { en: "In progress", uz: "Bajarilmoqda", ru: "В работе" },
        Blocked => { en: "Blocked", uz: "Bloklangan", ru: "Заблокирована" },
        TaskDone => { en: "Done", uz: "Bajarilgan", ru: "Выполнена" },
        TasksTitle => { en: "Tasks", uz: "Vazifalar", ru: "Задачи" },
        NoTasks => { en: "No tasks yet. Add the first below.", uz: "Hali vazifalar yoʻq. Birinchisini quyida qoʻshing.", ru: "Задач пока нет. Добавьте первую ниже." },
        TaskTitle => { en: "Task", uz: "Vazifa", ru: "Задача" },
        NewTask => { en: "New task", uz: "Yangi vazifa", ru: "Новая задача" },
        AddTask => { en: "Add task", uz: "Vazifa qoʻshish", ru: "Добавить задачу" },
        EditTask => { en: "Edit task “{0}”", uz: "“{0}” vazifasini tahrirlash", ru: "Изменить задачу «{0}»" },
        CloseTask => { en: "Close", uz: "Yopish", ru: "Закрыть" },
        DeleteTask => { en: "Delete task", uz: "Vazifani oʻchirish", ru: "Удалить задачу" },
        Owner => { en: "Owner", uz: "Ijrochi", ru: "Исполнитель" },
        Due => { en: "Due", uz: "Bajarish muddati", ru: "Срок выполнения" },
        Progress => { en: "Progress, %", uz: "Bajarilishi, %", ru: "Выполнение, %" },
        DependsOn => { en: "Depends on", uz: "Qaysi vazifalarga bogʻliq", ru: "Зависит от" },
        AddDependency => { en: "Add a task it depends on", uz: "Bu vazifa bogʻliq boʻlgan vazifani qoʻshish", ru: "Добавить задачу, от которой зависит" },
        RemoveDependency => { en: "Remove “{0}”", uz: "“{0}”ni olib tashlash", ru: "Убрать «{0}»" },
        NoDependencies => { en: "No dependencies.", uz: "Bogʻliqliklar yoʻq.", ru: "Зависимостей нет." },
        CycleRefused => {
            en: "Refused: this would make a dependency cycle: {0}.",
            uz: "Rad etildi: bu bogʻliqlik halqasini hosil qiladi: {0}.",
            ru: "Отклонено: это создаст цикл зависимостей: {0}.",
        },
        Milestone => { en: "Milestone", uz: "Muhim bosqich", ru: "Веха" },
        Deliverable => { en: "Deliverable", uz: "Natija", ru: "Результат" },
        Overdue => { en: "Overdue", uz: "Muddati oʻtgan", ru: "Просрочено" },
        TimelineTitle => { en: "Timeline", uz: "Vaqt jadvali", ru: "График работ" },
        TimelineIntro => {
            en: "Plans are lanes with their tasks below: the open plan's, or every plan's at once. Tab to a bar and press Enter to open its task.",
            uz: "Rejalar — yoʻlaklar, ostida vazifalari: ochiq rejaniki yoki barcha rejalarniki birdaniga. Vazifani ochish uchun Tab bilan uning chizigʻiga oʻting va Enter tugmasini bosing.",
            ru: "Планы — дорожки, под ними задачи: открытого плана или всех планов сразу. Перейдите к полосе клавишей Tab и нажмите Enter, чтобы открыть задачу.",
        },
        TimelineShows => { en: "Tasks of", uz: "Vazifalar", ru: "Задачи" },
        TimelineOpenPlan => { en: "Open plan", uz: "Ochiq reja", ru: "Открытого плана" },
        TimelineAllPlans => { en: "All plans", uz: "Barcha rejalar", ru: "Всех планов" },
        Zoom => { en: "Zoom", uz: "Masshtab", ru: "Масштаб" },
        ZoomWeek => { en: "Weeks", uz: "Haftalar", ru: "Недели" },
        ZoomMonth => { en: "Months", uz: "Oylar", ru: "Месяцы" },
        Today => { en: "Today", uz: "Bugun", ru: "Сегодня" },
        Weekend => { en: "Weekend", uz: "Dam olish kunlari", ru: "Выходные" },
        Dependency => { en: "Dependency", uz: "Bogʻliqlik", ru: "Зависимость" },
        BarLabel => { en: "{0}: {1} to {2}", uz: "{0}: {1} – {2}", ru: "{0}: с {1} по {2}" },
        NoDates => { en: "no dates", uz: "sanalar yoʻq", ru: "без дат" },
        WorkloadTitle => { en: "Workload per person", uz: "Har bir ijrochining ish yuki", ru: "Нагрузка на исполнителей" },
        WorkloadIntro => {
            en: "Unfinished tasks each owner has, and the most running on one day. More than {0} at once is an overload.",
            uz: "Har bir ijrochining tugallanmagan vazifalari va bir kunda parallel bajariladigan eng koʻp vazifalar soni. Bir vaqtda {0} tadan koʻpi — ortiqcha yuk.",
            ru: "Незавершённые задачи каждого исполнителя и наибольшее число задач в один день. Больше {0} одновременно — перегрузка.",
        },
        Person => { en: "Person", uz: "Ijrochi", ru: "Исполнитель" },
        OpenTasks => { en: "Open tasks", uz: "Tugallanmagan vazifalar", ru: "Незавершённые задачи" },
        Peak => { en: "Most at once", uz: "Bir vaqtda eng koʻp", ru: "Максимум одновременно" },
        Overloaded => { en: "Overloaded", uz: "Ortiqcha yuklangan", ru: "Перегружен" },
        NoWorkload => { en: "No task has an owner yet.", uz: "Hali birorta vazifaga ijrochi tayinlanmagan.", ru: "Ни у одной задачи пока нет исполнителя." },
        Unknown => { en: "(unknown)", uz: "(nomaʼlum)", ru: "(неизвестно)" },
        CheckNone => {
            en: "Work out at least one implementation plan.",
            uz: "Kamida bitta joriy etish rejasini ishlab chiqing.",
            ru: "Разработайте хотя бы один план внедрения.",
        },
        CheckMustCovered => {
            en: "The must-have goal “{0}” is in no plan.",
            uz: "“{0}” majburiy maqsadi hech bir rejaga kiritilmagan.",
            ru: "Обязательная цель «{0}» не входит ни в один план.",
        },
        CheckGoal => {
            en: "Tie the plan “{0}” to the implementation goals it serves.",
            uz: "“{0}” rejasini u xizmat qiladigan joriy etish maqsadlariga bogʻlang.",
            ru: "Свяжите план «{0}» с целями внедрения, которым он служит.",
        },
        CheckResponsible => {
            en: "Name the person responsible for “{0}”.",
            uz: "“{0}” rejasi uchun masʼul shaxsni belgilang.",
            ru: "Укажите ответственного за план «{0}».",
        },
        CheckIndicators => {
            en: "Choose at least one key indicator for “{0}”.",
            uz: "“{0}” rejasi uchun kamida bitta asosiy koʻrsatkichni tanlang.",
            ru: "Выберите хотя бы один ключевой показатель для плана «{0}».",
        },
        CheckDeadline => {
            en: "Set the deadline of “{0}”.",
            uz: "“{0}” rejasining muddatini belgilang.",
            ru: "Укажите срок плана «{0}».",
        },
        CheckPlanDates => {
            en: "The deadline of “{0}” is before its start.",
            uz: "“{0}” rejasining muddati boshlanish sanasidan oldin.",
            ru: "Срок плана «{0}» раньше его начала.",
        },
        CheckTaskDates => {
            en: "The task “{0}” is due before it starts.",
            uz: "“{0}” vazifasining muddati boshlanishidan oldin.",
            ru: "Срок задачи «{0}» раньше её начала.",
        },
        CheckDependencyLate => {
            en: "“{0}” starts before “{1}”, which it depends on, is finished.",
            uz: "“{0}” oʻzi bogʻliq boʻlgan “{1}” tugashidan oldin boshlanadi.",
            ru: "Задача «{0}» начинается раньше, чем завершится задача «{1}», от которой она зависит.",
        },
        CheckCycle => {
            en: "The dependencies make a cycle: {0}.",
            uz: "Bogʻliqliklar halqa hosil qiladi: {0}.",
            ru: "Зависимости образуют цикл: {0}.",
        },
        CheckTaskAfterDeadline => {
            en: "The task “{0}” is due after the deadline of its plan.",
            uz: "“{0}” vazifasining muddati reja muddatidan keyin.",
            ru: "Срок задачи «{0}» позже срока её плана.",
        },
        CheckAfterGoal => {
            en: "“{0}” ends after the target date of its goal “{1}”.",
            uz: "“{0}” rejasi “{1}” maqsadi uchun belgilangan sanadan keyin tugaydi.",
            ru: "План «{0}» заканчивается позже даты, намеченной для цели «{1}».",
        },
        CheckAfterGoLive => {
            en: "“{0}” ends after the planned go-live.",
            uz: "“{0}” rejasi rejalashtirilgan ishga tushirishdan keyin tugaydi.",
            ru: "План «{0}» заканчивается позже плановой даты запуска.",
        },
        CheckOverdue => {
            en: "The task “{0}” is overdue: it was due on {1}.",
            uz: "“{0}” vazifasining muddati oʻtgan: {1} edi.",
            ru: "Задача «{0}» просрочена (срок — {1}).",
        },
        CheckOverload => {
            en: "{0} has {1} tasks running at once on {2}.",
            uz: "{0}: {2} kuni bir vaqtning oʻzida {1} ta vazifa — ortiqcha yuk.",
            ru: "Перегрузка: у исполнителя «{0}» на {2} одновременно в работе задач: {1}.",
        },
    }
}

impl PlansText {
    /// The name of a plan status.
    pub fn plan_status(s: PlanStatus) -> PlansText {
        match s {
            PlanStatus::Planned => PlansText::Planned,
            PlanStatus::InProgress => PlansText::PlanInProgress,
            PlanStatus::OnHold => PlansText::OnHold,
            PlanStatus::Done => PlansText::PlanDone,
        }
    }

    /// The name of a task status.
    pub fn task_status(s: TaskStatus) -> PlansText {
        match s {
            TaskStatus::Todo => PlansText::Todo,
            TaskStatus::InProgress => PlansText::TaskInProgress,
            TaskStatus::Blocked => PlansText::Blocked,
            TaskStatus::Done => PlansText::TaskDone,
        }
    }
}

/// "1 task", "2 tasks"; "1 задача", "2 задачи", "5 задач", "21 задача".
pub fn task_count(lang: Lang, n: u64) -> String {
    Forms::four(
        PlansText::TaskCountOne.text(lang),
        PlansText::TaskCountFew.text(lang),
        PlansText::TaskCountMany.text(lang),
        PlansText::TaskCountMany.text(lang),
    )
    .count(lang, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_counts_take_the_plural_form_of_their_number() {
        let counts = |lang| [0, 1, 2, 5, 11, 21, 22, 1001].map(|n| task_count(lang, n));
        assert_eq!(
            counts(Lang::En),
            [
                "0 tasks",
                "1 task",
                "2 tasks",
                "5 tasks",
                "11 tasks",
                "21 tasks",
                "22 tasks",
                "1,001 tasks"
            ]
        );
        assert_eq!(
            counts(Lang::Ru),
            [
                "0 задач",
                "1 задача",
                "2 задачи",
                "5 задач",
                "11 задач",
                "21 задача",
                "22 задачи",
                "1\u{a0}001 задача"
            ]
        );
        assert_eq!(counts(Lang::Uz)[1], "1 ta vazifa");
        assert_eq!(counts(Lang::Uz)[3], "5 ta vazifa");
    }
}
