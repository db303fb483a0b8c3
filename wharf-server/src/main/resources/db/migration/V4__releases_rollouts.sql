-- Every version of what an app runs, immutable; and the strategy and rollout state of the current one.
CREATE TABLE releases (
    system_name VARCHAR(63)  NOT NULL,
    app_name    VARCHAR(63)  NOT NULL,
    revision    BIGINT       NOT NULL,
    template    TEXT         NOT NULL,
    strategy    TEXT         NOT NULL,
    author      VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    summary     VARCHAR(4096) NOT NULL,
    restores    BIGINT,
    PRIMARY KEY (system_name, app_name, revision),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);

ALTER TABLE apps ADD COLUMN strategy TEXT;
ALTER TABLE apps ADD COLUMN rollout TEXT;
