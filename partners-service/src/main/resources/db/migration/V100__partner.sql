-- Partners (DESIGN.md, Partner). Other names and identifiers are small lists kept as JSON.
create extension if not exists pg_trgm;

create table partner (
    id               uuid         primary key,
    code             varchar(64)  not null,
    name             varchar(300) not null,
    acronym          varchar(32),
    names            jsonb        not null default '[]',
    type             varchar(40)  not null,
    parent_id        uuid         references partner (id),
    country_code     varchar(2),
    subdivision_code varchar(6),
    locality         varchar(200),
    website          varchar(500),
    identifiers      jsonb        not null default '[]',
    status           varchar(16)  not null,
    search_text      text         not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    constraint partner_code_key unique (code)
);

create index partner_name on partner (name, id);
create index partner_type on partner (type);
create index partner_country on partner (country_code);
create index partner_subdivision on partner (subdivision_code);
create index partner_parent on partner (parent_id);
create index partner_status on partner (status);
create index partner_created on partner (created_at);
create index partner_search on partner using gin (search_text gin_trgm_ops);
