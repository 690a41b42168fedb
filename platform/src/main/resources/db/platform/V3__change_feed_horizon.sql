-- The change feed's retention horizon (DESIGN.md, Change events): the highest position pruned so far.
-- A reader asking for changes after an older position would miss some, so it is answered 410 Gone.
create table change_feed_horizon (
    singleton      boolean primary key default true check (singleton),
    pruned_through bigint  not null default 0
);

insert into change_feed_horizon (singleton, pruned_through) values (true, 0);
