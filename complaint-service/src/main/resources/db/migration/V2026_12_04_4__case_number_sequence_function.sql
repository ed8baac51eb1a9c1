-- The service runs as an application role that may not create objects (issue 13). A new year's case-number sequence
-- is created by this function, which runs with the owner's rights and gives the calling role use of the sequence.
create function ensure_case_number_sequence(prefix text, year int) returns text
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    name text;
begin
    if prefix !~ '^[A-Za-z]{2}$' or year < 2000 or year > 2999 then
        raise exception 'not a case number series: % %', prefix, year using errcode = 'invalid_parameter_value';
    end if;
    name := 'case_no_' || lower(prefix) || '_' || year;
    execute format('create sequence if not exists %I', name);
    execute format('grant usage, select, update on sequence %I to %I', name, session_user);
    return name;
end;
$$;
