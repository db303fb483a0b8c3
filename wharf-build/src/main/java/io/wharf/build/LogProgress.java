package io.wharf.build;

import org.eclipse.jgit.lib.ProgressMonitor;

/** JGit's progress as one log line per finished task; asks JGit to stop once the build is cancelled. */
final class LogProgress implements ProgressMonitor {
    private final LineSink log;
    private final Cancellation cancellation;
    private String task = "";
    private int done;

    LogProgress(LineSink log, Cancellation cancellation) {
        this.log = log;
        this.cancellation = cancellation;
    }

    @Override
    public void start(int totalTasks) {
    }

    @Override
    public void beginTask(String title, int totalWork) {
        task = title;
        done = 0;
    }

    @Override
    public void update(int completed) {
        done += completed;
    }

    @Override
    public void endTask() {
        log.line("git: " + task + (done > 0 ? ": " + done : ""));
    }

    @Override
    public boolean isCancelled() {
        return cancellation.cancelled();
    }

    @Override
    public void showDuration(boolean enabled) {
    }
}
