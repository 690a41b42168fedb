-- Read models of other services' resources (DESIGN.md, Change events): the latest version of each
-- resource as its CloudEvent data carried it; a deletion keeps a tombstone so that an older event
-- arriving late cannot bring the resource back.
create table read_model (
    resource_type varchar(64) not null,
    id            uuid        not null,
    version       bigint      not null,
    deleted       boolean     not null default false,
    data          jsonb       not null,
    event_time    timestamptz,
    applied_at    timestamptz not null default clock_timestamp(),
    primary key (resource_type, id)
);

create index read_model_data on read_model using gin (data jsonb_path_ops);

-- CloudEvent ids already applied by this service's consumers: a redelivered event changes nothing.
create table consumed_event (
    event_id    uuid        primary key,
    consumed_at timestamptz not null default clock_timestamp()
);
