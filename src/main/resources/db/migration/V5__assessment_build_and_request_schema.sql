-- Which build of the application answered (version and commit) and which version of the request format it read,
-- recorded with each new row; rows written before this migration have neither (the table is append-only).
alter table assessment
    add column app_version    text,
    add column app_commit     text,
    add column request_schema text;
