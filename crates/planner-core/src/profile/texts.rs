//! Texts of step 0 (project profile and units) and of field errors.

use crate::i18n::Text;
use crate::profile::{Currency, FieldError, FunctionalLevel, MAX_TEXT, MAX_YEAR, MIN_YEAR};
use crate::texts;

texts! {
    /// Step 0's labels, hints, check messages and the field error messages.
    ProfileText {
        ProjectSection => { en: "Project", uz: "Loyiha", ru: "Проект" },
        Name => { en: "Project name", uz: "Loyiha nomi", ru: "Название проекта" },
        NameHint => {
            en: "For example: CRM roll-out 2027",
            uz: "Masalan: CRM joriy etish 2027",
            ru: "Например: внедрение CRM 2027",
        },
        Organisation => { en: "Organisation", uz: "Tashkilot", ru: "Организация" },
        Industry => { en: "Industry", uz: "Faoliyat tarmogʻi", ru: "Отрасль" },
        GoLive => {
            en: "Planned go-live date",
            uz: "Rejalashtirilgan ishga tushirish sanasi",
            ru: "Плановая дата запуска",
        },
        Currency => {
            en: "Currency of the budgets",
            uz: "Byudjetlar valyutasi",
            ru: "Валюта бюджетов",
        },
        CurrencyUzs => { en: "Uzbek som (UZS)", uz: "Oʻzbek soʻmi (UZS)", ru: "Узбекский сум (UZS)" },
        CurrencyUsd => { en: "US dollar (USD)", uz: "AQSH dollari (USD)", ru: "Доллар США (USD)" },
        CurrencyEur => { en: "Euro (EUR)", uz: "Yevro (EUR)", ru: "Евро (EUR)" },
        CurrencyRub => { en: "Russian rouble (RUB)", uz: "Rossiya rubli (RUB)", ru: "Российский рубль (RUB)" },
        CurrencyKzt => { en: "Kazakh tenge (KZT)", uz: "Qozogʻiston tengesi (KZT)", ru: "Казахстанский тенге (KZT)" },
        /// The soʻm after an amount: "120 000 000 soʻm".
        SomUnit => { en: "UZS", uz: "soʻm", ru: "сум" },
        UnitsSection => {
            en: "Units of the organisation",
            uz: "Tashkilot boʻlinmalari",
            ru: "Подразделения организации",
        },
        UnitsIntro => {
            en: "The textbook asks to consider the company's structure and its functional levels: list the departments, branches and teams the CRM touches.",
            uz: "Darslik kompaniya tuzilishi va funksional darajalarni eʼtiborga olishni talab qiladi: CRM taʼsir qiladigan boʻlim, filial va jamoalarni sanab chiqing.",
            ru: "Учебник требует учесть структуру компании и её функциональные уровни: перечислите отделы, филиалы и команды, которых коснётся CRM.",
        },
        UnitsEmpty => {
            en: "No units yet. Add the first one below — for example, the sales department.",
            uz: "Hali boʻlinmalar yoʻq. Birinchisini quyida qoʻshing — masalan, savdo boʻlimini.",
            ru: "Подразделений пока нет. Добавьте первое ниже — например, отдел продаж.",
        },
        UnitName => { en: "Unit name", uz: "Boʻlinma nomi", ru: "Название подразделения" },
        UnitLevel => { en: "Functional level", uz: "Funksional daraja", ru: "Функциональный уровень" },
        CustomerFacing => {
            en: "Works with customers",
            uz: "Mijozlar bilan ishlaydi",
            ru: "Работает с клиентами",
        },
        AddUnit => { en: "Add unit", uz: "Boʻlinma qoʻshish", ru: "Добавить подразделение" },
        DeleteUnit => { en: "Delete", uz: "Oʻchirish", ru: "Удалить" },
        DeleteUnitNamed => {
            en: "Delete unit {0}",
            uz: "{0} boʻlinmasini oʻchirish",
            ru: "Удалить подразделение {0}",
        },
        NewUnit => { en: "New unit", uz: "Yangi boʻlinma", ru: "Новое подразделение" },
        LevelStrategic => { en: "Strategic", uz: "Strategik", ru: "Стратегический" },
        LevelTactical => { en: "Tactical", uz: "Taktik", ru: "Тактический" },
        LevelOperational => { en: "Operational", uz: "Operatsion", ru: "Операционный" },
        CheckName => {
            en: "Give the project a name.",
            uz: "Loyihaga nom bering.",
            ru: "Дайте проекту название.",
        },
        CheckOrganisation => {
            en: "Name the organisation.",
            uz: "Tashkilot nomini kiriting.",
            ru: "Укажите организацию.",
        },
        CheckUnits => {
            en: "Add at least one unit of the organisation.",
            uz: "Tashkilotning kamida bitta boʻlinmasini qoʻshing.",
            ru: "Добавьте хотя бы одно подразделение организации.",
        },
        CheckGoLive => {
            en: "Set the planned go-live date.",
            uz: "Rejalashtirilgan ishga tushirish sanasini belgilang.",
            ru: "Укажите плановую дату запуска.",
        },
        CheckGoLivePast => {
            en: "The planned go-live date has passed.",
            uz: "Rejalashtirilgan ishga tushirish sanasi oʻtib ketgan.",
            ru: "Плановая дата запуска уже прошла.",
        },
        CheckCustomerFacing => {
            en: "No unit works with customers; mark the customer-facing ones.",
            uz: "Birorta boʻlinma mijozlar bilan ishlamaydi; mijozlar bilan ishlaydiganlarini belgilang.",
            ru: "Ни одно подразделение не работает с клиентами; отметьте подразделения, работающие с клиентами.",
        },
        CheckUnitDuplicate => {
            en: "Two units are called “{0}”.",
            uz: "Ikkita boʻlinma “{0}” deb nomlangan.",
            ru: "Два подразделения называются «{0}».",
        },
        ErrRequired => {
            en: "This field is required.",
            uz: "Bu maydon toʻldirilishi shart.",
            ru: "Это поле обязательно.",
        },
        ErrTooLong => {
            en: "Too long: at most {0} characters.",
            uz: "Juda uzun: koʻpi bilan {0} belgi.",
            ru: "Слишком длинно: не более {0} символов.",
        },
        ErrInvalidDate => {
            en: "Not a valid date. Enter a real calendar date.",
            uz: "Sana notoʻgʻri. Mavjud sanani kiriting.",
            ru: "Неверная дата. Введите существующую календарную дату.",
        },
        ErrYearRange => {
            en: "The year must be between {0} and {1}.",
            uz: "Yil {0} va {1} oraligʻida boʻlishi kerak.",
            ru: "Год должен быть от {0} до {1}.",
        },
    }
}

impl ProfileText {
    /// The name of a currency, with its code.
    pub fn currency(currency: Currency) -> ProfileText {
        match currency {
            Currency::Uzs => ProfileText::CurrencyUzs,
            Currency::Usd => ProfileText::CurrencyUsd,
            Currency::Eur => ProfileText::CurrencyEur,
            Currency::Rub => ProfileText::CurrencyRub,
            Currency::Kzt => ProfileText::CurrencyKzt,
        }
    }

    /// The name of a functional level.
    pub fn level(level: FunctionalLevel) -> ProfileText {
        match level {
            FunctionalLevel::Strategic => ProfileText::LevelStrategic,
            FunctionalLevel::Tactical => ProfileText::LevelTactical,
            FunctionalLevel::Operational => ProfileText::LevelOperational,
        }
    }
}

/// The message for a refused field value, in `lang`.
pub fn field_error(error: FieldError, lang: crate::i18n::Lang) -> String {
    use crate::i18n::{fill, Text};
    match error {
        FieldError::Required => ProfileText::ErrRequired.text(lang).into(),
        FieldError::TooLong => fill(ProfileText::ErrTooLong.text(lang), &[&MAX_TEXT.to_string()]),
        FieldError::InvalidDate => ProfileText::ErrInvalidDate.text(lang).into(),
        FieldError::YearOutOfRange => fill(
            ProfileText::ErrYearRange.text(lang),
            &[&MIN_YEAR.to_string(), &MAX_YEAR.to_string()],
        ),
    }
}

/// What follows an amount in `currency`, in `lang`: the soʻm by its name in Uzbek and Russian,
/// every other currency by its ISO code.
pub fn currency_unit(currency: Currency, lang: crate::i18n::Lang) -> &'static str {
    match currency {
        Currency::Uzs => ProfileText::SomUnit.text(lang),
        other => other.code(),
    }
}

/// An amount with its currency, as `lang` writes it: "120 000 000 soʻm", "1,500 USD". A
/// no-break space keeps the two on one line.
pub fn money(amount: f64, currency: Currency, lang: crate::i18n::Lang) -> String {
    format!(
        "{}\u{a0}{}",
        crate::inputs::format_number(amount, lang),
        currency_unit(currency, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn an_amount_carries_its_currency_as_each_language_writes_it() {
        assert_eq!(
            money(120_000_000.0, Currency::Uzs, Lang::Uz),
            "120\u{a0}000\u{a0}000\u{a0}soʻm"
        );
        assert_eq!(
            money(1_500.5, Currency::Uzs, Lang::Ru),
            "1\u{a0}500,5\u{a0}сум"
        );
        assert_eq!(money(1_500.0, Currency::Usd, Lang::En), "1,500\u{a0}USD");
        assert_eq!(money(7.0, Currency::Eur, Lang::Ru), "7\u{a0}EUR");
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(c.code()), Some(c));
        }
        assert_eq!(Currency::from_code("uzs"), None);
    }
}
