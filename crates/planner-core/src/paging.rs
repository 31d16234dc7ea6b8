//! Long lists shown a page at a time: a register of 300 people draws 20 rows, not 300, while
//! its search and filters still reach every record.

/// Rows drawn at once in a long list.
pub const PAGE_SIZE: usize = 50;

/// Rows drawn at once in a list whose rows carry several controls each (the register, goals,
/// tasks): fewer, so that a step of a large plan still draws within its budget.
pub const ROW_PAGE_SIZE: usize = 20;

/// Cards drawn at once (plans): a card holds a row's worth of nodes several times over.
pub const CARD_PAGE_SIZE: usize = 10;

/// One page of a list of `total` rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The page shown, from 0, clamped to the pages there are.
    pub page: usize,
    /// How many pages there are (at least 1).
    pub pages: usize,
    /// The first row shown (an index into the list).
    pub start: usize,
    /// One past the last row shown.
    pub end: usize,
    /// The rows of the whole list.
    pub total: usize,
}

impl Paging {
    /// Page `page` of `total` rows, `size` rows a page. A page past the end shows the last
    /// one, so a list that shrank under a filter never shows an empty page.
    pub fn new(total: usize, page: usize, size: usize) -> Paging {
        let size = size.max(1);
        let pages = total.div_ceil(size).max(1);
        let page = page.min(pages - 1);
        let start = page * size;
        Paging {
            page,
            pages,
            start,
            end: (start + size).min(total),
            total,
        }
    }

    /// Whether the list needs more than one page (and so a pager).
    pub fn is_paged(&self) -> bool {
        self.pages > 1
    }
}

/// The page that holds row `index`.
pub fn page_of(index: usize, size: usize) -> usize {
    index / size.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_cover_every_row_once() {
        let total = 123;
        let mut seen = 0;
        for page in 0..3 {
            let p = Paging::new(total, page, PAGE_SIZE);
            assert_eq!(p.start, seen);
            seen = p.end;
        }
        assert_eq!(seen, total);
        assert_eq!(Paging::new(total, 0, PAGE_SIZE).pages, 3);
    }

    #[test]
    fn a_page_past_the_end_shows_the_last_page() {
        let p = Paging::new(60, 9, PAGE_SIZE);
        assert_eq!((p.page, p.start, p.end), (1, 50, 60));
    }

    #[test]
    fn an_empty_or_short_list_has_one_page() {
        assert_eq!(
            Paging::new(0, 0, PAGE_SIZE),
            Paging {
                page: 0,
                pages: 1,
                start: 0,
                end: 0,
                total: 0
            }
        );
        assert!(!Paging::new(50, 0, PAGE_SIZE).is_paged());
        assert!(Paging::new(51, 0, PAGE_SIZE).is_paged());
    }

    #[test]
    fn a_row_is_found_on_its_page() {
        assert_eq!(page_of(0, PAGE_SIZE), 0);
        assert_eq!(page_of(49, PAGE_SIZE), 0);
        assert_eq!(page_of(50, PAGE_SIZE), 1);
        let p = Paging::new(300, page_of(217, PAGE_SIZE), PAGE_SIZE);
        assert!((p.start..p.end).contains(&217));
    }
}
