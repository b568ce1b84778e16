-- A target-language file whose text is mostly the source language (a copy of the source page): it is not
-- readable in its language, so availability says UNTRANSLATED_COPY and its sentences are not imported.
alter table document add column source_copy boolean not null default false;

-- Problems a person reads in the UI language: a message key and its arguments; reason stays as the
-- English text for the log and for problems that have no key yet.
alter table sync_problem add column reason_key text;
alter table sync_problem add column reason_args text[] not null default '{}';
