package com.alumia.admin.app.audit;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correlation data is worked out for messages made outside views, and not in a view's unit of work.
 */
class ViewHandlingTest {

    private final CorrelationDataProvider actor = ViewHandling.outsideViews(
            new SimpleCorrelationDataProvider("actor"));
    private final GenericEventMessage<String> event = new GenericEventMessage<>(
            new GenericMessage<>("e", MetaData.with("actor", "ops@example.com")), java.time.Instant::now);

    @Test
    void aMessageMadeWhileAViewHandlesAnEventCarriesNoCorrelation() throws Exception {
        AtomicReference<Map<String, ?>> inView = new AtomicReference<>();
        DefaultUnitOfWork<GenericEventMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.registerCorrelationDataProvider(actor);
        new ViewHandling().handle(unitOfWork, () -> {
            inView.set(new GenericMessage<>("made in the view").getMetaData());
            return null;
        });
        unitOfWork.commit();
        assertThat(inView.get()).isEmpty();
    }

    @Test
    void elsewhereItCarriesTheEventsActor() {
        AtomicReference<Map<String, ?>> elsewhere = new AtomicReference<>();
        DefaultUnitOfWork<GenericEventMessage<String>> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        unitOfWork.registerCorrelationDataProvider(actor);
        unitOfWork.execute(() -> elsewhere.set(new GenericMessage<>("made in a saga").getMetaData()));
        assertThat(elsewhere.get().get("actor")).isEqualTo("ops@example.com");
    }
}
