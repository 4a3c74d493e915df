package org.crmkit.core.access;

import static org.crmkit.core.access.Action.ASSIGN;
import static org.crmkit.core.access.Action.CREATE;
import static org.crmkit.core.access.Action.DELETE;
import static org.crmkit.core.access.Action.EXPORT;
import static org.crmkit.core.access.Action.READ;
import static org.crmkit.core.access.Action.SHARE;
import static org.crmkit.core.access.Action.UPDATE;
import static org.crmkit.core.access.FieldTag.FINANCIAL;
import static org.crmkit.core.access.FieldTag.PERSONAL_DATA;
import static org.crmkit.core.access.Scope.ALL;
import static org.crmkit.core.access.Scope.DEPARTMENT;
import static org.crmkit.core.access.Scope.DEPARTMENT_TREE;
import static org.crmkit.core.access.Scope.OWN;

import java.util.List;

import org.crmkit.core.organisation.RoleName;

/**
 * The user classes CRMKit ships with. A company uses them as they are, {@linkplain Role#extending extends} them,
 * or {@linkplain Policy.Builder#override overrides} them. Tags a role does not mention are MASKED.
 *
 * <ul>
 * <li>administrator — everything everywhere, every field visible, may assign every role;</li>
 * <li>executive — reads everything, financial data visible, personal data masked; exports reports;</li>
 * <li>head-of-sales — runs the sales records of their department tree, sees personal and financial data, assigns
 * sales managers;</li>
 * <li>sales-manager — creates and runs their own clients, contacts, deals, interactions and tasks, reads the
 * clients of their department, shares their own records;</li>
 * <li>head-of-service — runs the claims and tasks of their department tree, finds any client or contact, assigns
 * service agents;</li>
 * <li>service-agent — handles their own claims, reads their department's claims, finds any client or contact,
 * financial data hidden;</li>
 * <li>marketer — reads clients, contacts and interactions everywhere with personal data masked and financial
 * data hidden; writes reports;</li>
 * <li>analyst — reads every business record and report, personal data masked, exports reports;</li>
 * <li>auditor — reads everything including the audit trail, personal data masked, changes nothing.</li>
 * </ul>
 */
public final class StandardRoles {
    private static final List<Resource> BUSINESS = List.of(Resource.CLIENT, Resource.CONTACT, Resource.DEAL,
            Resource.CLAIM, Resource.TASK, Resource.INTERACTION, Resource.CAMPAIGN);
    private static final List<Resource> EVERYTHING = List.of(Resource.CLIENT, Resource.CONTACT, Resource.DEAL,
            Resource.CLAIM, Resource.TASK, Resource.INTERACTION, Resource.CAMPAIGN, Resource.EMPLOYEE,
            Resource.DEPARTMENT,
            Resource.REPORT, Resource.EXPORT, Resource.AUDIT_TRAIL);
    private static final List<Action> ALL_ACTIONS = List.of(CREATE, READ, UPDATE, DELETE, ASSIGN, SHARE, EXPORT);
    private static final Action[] CRUD = {CREATE, READ, UPDATE, DELETE};

    public static final RoleName ADMINISTRATOR_NAME = RoleName.of("administrator");
    public static final RoleName EXECUTIVE_NAME = RoleName.of("executive");
    public static final RoleName HEAD_OF_SALES_NAME = RoleName.of("head-of-sales");
    public static final RoleName SALES_MANAGER_NAME = RoleName.of("sales-manager");
    public static final RoleName HEAD_OF_SERVICE_NAME = RoleName.of("head-of-service");
    public static final RoleName SERVICE_AGENT_NAME = RoleName.of("service-agent");
    public static final RoleName MARKETER_NAME = RoleName.of("marketer");
    public static final RoleName ANALYST_NAME = RoleName.of("analyst");
    public static final RoleName AUDITOR_NAME = RoleName.of("auditor");

    public static final Role SALES_MANAGER = salesManager();
    public static final Role HEAD_OF_SALES = headOfSales();
    public static final Role SERVICE_AGENT = serviceAgent();
    public static final Role HEAD_OF_SERVICE = headOfService();
    public static final Role MARKETER = marketer();
    public static final Role ANALYST = analyst();
    public static final Role AUDITOR = auditor();
    public static final Role EXECUTIVE = executive();
    public static final Role ADMINISTRATOR = administrator();

    private StandardRoles() {
    }

    /** All nine, in a stable order. */
    public static List<Role> all() {
        return List.of(ADMINISTRATOR, EXECUTIVE, HEAD_OF_SALES, SALES_MANAGER, HEAD_OF_SERVICE, SERVICE_AGENT,
                MARKETER, ANALYST, AUDITOR);
    }

    /** A policy of exactly the standard roles, version 1. */
    public static Policy policy() {
        return Policy.builder().roles(all()).build();
    }

    private static Role salesManager() {
        Role.Builder b = Role.named(SALES_MANAGER_NAME);
        for (Resource r : List.of(Resource.CLIENT, Resource.CONTACT, Resource.DEAL, Resource.INTERACTION,
                Resource.TASK)) {
            b.grant(r, OWN, CRUD).grant(r, SHARE, OWN);
        }
        return b.grant(Resource.CLIENT, READ, DEPARTMENT)
                .grant(Resource.REPORT, READ, OWN)
                .sees(PERSONAL_DATA, Visibility.VISIBLE).sees(FINANCIAL, Visibility.VISIBLE)
                .build();
    }

    private static Role headOfSales() {
        Role.Builder b = Role.named(HEAD_OF_SALES_NAME);
        for (Resource r : List.of(Resource.CLIENT, Resource.CONTACT, Resource.DEAL, Resource.INTERACTION,
                Resource.TASK)) {
            b.grant(r, DEPARTMENT_TREE, CREATE, READ, UPDATE, DELETE, ASSIGN, SHARE);
        }
        return b.grant(Resource.EMPLOYEE, DEPARTMENT_TREE, READ, ASSIGN)
                .grant(Resource.REPORT, DEPARTMENT_TREE, CREATE, READ)
                .sees(PERSONAL_DATA, Visibility.VISIBLE).sees(FINANCIAL, Visibility.VISIBLE)
                .mayAssign(SALES_MANAGER_NAME)
                .build();
    }

    private static Role serviceAgent() {
        return Role.named(SERVICE_AGENT_NAME)
                .grant(Resource.CLAIM, OWN, CREATE, READ, UPDATE)
                .grant(Resource.CLAIM, READ, DEPARTMENT)
                .grant(Resource.TASK, OWN, CREATE, READ, UPDATE)
                .grant(Resource.INTERACTION, OWN, CREATE, READ)
                .grant(Resource.CLIENT, READ, ALL)
                .grant(Resource.CONTACT, READ, ALL)
                .sees(PERSONAL_DATA, Visibility.VISIBLE).sees(FINANCIAL, Visibility.HIDDEN)
                .build();
    }

    private static Role headOfService() {
        return Role.named(HEAD_OF_SERVICE_NAME)
                .grant(Resource.CLAIM, DEPARTMENT_TREE, CREATE, READ, UPDATE, DELETE, ASSIGN, SHARE)
                .grant(Resource.TASK, DEPARTMENT_TREE, CREATE, READ, UPDATE, DELETE, ASSIGN)
                .grant(Resource.INTERACTION, DEPARTMENT_TREE, CREATE, READ, UPDATE)
                .grant(Resource.CLIENT, READ, ALL)
                .grant(Resource.CONTACT, READ, ALL)
                .grant(Resource.EMPLOYEE, DEPARTMENT_TREE, READ, ASSIGN)
                .grant(Resource.REPORT, DEPARTMENT_TREE, CREATE, READ)
                .sees(PERSONAL_DATA, Visibility.VISIBLE)
                .mayAssign(SERVICE_AGENT_NAME)
                .build();
    }

    private static Role marketer() {
        return Role.named(MARKETER_NAME)
                .grant(Resource.CONTACT, READ, ALL)
                .grant(Resource.CLIENT, READ, ALL)
                .grant(Resource.INTERACTION, READ, ALL)
                .grant(Resource.CAMPAIGN, ALL, CREATE, READ, UPDATE)
                .grant(Resource.REPORT, OWN, CREATE, READ, UPDATE, DELETE)
                .sees(PERSONAL_DATA, Visibility.MASKED).sees(FINANCIAL, Visibility.HIDDEN)
                .build();
    }

    private static Role analyst() {
        Role.Builder b = Role.named(ANALYST_NAME);
        for (Resource r : BUSINESS) {
            b.grant(r, READ, ALL);
        }
        return b.grant(Resource.EMPLOYEE, READ, ALL).grant(Resource.DEPARTMENT, READ, ALL)
                .grant(Resource.REPORT, ALL, CREATE, READ, EXPORT)
                .sees(PERSONAL_DATA, Visibility.MASKED).sees(FINANCIAL, Visibility.VISIBLE)
                .build();
    }

    private static Role auditor() {
        Role.Builder b = Role.named(AUDITOR_NAME);
        for (Resource r : EVERYTHING) {
            b.grant(r, READ, ALL);
        }
        return b.sees(PERSONAL_DATA, Visibility.MASKED).sees(FINANCIAL, Visibility.VISIBLE).build();
    }

    private static Role executive() {
        Role.Builder b = Role.named(EXECUTIVE_NAME);
        for (Resource r : EVERYTHING) {
            if (!r.equals(Resource.AUDIT_TRAIL)) {
                b.grant(r, READ, ALL);
            }
        }
        return b.grant(Resource.REPORT, ALL, CREATE, EXPORT)
                .sees(PERSONAL_DATA, Visibility.MASKED).sees(FINANCIAL, Visibility.VISIBLE)
                .build();
    }

    private static Role administrator() {
        Role.Builder b = Role.named(ADMINISTRATOR_NAME);
        for (Resource r : EVERYTHING) {
            for (Action a : ALL_ACTIONS) {
                if (!r.equals(Resource.AUDIT_TRAIL) || a.equals(READ) || a.equals(EXPORT)) {
                    b.grant(r, a, ALL);
                }
            }
        }
        // The audit trail is evidence: no role held beside this one may let an administrator rewrite it.
        b.forbid(Resource.AUDIT_TRAIL, UPDATE).forbid(Resource.AUDIT_TRAIL, DELETE);
        return b.sees(PERSONAL_DATA, Visibility.VISIBLE).sees(FINANCIAL, Visibility.VISIBLE)
                .mayAssign(ADMINISTRATOR_NAME, EXECUTIVE_NAME, HEAD_OF_SALES_NAME, SALES_MANAGER_NAME,
                        HEAD_OF_SERVICE_NAME, SERVICE_AGENT_NAME, MARKETER_NAME, ANALYST_NAME, AUDITOR_NAME)
                .build();
    }
}
