-- Which sentence rules and which coding of text (SegmentationRules.version: a hash of interlinea.srx and of
-- the placeholder syntax, with a page's own "{1}" escaped as "{\1}") made each page's source segments. After
-- every sync, pages segmented otherwise are segmented again, so segments stored before literal text was
-- escaped get it. Null: segmented before V13.
alter table segmentation add column rules_version text;
