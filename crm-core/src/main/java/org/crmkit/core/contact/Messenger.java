package org.crmkit.core.contact;

/** The messenger app of a {@link ChannelType#MESSENGER} channel; OTHER for apps the business has not named. */
public enum Messenger {
    TELEGRAM,
    WHATSAPP,
    VIBER,
    MAX,
    OTHER
}
