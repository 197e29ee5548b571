package com.alumia.admin.query.connector;

import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.api.connector.ConnectorViews;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** /admin/connectors, /admin/connections, /admin/byok-keys and /admin/connector-events. */
@RestController
class ConnectorQueryController {

    private final Queries queries;

    ConnectorQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/connectors")
    ConnectorViews.Connectors connectors() {
        return queries.ask(new ConnectorViews.FindConnectorsQuery(), ConnectorViews.Connectors.class);
    }

    @GetMapping("/api/v1/admin/connections")
    ConnectorViews.Connections connections(@RequestParam(required = false) String orgId,
                                           @RequestParam(required = false) String connector,
                                           @RequestParam(required = false) ConnectionState state) {
        return queries.ask(new ConnectorViews.FindConnectionsQuery(orgId, connector, state),
                ConnectorViews.Connections.class);
    }

    @GetMapping("/api/v1/admin/connections/{connectionId}")
    ResponseEntity<ConnectorViews.Connection> connection(@PathVariable String connectionId) {
        ConnectorViews.Connection connection = queries.askOptional(new ConnectorViews.FindConnectionQuery(connectionId),
                ConnectorViews.Connection.class).orElseThrow(() -> new NotFoundException("connection", connectionId));
        return ResponseEntity.ok().eTag(EntityTags.of(connection.version())).body(connection);
    }

    @GetMapping("/api/v1/admin/byok-keys")
    ConnectorViews.ByokKeys keys(@RequestParam(required = false) String orgId) {
        return queries.ask(new ConnectorViews.FindByokKeysQuery(orgId), ConnectorViews.ByokKeys.class);
    }

    @GetMapping("/api/v1/admin/connector-events")
    ConnectorViews.Events events(@RequestParam(required = false) String connector,
                                 @RequestParam(required = false) String orgId,
                                 @RequestParam(required = false) DeliveryStatus status,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new ConnectorViews.FindEventsQuery(connector, orgId, status, from, to, limit),
                ConnectorViews.Events.class);
    }

    @GetMapping("/api/v1/admin/connector-events/{id}")
    ConnectorViews.Event event(@PathVariable String id) {
        return queries.askOptional(new ConnectorViews.FindEventQuery(id), ConnectorViews.Event.class)
                      .orElseThrow(() -> new NotFoundException("connector event", id));
    }

    @GetMapping("/api/v1/admin/connector-events/endpoints")
    ConnectorViews.Endpoints endpoints() {
        return queries.ask(new ConnectorViews.FindEndpointsQuery(), ConnectorViews.Endpoints.class);
    }
}
