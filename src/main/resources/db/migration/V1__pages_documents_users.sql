-- Pages (one interview or article) and the documents the content folder holds for them.

create table app_user (
    username      text primary key,
    password_hash text        not null,
    display_name  text        not null,
    roles         text[]      not null default '{}',
    languages     text[]      not null default '{}',
    password_change_required boolean not null default false,
    created_at    timestamptz not null default now()
);

create table page (
    id              bigserial primary key,
    slug            text        not null unique,
    source_language text        not null,
    title           text        not null,
    -- lower-cased title for the search box; trigram index below keeps "contains" fast at 100,000 pages
    title_search    text        not null,
    published_date  date,
    priority        int         not null default 3,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    -- set when the source file disappears; the page's translations are kept
    removed_at      timestamptz
);

create extension if not exists pg_trgm;
create index page_title_search_trgm on page using gin (title_search gin_trgm_ops);
create index page_published_date on page (published_date desc nulls last, id);
create index page_priority on page (priority desc, id);

-- One row per file in the content folder: translations/<language>/<slug>.html
create table document (
    id            bigserial primary key,
    page_id       bigint      not null references page (id) on delete cascade,
    language      text        not null,
    path          text        not null,
    content_hash  text        not null,
    size_bytes    bigint      not null,
    title         text,
    modified_date date,
    file_modified timestamptz not null,
    synced_at     timestamptz not null default now(),
    unique (page_id, language)
);

-- Availability of a page in a language, kept for every page x enabled language so the coverage
-- matrix and its filters are plain indexed lookups.
create table availability (
    page_id             bigint not null references page (id) on delete cascade,
    language            text   not null,
    status              text   not null,
    total_segments      int    not null default 0,
    translated_segments int    not null default 0,
    total_words         int    not null default 0,
    translated_words    int    not null default 0,
    changed_words       int    not null default 0,
    updated_at          timestamptz not null default now(),
    primary key (page_id, language)
);
create index availability_language_status on availability (language, status, page_id);

-- Problems found by the last sync, per file, shown in the UI until the file is fixed.
create table sync_problem (
    path        text primary key,
    language    text,
    slug        text,
    severity    text        not null,
    reason      text        not null,
    detected_at timestamptz not null default now()
);

create table sync_run (
    id          bigserial primary key,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    added       int         not null,
    changed     int         not null,
    removed     int         not null,
    unchanged   int         not null,
    problems    int         not null,
    triggered_by text       not null
);
