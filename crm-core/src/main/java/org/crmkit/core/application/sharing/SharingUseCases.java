package org.crmkit.core.application.sharing;

import java.util.List;
import java.util.UUID;

import org.crmkit.core.access.Action;
import org.crmkit.core.access.Grantee;
import org.crmkit.core.access.Permission;
import org.crmkit.core.access.Resource;
import org.crmkit.core.access.Share;
import org.crmkit.core.application.internal.SessionContext;

/**
 * Record shares: an explicit grant of one action on one record to a colleague or a department (e.g. covering a
 * deal while its owner is away). Sharing needs the SHARE permission on the record; a forbid still beats a share.
 */
public final class SharingUseCases {
    private final SessionContext session;

    public SharingUseCases(SessionContext session) {
        this.session = session;
    }

    /** Shares the record (client, contact, deal, claim, task or interaction) for one action. */
    public void share(Resource resource, UUID recordId, Grantee grantee, Action action) {
        session.require(Permission.of(resource, Action.SHARE), session.storedRecord(resource, recordId));
        session.shares().add(new Share(resource, recordId, grantee, action));
    }

    public void unshare(Resource resource, UUID recordId, Grantee grantee, Action action) {
        session.require(Permission.of(resource, Action.SHARE), session.storedRecord(resource, recordId));
        session.shares().remove(new Share(resource, recordId, grantee, action));
    }

    /** The shares of a record, for those who may share it. */
    public List<Share> sharesOf(Resource resource, UUID recordId) {
        session.require(Permission.of(resource, Action.SHARE), session.storedRecord(resource, recordId));
        return session.shares().of(recordId);
    }
}
