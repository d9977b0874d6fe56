package io.paystate.engine;

import io.paystate.model.SetupIntent;
import java.util.List;

/**
 * One page of SetupIntents, newest first.
 *
 * @param data the SetupIntents
 * @param hasMore whether more follow in the direction of the request
 */
public record SetupIntentList(List<SetupIntent> data, boolean hasMore) {
    /**
     * Copies the data.
     *
     * @param data the SetupIntents
     * @param hasMore whether more follow
     */
    public SetupIntentList {
        data = List.copyOf(data);
    }
}
