package io.paystate.spi;

/** Why held funds are released. */
public enum ReleaseReason {
    /** The intent was canceled while its authorization was held. */
    CANCELED,
    /** The authorization window ended before a capture. */
    EXPIRED,
    /** A partial capture: the uncaptured remainder is released. */
    PARTIAL_CAPTURE,
    /**
     * The engine could not record an approval: its commit failed, it lost a race to another writer,
     * or the processor answered after the engine had given up waiting. The whole authorization is
     * released so that no approval is left unaccounted for.
     */
    ORPHANED
}
