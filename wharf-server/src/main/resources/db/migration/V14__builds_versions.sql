-- Where an app's builds come from (io.wharf.server.builds). The git password and the webhook secret
-- are AES-GCM sealed with the server's secret key (base64 nonce and ciphertext), never in clear.
CREATE TABLE app_sources (
    system_name         VARCHAR(63)   NOT NULL,
    app_name            VARCHAR(63)   NOT NULL,
    url                 VARCHAR(2048) NOT NULL,
    git_ref             VARCHAR(255)  NOT NULL,
    dockerfile          VARCHAR(1024) NOT NULL,
    build_context       VARCHAR(1024) NOT NULL,
    username            VARCHAR(255),
    password_nonce      VARCHAR(32),
    password_ciphertext TEXT,
    auto_deploy         BOOLEAN       NOT NULL,
    webhook_nonce       VARCHAR(32),
    webhook_ciphertext  TEXT,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_name, app_name),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);

-- Every build of an app: what was asked (build secrets are never stored, only their ids), where it
-- is, and what it made. The log is the file $WHARF_HOME/builds/<id>.log.
CREATE TABLE builds (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    system_name   VARCHAR(63)   NOT NULL,
    app_name      VARCHAR(63)   NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    message       VARCHAR(4096),
    url           VARCHAR(2048) NOT NULL,
    git_ref       VARCHAR(255)  NOT NULL,
    dockerfile    VARCHAR(1024) NOT NULL,
    build_context VARCHAR(1024) NOT NULL,
    build_args    TEXT          NOT NULL,
    secret_ids    TEXT          NOT NULL,
    from_source   BOOLEAN       NOT NULL,
    commit_id     VARCHAR(64),
    image         VARCHAR(1024),
    digest        VARCHAR(80),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE,
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);

CREATE INDEX builds_by_app ON builds (system_name, app_name, created_at);

-- Every image a build pushed: the digest to deploy, and the commit it was made from.
CREATE TABLE versions (
    system_name VARCHAR(63)   NOT NULL,
    app_name    VARCHAR(63)   NOT NULL,
    number      BIGINT        NOT NULL,
    image       VARCHAR(1024) NOT NULL,
    digest      VARCHAR(80)   NOT NULL,
    commit_id   VARCHAR(64)   NOT NULL,
    author      VARCHAR(512)  NOT NULL,
    message     TEXT          NOT NULL,
    build_id    VARCHAR(36)   NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms BIGINT        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (system_name, app_name, number),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);
