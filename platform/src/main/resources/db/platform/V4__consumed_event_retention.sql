-- consumed_event is bounded (ConsumedEventPruner): ids older than the retention are deleted; a later
-- redelivery of such an old record changes nothing anyway, through the read model's version check.
create index consumed_event_consumed_at on consumed_event (consumed_at);
