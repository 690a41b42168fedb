-- Events and event series (DESIGN.md, Event and Event series). Participants and sessions are small
-- lists kept as JSON on the event; partner_ids and topics are arrays derived from them so that the
-- partnerId and topic filters are served by GIN indexes, and search_text by a trigram index.
create extension if not exists pg_trgm;

create table event_series (
    id          uuid         primary key,
    code        varchar(64)  not null,
    title       varchar(300) not null,
    description text,
    search_text text         not null,
    version     bigint       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    constraint event_series_code_key unique (code)
);

create index event_series_title on event_series (title, id);
create index event_series_search on event_series using gin (search_text gin_trgm_ops);

create table event (
    id                       uuid         primary key,
    code                     varchar(64)  not null,
    title                    varchar(300) not null,
    description              text,
    type                     varchar(20)  not null,
    status                   varchar(20)  not null,
    start_date               date         not null,
    end_date                 date         not null,
    time_zone                varchar(64)  not null,
    attendance_mode          varchar(16),
    venue                    varchar(300),
    locality                 varchar(200),
    subdivision_code         varchar(6),
    country_code             varchar(2),
    organizer_id             uuid,
    parent_id                uuid         references event (id),
    series_id                uuid         references event_series (id),
    participants             jsonb        not null default '[]',
    attendee_count           integer,
    sessions                 jsonb        not null default '[]',
    topics                   varchar(64)[] not null default '{}',
    outcomes                 text,
    partner_ids              uuid[]       not null default '{}',
    search_text              text         not null,
    version                  bigint       not null,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    constraint event_code_key unique (code),
    constraint event_dates check (end_date >= start_date),
    constraint event_attendee_count check (attendee_count is null or attendee_count >= 0)
);

create index event_start on event (start_date, id);
create index event_dates_range on event (end_date, start_date);
create index event_type on event (type);
create index event_status on event (status);
create index event_country on event (country_code);
create index event_subdivision on event (subdivision_code);
create index event_organizer on event (organizer_id);
create index event_parent on event (parent_id);
create index event_series_member on event (series_id, start_date);
create index event_partners on event using gin (partner_ids);
create index event_topics on event using gin (topics);
create index event_search on event using gin (search_text gin_trgm_ops);
