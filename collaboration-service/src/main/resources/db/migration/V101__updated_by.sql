-- Who made each change (issue #16, DESIGN.md: every change records its actor): the last change of an
-- area and of an action item, and each status transition; {"subject", "partnerId"}, null for changes
-- stored before actors were recorded.
alter table collaboration_area add column updated_by jsonb;
alter table action_item add column updated_by jsonb;
alter table area_transition add column actor jsonb;
