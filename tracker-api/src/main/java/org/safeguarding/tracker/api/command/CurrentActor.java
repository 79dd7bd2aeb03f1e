package org.safeguarding.tracker.api.command;

import org.springframework.stereotype.Component;

/**
 * Resolves the actor of the current request. Access control is not switched on yet, so every request is
 * anonymous; authentication will resolve the principal here, in one place.
 */
@Component
public class CurrentActor {

    public Actor get() {
        return Actor.ANONYMOUS;
    }
}
