-- Transactional outbox (DESIGN.md, Change events): one row per change, written in the change's
-- transaction; published_at and position are set by the relay after the broker's acknowledgement.
create table outbox_event (
    sequence     bigint generated always as identity primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    cloud_event  text         not null,
    created_at   timestamptz  not null default clock_timestamp(),
    published_at timestamptz,
    position     bigint unique
);

-- Publication order of the change feed: assigned when a row is acknowledged, so a reader that
-- resumes after position N never misses a row that committed late.
create sequence outbox_position_seq;

create index outbox_event_unpublished on outbox_event (sequence) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
