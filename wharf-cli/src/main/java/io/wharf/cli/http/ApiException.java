package io.wharf.cli.http;

/** The server answered, but not with success; the problem says why. */
public final class ApiException extends RuntimeException {
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.status() + " " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** The token was missing or rejected. */
    public boolean isAuthFailure() {
        return problem.status() == 401 || problem.status() == 403;
    }
}
