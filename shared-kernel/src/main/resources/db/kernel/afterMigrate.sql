-- After every migration, as the owner (issue 13): the application role ${app_role} may read and write the
-- service's tables but owns none of them, so it can never alter a table or disable a trigger. On every table that
-- refuses changes by trigger (a refuse_* function: the trace log, the disclosures of sealed case data) it keeps
-- only SELECT and INSERT, so even a bug or an attacker in the service cannot rewrite what was recorded.
do $$
declare
    app text := '${app_role}';
    t record;
begin
    if app = current_user then
        raise notice 'the application role is the owner %: no separate privileges to grant', app;
        return;
    end if;
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    execute format('revoke all on table flyway_schema_history from %I', app);
    for t in select distinct c.relname
             from pg_trigger g
             join pg_class c on c.oid = g.tgrelid
             join pg_namespace n on n.oid = c.relnamespace
             join pg_proc p on p.oid = g.tgfoid
             where n.nspname = 'public' and p.proname like 'refuse\_%' and not g.tgisinternal loop
        execute format('revoke update, delete, truncate on table %I from %I', t.relname, app);
    end loop;
end
$$;
