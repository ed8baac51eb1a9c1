-- The workbench's own data: notifications (待办提醒) derived from the services' trace events. They are prompts to act,
-- never a record of duty: the services and the audit log keep that. Kept here, not by the owning services, because
-- one notification may come from any service's event and is read across them, and marking it read is nobody's duty.
create table notification (
    id             uuid primary key,
    event_id       text        not null,
    recipient_kind text        not null check (recipient_kind in ('USER', 'SECTION', 'ROLE')),
    recipient      text        not null,
    title          text        not null,
    body           text        not null,
    link           text        not null,
    due            date,
    created_at     timestamptz not null,
    -- e-mail: sent to every addressee's Keycloak address; retried until sent or given up
    mailed_at      timestamptz,
    mail_attempts  int         not null default 0,
    mail_error     text,
    -- one event gives each recipient one notice, however often Kafka delivers it
    unique (event_id, recipient_kind, recipient, title)
);
create index notification_recipient on notification (recipient_kind, recipient, created_at desc);
create index notification_unmailed on notification (created_at) where mailed_at is null;

create table notification_read (
    notification_id uuid        not null references notification (id),
    username        text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, username)
);

-- Who drafted each request, from its drafted event: a returned request goes back to its drafter (Art. 26(2)).
create table request_drafter (
    request_id text primary key,
    username   text not null
);

grant select, insert, update on notification, notification_read, request_drafter to ${app_role};
