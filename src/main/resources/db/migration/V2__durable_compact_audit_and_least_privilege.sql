-- Compact, exact audit rows and least privilege.
-- New rows store gzip-compressed bodies: the request exactly as received (with the SHA-256 of those bytes), the
-- request as parsed (what the rules saw), and the response exactly as returned. Rows written before this migration
-- keep their text bodies (the table is append-only, so they are never rewritten).
alter table assessment alter column request_json drop not null;
alter table assessment alter column response_json drop not null;
alter table assessment
    add column request_raw    bytea,
    add column request_sha256 text,
    add column request_parsed bytea,
    add column response_body  bytea;
alter table assessment add constraint assessment_bodies_present check (
    (request_json is not null and response_json is not null)
    or (request_raw is not null and request_sha256 is not null and request_parsed is not null and response_body is not null));
alter table assessment add constraint assessment_request_sha256_format check (
    request_sha256 is null or request_sha256 ~ '^sha256:[0-9a-f]{64}$');

-- The application role (the datasource user) may only add and read audit rows: no UPDATE, DELETE or TRUNCATE
-- privilege at all, on top of the append-only triggers. The owner (the migrations' user) keeps the schema.
revoke all on table assessment from public;
grant select, insert on table assessment to ${appRole};
