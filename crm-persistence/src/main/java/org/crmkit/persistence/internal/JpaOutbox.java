package org.crmkit.persistence.internal;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import org.crmkit.core.application.Outbox;
import org.crmkit.core.shared.DomainEvent;
import org.crmkit.core.shared.UuidV7;

/**
 * {@link Outbox} on the crm_outbox table, written in the use case's own transaction: an event is stored exactly
 * when the change that raised it commits. The payload is the event record's components as JSON (times as ISO-8601
 * text, typed ids as {"value": ...}). Rows start unpublished; a relay (Debezium's outbox router, or a poller
 * reading {@code WHERE published = false ORDER BY id}) ships them and marks them.
 */
public final class JpaOutbox implements Outbox {
    private final UnitOfWork work;
    private final ObjectMapper json = new ObjectMapper().registerModule(new SimpleModule("crm-outbox")
            .addSerializer(TemporalAccessor.class, ToStringSerializer.instance));

    public JpaOutbox(UnitOfWork work) {
        this.work = work;
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        work.withEntityManager(em -> {
            for (DomainEvent event : events) {
                em.createNativeQuery("INSERT INTO crm_outbox (id, aggregate_id, event_type, occurred_at, actor,"
                                + " payload, published) VALUES (:id, :aggregate, :type, :at, :actor, :payload, FALSE)")
                        .setParameter("id", UuidV7.next())
                        .setParameter("aggregate", event.aggregateId())
                        .setParameter("type", event.type())
                        .setParameter("at", event.occurredAt())
                        .setParameter("actor", event.actor().value())
                        .setParameter("payload", payload(event))
                        .executeUpdate();
            }
            return null;
        });
    }

    String payload(DomainEvent event) {
        ObjectNode node = json.createObjectNode();
        RecordComponent[] components = event.getClass().getRecordComponents();
        try {
            if (components == null) {
                return json.writeValueAsString(event);
            }
            for (RecordComponent c : components) {
                node.set(c.getName(), json.valueToTree(c.getAccessor().invoke(event)));
            }
            return json.writeValueAsString(node);
        } catch (ReflectiveOperationException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be written to the outbox", e);
        }
    }
}
