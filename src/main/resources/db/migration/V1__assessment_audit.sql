-- Append-only audit of every assessment: the request, the response exactly as returned, the ruleset that
-- produced it, and when. No patient name or identifier is required; case_reference is whatever the caller sent.
create table assessment (
    id               uuid        primary key,
    kind             text        not null check (kind in ('CANDIDACY', 'REFERRAL_CHECK')),
    outcome          text        not null,
    created_at       timestamptz not null,
    ruleset_version  text        not null,
    ruleset_hash     text        not null,
    case_reference   text,
    request_json     text        not null,
    response_json    text        not null
);

create index assessment_created_at_idx on assessment (created_at);
create index assessment_ruleset_version_idx on assessment (ruleset_version);

create function assessment_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'assessment rows are append-only (% refused)', tg_op;
end;
$$;

create trigger assessment_no_update_or_delete
    before update or delete on assessment
    for each row execute function assessment_is_append_only();

create trigger assessment_no_truncate
    before truncate on assessment
    for each statement execute function assessment_is_append_only();
