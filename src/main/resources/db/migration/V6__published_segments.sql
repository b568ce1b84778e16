-- What each publication put in the file, so availability can tell "published, with unpublished changes"
-- (PUBLISHED_WITH_CHANGES) and the page screen how many segments changed since. Comparing the text that
-- was published with the current one, rather than translation.updated_at with publication.published_at,
-- counts only changes a reader would see: a status change, or a text edited and then put back, leaves
-- the file as it is and the page PUBLISHED.
create table published_segment (
    segment_id bigint not null references segment (id) on delete cascade,
    language   text   not null,
    text_hash  text   not null,   -- md5 of the text merged into the file (the source text when none was needed)
    primary key (segment_id, language)
);

-- SHA-256 of the file as Interlinea wrote it: a file there with another hash was written or changed by
-- someone else, and publishing does not replace it without the coordinator's confirmation.
alter table publication add column file_content_hash text;

-- Publications made before this migration: the last synced file is taken as ours, and a translation
-- saved after the publication as a change since.
update publication pub set file_content_hash = d.content_hash
from document d where d.page_id = pub.page_id and d.language = pub.language;

insert into published_segment (segment_id, language, text_hash)
select t.segment_id, t.language, md5(t.text)
from translation t
join segment s on s.id = t.segment_id and s.archived_at is null
join publication pub on pub.page_id = s.page_id and pub.language = t.language
where t.updated_at <= pub.published_at;

update availability a set status = 'PUBLISHED_WITH_CHANGES'
where a.status = 'PUBLISHED'
  and exists (select 1 from publication pub
              join segment s on s.page_id = pub.page_id and s.archived_at is null
              join translation t on t.segment_id = s.id and t.language = pub.language
              where pub.page_id = a.page_id and pub.language = a.language and t.updated_at > pub.published_at);
