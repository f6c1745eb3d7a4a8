/**
 * The vocabulary of the generated corpus: use-case names, patterns, technologies
 * (spelled the many ways real documents spell them) and requirement values.
 */

/** @typedef {'batch' | 'realtime' | 'streaming' | 'embedded'} PatternKey */

export const PREFIXES = [
  '',
  '',
  '',
  'Retail',
  'Payments',
  'Insurance',
  'Logistics',
  'Telecom',
  'Marketplace',
  'Banking',
  'Healthcare',
  'Media',
  'Energy',
  'Travel',
  'B2B',
  'Mobile',
  'EU',
  'APAC',
  'SMB',
  'Merchant',
  'Wholesale',
  'Grocery',
];

/** @type {readonly {name: string, entity: string, patterns: readonly PatternKey[][]}[]} */
export const TASKS = [
  { name: 'Churn Prediction', entity: 'customer', patterns: [['batch']] },
  { name: 'Demand Forecasting', entity: 'SKU', patterns: [['batch']] },
  {
    name: 'Fraud Detection',
    entity: 'transaction',
    patterns: [['realtime'], ['streaming', 'realtime']],
  },
  {
    name: 'Product Recommendations',
    entity: 'user',
    patterns: [['realtime'], ['batch', 'realtime']],
  },
  { name: 'Predictive Maintenance', entity: 'machine', patterns: [['streaming'], ['batch']] },
  { name: 'Keyboard Suggestions', entity: 'keystroke', patterns: [['embedded']] },
  { name: 'Search Ranking', entity: 'query', patterns: [['realtime']] },
  { name: 'Document Classification', entity: 'document', patterns: [['batch']] },
  { name: 'Intent Routing', entity: 'call', patterns: [['realtime']] },
  { name: 'Credit Limit Optimization', entity: 'account', patterns: [['realtime']] },
  { name: 'Price Optimization', entity: 'product', patterns: [['batch']] },
  { name: 'Sensor Anomaly Detection', entity: 'sensor reading', patterns: [['streaming']] },
  { name: 'Lead Scoring', entity: 'lead', patterns: [['batch']] },
  {
    name: 'ETA Prediction',
    entity: 'delivery',
    patterns: [['realtime'], ['streaming', 'realtime']],
  },
  { name: 'Visual Quality Inspection', entity: 'image', patterns: [['embedded']] },
  { name: 'Ad Click Prediction', entity: 'impression', patterns: [['realtime']] },
  { name: 'Content Moderation', entity: 'post', patterns: [['streaming', 'realtime'], ['batch']] },
  { name: 'Inventory Replenishment', entity: 'store', patterns: [['batch']] },
  { name: 'Claims Triage', entity: 'claim', patterns: [['batch', 'realtime'], ['batch']] },
  { name: 'Next Best Action', entity: 'customer', patterns: [['realtime']] },
  { name: 'Wake Word Detection', entity: 'audio frame', patterns: [['embedded']] },
  { name: 'Network Intrusion Detection', entity: 'network flow', patterns: [['streaming']] },
  { name: 'Customer Lifetime Value', entity: 'customer', patterns: [['batch']] },
  { name: 'Dynamic Pricing', entity: 'ride', patterns: [['streaming', 'realtime'], ['realtime']] },
  { name: 'Credit Risk Scoring', entity: 'application', patterns: [['realtime'], ['batch']] },
  { name: 'Energy Load Forecasting', entity: 'substation', patterns: [['batch']] },
  { name: 'Review Sentiment Analysis', entity: 'review', patterns: [['batch']] },
  { name: 'Visual Search', entity: 'image', patterns: [['realtime']] },
  { name: 'Transaction Categorization', entity: 'transaction', patterns: [['streaming']] },
  { name: 'Driver Fatigue Detection', entity: 'video frame', patterns: [['embedded']] },
  { name: 'Support Ticket Deflection', entity: 'ticket', patterns: [['realtime']] },
  { name: 'Supplier Risk Monitoring', entity: 'supplier', patterns: [['batch']] },
];

/** How the `**Pattern:**` field names each pattern. */
export const PATTERN_NAMES = {
  batch: [
    'Batch Prediction',
    'Batch Prediction',
    'Pattern 1: Batch Prediction',
    'Batch prediction',
  ],
  realtime: [
    'Real-Time Serving',
    'Real-Time Serving',
    'Online Inference',
    'Pattern 2: Real-Time Serving',
  ],
  streaming: ['Streaming', 'Streaming', 'Stream Processing', 'Pattern 3: Streaming'],
  embedded: ['Embedded', 'Embedded', 'Embedded (on-device)', 'Pattern 4: Embedded'],
};

export const HYBRID_JOINERS = [' + ', ' + ', ' and ', ' with '];

/**
 * Technology roles: the row label(s) a Technology Choices table uses, and the
 * technologies that fill it, each in several spellings.
 * @type {Record<string, {labels: string[], techs: string[][]}>}
 */
export const ROLES = {
  streaming: {
    labels: ['Event streaming', 'Event bus', 'Messaging', 'Event log'],
    techs: [
      ['Apache Kafka', 'Kafka', 'Amazon MSK', 'Confluent Cloud'],
      ['Amazon Kinesis', 'Kinesis Data Streams'],
      ['Google Pub/Sub', 'Pub/Sub'],
      ['Apache Pulsar'],
      ['Redpanda'],
      ['Azure Event Hubs'],
    ],
  },
  streamProcessing: {
    labels: ['Stream processing', 'Streaming features', 'Stream processor'],
    techs: [
      ['Apache Flink', 'Flink', 'PyFlink'],
      ['Spark Structured Streaming', 'Structured Streaming'],
      ['Kafka Streams'],
      ['Apache Beam on Dataflow', 'Google Dataflow'],
      ['ksqlDB'],
    ],
  },
  batch: {
    labels: ['Batch processing', 'Transformations', 'Data processing', 'ETL'],
    techs: [
      ['Apache Spark', 'Spark', 'PySpark'],
      ['Databricks', 'Azure Databricks'],
      ['dbt', 'dbt Core', 'dbt Cloud'],
      ['AWS Glue', 'Glue ETL'],
      ['Amazon EMR', 'EMR'],
      ['Google Dataproc'],
      ['Dask'],
      ['Polars'],
    ],
  },
  orchestration: {
    labels: ['Orchestration', 'Workflow orchestration', 'Scheduling'],
    techs: [
      ['Airflow', 'Apache Airflow', 'Amazon MWAA'],
      ['Dagster'],
      ['Prefect'],
      ['Kubeflow Pipelines'],
      ['Argo Workflows'],
      ['AWS Step Functions'],
      ['Cloud Composer'],
      ['Vertex AI Pipelines'],
    ],
  },
  warehouse: {
    labels: ['Warehouse', 'Data warehouse', 'Analytics store'],
    techs: [
      ['Snowflake'],
      ['BigQuery', 'Google BigQuery'],
      ['Amazon Redshift', 'Redshift'],
      ['Azure Synapse'],
      ['ClickHouse'],
    ],
  },
  lake: {
    labels: ['Data lake', 'Raw storage', 'Object storage'],
    techs: [
      ['Amazon S3', 'S3'],
      ['GCS', 'Google Cloud Storage'],
      ['ADLS'],
      ['Delta Lake on S3'],
      ['Apache Iceberg on S3'],
    ],
  },
  featureStore: {
    labels: ['Feature store', 'Feature management'],
    techs: [
      ['Feast'],
      ['Tecton'],
      ['Hopsworks'],
      ['SageMaker Feature Store'],
      ['Vertex AI Feature Store'],
      ['Databricks Feature Store'],
    ],
  },
  onlineStore: {
    labels: ['Online store', 'Online feature store', 'Feature cache', 'Low-latency lookups'],
    techs: [
      ['Redis', 'Redis Cluster', 'Amazon ElastiCache'],
      ['DynamoDB', 'Amazon DynamoDB'],
      ['Aerospike'],
      ['Bigtable', 'Cloud Bigtable'],
      ['Cassandra'],
      ['ScyllaDB'],
    ],
  },
  tracking: {
    labels: ['Experiment tracking', 'Experiment tracking and registry', 'Model registry'],
    techs: [
      ['MLflow', 'Managed MLflow'],
      ['Weights & Biases', 'W&B'],
      ['Neptune.ai'],
      ['Comet ML'],
      ['SageMaker Model Registry'],
      ['Vertex AI Model Registry'],
    ],
  },
  framework: {
    labels: ['Model', 'ML framework', 'Training framework', 'Model library'],
    techs: [
      ['LightGBM'],
      ['XGBoost'],
      ['PyTorch', 'PyTorch Lightning'],
      ['TensorFlow', 'Keras'],
      ['scikit-learn', 'sklearn'],
      ['CatBoost'],
      ['Prophet'],
      ['Hugging Face Transformers (PyTorch)'],
    ],
  },
  tuning: {
    labels: ['Hyperparameter tuning', 'Tuning'],
    techs: [['Optuna'], ['Ray Tune'], ['Hyperopt'], ['Katib']],
  },
  trainingCompute: {
    labels: ['Training compute', 'Training infrastructure'],
    techs: [
      ['SageMaker Training', 'Amazon SageMaker Training'],
      ['Vertex AI Training'],
      ['Ray on Kubernetes', 'Ray Train'],
      ['Kubeflow Training Operator'],
      ['Databricks ML runtime'],
    ],
  },
  serving: {
    labels: ['Model serving', 'Inference', 'Serving', 'Online inference'],
    techs: [
      ['KServe'],
      ['Seldon Core'],
      ['BentoML'],
      ['Triton Inference Server', 'NVIDIA Triton'],
      ['TorchServe'],
      ['TensorFlow Serving', 'TF Serving'],
      ['Ray Serve'],
      ['SageMaker real-time endpoint', 'SageMaker Endpoints'],
      ['Vertex AI Prediction'],
      ['FastAPI service'],
    ],
  },
  batchScoring: {
    labels: ['Batch scoring', 'Batch inference', 'Scoring job'],
    techs: [
      ['Spark batch job', 'PySpark UDF scoring'],
      ['SageMaker Batch Transform'],
      ['Vertex AI Batch Prediction'],
      ['Airflow + Kubernetes pod operator'],
      ['Ray Data'],
    ],
  },
  container: {
    labels: ['Container platform', 'Runtime platform', 'Compute'],
    techs: [
      ['Kubernetes', 'Amazon EKS', 'EKS'],
      ['GKE', 'Google Kubernetes Engine'],
      ['AKS'],
      ['Amazon ECS', 'ECS on Fargate'],
      ['Cloud Run'],
    ],
  },
  gateway: {
    labels: ['API gateway', 'Ingress'],
    techs: [['Kong'], ['Envoy'], ['Amazon API Gateway'], ['Apigee'], ['NGINX Ingress']],
  },
  monitoring: {
    labels: ['Monitoring', 'Observability', 'Metrics and dashboards'],
    techs: [
      ['Prometheus + Grafana', 'Prometheus', 'Grafana'],
      ['Datadog'],
      ['Amazon CloudWatch', 'CloudWatch'],
      ['New Relic'],
      ['Google Cloud Monitoring'],
    ],
  },
  drift: {
    labels: ['Drift monitoring', 'Model monitoring', 'ML monitoring'],
    techs: [['Evidently', 'Evidently AI'], ['WhyLabs'], ['Arize'], ['Fiddler'], ['NannyML']],
  },
  dataQuality: {
    labels: ['Data quality', 'Data validation', 'Data tests'],
    techs: [['Great Expectations'], ['Soda', 'Soda Core'], ['Monte Carlo'], ['Pandera'], ['Deequ']],
  },
  edgeRuntime: {
    labels: ['On-device runtime', 'Edge runtime', 'On-device inference'],
    techs: [
      ['TensorFlow Lite', 'TFLite', 'LiteRT'],
      ['Core ML'],
      ['ONNX Runtime', 'ONNX Runtime Mobile'],
      ['TensorRT on Jetson'],
      ['ExecuTorch'],
      ['OpenVINO'],
    ],
  },
  distribution: {
    labels: ['Model distribution', 'Delivery', 'Model packs'],
    techs: [
      ['Amazon CloudFront', 'CloudFront'],
      ['Firebase Remote Config'],
      ['Cloudflare R2 + CDN'],
      ['AWS IoT Greengrass'],
      ['Azure IoT Edge'],
    ],
  },
  telemetry: {
    labels: ['Telemetry', 'Device telemetry'],
    techs: [
      ['Firebase Analytics'],
      ['Firebase Crashlytics'],
      ['Amazon Kinesis Firehose'],
      ['Segment'],
    ],
  },
  reverseEtl: {
    labels: ['Reverse ETL', 'Delivery to business systems'],
    techs: [['Hightouch'], ['Census'], ['Fivetran Activations']],
  },
  cicd: {
    labels: ['CI/CD', 'Infrastructure as code', 'Deployment'],
    techs: [['GitHub Actions'], ['GitLab CI'], ['Argo CD'], ['Terraform'], ['Jenkins']],
  },
};

/** Roles each pattern needs in its Technology Choices, in table order; a few optional ones. */
export const PATTERN_ROLES = {
  batch: {
    required: ['warehouse', 'batch', 'orchestration', 'framework', 'tracking', 'batchScoring'],
    optional: ['featureStore', 'dataQuality', 'drift', 'reverseEtl', 'tuning', 'lake', 'cicd'],
  },
  realtime: {
    required: ['featureStore', 'onlineStore', 'framework', 'serving', 'container', 'tracking'],
    optional: ['gateway', 'monitoring', 'drift', 'orchestration', 'warehouse', 'tuning', 'cicd'],
  },
  streaming: {
    required: [
      'streaming',
      'streamProcessing',
      'onlineStore',
      'framework',
      'serving',
      'monitoring',
    ],
    optional: ['lake', 'tracking', 'orchestration', 'drift', 'container', 'dataQuality'],
  },
  embedded: {
    required: ['edgeRuntime', 'framework', 'trainingCompute', 'distribution', 'telemetry'],
    optional: ['tracking', 'lake', 'orchestration', 'monitoring', 'cicd'],
  },
};

/** Requirement values per pattern, in the many forms documents use. */
export const REQUIREMENT_VALUES = {
  batch: {
    latency: [
      'N/A (batch)',
      '2 hours',
      '4h',
      '45 minutes (nightly run)',
      '3 hours (batch window)',
      'N/A',
      '90 min end to end',
    ],
    throughput: [
      '{M}M predictions per night',
      '{K},000 predictions per night',
      '{M}M rows/day',
      '{K}0k records daily',
      '{M}M events/day',
      '{K},000 predictions nightly',
    ],
    freshness: [
      'daily',
      'nightly batch',
      'Daily (T+1)',
      'T+1',
      'weekly',
      'every 6 hours',
      'nightly',
      'twice a day',
    ],
  },
  realtime: {
    latency: [
      'p99 < {L} ms',
      '< {L}ms',
      'p50 {l}ms / p99 {L}ms',
      '{L} ms at p99',
      'P95: {l}ms; P99: {L}ms',
      'under {L} ms',
      '99th percentile under {L} ms',
      '{l}-{L} ms',
    ],
    throughput: [
      '{T} req/s',
      '{T} RPS',
      '{t}k RPS',
      '{T} QPS',
      'peak {T} req/s, avg {a}',
      '{T} requests per second',
      '~{T} RPS',
    ],
    freshness: [
      'hourly',
      '< 5 min',
      'real-time',
      'daily',
      'near real-time',
      'within 15 minutes',
      'every 15 min',
    ],
  },
  streaming: {
    latency: [
      '< {s} s end to end',
      'p99 < {s} s',
      '< 5 min',
      'sub-second',
      '{s} seconds',
      'p99 < {L} ms',
    ],
    throughput: [
      '{t}k events/sec',
      '{T} msg/s',
      '{M}M events/day',
      '{t}k msg/s',
      '{T} events per second',
    ],
    freshness: [
      'real-time',
      'streaming',
      'near real-time',
      '< 1 min',
      '30 s',
      'near real-time (< 5 min)',
    ],
  },
  embedded: {
    latency: [
      'p99 < {e} ms',
      '< {e}ms per frame',
      '{e} ms on the reference device',
      'p50 {f}ms / p99 {e}ms',
    ],
    throughput: ['N/A (on-device)', 'N/A', '{e} inferences/s per device', 'N/A (runs on device)'],
    freshness: [
      'weekly',
      'monthly',
      'every 2 weeks',
      'quarterly model, weekly vocabulary',
      '1 week',
    ],
  },
};

export const AVAILABILITY = [
  '99.9%',
  '99.95%',
  '99.5%',
  '99.99%',
  '99.9% (business hours)',
  'three nines',
  '99.9% monthly SLA',
  '≥ 99.5%',
  '99.95 %',
];

export const SOURCES = [
  'POC_Plan.md',
  'POC_Plan.md, section 3',
  'GoNoGo_Memo.md',
  'Data_Viability_Assessment.md',
  'Data_Viability_Assessment.md (peak day)',
  'Platform SLA',
  '{team} team SLA',
  'GoNoGo_Memo.md, condition 2',
  'Baseline_Analysis.md',
  '{team} SLO',
  'Product requirement',
];

export const EXTRA_REQUIREMENTS = [
  ['Batch window', 'Scores available by 06:00 UTC'],
  ['Explainability', 'Top 3 drivers per prediction'],
  ['Model size', '≤ 12 MB per language'],
  ['Memory', '≤ 40 MB resident'],
  ['Cost', 'under EUR 8,000 per month'],
  ['Data retention', '13 months for audit'],
  ['Recall at 1% FPR', '≥ 0.70'],
  ['Fairness', 'Approval-rate gap under 2 points across protected groups'],
];

export const TEAMS = [
  'Payments',
  'Retention',
  'Supply Chain',
  'Search',
  'Risk',
  'Claims',
  'Growth',
  'Operations',
  'Platform',
  'Pricing',
  'Marketing',
  'Trust and Safety',
  'Customer Care',
  'Data Platform',
];

export const FIRST_NAMES = [
  'Priya',
  'Jonas',
  'Amara',
  'Luis',
  'Mei',
  'Tomasz',
  'Fatima',
  'Noah',
  'Aiko',
  'Kwame',
  'Sofia',
  'Ravi',
  'Elena',
  'Omar',
  'Hannah',
  'Diego',
  'Ingrid',
  'Chen',
];
export const LAST_NAMES = [
  'Raman',
  'Becker',
  'Okafor',
  'Fernández',
  'Lin',
  'Nowak',
  'Haddad',
  'Fischer',
  'Tanaka',
  'Mensah',
  'Rossi',
  'Iyer',
  'Petrova',
  'Khalil',
  'Schmidt',
  'Alvarez',
  'Larsen',
  'Wei',
];

export const PHASES = /** @type {const} */ ([
  ['Architecture', 30],
  ['Implementation', 25],
  ['Deployment', 15],
  ['Operations', 20],
  ['Maintenance', 10],
]);

export const STATUSES = /** @type {const} */ ([
  ['In Progress', 60],
  ['Blocked', 8],
  ['On Hold', 7],
  ['Complete', 25],
]);

export const HANDOFF_DOCUMENTS = [
  'POC_Plan.md',
  'Data_Viability_Assessment.md',
  'Baseline_Analysis.md',
  'Risk_Register.md',
  'Handoff_Review.md',
];

export const COMPONENT_SPECS = [
  ['Data_Pipeline.md', 'Data Pipeline'],
  ['Feature_Store.md', 'Feature Store'],
  ['Model_Training.md', 'Model Training'],
  ['Serving_Infrastructure.md', 'Serving Infrastructure'],
];
