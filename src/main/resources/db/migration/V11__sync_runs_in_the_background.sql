-- A sync is recorded when it starts and works through its pages in the background, one transaction per page.
-- finished_at stays null until the last page is done: a run still null at the next start was cut by a crash
-- or a shutdown, and is resumed with the pages it has not done.
alter table sync_run alter column finished_at drop not null;
alter table sync_run add column pages_total int  not null default 0;
-- Why the run could not go on (e.g. the content folder could not be listed); null when it did.
alter table sync_run add column failure     text;

-- The pages a run found changed, in the order it works through them; done_at is set in the page's own
-- transaction, so a crash leaves exactly the pages still to do.
create table sync_run_page (
    run_id   bigint      not null references sync_run (id) on delete cascade,
    slug     text        not null,
    position int         not null,
    done_at  timestamptz,
    -- why the page could not be read (too deep, too slow, an error); null when it was
    problem  text,
    primary key (run_id, slug)
);
create index sync_run_page_todo on sync_run_page (run_id, position) where done_at is null;
create index sync_run_unfinished on sync_run (id) where finished_at is null;
