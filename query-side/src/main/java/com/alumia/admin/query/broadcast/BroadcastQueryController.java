package com.alumia.admin.query.broadcast;

import com.alumia.admin.api.broadcast.BroadcastViews;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;

import static com.alumia.admin.query.common.BatchedWrites.instant;

/** Broadcasts, newest first, each with who sent it and why and how its delivery went. */
@RestController
class BroadcastQueryController {

    private static final RowMapper<BroadcastViews.Broadcast> BROADCAST = (rs, n) -> new BroadcastViews.Broadcast(
            rs.getString("broadcast_id"), rs.getString("title"), rs.getString("body"), rs.getString("severity"),
            rs.getString("state"), rs.getInt("recipients"), rs.getInt("delivered"), rs.getInt("failed"),
            instant(rs, "requested_at"), rs.getString("requested_by"), rs.getString("reason"),
            instant(rs, "completed_at"));

    private final JdbcTemplate jdbc;

    BroadcastQueryController(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @GetMapping("/api/v1/admin/broadcasts")
    BroadcastViews.Broadcasts broadcasts(@RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return new BroadcastViews.Broadcasts(jdbc.query("SELECT * FROM broadcast_view ORDER BY requested_at DESC, "
                + "broadcast_id FETCH FIRST ? ROWS ONLY", BROADCAST, Limits.clamp(limit)));
    }

    @GetMapping("/api/v1/admin/broadcasts/{broadcastId}")
    BroadcastViews.Broadcast broadcast(@PathVariable String broadcastId) {
        return jdbc.query("SELECT * FROM broadcast_view WHERE broadcast_id = ?", BROADCAST, broadcastId).stream()
                   .findFirst().orElseThrow(() -> new NotFoundException("broadcast", broadcastId));
    }
}
