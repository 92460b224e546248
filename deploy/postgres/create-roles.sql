-- Roles and database for IDDS Decision Support on an external PostgreSQL (run once, as a superuser, with psql: it
-- connects to the new database with \connect to revoke what PostgreSQL grants every role there):
--   psql -v ON_ERROR_STOP=1 -v owner_password="$OWNER_PW" -v app_password="$APP_PW" \
--        -v reader_password="$READER_PW" -f deploy/postgres/create-roles.sql
-- idds_owner owns the database and runs the migrations (QUARKUS_FLYWAY_USERNAME / QUARKUS_FLYWAY_PASSWORD);
-- idds_app is the service's datasource user (QUARKUS_DATASOURCE_USERNAME / QUARKUS_DATASOURCE_PASSWORD) and is
-- granted INSERT and SELECT on the audit table by the migrations, nothing else. Neither is a superuser.
-- idds_audit_reader is the read-only role of bin/verify-audit (IDDS_AUDIT_READER_PASSWORD): the migrations grant it
-- SELECT on the audit table and its hash chain, nothing else; create it before the first migration.
-- The embedded default creates the same roles itself.
set password_encryption = 'scram-sha-256';
create role idds_owner login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'owner_password';
create role idds_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'app_password';
-- The service's statements take milliseconds; one still running after 4 s waits on a lock or a sick server and is
-- cancelled by the server, before the service's 5 s socket timeout would break its connection. Never for the owner:
-- migrations may take long. (Same figure as EmbeddedDatabase.APP_STATEMENT_TIMEOUT.)
alter role idds_app set statement_timeout = '4s';
create role idds_audit_reader login nosuperuser nocreatedb nocreaterole noreplication nobypassrls
    password :'reader_password';
create database idds owner idds_owner encoding 'UTF8';
revoke all on database idds from public;
grant connect on database idds to idds_owner, idds_app, idds_audit_reader;
-- What PostgreSQL grants every role by default and the service never needs (the embedded default does the same):
-- no temporary tables (revoke all above already took TEMPORARY from public; nothing grants it back), no connecting
-- to the maintenance databases (superusers still can), and no creating large objects, for which PostgreSQL has no
-- privilege: EXECUTE on the functions that create one is revoked in the service's database.
revoke temporary on database idds from public;
revoke connect, temporary on database postgres, template1 from public;
\connect idds
revoke execute on function lo_creat(integer), lo_create(oid), lo_from_bytea(oid, bytea), lo_import(text),
    lo_import(text, oid) from public;
