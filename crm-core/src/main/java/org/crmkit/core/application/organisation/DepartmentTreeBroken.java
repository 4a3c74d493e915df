package org.crmkit.core.application.organisation;

import org.crmkit.core.shared.DomainException;

/** The change would break the company's structure: a second top department or an unknown parent. */
public final class DepartmentTreeBroken extends DomainException {
    public DepartmentTreeBroken(String messageEn, String messageRu) {
        super("department.tree-broken", messageEn, messageRu);
    }
}
