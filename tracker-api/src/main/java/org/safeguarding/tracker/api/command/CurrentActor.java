package org.safeguarding.tracker.api.command;

import org.safeguarding.tracker.api.security.AccessGrant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Resolves the actor of the current request, in one place: the principal the security filters signed in. */
@Component
public class CurrentActor {

    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Actor.ANONYMOUS;
        }
        return AccessGrant.of(authentication.getAuthorities())
                .map(grant -> new Actor(authentication.getName(), grant.role().name(), grant.agency()))
                .orElse(Actor.ANONYMOUS);
    }
}
