create table complaint_channel (
    kind          text primary key check (kind in ('PHONE', 'FAX', 'POSTAL_ADDRESS', 'EMAIL', 'ONLINE_FORM')),
    value         text not null,
    service_hours text
);
