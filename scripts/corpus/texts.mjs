/**
 * Sentence templates for the generated documents. Slots: `{role}` is the
 * technology the use case chose for a role (see pools.mjs), `{n:a:b}` an
 * integer in [a, b], `{pick:a|b|c}` one of the choices, and `{entity}`,
 * `{entities}`, `{team}`, `{name}`, `{person}` the use case's own words.
 */

export const DATA_PIPELINE = [
  'Raw events land in {lake} from {n:2:5} sources; the {team} systems publish through {streaming} and the rest arrive as nightly exports.',
  '{batch} jobs, scheduled by {orchestration}, build a `{table}` table keyed by `{key}` and `snapshot_date`.',
  '{dataQuality} suites run after every load and block the downstream DAG on failure (row count within ±{n:3:10}% of the 7-day median, no null keys).',
  'Late records (up to {n:2:48} hours) are reprocessed by a backfill task that rewrites only the affected partitions.',
  'The curated layer is written as partitioned Parquet, about {n:20:900} GB in all, with {n:13:36} months of history kept for retraining and audits.',
  'Personal data is pseudonymized at ingestion; the mapping table stays in the {team} account and is never copied to the ML environment.',
  'Every dataset version is tagged with the commit of the pipeline code, so a training set can be rebuilt exactly.',
  'Throughput at peak is about {n:2:40} MB/s; the pipeline is sized for twice that with autoscaling workers.',
  'Schema changes in the source systems are caught by a contract test in CI before they reach production.',
  'Reference data (calendars, store hierarchy, product taxonomy) is loaded once a day from {warehouse}.',
];

export const FEATURE_ENGINEERING = [
  'About {n:30:180} features in {n:3:6} groups: {entity} profile, recent activity over 7/28/90-day windows, {pick:billing health|price history|interaction counts|device signals} and context.',
  'Feature definitions live in a {featureStore} repository; point-in-time joins guarantee that training sets never see data from after the label date.',
  'Online features are materialized to {onlineStore} every {n:5:60} minutes, with a TTL of {n:1:8} days.',
  'Categorical features use target encoding fitted on the training window only; rare categories (fewer than {n:20:200} rows) are grouped.',
  'Text fields are embedded with a frozen sentence encoder and reduced to {n:32:256} dimensions.',
  'Feature views are versioned by Git tag, and the tag is logged with every training run.',
  'Streaming aggregates (counts and sums over 10-minute and 1-hour windows) are computed in {streamProcessing} and pushed to the online store.',
  'A parity job compares online and offline values for a {n:1:5}% sample every day and alerts when more than 0.5% differ.',
  'Missing values are kept as missing; the model handles them natively, and imputation is not needed.',
];

export const MODEL_TRAINING = [
  '{framework} model trained {pick:weekly|monthly|every two weeks|nightly} on {n:6:36} months of history with a rolling time-based split (the last {n:1:3} months held out).',
  'Training is scheduled by {orchestration} and runs on {trainingCompute}; the full pipeline takes about {n:15:180} minutes.',
  'Hyperparameters are tuned with {tuning} ({n:30:200} trials) only when the drift report flags a shift.',
  'Every run is logged to {tracking} with the feature-repo tag, the dataset snapshot date and evaluation plots.',
  'Promotion requires AUC ≥ 0.{n:70:90} and no regression above 1% on any segment of the holdout.',
  'The candidate model is shadow-scored against the production model for {n:3:14} days before promotion.',
  'Class imbalance (about 1 positive in {n:20:500}) is handled with class weights rather than resampling.',
  'Model cards with training data ranges, metrics per segment and known limitations are generated for every release.',
  'Training data is capped at {n:10:80} million rows; sampling keeps every positive and a stratified share of negatives.',
];

/** @type {Record<string, string[]>} */
export const MODEL_SERVING = {
  batch: [
    'A nightly {orchestration} DAG loads the production model from {tracking}, scores the active base with {batchScoring} in chunks of {n:50:500},000 rows and writes `{table}_scores` to {warehouse}.',
    'Runs take about {n:20:120} minutes; the DAG has two retries and a deadline sensor that pages on-call if scores are late.',
    'Scores are published with the model version and the top drivers, so downstream teams can explain each decision.',
    'The {team} tools read scores from the warehouse; there is no online endpoint.',
  ],
  realtime: [
    'The model is served by {serving} on {container} behind {gateway}, with {n:3:12} replicas and horizontal autoscaling on CPU and request rate.',
    'Each request fetches online features from {onlineStore} (p99 about {n:2:8} ms) and returns the score with the model version.',
    'If the model service is unavailable, callers fall back to the rules that exist today; the service fails open.',
    'New versions roll out as a canary receiving {n:1:10}% of traffic for {n:1:3} days before full rollout.',
    'Request and response payloads are logged to {streaming} for monitoring and for the next training set.',
  ],
  streaming: [
    'A {streamProcessing} job consumes `{table}-events` from {streaming}, enriches each event with features from {onlineStore} and scores it in-stream.',
    'End-to-end lag from event to decision is monitored per partition; consumer lag above {n:10:120} seconds pages on-call.',
    'The job checkpoints every {n:10:60} seconds; a restart replays at most one checkpoint interval, and scoring is idempotent.',
    'Scored events are written to a `{table}-scores` topic consumed by the {team} services.',
  ],
  embedded: [
    'The model is converted to {edgeRuntime}, quantized to 8 bits and shipped in a signed pack of about {n:2:40} MB through {distribution}.',
    'The app checks for a new pack daily over Wi-Fi and falls back to the previous model if loading fails.',
    'Inference runs on the device only; no {entity} data leaves it, and {telemetry} receives aggregated counters only.',
    'Median inference time is {n:2:30} ms on the reference device; the budget is checked in CI on a device farm.',
  ],
};

export const MONITORING = [
  '{drift} computes feature drift (PSI per feature, alert above 0.2) and score-distribution drift after every run.',
  'Service metrics (latency percentiles, error rate, saturation) go to {monitoring}, with SLO burn-rate alerts.',
  'Realized outcomes are joined back after {n:7:60} days to compute rolling precision, recall and calibration per segment.',
  'A weekly review with the {team} team tracks the business metric against the holdout control group.',
  'Data-quality failures and late pipelines page the on-call engineer through the existing incident tooling.',
  'Dashboards are shared with the product owner, {person}, and reviewed in the monthly model-risk meeting.',
];

export const CONSTRAINTS = [
  'Only {entities} with at least {n:30:120} days of history may be scored; the POC showed accuracy drops for newer ones.',
  'Source data from the {team} system arrives with up to {n:6:48} hours of lag.',
  'Personal data must stay in the EU region; no raw identifiers in the ML environment.',
  'The {team} budget covers about {n:5:80},000 actions per week, so the output must be a ranked list.',
  'Predictions must be reproducible for {n:6:36} months for audits.',
  'The existing rules engine stays in place as a fallback for at least {n:3:12} months.',
  'Free-text fields are out of scope until the privacy review (PRIV-{n:1000:9999}) closes.',
  'Infrastructure cost must stay under EUR {n:2:30},000 per month.',
  'Labels are available only {n:7:90} days after the prediction.',
  'The model must be explainable to {team} reviewers: top drivers per decision.',
  'No new vendor contracts this fiscal year: use the tools already licensed.',
];

/** @type {Record<string, string[]>} */
export const RATIONALE = {
  batch: [
    'Decisions are made once a day by the {team} team, so a nightly batch over the full base meets the deadline with hours of slack and keeps serving to a scheduled job.',
    'Nobody acts on a prediction within the same session; scoring every {entity} nightly is cheaper than a permanently running endpoint and every score is reproducible from a dated snapshot.',
  ],
  realtime: [
    'The prediction depends on context known only at request time, and the caller waits for the answer, which is request-response serving against precomputed features.',
    'The {entity} decision is made while the user waits, within a {n:50:300} ms budget; precomputing every combination is impossible, so the model must answer on request.',
  ],
  streaming: [
    'The signal decays within minutes: features must reflect events seconds old, which only a stream processor can maintain, and decisions are emitted as events.',
    'Events arrive continuously from {n:100:5000} sources and must be acted on within minutes; batch would leave hours of blind spot.',
  ],
  embedded: [
    'The prediction must work offline and within one frame, and the data must not leave the device, which rules out any server-side pattern.',
    'Connectivity is intermittent and per-{entity} latency must stay under {n:10:50} ms, so the model runs on the device and the central system only trains and distributes it.',
  ],
};

export const RATIONALE_EXTRA = [
  'Batch was considered and rejected because the value of a prediction drops sharply with its age.',
  'The design reuses the platform the {team} team already operates, which keeps the on-call burden flat.',
  'The POC confirmed that the latency and cost budgets hold at twice the expected peak load.',
  'This also keeps the feature logic in one place for training and inference, avoiding skew.',
];

export const TECH_RATIONALE = [
  'Already operated by the platform team',
  'Company standard; no new vendor',
  'Best results in the POC',
  'Managed service, no cluster to run',
  'Team has production experience with it',
  'Open source, no licence cost',
  'Native integration with the rest of the stack',
  'Lowest p99 in the load test',
  'Shared with UC-{n:1:400}',
  'Meets the audit and reproducibility constraint',
];

export const INTEGRATIONS = [
  ['{team} service', 'REST API', 'Synchronous, {n:20:300} ms timeout'],
  ['{team} service', 'gRPC', 'Called per request; fails open'],
  ['CRM', 'Reverse ETL', 'Daily sync at 05:00 UTC'],
  ['Data warehouse', 'SQL', 'Reads scores and realized outcomes'],
  ['Event bus', 'Stream', 'Topic `{table}-events`, {n:3:48} partitions'],
  ['Billing system', 'File (S3)', 'Nightly CSV export'],
  ['Mobile app', 'SDK', 'Model packs through the CDN'],
  ['Case management', 'Webhook', 'Alerts above the review threshold'],
  ['Identity provider', 'OAuth 2.0', 'Service-to-service tokens'],
  ['Looker dashboard', 'SQL', 'Business metrics for the {team} team'],
];

export const RISKS = [
  [
    'Source data arrives late and features are stale',
    'Freshness check blocks scoring; consumers keep the previous scores',
  ],
  ['Feedback loop biases labels', 'Keep a {n:5:15}% random holdout that is never treated'],
  ['Score drift after business changes', 'Drift alert triggers an out-of-cycle retrain'],
  [
    'Latency spike during peak season',
    'Load test at 2× peak before each season; degraded mode with cached scores',
  ],
  ['Training-serving skew', 'Single feature definitions; daily online/offline parity job'],
  ['Vendor outage', 'Fallback to rules; documented manual procedure'],
  ['Model unfair to a protected group', 'Fairness metrics per segment in every release gate'],
  ['Cost overrun', 'Budget alerts at 80%; autoscaling limits'],
  ['Key engineer leaves', 'Runbooks and pairing; two people on call'],
];

export const ALTERNATIVES = [
  [
    'Real-time scoring with an online endpoint',
    'Fresher scores',
    'Needs an online store and a 24/7 service',
    'No consumer acts in-session',
  ],
  [
    'Nightly batch scoring',
    'Simple, cheap',
    'Scores up to 24 hours old',
    'Too stale for the decision',
  ],
  [
    'SageMaker end to end',
    'Managed, scales out',
    'Data would leave the warehouse; second registry',
    'Extra data movement and tooling',
  ],
  ['Vertex AI Pipelines', 'Managed pipelines', 'Team has no GCP experience', 'Platform mismatch'],
  [
    'Rules only (status quo)',
    'No ML operations',
    'Recall {n:20:40} points lower in the POC',
    'Leaves most of the value on the table',
  ],
  [
    'Deep learning model',
    'Higher ceiling',
    'Slower training, harder to explain',
    'Gradient boosting matched accuracy',
  ],
  [
    'Server-side inference',
    'Easier updates',
    'Requires connectivity; privacy review',
    'Offline and privacy constraints',
  ],
  [
    'Build our own feature store',
    'Full control',
    'Months of platform work',
    'Existing tool covers the need',
  ],
];

export const EXTRA_SECTIONS = [
  [
    'Open Questions',
    '- Who owns the retraining budget after the first year?\n- Do we need a second region for disaster recovery?',
  ],
  [
    'Cost Estimate',
    'About EUR {n:2:30},000 per month at expected volume, two thirds of it compute for training and serving.',
  ],
  [
    'Security and Privacy',
    'All data at rest is encrypted with customer-managed keys; access goes through the {team} data-access process.',
  ],
  ['Glossary', '- **PSI**: population stability index.\n- **SLO**: service-level objective.'],
];
