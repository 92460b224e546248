-- The service runs without the owner's credentials and never migrates an external database itself; at start it
-- checks, as the application role, that the database is not behind the migrations bundled with it
-- (audit/SchemaVersionCheck). For that it reads the migration history, nothing else of it.
grant select on table flyway_schema_history to ${appRole};
