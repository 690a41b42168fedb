-- Who made the last change of a partner (issue #16, DESIGN.md: every change records its actor):
-- {"subject", "partnerId"}; null for changes stored before actors were recorded.
alter table partner add column updated_by jsonb;
