-- Classes (issue 16): a roster, personal links, assignments, attempts graded on the server.
-- Deleting a class deletes every row below through ON DELETE CASCADE.
CREATE TABLE classes (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL,
  allow_new_names BOOLEAN NOT NULL,
  -- Grows at every change that the gradebook shows: its ETag.
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE class_learners (
  learner_id TEXT PRIMARY KEY,
  code TEXT NOT NULL REFERENCES classes(code) ON DELETE CASCADE,
  name TEXT NOT NULL,
  -- The name folded for matching a typed name to the roster.
  name_key TEXT NOT NULL,
  source TEXT NOT NULL,
  joined_at TEXT NOT NULL,
  -- Roster order: 1, 2, … within the class.
  position INTEGER NOT NULL,
  UNIQUE (code, name_key)
);
-- Tokens, hashed. A "link" token's nonce lets the teacher's secret rebuild the link;
-- a "join" token came from joining with the class code.
CREATE TABLE class_tokens (
  token_hash TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES class_learners(learner_id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  nonce TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  -- First use of the token: a roster name whose link was used cannot be claimed by name.
  used_at TEXT
);
CREATE INDEX class_tokens_learner ON class_tokens (learner_id);
CREATE TABLE class_devices (
  learner_id TEXT NOT NULL REFERENCES class_learners(learner_id) ON DELETE CASCADE,
  device_id TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  PRIMARY KEY (learner_id, device_id)
);
CREATE TABLE class_assignments (
  code TEXT NOT NULL REFERENCES classes(code) ON DELETE CASCADE,
  assignment_id TEXT NOT NULL,
  -- The assignment as the builder makes it (src/assign/assignment.ts), JSON.
  spec TEXT NOT NULL,
  -- Due time in ms since 1970, or NULL; the spec's own "due" is replaced by this.
  due BIGINT,
  published_at TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (code, assignment_id)
);
CREATE TABLE class_extensions (
  code TEXT NOT NULL,
  assignment_id TEXT NOT NULL,
  learner_id TEXT NOT NULL REFERENCES class_learners(learner_id) ON DELETE CASCADE,
  due BIGINT NOT NULL,
  PRIMARY KEY (code, assignment_id, learner_id),
  FOREIGN KEY (code, assignment_id) REFERENCES class_assignments(code, assignment_id) ON DELETE CASCADE
);
-- Every graded attempt, in arrival order (seq); attempt_id is the client's, so a resend is a no-op.
-- Attempts are only ever added (until the class is deleted), so their count per class
-- is part of the gradebook's ETag: storing one does not lock the class row.
CREATE TABLE class_attempts (
  seq BIGSERIAL PRIMARY KEY,
  -- The learner's class, so a class's attempts are one index range.
  code TEXT NOT NULL,
  learner_id TEXT NOT NULL REFERENCES class_learners(learner_id) ON DELETE CASCADE,
  attempt_id TEXT NOT NULL,
  poll_id TEXT NOT NULL,
  response TEXT NOT NULL,
  correct BOOLEAN NOT NULL,
  device_id TEXT NOT NULL,
  client_at BIGINT,
  received_at TEXT NOT NULL,
  UNIQUE (learner_id, attempt_id)
);
CREATE INDEX class_attempts_code ON class_attempts (code, seq);
