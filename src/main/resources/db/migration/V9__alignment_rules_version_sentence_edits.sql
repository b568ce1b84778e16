-- Which sentence rules (a hash of interlinea.srx) split the target file of each alignment: when the rules
-- change, the next sync re-segments the file and re-aligns it if its sentences changed. Null: before V9.
alter table alignment add column rules_version text;

-- A review change that joins or splits target sentences keeps the sentences as they were before it
-- ([[position, paragraph, text], ...]), so undo can restore them; null when the change kept the sentences.
alter table alignment_change add column sentences_before jsonb;
