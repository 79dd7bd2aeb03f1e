package org.safeguarding.tracker.projections.lists;

public record AgencyListItem(String code, String name) {
}
