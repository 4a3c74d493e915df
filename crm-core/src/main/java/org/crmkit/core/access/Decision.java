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
    private final String explanation;
    private final String explanationRu;

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

    public static Decision granted(Permission permission, RoleName role, Scope scope) {
        return new Decision(true, Basis.GRANT, permission, role, scope, null,
                "allowed: role " + role + " grants " + permission + " at scope " + scope,
                "разрешено: роль " + role + " даёт право " + permission + " в пределах «" + ru(scope) + "»");
    }

    public static Decision shared(Permission permission, Share share) {
        return new Decision(true, Basis.SHARE, permission, null, null, share,
                "allowed: the record is shared with " + share.grantee() + " for " + permission,
                "разрешено: запись предоставлена (" + share.grantee() + ") для " + permission);
    }

    public static Decision systemContext(Permission permission) {
        return new Decision(true, Basis.SYSTEM_CONTEXT, permission, null, null, null,
                "allowed: system context (audited) for " + permission,
                "разрешено: системный контекст (с аудитом) для " + permission);
    }

    public static Decision forbidden(Permission permission, RoleName role, Scope scope) {
        String where = scope == Scope.ALL ? "" : " at scope " + scope;
        String whereRu = scope == Scope.ALL ? "" : " в пределах «" + ru(scope) + "»";
        return new Decision(false, Basis.FORBID, permission, role, scope, null,
                "denied: role " + role + " forbids " + permission + where + "; a forbid beats every grant and share",
                "запрещено: роль " + role + " запрещает " + permission + whereRu
                        + "; запрет сильнее любого разрешения");
    }

    public static Decision noGrant(Permission permission) {
        return new Decision(false, Basis.NO_GRANT, permission, null, null, null,
                "denied: no grant of " + permission,
                "запрещено: нет разрешения " + permission);
    }

    public static Decision outOfScope(Permission permission, RoleName role, Scope scope) {
        return new Decision(false, Basis.OUT_OF_SCOPE, permission, role, scope, null,
                "denied: role " + role + " grants " + permission + " only at scope " + scope
                        + " and the record lies outside it",
                "запрещено: роль " + role + " даёт право " + permission + " только в пределах «" + ru(scope)
                        + "», а запись вне их");
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
        return explanation;
    }

    /** The same sentence in Russian, for user-facing messages. */
    public String explainRu() {
        return explanationRu;
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
                && Objects.equals(share, d.share) && explanation.equals(d.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed, basis, permission, role, scope, share);
    }

    @Override
    public String toString() {
        return explanation;
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
