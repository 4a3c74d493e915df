package org.crmkit.persistence.internal;

import org.crmkit.core.claim.Claim;
import org.crmkit.core.claim.ClaimTransition;
import org.crmkit.core.claim.SupplierInvolvement;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

/** Claims between their rows and their snapshots; the derived access columns are written by the repository. */
@Mapper(uses = ValueMappings.class)
interface ClaimMapper {
    Claim.Snapshot toSnapshot(ClaimRow row);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE, unmappedSourcePolicy = ReportingPolicy.ERROR)
    void update(Claim.Snapshot snapshot, @MappingTarget ClaimRow row);

    // isFirstResponse() is derived, not stored.
    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.IGNORE)
    ClaimRow.TransitionColumns columns(ClaimTransition transition);

    // isOpen() is derived, not stored.
    @BeanMapping(unmappedSourcePolicy = ReportingPolicy.IGNORE)
    ClaimRow.SupplierColumns columns(SupplierInvolvement involvement);
}
