package com.alumia.admin.command.site;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.site.ArchivePageCommand;
import com.alumia.admin.api.site.CreatePageCommand;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PublishPageCommand;
import com.alumia.admin.api.site.RestorePageCommand;
import com.alumia.admin.api.site.RevertPageCommand;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SitePublishedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.SiteRevertedEvent;
import com.alumia.admin.api.site.SiteUpdatedEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.api.site.UpdatePageCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.alumia.admin.command.common.BrokenRule.rule;

class PageTest {

    private static final PageId PAGE = new PageId("pg_pricing");
    private static final Slug SLUG = new Slug("pricing");
    private static final PageContent V1 = new PageContent("Pricing", "# Plans\n\nFree and Team.", "Our plans", "en");
    private static final PageContent V2 = new PageContent("Pricing", "# Plans\n\nFree, Team and Enterprise.",
            "Our plans", "en");
    private static final PageContent DRAFT = new PageContent("Pricing", "# Plans\n\nWork in progress.", null, "en");

    private final AggregateTestFixture<Page> fixture = new AggregateTestFixture<>(Page.class);


    private Object[] publishedTwice() {
        return new Object[]{new SiteCreatedEvent(PAGE, SLUG, V1), new SitePublishedEvent(PAGE, SLUG, 1, V1),
                new SiteUpdatedEvent(PAGE, V2), new SitePublishedEvent(PAGE, SLUG, 2, V2)};
    }

    @Test
    void aPageStartsAsADraftWithItsContentTrimmed() {
        fixture.givenNoPriorActivity()
               .when(new CreatePageCommand(PAGE, SLUG, new PageContent(" Pricing ", "# Plans\n\nFree and Team.\n",
                       " Our plans ", "en")))
               .expectEvents(new SiteCreatedEvent(PAGE, SLUG, V1));
    }

    @Test
    void contentThatBreaksARuleIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new CreatePageCommand(PAGE, SLUG, new PageContent("T", "x".repeat(PageRules.MAX_BODY + 1), null,
                       "en")))
               .expectNoEvents()
               .expectException(rule(RuleViolation.Kind.INVALID, "body.too_long"));
        fixture.givenNoPriorActivity()
               .when(new CreatePageCommand(PAGE, SLUG, new PageContent("T", "b", null, "english")))
               .expectException(rule(RuleViolation.Kind.INVALID, "locale.invalid"));
        fixture.givenNoPriorActivity()
               .when(new CreatePageCommand(PAGE, SLUG, new PageContent(" ", "b", null, "en")))
               .expectException(rule(RuleViolation.Kind.INVALID, "title.required"));
    }

    @Test
    void publishingSnapshotsTheDraftAsTheNextVersion() {
        fixture.given(new SiteCreatedEvent(PAGE, SLUG, V1), new SitePublishedEvent(PAGE, SLUG, 1, V1),
                      new SiteUpdatedEvent(PAGE, V2))
               .when(new PublishPageCommand(PAGE, 2L))
               .expectEvents(new SitePublishedEvent(PAGE, SLUG, 2, V2))
               .expectResultMessagePayload(3L);
    }

    @Test
    void aDraftThatIsLiveAlreadyIsNotPublishedAgain() {
        fixture.given(new SiteCreatedEvent(PAGE, SLUG, V1), new SitePublishedEvent(PAGE, SLUG, 1, V1))
               .when(new PublishPageCommand(PAGE, 1L))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.nothing_to_publish"));
    }

    @Test
    void anUnchangedDraftRecordsNothing() {
        fixture.given(new SiteCreatedEvent(PAGE, SLUG, V1))
               .when(new UpdatePageCommand(PAGE, 0L, V1))
               .expectNoEvents();
    }

    @Test
    void anArchivedPageCannotBeEditedPublishedOrRevertedUntilRestored() {
        Object[] archived = {new SiteCreatedEvent(PAGE, SLUG, V1), new SitePublishedEvent(PAGE, SLUG, 1, V1),
                new SiteArchivedEvent(PAGE, SLUG)};
        fixture.given(archived).when(new PublishPageCommand(PAGE, 2L))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.archived"));
        fixture.given(archived).when(new UpdatePageCommand(PAGE, 2L, V2))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.archived"));
        fixture.given(archived).when(new ArchivePageCommand(PAGE, 2L))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.already_archived"));
        fixture.given(archived).when(new RestorePageCommand(PAGE, 2L))
               .expectEvents(new SiteRestoredEvent(PAGE, SLUG));
        fixture.given(new SiteCreatedEvent(PAGE, SLUG, V1)).when(new RestorePageCommand(PAGE, 0L))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.not_archived"));
    }

    @Test
    void aRevertOfTheDraftPutsAnEarlierVersionBackIntoIt() {
        fixture.given(publishedTwice()).andGiven(new SiteUpdatedEvent(PAGE, DRAFT))
               .when(new RevertPageCommand(PAGE, 4L, 1, RevertTarget.DRAFT))
               .expectEvents(new SiteRevertedEvent(PAGE, SLUG, RevertTarget.DRAFT, 1, null, V1));
    }

    @Test
    void aRevertOfTheLiveContentPublishesItAsANewVersion() {
        fixture.given(publishedTwice())
               .when(new RevertPageCommand(PAGE, 3L, 1, RevertTarget.PUBLISHED))
               .expectEvents(new SiteRevertedEvent(PAGE, SLUG, RevertTarget.PUBLISHED, 1, 3, V1));
    }

    @Test
    void revertsToUnknownOrCurrentVersionsAreRefused() {
        fixture.given(publishedTwice()).when(new RevertPageCommand(PAGE, 3L, 7, RevertTarget.DRAFT))
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "site.unknown_version"));
        fixture.given(publishedTwice()).when(new RevertPageCommand(PAGE, 3L, 2, RevertTarget.PUBLISHED))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.revert_to_current"));
        fixture.given(publishedTwice()).when(new RevertPageCommand(PAGE, 3L, 2, RevertTarget.DRAFT))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "site.revert_to_current"));
    }

    @Test
    void aStaleVersionIsRefused() {
        fixture.given(publishedTwice()).when(new ArchivePageCommand(PAGE, 1L))
               .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }
}
