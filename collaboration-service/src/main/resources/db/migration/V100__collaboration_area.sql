-- Collaboration areas (DESIGN.md, Collaboration area), their status history and action items.
-- Multi-valued attributes a list filters on are PostgreSQL arrays served by GIN indexes; the
-- partners list keeps its roles as JSON, with partner_ids derived from it for the partnerId filter.
create extension if not exists pg_trgm;

create table collaboration_area (
    id               uuid          primary key,
    code             varchar(64)   not null,
    title            varchar(300)  not null,
    description      text,
    theme            varchar(40)   not null,
    dimensions       varchar(16)[] not null default '{}',
    status           varchar(16)   not null,
    partners         jsonb         not null default '[]',
    partner_ids      uuid[]        not null default '{}',
    origin_event_ids uuid[]        not null default '{}',
    sdg_targets      varchar(8)[]  not null default '{}',
    search_text      text          not null,
    version          bigint        not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    constraint collaboration_area_code_key unique (code)
);

create index collaboration_area_title on collaboration_area (title, id);
create index collaboration_area_theme on collaboration_area (theme);
create index collaboration_area_status on collaboration_area (status);
create index collaboration_area_created on collaboration_area (created_at);
create index collaboration_area_dimensions on collaboration_area using gin (dimensions);
create index collaboration_area_partner_ids on collaboration_area using gin (partner_ids);
create index collaboration_area_origin_events on collaboration_area using gin (origin_event_ids);
create index collaboration_area_sdg_targets on collaboration_area using gin (sdg_targets);
create index collaboration_area_search on collaboration_area using gin (search_text gin_trgm_ops);

-- Every status change of an area, oldest first by sequence; the first row records its creation.
create table area_transition (
    sequence    bigint generated always as identity primary key,
    area_id     uuid          not null references collaboration_area (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16)   not null,
    note        varchar(2000),
    changed_at  timestamptz   not null
);

create index area_transition_area on area_transition (area_id, sequence);

create table action_item (
    id               uuid         primary key,
    area_id          uuid         not null references collaboration_area (id) on delete cascade,
    title            varchar(300) not null,
    owner_partner_id uuid,
    due_date         date,
    status           varchar(16)  not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create index action_item_area on action_item (area_id, due_date, id);
