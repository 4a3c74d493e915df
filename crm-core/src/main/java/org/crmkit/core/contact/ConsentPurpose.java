package org.crmkit.core.contact;

/** What a contact may consent to: processing their personal data at all (152-FZ, GDPR), and marketing. */
public enum ConsentPurpose {
    PERSONAL_DATA_PROCESSING,
    MARKETING
}
