package com.alumia.admin.api.feedback;

/**
 * Where the product captured the item: the page, the browser, and a fragment of the request that carried it.
 */
public record FeedbackContext(String url, String userAgent, String requestFragment) {

    public static final FeedbackContext NONE = new FeedbackContext(null, null, null);
}
