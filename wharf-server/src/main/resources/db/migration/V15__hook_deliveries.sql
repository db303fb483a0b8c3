-- Every webhook delivery to an app, with what was done or why nothing was; a delivery id is
-- recorded once per app, so that a redelivery is seen as a duplicate.
CREATE TABLE hook_deliveries (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    system_name VARCHAR(63)  NOT NULL,
    app_name    VARCHAR(63)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    provider    VARCHAR(16)  NOT NULL,
    event       VARCHAR(64),
    delivery_id VARCHAR(128),
    outcome     VARCHAR(16)  NOT NULL,
    reason      VARCHAR(512) NOT NULL,
    build_id    VARCHAR(36),
    FOREIGN KEY (system_name, app_name) REFERENCES apps (system_name, name) ON DELETE CASCADE
);
CREATE INDEX hook_deliveries_app ON hook_deliveries (system_name, app_name, at);
