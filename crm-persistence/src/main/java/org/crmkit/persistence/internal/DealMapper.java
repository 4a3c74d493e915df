package org.crmkit.persistence.internal;

import org.crmkit.core.deal.Deal;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Deals between their rows and their snapshots. */
@Mapper(uses = ValueMappings.class)
interface DealMapper {
    Deal.Snapshot toSnapshot(DealRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Deal.Snapshot snapshot, @MappingTarget DealRow row);
}
