//! The workflow's steps, in the source text's order, and their computed status.

/// One page of the workflow. Steps 1-4 are the source text's; the profile (0) feeds step 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StepId {
    /// Step 0: the project and the organisation's units.
    Profile,
    /// Step 1: engage the key stakeholders.
    Stakeholders,
    /// Step 2: define the CRM strategy.
    Strategy,
    /// Step 3: define the implementation goals and set priorities.
    Goals,
    /// Step 4: develop the implementation plan.
    Plans,
}

impl StepId {
    /// The steps in workflow order.
    pub const ALL: [StepId; 5] = [
        StepId::Profile,
        StepId::Stakeholders,
        StepId::Strategy,
        StepId::Goals,
        StepId::Plans,
    ];

    /// The step's number in the workflow (the source text numbers steps 1-4).
    pub fn number(self) -> u8 {
        match self {
            StepId::Profile => 0,
            StepId::Stakeholders => 1,
            StepId::Strategy => 2,
            StepId::Goals => 3,
            StepId::Plans => 4,
        }
    }

    /// The step's address segment (`#/stakeholders`).
    pub fn slug(self) -> &'static str {
        match self {
            StepId::Profile => "profile",
            StepId::Stakeholders => "stakeholders",
            StepId::Strategy => "strategy",
            StepId::Goals => "goals",
            StepId::Plans => "plans",
        }
    }

    /// The step named by an address segment.
    pub fn from_slug(slug: &str) -> Option<StepId> {
        StepId::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// A step's status, computed from its checks and never ticked by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepStatus {
    /// Nothing entered yet.
    NotStarted,
    /// Something entered, and at least one blocking check fails.
    InProgress,
    /// No blocking check fails (warnings may remain).
    Complete,
}

impl StepStatus {
    /// A stable code for CSS classes and `data-status` (no `Debug` text in the bundle).
    pub fn code(self) -> &'static str {
        match self {
            StepStatus::NotStarted => "not-started",
            StepStatus::InProgress => "in-progress",
            StepStatus::Complete => "complete",
        }
    }
}

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The overview of all steps.
    Overview,
    /// One step.
    Step(StepId),
    /// The printable report of the whole plan (`#/report`).
    Report,
    /// The method: its source, and how the plan meets each of the textbook's demands
    /// (`#/method`).
    Method,
    /// An address that names no page.
    NotFound,
}

/// A page and, optionally, the id of a field to focus on it: the app's address.
///
/// `#/` is the overview, `#/<step>` a step, `#/<step>/<field-id>` a step with the field to fix
/// focused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// The page shown.
    pub page: Page,
    /// The `id` of the element to focus after the page renders.
    pub focus: Option<String>,
}

impl Route {
    /// Parses a location hash such as `#/strategy/kpi-k3-target`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.splitn(2, '/');
        let head = parts.next().unwrap_or_default();
        let focus = parts.next().filter(|s| !s.is_empty()).map(str::to_owned);
        let page = match head {
            // A share link (`#/import/<data>`, see `crate::share`) shows the overview under
            // its import preview; the data is no field to focus.
            "import" => {
                return Route {
                    page: Page::Overview,
                    focus: None,
                }
            }
            "" | "overview" => Page::Overview,
            "report" => Page::Report,
            "method" => Page::Method,
            slug => StepId::from_slug(slug).map_or(Page::NotFound, Page::Step),
        };
        Route { page, focus }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_name_pages_and_fields() {
        assert_eq!(Route::parse("").page, Page::Overview);
        assert_eq!(Route::parse("#/").page, Page::Overview);
        assert_eq!(Route::parse("#/profile").page, Page::Step(StepId::Profile));
        let r = Route::parse("#/strategy/kpi-k3-target");
        assert_eq!(r.page, Page::Step(StepId::Strategy));
        assert_eq!(r.focus.as_deref(), Some("kpi-k3-target"));
        assert_eq!(Route::parse("#/nowhere").page, Page::NotFound);
        assert_eq!(Route::parse("#/report").page, Page::Report);
        assert_eq!(Route::parse("#/method").page, Page::Method);
        let shared = Route::parse("#/import/Zm9vYmFy");
        assert_eq!((shared.page, shared.focus), (Page::Overview, None));
    }

    #[test]
    fn slugs_round_trip() {
        for step in StepId::ALL {
            assert_eq!(StepId::from_slug(step.slug()), Some(step));
        }
        assert_eq!(StepId::from_slug("nope"), None);
    }
}
