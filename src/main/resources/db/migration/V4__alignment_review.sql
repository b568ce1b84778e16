-- The alignment review screen's undo stack: every change to a page x language's beads keeps the beads as
-- they were before it and the memory entries it added or removed, so the last change can be taken back
-- (translations follow from the beads and are recomputed). A new alignment of the file clears the stack.
create table alignment_change (
    page_id      bigint      not null references page (id) on delete cascade,
    language     text        not null,
    seq          bigserial   not null,
    operation    text        not null,
    beads_before jsonb       not null,   -- alignment_bead rows: position, segment_ids, target_start, ...
    tm_added     jsonb       not null default '[]',   -- [[source, target], ...] this change put in the memory
    tm_removed   jsonb       not null default '[]',   -- [[source, target], ...] this change took out of it
    changed_by   text        not null,
    changed_at   timestamptz not null default now(),
    primary key (page_id, language, seq)
);
