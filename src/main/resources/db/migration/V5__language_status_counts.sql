-- Per-language status counts, the live page count and a change counter, kept by triggers, so the coverage
-- screen's header ("Portuguese: 22,000 of 100,000 pages"), its status-filter counts and the site API's ETag
-- read a few rows instead of aggregating all 300,000 availability rows joined to page (139-289 ms at 100,000
-- pages, on every coverage-screen open).
--
-- Only live pages count (page.removed_at is null), exactly as the old queries did: the availability
-- triggers count a row only while its page is live, and archiving or un-archiving a page moves its rows out
-- of or back into the counts.
--
-- The tables hold DELTA rows and readers sum them. Every statement that changes availability or a page's
-- liveness appends its net change; no writer ever updates a shared counter row. A content sync is one
-- transaction (segmentation and alignment included) that can run for minutes: with one counter row per
-- (language, status), its row locks would be held until it commits and every translator save that moved a
-- page between the same statuses would wait for it. Inserts never wait on each other. Now and then a
-- statement merges the rows (coverage_counts_compact) so the tables stay a few dozen rows; it never waits
-- either (try-lock, skip when another transaction is merging).

create table language_status_count (
    language text   not null,
    status   text   not null,
    pages    bigint not null
);

create table coverage_total (
    live_pages bigint not null,   -- pages with removed_at is null
    changes    bigint not null    -- +1 per committed statement that changed what GET /api/availability returns
);

-- Merges the delta rows when there are many more than distinct keys; sums are unchanged (rows added by
-- transactions that are still open are not visible, so they are neither deleted nor counted twice).
create function coverage_counts_compact() returns void language plpgsql as $$
begin
    if (select count(*) <= 2 * count(distinct (language, status)) + 32 from language_status_count)
       and (select count(*) <= 32 from coverage_total) then
        return;
    end if;
    -- One merge at a time and never waiting for it: the lock is held to the end of the transaction.
    if not pg_try_advisory_xact_lock(1315275829) then
        return;
    end if;
    with merged as (delete from language_status_count returning language, status, pages)
    insert into language_status_count (language, status, pages)
    select language, status, sum(pages) from merged group by language, status having sum(pages) <> 0;
    with merged as (delete from coverage_total returning live_pages, changes)
    insert into coverage_total (live_pages, changes)
    select sum(live_pages), sum(changes) from merged having count(*) > 0;
end $$;

-- availability: inserted, updated and deleted rows of live pages. Liveness is read without a lock; the page
-- triggers below lock the availability rows (and the page) they count, so a status change racing with an
-- archive is counted by exactly one side (see page_counts_update).
create function availability_counts_insert() returns trigger language plpgsql as $$
begin
    with delta as (
        select n.language, n.status from new_rows n join page p on p.id = n.page_id and p.removed_at is null
    ), counted as (
        insert into language_status_count (language, status, pages)
        select language, status, count(*) from delta group by language, status
        returning 1
    )
    insert into coverage_total (live_pages, changes) select 0, 1 where exists (select 1 from counted);
    perform coverage_counts_compact();
    return null;
end $$;

create function availability_counts_update() returns trigger language plpgsql as $$
begin
    -- Most updates (a recompute after a save) keep the status: only rows whose status (or key) changed count.
    with delta as (
        select d.language, d.status, d.pages
        from (
            select page_id, language, status, 1 as pages from (
                select page_id, language, status from new_rows
                except all
                select page_id, language, status from old_rows) added
            union all
            select page_id, language, status, -1 from (
                select page_id, language, status from old_rows
                except all
                select page_id, language, status from new_rows) removed
        ) d
        join page p on p.id = d.page_id and p.removed_at is null
    ), counted as (
        insert into language_status_count (language, status, pages)
        select language, status, sum(pages) from delta group by language, status having sum(pages) <> 0
        returning 1
    )
    insert into coverage_total (live_pages, changes) select 0, 1 where exists (select 1 from delta);
    perform coverage_counts_compact();
    return null;
end $$;

-- A page's own deletion cascades here after the page row is gone, so nothing is subtracted for it here:
-- page_counts_delete did that before the page went.
create function availability_counts_delete() returns trigger language plpgsql as $$
begin
    with delta as (
        select o.language, o.status from old_rows o join page p on p.id = o.page_id and p.removed_at is null
    ), counted as (
        insert into language_status_count (language, status, pages)
        select language, status, -count(*) from delta group by language, status
        returning 1
    )
    insert into coverage_total (live_pages, changes) select 0, 1 where exists (select 1 from counted);
    perform coverage_counts_compact();
    return null;
end $$;

create function availability_counts_truncate() returns trigger language plpgsql as $$
begin
    delete from language_status_count;
    insert into coverage_total (live_pages, changes) values (0, 1);
    return null;
end $$;

create trigger availability_counts_insert after insert on availability
    referencing new table as new_rows for each statement execute function availability_counts_insert();
create trigger availability_counts_update after update on availability
    referencing old table as old_rows new table as new_rows for each statement execute function availability_counts_update();
create trigger availability_counts_delete after delete on availability
    referencing old table as old_rows for each statement execute function availability_counts_delete();
create trigger availability_counts_truncate after truncate on availability
    for each statement execute function availability_counts_truncate();

-- page: inserted live pages, archive / un-archive, deletion.
create function page_counts_insert() returns trigger language plpgsql as $$
begin
    insert into coverage_total (live_pages, changes)
    select count(*), 1 from new_rows where removed_at is null having count(*) > 0;
    perform coverage_counts_compact();
    return null;
end $$;

create function page_counts_update() returns trigger language plpgsql as $$
declare
    flipped bigint[];
    visible boolean;
begin
    select array_agg(n.id) filter (where (n.removed_at is null) <> (o.removed_at is null)),
           bool_or((n.removed_at is null) <> (o.removed_at is null)
                   or (n.removed_at is null and (n.slug, n.title, n.title_search, n.source_language)
                       is distinct from (o.slug, o.title, o.title_search, o.source_language)))
    into flipped, visible
    from new_rows n join old_rows o on o.id = n.id;

    if flipped is not null then
        -- Serialise with writers of these pages' availability rows, so each status change is counted by
        -- exactly one side: FOR UPDATE on the page waits for a transaction that inserted availability rows
        -- for it (its foreign-key check holds KEY SHARE) and makes later inserters wait for this one; FOR
        -- SHARE on the rows waits for an update or delete in flight and then reads its new version. The
        -- writer that went first saw the page live and counted its change; the one that waits sees it
        -- archived (or live again) and counts nothing.
        perform 1 from page where id = any(flipped) for update;
        with rows as (
            select a.language, a.status, case when p.removed_at is null then 1 else -1 end as pages
            from availability a join page p on p.id = a.page_id
            where a.page_id = any(flipped)
            for share of a
        )
        insert into language_status_count (language, status, pages)
        select language, status, sum(pages) from rows group by language, status having sum(pages) <> 0;

        insert into coverage_total (live_pages, changes)
        select count(*) filter (where removed_at is null) - count(*) filter (where removed_at is not null), 0
        from page where id = any(flipped);
    end if;
    if visible then
        insert into coverage_total (live_pages, changes) values (0, 1);
    end if;
    perform coverage_counts_compact();
    return null;
end $$;

-- Before each row, while its availability rows still exist (the cascade removes them after the page row
-- is gone, when availability_counts_delete can no longer tell whether the page was live).
create function page_counts_delete() returns trigger language plpgsql as $$
begin
    if old.removed_at is null then
        with rows as (
            select language, status from availability where page_id = old.id for share
        )
        insert into language_status_count (language, status, pages)
        select language, status, -count(*) from rows group by language, status;
        insert into coverage_total (live_pages, changes) values (-1, 1);
    end if;
    return old;
end $$;

create function page_counts_truncate() returns trigger language plpgsql as $$
begin
    insert into coverage_total (live_pages, changes)
    select -coalesce(sum(live_pages), 0), 1 from coverage_total;
    return null;
end $$;

create trigger page_counts_insert after insert on page
    referencing new table as new_rows for each statement execute function page_counts_insert();
create trigger page_counts_update after update on page
    referencing old table as old_rows new table as new_rows for each statement execute function page_counts_update();
create trigger page_counts_delete before delete on page
    for each row execute function page_counts_delete();
create trigger page_counts_truncate after truncate on page
    for each statement execute function page_counts_truncate();

-- Backfill. The triggers above already hold locks that keep writers out until this migration commits.
lock table page, availability in share mode;
insert into language_status_count (language, status, pages)
select a.language, a.status, count(*)
from availability a join page p on p.id = a.page_id and p.removed_at is null
group by a.language, a.status;
insert into coverage_total (live_pages, changes)
select count(*), 0 from page where removed_at is null;
