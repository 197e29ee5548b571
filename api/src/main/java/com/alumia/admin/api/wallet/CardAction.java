package com.alumia.admin.api.wallet;

/** What an operator does to a card through Stripe. */
public enum CardAction {
    /** Stripe status {@code inactive}: authorizations are declined until it is unfrozen. */
    FREEZE,
    /** Back to {@code active}. */
    UNFREEZE,
    /** {@code canceled}, for good. */
    CANCEL;

    public CardStatus target() {
        return switch (this) {
            case FREEZE -> CardStatus.INACTIVE;
            case UNFREEZE -> CardStatus.ACTIVE;
            case CANCEL -> CardStatus.CANCELED;
        };
    }
}
