-- Indexes for the coverage grid at 100,000 pages (measured by CoverageBenchmark).
--
-- Every coverage query reads live pages only (removed_at is null) and orders by one of five sorts with
-- the id as tie-break. One partial index per sort, in exactly the query's order (direction, nulls, id),
-- lets the first window be read straight off the index instead of sorting every page, and lets a deep
-- window (LIMIT/OFFSET, the grid's scrollbar) skip its offset in an index-only scan. V1's indexes could
-- not serve the ascending sorts (a backward scan reverses the id tie-break and the nulls too) nor the
-- title sort at all, and needed the table for the removed_at filter.
create index page_live_newest on page (published_date desc nulls last, id) where removed_at is null;
create index page_live_oldest on page (published_date asc nulls last, id) where removed_at is null;
create index page_live_priority_high on page (priority desc, id) where removed_at is null;
create index page_live_priority_low on page (priority asc, id) where removed_at is null;
create index page_live_title on page (title_search, id) where removed_at is null;

-- Archived pages are few: counts over availability exclude them by looking them up here instead of
-- joining every availability row to its page.
create index page_removed on page (id) where removed_at is not null;

-- Superseded by page_live_newest and page_live_priority_high.
drop index page_published_date;
drop index page_priority;
