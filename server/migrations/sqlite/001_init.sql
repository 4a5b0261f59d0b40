-- Live classes, their learners, poll runs and answers.
CREATE TABLE sessions (
  code TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  poll_ids TEXT NOT NULL,
  allow_anonymous INTEGER NOT NULL,
  secret_hash TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'live',
  version INTEGER NOT NULL DEFAULT 1,
  current_run_id TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE learners (
  learner_id TEXT PRIMARY KEY,
  code TEXT NOT NULL REFERENCES sessions(code),
  client_id TEXT NOT NULL,
  name TEXT,
  joined_at TEXT NOT NULL,
  UNIQUE (code, client_id)
);
CREATE TABLE learner_tokens (
  token_hash TEXT PRIMARY KEY,
  learner_id TEXT NOT NULL REFERENCES learners(learner_id)
);
CREATE TABLE runs (
  run_id TEXT PRIMARY KEY,
  code TEXT NOT NULL REFERENCES sessions(code),
  poll_id TEXT NOT NULL,
  state TEXT NOT NULL,
  shown INTEGER NOT NULL DEFAULT 0,
  opened_at TEXT NOT NULL
);
-- The answer that counts: one per learner per run.
CREATE TABLE answers (
  run_id TEXT NOT NULL REFERENCES runs(run_id),
  learner_id TEXT NOT NULL REFERENCES learners(learner_id),
  answer_id TEXT NOT NULL,
  answer TEXT NOT NULL,
  correct INTEGER NOT NULL,
  accepted_at TEXT NOT NULL,
  PRIMARY KEY (run_id, learner_id)
);
-- Every answer id ever accepted, so a late resend of a replaced answer is a no-op.
CREATE TABLE answer_log (
  answer_id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL,
  learner_id TEXT NOT NULL,
  accepted_at TEXT NOT NULL
);
