package org.crmkit.persistence.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.crmkit.core.client.Client;
import org.crmkit.core.client.ExternalId;
import org.crmkit.persistence.internal.ClientRow.ExternalIdColumns;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Clients between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface ClientMapper {
    Client.Snapshot toSnapshot(ClientRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Client.Snapshot snapshot, @MappingTarget ClientRow row);

    default Set<ExternalIdColumns> externalIdRows(Map<String, ExternalId> ids) {
        Set<ExternalIdColumns> rows = new LinkedHashSet<>();
        ids.values().forEach(id -> rows.add(new ExternalIdColumns(id.system(), id.key())));
        return rows;
    }

    default Map<String, ExternalId> externalIds(Set<ExternalIdColumns> rows) {
        Map<String, ExternalId> ids = new LinkedHashMap<>();
        rows.forEach(r -> {
            ExternalId id = new ExternalId(r.system(), r.key());
            ids.put(id.system(), id);
        });
        return ids;
    }
}
