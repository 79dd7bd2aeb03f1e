package org.safeguarding.tracker.api;

import java.util.List;
import java.util.stream.Collectors;

/** The HTTP Basic users every test service starts with: one of each role, and two agencies. */
public final class TestUsers {

    public record User(String name, String password, String role, String agency) {

        String entry() {
            return name + ":" + password + ":" + role + (agency == null ? "" : ":" + agency);
        }
    }

    public static final String AGENCY_A_CODE = "ACCESS-A";
    public static final String AGENCY_B_CODE = "ACCESS-B";

    public static final User BOARD = new User("board-admin", "board-pass-1", "BOARD", null);
    public static final User AUDITOR = new User("inspector", "auditor-pass-1", "AUDITOR", null);
    public static final User DASHBOARD = new User("wallboard", "dashboard-pass-1", "DASHBOARD", null);
    public static final User AGENCY_A = new User("agency-a-lead", "agency-a-pass-1", "AGENCY", AGENCY_A_CODE);
    public static final User AGENCY_B = new User("agency-b-lead", "agency-b-pass-1", "AGENCY", AGENCY_B_CODE);

    public static final List<User> ALL = List.of(BOARD, AUDITOR, DASHBOARD, AGENCY_A, AGENCY_B);

    private TestUsers() {
    }

    /** The value of {@code tracker.security.basic-users}. */
    public static String spec() {
        return ALL.stream().map(User::entry).collect(Collectors.joining(","));
    }

    /** The same, as command-line arguments, for a test that starts a service of its own. */
    public static String[] arguments() {
        return java.util.Arrays.stream(properties()).map(property -> "--" + property).toArray(String[]::new);
    }

    /** The properties that give a test service these users, hashed cheaply (the tests send thousands of requests). */
    public static String[] properties() {
        return new String[] {"tracker.security.basic-users=" + spec(), "tracker.security.basic-password-log-rounds=4"};
    }
}
