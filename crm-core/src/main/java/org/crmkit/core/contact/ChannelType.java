package org.crmkit.core.contact;

/** How a contact can be reached: the kind of a {@link Channel}. */
public enum ChannelType {
    EMAIL,
    PHONE,
    MESSENGER
}
