package org.crmkit.core.client;

/** Whether a client is an organisation or a private person: it decides which name and tax ids it carries. */
public enum ClientKind {
    COMPANY,
    PERSON
}
