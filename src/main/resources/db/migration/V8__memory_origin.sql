-- Why an imported translation needs review, and where memory entries came from.

-- A bead whose numbers, dates or names disagree is imported NEEDS_REVIEW with its reason: a message key
-- suffix (numbers-differ, names-differ, dates-differ) and its arguments (e.g. {12,10}). A person's save
-- clears it.
alter table translation add column review_reason text,
                        add column review_reason_args text[];

-- confirmed_by_person: a person confirmed the pair (in the editor, or by confirming its bead in the
-- alignment review); an entry only the aligner vouches for is not. superseded_at: a person later gave the
-- segment the entry came from another translation, so the entry is no longer offered as a match.
alter table tm_entry add column confirmed_by_person boolean not null default false,
                     add column superseded_at timestamptz;
-- Existing entries: the editor only adds pairs a translator confirmed; TMX and alignment stay unconfirmed.
update tm_entry set confirmed_by_person = true where origin = 'EDITOR';
-- Superseding looks up the entries of one page's source text.
create index tm_entry_page on tm_entry (page_id, source_hash) where page_id is not null;
