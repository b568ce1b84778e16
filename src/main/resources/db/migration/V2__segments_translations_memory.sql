-- Segments of each page's source document, their translations with history, and the translation memory.

-- A segment is one sentence (heading, list item, caption, attribute) of a page's source document, with its
-- inline markup as numbered placeholders. When the source changes, unchanged and edited segments keep
-- their row (and so their translations); removed ones are archived, never deleted.
create table segment (
    id          bigserial primary key,
    page_id     bigint      not null references page (id) on delete cascade,
    position    int,                    -- 0-based index in the current source; null once archived
    paragraph   int         not null,
    source_text text        not null,
    source_hash text        not null,   -- md5 of source_text: exact memory lookups and change detection
    words       int         not null,
    context     text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    archived_at timestamptz
);
create unique index segment_page_position on segment (page_id, position) where archived_at is null;
create index segment_page on segment (page_id) where archived_at is null;

-- Which version of the source the segments were made from.
create table segmentation (
    page_id        bigint primary key references page (id) on delete cascade,
    content_hash   text        not null,
    segment_count  int         not null,
    word_count     int         not null,
    segmented_at   timestamptz not null default now()
);

-- A segment's text in one target language. No row means MISSING.
-- Statuses: DRAFT, NEEDS_REVIEW, TRANSLATED, REVIEWED, OUTDATED.
create table translation (
    segment_id           bigint      not null references segment (id) on delete cascade,
    language             text        not null,
    text                 text        not null,
    status               text        not null,
    origin               text        not null,   -- EDITOR, ALIGNMENT, MEMORY, IMPORT
    confidence           real,                   -- for ALIGNMENT: the aligner's confidence
    previous_source_text text,                   -- for OUTDATED: the source the text was made for
    version              int         not null default 1,   -- optimistic locking
    updated_by           text,
    updated_at           timestamptz not null default now(),
    primary key (segment_id, language)
);
create index translation_language_status on translation (language, status);

create table translation_history (
    id         bigserial primary key,
    segment_id bigint      not null references segment (id) on delete cascade,
    language   text        not null,
    text       text        not null,
    status     text        not null,
    origin     text        not null,
    changed_by text,
    changed_at timestamptz not null default now()
);
create index translation_history_segment on translation_history (segment_id, language, changed_at desc);

-- Translation memory: pairs of source and target segments per language pair.
create table tm_entry (
    id              bigserial primary key,
    source_language text        not null,
    target_language text        not null,
    source_text     text        not null,
    target_text     text        not null,
    source_hash     text        not null,
    target_hash     text        not null,
    origin          text        not null,   -- ALIGNMENT, EDITOR, TMX
    page_id         bigint references page (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (source_language, target_language, source_hash, target_hash)
);
create index tm_entry_exact on tm_entry (source_language, target_language, source_hash);
create index tm_entry_fuzzy on tm_entry using gin (source_text gin_trgm_ops);

-- What Interlinea published: which source version a language's file matches.
create table publication (
    page_id             bigint      not null references page (id) on delete cascade,
    language            text        not null,
    source_content_hash text        not null,
    published_at        timestamptz not null default now(),
    published_by        text        not null,
    primary key (page_id, language)
);

-- Alignment of an existing translation file with the source: its sentences and the beads that pair them,
-- kept so a person can review and correct them.
create table alignment (
    page_id             bigint      not null references page (id) on delete cascade,
    language            text        not null,
    target_content_hash text        not null,
    bead_count          int         not null,
    low_confidence      int         not null,
    aligned_at          timestamptz not null default now(),
    primary key (page_id, language)
);

create table aligned_sentence (
    page_id   bigint not null references page (id) on delete cascade,
    language  text   not null,
    position  int    not null,
    paragraph int    not null,
    text      text   not null,
    primary key (page_id, language, position)
);

-- Source ranges are segment ids in order (a bead's segments), target ranges positions of aligned_sentence.
create table alignment_bead (
    page_id      bigint   not null references page (id) on delete cascade,
    language     text     not null,
    position     int      not null,
    segment_ids  bigint[] not null,
    target_start int      not null,
    target_end   int      not null,
    confidence   real     not null,
    confirmed    boolean  not null default false,
    primary key (page_id, language, position)
);
