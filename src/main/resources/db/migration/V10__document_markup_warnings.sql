-- Markup warnings belong to the version of the file they were found in: kept with the document, so the
-- problem list shows them at every sync until the file changes (an unchanged file is not parsed again).
alter table document add column markup_warnings text[] not null default '{}';
