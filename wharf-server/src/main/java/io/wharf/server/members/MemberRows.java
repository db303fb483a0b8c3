package io.wharf.server.members;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The system_members table: one role per user and system. */
@Component
public class MemberRows {
    private final JdbcClient jdbc;

    public MemberRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A membership as the API shows it. */
    public record Member(String user, String role) {
    }

    public Optional<Role> role(String system, String user) {
        return jdbc.sql("SELECT role FROM system_members WHERE system_name = ? AND user_name = ?").params(system, user)
                .query(String.class).optional().flatMap(Role::parse);
    }

    /** The user's systems and its role in each, by system name. */
    public Map<String, Role> systemsOf(String user) {
        Map<String, Role> systems = new LinkedHashMap<>();
        jdbc.sql("SELECT system_name, role FROM system_members WHERE user_name = ? ORDER BY system_name").param(user)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(row -> Role.parse(row.getValue()).ifPresent(role -> systems.put(row.getKey(), role)));
        return systems;
    }

    List<Member> list(String system) {
        return jdbc.sql("SELECT user_name, role FROM system_members WHERE system_name = ? ORDER BY user_name").param(system)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2))).list();
    }

    void put(String system, String user, Role role) {
        if (jdbc.sql("UPDATE system_members SET role = ? WHERE system_name = ? AND user_name = ?")
                .params(role.wireName(), system, user).update() == 0) {
            jdbc.sql("INSERT INTO system_members (system_name, user_name, role) VALUES (?, ?, ?)")
                    .params(system, user, role.wireName()).update();
        }
    }

    boolean delete(String system, String user) {
        return jdbc.sql("DELETE FROM system_members WHERE system_name = ? AND user_name = ?").params(system, user)
                .update() == 1;
    }
}
