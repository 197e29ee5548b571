package com.alumia.admin.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts what the application logged as errors during a failed test into the failure's message. A test that gets a
 * 500 only sees "something failed on our side"; the stack trace is somewhere in a long log, which a CI summary
 * leaves out. With this, the failure itself says what failed on the server.
 */
public final class ServerErrors extends AppenderBase<ILoggingEvent>
        implements BeforeEachCallback, TestExecutionExceptionHandler {

    private static final String NAME = "server-errors-of-the-test";
    private static final int KEPT = 5;
    private static final int FRAMES = 6;
    private static final List<String> LOGGED = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
        // Each application start sets logging up anew, which drops appenders added before it.
        if (root.getAppender(NAME) == null) {
            ServerErrors appender = new ServerErrors();
            appender.setName(NAME);
            appender.setContext(root.getLoggerContext());
            appender.start();
            root.addAppender(appender);
        }
        synchronized (LOGGED) {
            LOGGED.clear();
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            return;
        }
        StringBuilder text = new StringBuilder("[").append(event.getThreadName()).append("] ")
                .append(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
        String request = event.getMDCPropertyMap().get("requestId");
        if (request != null) {
            text.append(" (request ").append(request).append(')');
        }
        IThrowableProxy cause = event.getThrowableProxy();
        IThrowableProxy deepest = cause;
        while (cause != null) {
            text.append("\n    ").append(cause.getClassName()).append(": ").append(cause.getMessage());
            deepest = cause;
            cause = cause.getCause();
        }
        if (deepest != null) {
            StackTraceElementProxy[] frames = deepest.getStackTraceElementProxyArray();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                text.append("\n        ").append(frames[i].getSTEAsString());
            }
        }
        synchronized (LOGGED) {
            if (LOGGED.size() < KEPT) {
                LOGGED.add(text.toString());
            }
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        List<String> logged;
        synchronized (LOGGED) {
            logged = List.copyOf(LOGGED);
        }
        if (logged.isEmpty()) {
            throw failure;
        }
        AssertionError explained = new AssertionError(failure.getMessage()
                + "\nThe application logged these errors during the test (the first " + KEPT + "):\n"
                + String.join("\n", logged), failure);
        explained.setStackTrace(failure.getStackTrace());
        throw explained;
    }
}
