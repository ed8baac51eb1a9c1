-- Spot checks of the discipline group (日常抽查, Art. 21; 纪检组抽查监管, Art. 29 of 惠安监管〔2016〕41号) and their
-- findings (漏报、瞒报、虚报). A check is announced with the size of a future signed tree head whose signature seeds
-- the draw (algorithm fourlists-spot-check/1, log-verifier's SpotCheckDraw), so nobody can choose or foresee the
-- sample and anyone can recompute it from the public log.

create table spot_check (
    id                    uuid primary key,
    title                 text        not null,
    -- the population kind: PUBLISHED_ITEMS, ADJUSTMENT_REQUESTS, COMPLAINT_CASES, DISCLOSURES
    population            text        not null,
    from_date             date        not null,
    to_date               date        not null check (to_date >= from_date),
    sample_size           integer     not null check (sample_size between 1 and 500),
    -- the population is counted over leaves 0 … population_tree_size - 1 (the latest signed head at the announcement)
    population_tree_size  bigint      not null check (population_tree_size >= 0),
    -- the log keeps a signed head of exactly this size (MerkleLog stops integrating at it until the head is issued)
    seed_tree_size        bigint      not null check (seed_tree_size > population_tree_size),
    algorithm             text        not null,
    state                 text        not null check (state in ('ANNOUNCED', 'SAMPLED')),
    announced_at          timestamptz not null,
    announced_by          text        not null,
    announcement_trace_id uuid        not null,
    -- the draw, filled once
    seed                  text,
    seed_head_signature   text,
    seed_head_timestamp   bigint,
    seed_head_root        text,
    population_count      integer,
    sampled_at            timestamptz,
    sampled_trace_id      uuid,
    check ((state = 'ANNOUNCED') = (seed is null))
);
create index spot_check_seed_tree_size on spot_check (seed_tree_size);
create index spot_check_announced_at on spot_check (announced_at desc);

-- An announcement is never rewritten and a draw is made once: the only change a row takes is ANNOUNCED -> SAMPLED.
-- (Not a refuse_* function: the service must keep UPDATE on spot_check to record the draw.)
create function guard_spot_check() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'a spot check is never deleted' using errcode = 'insufficient_privilege';
    end if;
    if (new.id, new.title, new.population, new.from_date, new.to_date, new.sample_size, new.population_tree_size,
        new.seed_tree_size, new.algorithm, new.announced_at, new.announced_by, new.announcement_trace_id)
       is distinct from
       (old.id, old.title, old.population, old.from_date, old.to_date, old.sample_size, old.population_tree_size,
        old.seed_tree_size, old.algorithm, old.announced_at, old.announced_by, old.announcement_trace_id) then
        raise exception 'the announcement of spot check % is never rewritten', old.id using errcode = 'insufficient_privilege';
    end if;
    if old.state = 'SAMPLED' and (new.state, new.seed, new.seed_head_signature, new.seed_head_timestamp, new.seed_head_root,
                                  new.population_count, new.sampled_at, new.sampled_trace_id)
            is distinct from (old.state, old.seed, old.seed_head_signature, old.seed_head_timestamp, old.seed_head_root,
                              old.population_count, old.sampled_at, old.sampled_trace_id) then
        raise exception 'spot check % was drawn once; the draw is never redone', old.id using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger spot_check_guard before update or delete on spot_check for each row execute function guard_spot_check();

-- The sample: position 1 … n in rank order (rank = hex SHA-256(seed || object), smallest first).
create table spot_check_member (
    check_id uuid    not null references spot_check (id),
    position integer not null check (position >= 1),
    object   text    not null,
    rank     text    not null check (rank ~ '^[0-9a-f]{64}$'),
    primary key (check_id, position),
    unique (check_id, object)
);

-- A refuse_* trigger: after every migration the application role keeps only SELECT and INSERT here (afterMigrate.sql).
create function refuse_spot_check_sample_change() returns trigger language plpgsql as $$
begin
    raise exception 'the sample of a spot check is drawn once: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger spot_check_member_append_only before update or delete on spot_check_member
    for each row execute function refuse_spot_check_sample_change();
create trigger spot_check_member_no_truncate before truncate on spot_check_member
    for each statement execute function refuse_spot_check_sample_change();

-- What an examiner found on a sampled object. Revisions overwrite the row; every wording stays in the traces
-- (fourlists.audit.finding.recorded / .revised).
create table finding (
    id            uuid primary key,
    check_id      uuid        not null references spot_check (id),
    object        text        not null,
    -- OMITTED 漏报, CONCEALED 瞒报, FALSE_REPORT 虚报, OTHER 其他, NONE 未发现问题
    kind          text        not null check (kind in ('OMITTED', 'CONCEALED', 'FALSE_REPORT', 'OTHER', 'NONE')),
    -- the section (科室（队）) and the person the finding is against, when it is against someone
    section       text,
    person        text,
    -- leaf indexes of the traces in the public log that are the evidence
    trace_indexes bigint[]    not null default '{}',
    documents     text[]      not null default '{}',
    evidence      text        not null,
    examiner      text        not null,
    recorded_at   timestamptz not null,
    revised_at    timestamptz,
    foreign key (check_id, object) references spot_check_member (check_id, object)
);
create index finding_check on finding (check_id, recorded_at);
create index finding_section on finding (section, kind);
