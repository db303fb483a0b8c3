package io.wharf.server.builds;

import io.wharf.build.BuildState;
import io.wharf.model.AppKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The builds table. */
@Repository
public class BuildRows {
    private static final String COLUMNS = "b.id, b.state, b.message, b.url, b.git_ref, b.dockerfile, b.build_context,"
            + " b.build_args, b.secret_ids, b.from_source, b.commit_id, b.image, b.digest, b.created_at, b.started_at,"
            + " b.finished_at, v.number";
    private static final String FROM = " FROM builds b LEFT JOIN versions v ON v.build_id = b.id"
            + " AND v.system_name = b.system_name AND v.app_name = b.app_name";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public BuildRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(AppKey app, BuildResponse b) {
        jdbc.sql("INSERT INTO builds (id, system_name, app_name, state, url, git_ref, dockerfile, build_context,"
                        + " build_args, secret_ids, from_source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(b.id(), app.system(), app.app(), b.state(), b.git().url(), b.git().ref(), b.dockerfile(),
                        b.context(), json.writeValueAsString(b.buildArgs()), json.writeValueAsString(b.secrets()),
                        b.fromSource(), VersionRows.utc(b.createdAt()))
                .update();
    }

    public void started(String id, Instant at) {
        jdbc.sql("UPDATE builds SET state = ?, started_at = ? WHERE id = ? AND state = ?")
                .params(BuildState.Running.name(), VersionRows.utc(at), id, BuildState.Queued.name()).update();
    }

    public void finished(String id, BuildState state, String message, String commit, String image, String digest,
                         Instant at) {
        jdbc.sql("UPDATE builds SET state = ?, message = ?, commit_id = ?, image = ?, digest = ?, finished_at = ?"
                        + " WHERE id = ?")
                .params(state.name(), clip(message), commit, image, digest, VersionRows.utc(at), id).update();
    }

    /** Marks every build that was queued or running when the server stopped as failed; how many there were. */
    public int failUnfinished(String message, Instant at) {
        return jdbc.sql("UPDATE builds SET state = ?, message = ?, finished_at = ? WHERE state IN (?, ?)")
                .params(BuildState.Failed.name(), message, VersionRows.utc(at), BuildState.Queued.name(),
                        BuildState.Running.name()).update();
    }

    public Optional<BuildResponse> find(AppKey app, String id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.system_name = ? AND b.app_name = ? AND b.id = ?")
                .params(app.system(), app.app(), id).query(this::row).optional();
    }

    /** Newest first. */
    public List<BuildResponse> list(AppKey app) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE b.system_name = ? AND b.app_name = ?"
                        + " ORDER BY b.created_at DESC, b.id DESC")
                .params(app.system(), app.app()).query(this::row).list();
    }

    private BuildResponse row(ResultSet rs, int n) throws SQLException {
        long version = rs.getLong(17);
        return new BuildResponse(rs.getString(1), rs.getString(2), rs.getString(3),
                new BuildRequest.Git(rs.getString(4), rs.getString(5)), rs.getString(6), rs.getString(7),
                json.readValue(rs.getString(8), new TypeReference<Map<String, String>>() { }),
                json.readValue(rs.getString(9), new TypeReference<List<String>>() { }), rs.getBoolean(10),
                rs.getString(11), rs.getString(12), rs.getString(13), version == 0 ? null : "v" + version,
                VersionRows.instant(rs, 14), VersionRows.instant(rs, 15), VersionRows.instant(rs, 16));
    }

    private static String clip(String message) {
        return message == null || message.length() <= 4096 ? message : message.substring(0, 4093) + "...";
    }
}
