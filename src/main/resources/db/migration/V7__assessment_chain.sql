-- A hash chain over the audit (issue 14 item 5): every assessment row, as stored, is chained in commit order in a
-- separate append-only table, so a changed, removed or unchained row shows. A row rewritten by the owner together
-- with every chain row after it, or a deleted tail, is caught only by comparing the chain with a head kept outside
-- the database (the service's head file and log; bin/verify-audit).
--
-- row_hash = sha256(prev_hash || encoding); the first row's prev_hash is 32 zero bytes. The encoding is versioned
-- (its name leads it and is stored in the row) and length-prefixed: every field is a 4-byte big-endian length and its
-- bytes, or the length -1 alone for NULL. A migration that adds a column to assessment must add a new encoding
-- version (a new assessment_chain_encoding and the Java AuditChainEncoding), never change this one.
lock table assessment in share row exclusive mode;

create table assessment_chain (
    seq           bigint      primary key check (seq > 0),
    assessment_id uuid        not null unique references assessment (id),
    prev_hash     bytea       not null check (octet_length(prev_hash) = 32),
    row_hash      bytea       not null check (octet_length(row_hash) = 32),
    recorded_at   timestamptz not null default clock_timestamp(),
    -- the encoding version that row_hash was computed with
    encoding      text        not null,
    -- chained by this migration (the row existed before the chain): when it was inserted is unknown
    backfilled    boolean     not null default false
);

-- One field: length (int4, big-endian) and bytes; NULL is the length -1 with no bytes.
create function assessment_chain_field(value bytea) returns bytea
    language sql immutable
    set search_path = pg_catalog, pg_temp
as $$
select case when value is null then '\xffffffff'::bytea else int4send(octet_length(value)) || value end
$$;

-- Version idds-chain/1: the version name, the chain position (seq, recorded_at as microseconds since 1970 UTC,
-- backfilled) and every column of the assessment row as stored after V6, in table order: uuid as its 16 bytes, text as
-- UTF-8, timestamptz as int8 microseconds since 1970 UTC, bytea as is.
create function assessment_chain_encoding(
        p_seq bigint, p_recorded_at timestamptz, p_backfilled boolean, a public.assessment) returns bytea
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
select public.assessment_chain_field(convert_to('idds-chain/1', 'UTF8'))
    || public.assessment_chain_field(int8send(p_seq))
    || public.assessment_chain_field(int8send((extract(epoch from p_recorded_at) * 1000000)::bigint))
    || public.assessment_chain_field(boolsend(p_backfilled))
    || public.assessment_chain_field(uuid_send(a.id))
    || public.assessment_chain_field(convert_to(a.kind, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.outcome, 'UTF8'))
    || public.assessment_chain_field(int8send((extract(epoch from a.created_at) * 1000000)::bigint))
    || public.assessment_chain_field(convert_to(a.ruleset_version, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.ruleset_hash, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.case_reference, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.request_json, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.response_json, 'UTF8'))
    || public.assessment_chain_field(a.request_raw)
    || public.assessment_chain_field(convert_to(a.request_sha256, 'UTF8'))
    || public.assessment_chain_field(a.request_parsed)
    || public.assessment_chain_field(a.response_body)
    || public.assessment_chain_field(convert_to(a.created_by, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.app_version, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.app_commit, 'UTF8'))
    || public.assessment_chain_field(convert_to(a.request_schema, 'UTF8'))
$$;

-- Appends one row to the chain. The transaction-scoped advisory lock (constant 0x49444453, 'IDDS') is held until
-- COMMIT, so writers (from any number of instances) take turns: the next one reads the head only after this one
-- committed, and seq is gap-free in commit order (seq is never a sequence: a sequence leaves gaps on rollback).
-- Read committed (the default, and the audit writer's) is required: each statement sees what committed before it.
create function assessment_chain_append(a public.assessment, p_backfilled boolean) returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    last_seq  bigint;
    last_hash bytea;
    now_at    timestamptz;
begin
    perform pg_advisory_xact_lock(1229210707);
    select c.seq, c.row_hash into last_seq, last_hash
        from public.assessment_chain c order by c.seq desc limit 1;
    if not found then
        last_seq := 0;
        last_hash := decode(repeat('00', 32), 'hex');
    end if;
    now_at := clock_timestamp();
    insert into public.assessment_chain (seq, assessment_id, prev_hash, row_hash, recorded_at, encoding, backfilled)
    values (last_seq + 1, a.id, last_hash,
            sha256(last_hash || public.assessment_chain_encoding(last_seq + 1, now_at, p_backfilled, a)),
            now_at, 'idds-chain/1', p_backfilled);
end;
$$;

-- Runs as the owner (SECURITY DEFINER, fixed search_path), in the inserting transaction: the application role
-- needs, and has, no privilege on the chain beyond reading it.
create function assessment_chain_on_insert() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    perform public.assessment_chain_append(new, false);
    return null;
end;
$$;

-- The rows that exist, oldest first.
do $$
declare
    r public.assessment;
begin
    for r in select * from public.assessment order by created_at, id loop
        perform public.assessment_chain_append(r, true);
    end loop;
end;
$$;

create trigger assessment_chain_on_insert
    after insert on assessment
    for each row execute function assessment_chain_on_insert();

create function assessment_chain_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'assessment_chain rows are append-only (% refused)', tg_op;
end;
$$;

create trigger assessment_chain_no_update_or_delete
    before update or delete on assessment_chain
    for each row execute function assessment_chain_is_append_only();

create trigger assessment_chain_no_truncate
    before truncate on assessment_chain
    for each statement execute function assessment_chain_is_append_only();

revoke all on function assessment_chain_field(bytea) from public;
revoke all on function assessment_chain_encoding(bigint, timestamptz, boolean, assessment) from public;
revoke all on function assessment_chain_append(assessment, boolean) from public;
revoke all on function assessment_chain_on_insert() from public;

-- The application role reads the chain (to report its head) and nothing more; the read-only audit role (for
-- bin/verify-audit) reads the audit and the chain. The read-only role is created by the embedded server and by
-- deploy/postgres/create-roles.sql; where it does not exist yet it gets its grant from a DBA (see the README).
revoke all on table assessment_chain from public;
grant select on table assessment_chain to ${appRole};
do $$
begin
    if exists (select from pg_catalog.pg_roles where rolname = '${readerRole}') then
        grant select on table public.assessment, public.assessment_chain to ${readerRole};
    else
        raise warning 'role ${readerRole} does not exist: grant it SELECT on assessment and assessment_chain';
    end if;
end;
$$;
