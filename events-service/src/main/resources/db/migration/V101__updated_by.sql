-- Who made the last change of an event or a series (issue #16, DESIGN.md: every change records its
-- actor): {"subject", "partnerId"}; null for changes stored before actors were recorded.
alter table event add column updated_by jsonb;
alter table event_series add column updated_by jsonb;
