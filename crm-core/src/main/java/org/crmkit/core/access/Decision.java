package org.crmkit.core.access;

import java.util.Objects;
import java.util.Optional;

import org.crmkit.core.organisation.RoleName;

/**
 * The answer to one access question, naming what decided it: the role and the grant with its scope, the share,
 * the forbid, or the absence of any grant. Immutable and independent of the record asked about, so a policy
 * can hand out the same instance for every request that was decided the same way (no allocation per check).
 */
public final class Decision {
    /** What decided. */
    public enum Basis {
        /** A role's grant whose scope admits the record. */
        GRANT,
        /** An explicit share of the record with the actor or the actor's department. */
        SHARE,
        /** A trusted job running in the audited system context. */
        SYSTEM_CONTEXT,
        /** A role's forbid, which beats every grant and share. */
        FORBID,
        /** No role of the actor grants the permission at all. */
        NO_GRANT,
        /** Some role grants the permission, but its scope does not reach the record. */
        OUT_OF_SCOPE,
        /** Decided by another {@link AccessPolicy} implementation and explained only by its text. */
        OTHER
    }

    private final boolean allowed;
    private final Basis basis;
    private final Permission permission;
    private final RoleName role;
    private final Scope scope;
    private final Share share;
    // The sentences are written on first read, not when the decision is made: a compiled policy keeps a few
    // decisions per (role set, permission) ready, and most are handed out without anyone reading their text.
    // A benign race: two threads may both write the same immutable String.
    private String explanation;
    private String explanationRu;

    private Decision(boolean allowed, Basis basis, Permission permission, RoleName role, Scope scope, Share share,
                     String explanation, String explanationRu) {
        this.allowed = allowed;
        this.basis = basis;
        this.permission = permission;
        this.role = role;
        this.scope = scope;
        this.share = share;
        this.explanation = explanation;
        this.explanationRu = explanationRu;
    }

    private Decision(boolean allowed, Basis basis, Permission permission, RoleName role, Scope scope, Share share) {
        this(allowed, basis, permission, role, scope, share, null, null);
    }

    public static Decision granted(Permission permission, RoleName role, Scope scope) {
        return new Decision(true, Basis.GRANT, permission, role, scope, null);
    }

    public static Decision shared(Permission permission, Share share) {
        return new Decision(true, Basis.SHARE, permission, null, null, share);
    }

    public static Decision systemContext(Permission permission) {
        return new Decision(true, Basis.SYSTEM_CONTEXT, permission, null, null, null);
    }

    public static Decision forbidden(Permission permission, RoleName role, Scope scope) {
        return new Decision(false, Basis.FORBID, permission, role, scope, null);
    }

    public static Decision noGrant(Permission permission) {
        return new Decision(false, Basis.NO_GRANT, permission, null, null, null);
    }

    public static Decision outOfScope(Permission permission, RoleName role, Scope scope) {
        return new Decision(false, Basis.OUT_OF_SCOPE, permission, role, scope, null);
    }

    private String english() {
        return switch (basis) {
            case GRANT -> "allowed: role " + role + " grants " + permission + " at scope " + scope;
            case SHARE -> "allowed: the record is shared with " + share.grantee() + " for " + permission;
            case SYSTEM_CONTEXT -> "allowed: system context (audited) for " + permission;
            case FORBID -> "denied: role " + role + " forbids " + permission
                    + (scope == Scope.ALL ? "" : " at scope " + scope) + "; a forbid beats every grant and share";
            case NO_GRANT -> "denied: no grant of " + permission;
            case OUT_OF_SCOPE -> "denied: role " + role + " grants " + permission + " only at scope " + scope
                    + " and the record lies outside it";
            case OTHER -> null; // carries its own text
        };
    }

    private String russian() {
        return switch (basis) {
            case GRANT -> "разрешено: роль " + role + " даёт право " + permission + " в пределах «" + ru(scope) + "»";
            case SHARE -> "разрешено: запись предоставлена (" + share.grantee() + ") для " + permission;
            case SYSTEM_CONTEXT -> "разрешено: системный контекст (с аудитом) для " + permission;
            case FORBID -> "запрещено: роль " + role + " запрещает " + permission
                    + (scope == Scope.ALL ? "" : " в пределах «" + ru(scope) + "»")
                    + "; запрет сильнее любого разрешения";
            case NO_GRANT -> "запрещено: нет разрешения " + permission;
            case OUT_OF_SCOPE -> "запрещено: роль " + role + " даёт право " + permission + " только в пределах «"
                    + ru(scope) + "», а запись вне их";
            case OTHER -> null; // carries its own text
        };
    }

    /** A decision of another policy implementation, explained by its own sentence. */
    public static Decision allow(String explanation) {
        return new Decision(true, Basis.OTHER, null, null, null, null, explanation, explanation);
    }

    /** A decision of another policy implementation, explained by its own sentence. */
    public static Decision deny(String explanation) {
        return new Decision(false, Basis.OTHER, null, null, null, null, explanation, explanation);
    }

    public boolean allowed() {
        return allowed;
    }

    public boolean denied() {
        return !allowed;
    }

    /** One sentence that names what decided it. */
    public String explain() {
        String e = explanation;
        if (e == null && basis != Basis.OTHER) {
            e = english();
            explanation = e;
        }
        return e;
    }

    /** The same sentence in Russian, for user-facing messages. */
    public String explainRu() {
        String e = explanationRu;
        if (e == null && basis != Basis.OTHER) {
            e = russian();
            explanationRu = e;
        }
        return e;
    }

    public Basis basis() {
        return basis;
    }

    public Optional<Permission> permission() {
        return Optional.ofNullable(permission);
    }

    /** The role whose grant or forbid decided. */
    public Optional<RoleName> role() {
        return Optional.ofNullable(role);
    }

    /** The scope of the deciding grant or forbid. */
    public Optional<Scope> scope() {
        return Optional.ofNullable(scope);
    }

    public Optional<Share> share() {
        return Optional.ofNullable(share);
    }

    /** Throws {@link AccessDenied} carrying this decision unless it allows. */
    public Decision orThrow() {
        if (!allowed) {
            throw new AccessDenied(this);
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && allowed == d.allowed && basis == d.basis
                && Objects.equals(permission, d.permission) && Objects.equals(role, d.role) && scope == d.scope
                && Objects.equals(share, d.share) && explain().equals(d.explain());
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed, basis, permission, role, scope, share);
    }

    @Override
    public String toString() {
        return explain();
    }

    static String ru(Scope scope) {
        return switch (scope) {
            case OWN -> "свои записи";
            case DEPARTMENT -> "свой отдел";
            case DEPARTMENT_TREE -> "свой отдел и подчинённые";
            case ALL -> "все записи";
        };
    }
}
