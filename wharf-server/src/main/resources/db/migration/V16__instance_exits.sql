-- The last exits of each app's instances (the server keeps 10 per app): code, reason, when, and
-- the instance's last lines (at most 1,000, joined by newlines), readable after it is removed.
CREATE TABLE instance_exits (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    system_name VARCHAR(63)  NOT NULL,
    app_name    VARCHAR(63)  NOT NULL,
    instance    VARCHAR(63)  NOT NULL,
    exit_code   INTEGER      NOT NULL,
    reason      VARCHAR(16)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    lines       TEXT         NOT NULL,
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);
CREATE INDEX instance_exits_app ON instance_exits (system_name, app_name, at);
