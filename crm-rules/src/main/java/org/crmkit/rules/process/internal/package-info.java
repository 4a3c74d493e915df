/** Implementation of the process ports (the in-memory store of runs); not API. */
package org.crmkit.rules.process.internal;
