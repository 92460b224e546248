-- Which answer format the stored response is in (issue 15: one answer format, `idds-answer/2`), recorded with each new
-- row; rows stored before this migration have none and are format `idds-answer/1` (the table is append-only). Replay
-- reads a stored answer by this column.
alter table assessment
    add column response_schema text;

-- The chain covers every column (V7): rows chained from now on use encoding idds-chain/2, which is idds-chain/1 under
-- its own name with response_schema appended. Rows chained before keep idds-chain/1 (unchanged, still verified by it);
-- their response_schema is NULL, which the verifier checks, as idds-chain/1 does not cover the column.
create function assessment_chain_encoding(
        p_encoding text, p_seq bigint, p_recorded_at timestamptz, p_backfilled boolean, a public.assessment)
    returns bytea
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
begin
    if p_encoding = 'idds-chain/1' then
        return public.assessment_chain_encoding(p_seq, p_recorded_at, p_backfilled, a);
    elsif p_encoding = 'idds-chain/2' then
        return public.assessment_chain_field(convert_to('idds-chain/2', 'UTF8'))
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
            || public.assessment_chain_field(convert_to(a.response_schema, 'UTF8'));
    end if;
    raise exception 'unknown audit chain encoding %', p_encoding;
end;
$$;

-- As in V7, with the current encoding.
create or replace function assessment_chain_append(a public.assessment, p_backfilled boolean) returns void
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
            sha256(last_hash || public.assessment_chain_encoding('idds-chain/2', last_seq + 1, now_at, p_backfilled, a)),
            now_at, 'idds-chain/2', p_backfilled);
end;
$$;

revoke all on function assessment_chain_encoding(text, bigint, timestamptz, boolean, assessment) from public;
