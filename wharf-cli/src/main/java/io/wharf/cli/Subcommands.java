package io.wharf.cli;

import io.wharf.cli.commands.AppCommand;
import io.wharf.cli.commands.AuditCommand;
import io.wharf.cli.commands.ConsoleCommand;
import io.wharf.cli.commands.BuildCommand;
import io.wharf.cli.commands.BuildsCommand;
import io.wharf.cli.commands.ClusterCommand;
import io.wharf.cli.commands.ConfigCommand;
import io.wharf.cli.commands.DeployCommand;
import io.wharf.cli.commands.DoctorCommand;
import io.wharf.cli.commands.EventsCommand;
import io.wharf.cli.commands.ExecCommand;
import io.wharf.cli.commands.ExitsCommand;
import io.wharf.cli.commands.HooksCommand;
import io.wharf.cli.commands.LoginCommand;
import io.wharf.cli.commands.LogoutCommand;
import io.wharf.cli.commands.LogsCommand;
import io.wharf.cli.commands.MemberCommand;
import io.wharf.cli.commands.PsCommand;
import io.wharf.cli.commands.QuotaCommand;
import io.wharf.cli.commands.RegistryCommand;
import io.wharf.cli.commands.ReleasesCommand;
import io.wharf.cli.commands.RollbackCommand;
import io.wharf.cli.commands.RolloutCommand;
import io.wharf.cli.commands.SecretCommand;
import io.wharf.cli.commands.SourceCommand;
import io.wharf.cli.commands.SystemCommand;
import io.wharf.cli.commands.TokenCommand;
import io.wharf.cli.commands.TopCommand;
import io.wharf.cli.commands.UserCommand;
import io.wharf.cli.commands.VersionsCommand;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The commands under "wharf", by name. A command line that names one gets only that one: picocli builds
 * the model of every command it is given at start, and doing so for all of them was most of a command's
 * start-up time. Help, a bad name or no name get all of them.
 */
final class Subcommands {
    /** The root's options that take a value: their value is never a command's name. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--server", "--token", "--home", "-o", "--output");
    private static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("system", SystemCommand.class);
        ALL.put("app", AppCommand.class);
        ALL.put("deploy", DeployCommand.class);
        ALL.put("rollback", RollbackCommand.class);
        ALL.put("releases", ReleasesCommand.class);
        ALL.put("rollout", RolloutCommand.class);
        ALL.put("config", ConfigCommand.class);
        ALL.put("secret", SecretCommand.class);
        ALL.put("ps", PsCommand.class);
        ALL.put("logs", LogsCommand.class);
        ALL.put("exits", ExitsCommand.class);
        ALL.put("top", TopCommand.class);
        ALL.put("doctor", DoctorCommand.class);
        ALL.put("exec", ExecCommand.class);
        ALL.put("events", EventsCommand.class);
        ALL.put("cluster", ClusterCommand.class);
        ALL.put("login", LoginCommand.class);
        ALL.put("logout", LogoutCommand.class);
        ALL.put("user", UserCommand.class);
        ALL.put("token", TokenCommand.class);
        ALL.put("member", MemberCommand.class);
        ALL.put("quota", QuotaCommand.class);
        ALL.put("audit", AuditCommand.class);
        ALL.put("console", ConsoleCommand.class);
        ALL.put("registry", RegistryCommand.class);
        ALL.put("source", SourceCommand.class);
        ALL.put("build", BuildCommand.class);
        ALL.put("builds", BuildsCommand.class);
        ALL.put("versions", VersionsCommand.class);
        ALL.put("hooks", HooksCommand.class);
    }

    private Subcommands() {
    }

    static Map<String, Class<?>> all() {
        return ALL;
    }

    /** Adds the command the arguments name, or every command when they name none. */
    static void addTo(CommandLine root, String[] args) {
        String named = named(List.of(args));
        if (named != null) {
            root.addSubcommand(named, ALL.get(named));
            return;
        }
        ALL.forEach(root::addSubcommand);
    }

    /** The first argument that is a command's name and not an option's value; null when there is none. */
    static String named(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (VALUE_OPTIONS.contains(arg)) {
                i++;
            } else if (ALL.containsKey(arg)) {
                return arg;
            } else if (!arg.startsWith("-")) {
                return null;
            }
        }
        return null;
    }
}
