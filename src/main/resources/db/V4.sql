-- lexgap schema 4: imported documents, their provisions and their history in the database (until now JSON files in
-- one node's data folder), and the change log every node applies to its own search index in order.
-- Portable SQL (H2 2.x and PostgreSQL; TEXT is a large character object in both).

-- one row per imported document that exists now: its current version
CREATE TABLE documents (
    id VARCHAR(128) PRIMARY KEY,
    current_version INTEGER NOT NULL,
    jurisdiction VARCHAR(64) NOT NULL,
    text_length BIGINT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- every version of every document (the current one and its history): the document without its provisions, as JSON
CREATE TABLE document_versions (
    document_id VARCHAR(128) NOT NULL,
    version INTEGER NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    document_json TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
);

-- the provisions of each version, in document order, each as JSON
CREATE TABLE document_provisions (
    document_id VARCHAR(128) NOT NULL,
    version INTEGER NOT NULL,
    provision_no INTEGER NOT NULL,
    provision_id VARCHAR(300) NOT NULL,
    provision_json TEXT NOT NULL,
    PRIMARY KEY (document_id, version, provision_no)
);

-- the change log: one row per change of a document, numbered without gaps in commit order (a writer takes the
-- next number from change_counter, whose row it holds locked until it commits)
CREATE TABLE document_changes (
    seq BIGINT PRIMARY KEY,
    document_id VARCHAR(128) NOT NULL,
    action VARCHAR(16) NOT NULL,
    version INTEGER,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE change_counter (
    id INTEGER PRIMARY KEY,
    last_seq BIGINT NOT NULL
);

INSERT INTO change_counter (id, last_seq) VALUES (1, 0);
