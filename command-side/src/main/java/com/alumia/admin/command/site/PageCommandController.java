package com.alumia.admin.command.site;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.site.ArchivePageCommand;
import com.alumia.admin.api.site.CreatePageCommand;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PublishPageCommand;
import com.alumia.admin.api.site.RestorePageCommand;
import com.alumia.admin.api.site.RevertPageCommand;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.api.site.UpdatePageCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.function.BiFunction;

/**
 * Changes to the marketing site's pages (/admin/site/pages): each by a fresh super_admin with a reason, each
 * against the version it was read at ({@code If-Match}).
 */
@RestController
class PageCommandController {

    private static final String PAGES = "/api/v1/admin/site/pages";

    private final CommandSender commands;

    PageCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record CreateRequest(@NotBlank String slug, @NotNull String title, String body, String seoDescription,
                         @NotNull String locale, @NotBlank @Size(max = 2_000) String reason) {
    }

    record UpdateRequest(@NotNull String title, String body, String seoDescription, @NotNull String locale,
                         @NotBlank @Size(max = 2_000) String reason) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    /** @param target {@code draft} (the default) or {@code published} */
    record RevertRequest(@NotNull Integer toVersion, RevertTarget target, @NotBlank @Size(max = 2_000) String reason) {
    }

    record PageResponse(String pageId, long version) {
    }

    @PostMapping(PAGES)
    ResponseEntity<PageResponse> create(@Valid @RequestBody CreateRequest request) {
        PageId id = PageId.newId();
        commands.send(new CreatePageCommand(id, new Slug(request.slug()), new PageContent(request.title(),
                request.body(), request.seoDescription(), request.locale())), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(PAGES + "/" + id))
                             .eTag(EntityTags.of(0)).body(new PageResponse(id.value(), 0));
    }

    @PutMapping(PAGES + "/{pageId}/draft")
    ResponseEntity<PageResponse> update(@PathVariable String pageId, @Valid @RequestBody UpdateRequest request,
                                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return change(pageId, ifMatch, request.reason(), (id, version) -> new UpdatePageCommand(id, version,
                new PageContent(request.title(), request.body(), request.seoDescription(), request.locale())));
    }

    @PostMapping(PAGES + "/{pageId}/publication")
    ResponseEntity<PageResponse> publish(@PathVariable String pageId, @Valid @RequestBody ReasonRequest request,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return change(pageId, ifMatch, request.reason(), PublishPageCommand::new);
    }

    @PostMapping(PAGES + "/{pageId}/archival")
    ResponseEntity<PageResponse> archive(@PathVariable String pageId, @Valid @RequestBody ReasonRequest request,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return change(pageId, ifMatch, request.reason(), ArchivePageCommand::new);
    }

    @PostMapping(PAGES + "/{pageId}/restoration")
    ResponseEntity<PageResponse> restore(@PathVariable String pageId, @Valid @RequestBody ReasonRequest request,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return change(pageId, ifMatch, request.reason(), RestorePageCommand::new);
    }

    @PostMapping(PAGES + "/{pageId}/reversion")
    ResponseEntity<PageResponse> revert(@PathVariable String pageId, @Valid @RequestBody RevertRequest request,
                                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        return change(pageId, ifMatch, request.reason(), (id, version) -> new RevertPageCommand(id, version,
                request.toVersion(), request.target() == null ? RevertTarget.DRAFT : request.target()));
    }

    private ResponseEntity<PageResponse> change(String pageId, String ifMatch, String reason,
                                                BiFunction<PageId, Long, Object> command) {
        PageId id = new PageId(pageId);
        long version = commands.send(command.apply(id, IfMatch.expectedVersion(ifMatch)), reason);
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new PageResponse(id.value(), version));
    }
}
