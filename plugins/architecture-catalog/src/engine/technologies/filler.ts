/**
 * Words that describe a technology rather than name one. A cell part made only of these
 * (`online`, `self-hosted cluster`, `custom Python service`) names no technology.
 */
const CONNECTIVES = `a an the and or with on via for of in into to by as at from using use used
  based plus but not no only also all any both each either other others etc e g eg i ie n na
  tbd todo none`;

const CONNECTIVE_WORDS = new Set(CONNECTIVES.split(/\s+/));

const STOP_WORDS = new Set(
  `${CONNECTIVES}
  online offline managed self hosted selfhosted house inhouse custom own internal external existing
  legacy new standard default primary secondary optional fallback backup dedicated shared
  cluster clusters instance instances node nodes server servers serverless service services
  microservice microservices job jobs task tasks script scripts cron layer tier engine platform
  tool tools tooling framework library libraries sdk api apis rest http grpc endpoint endpoints
  app application applications ui dashboard dashboards alert alerts alerting
  python java scala go golang rust sql bash shell r c javascript typescript node js
  data model models feature features store stores storage pipeline pipelines workflow workflows
  training train retraining inference serving serve prediction predictions scoring batch
  batches stream streams streaming streamed real time realtime near low latency high
  nightly daily hourly weekly monthly scheduled scheduler schedule periodic
  processing compute computation orchestration monitoring logging logs metrics tracing
  tracking registry experiment experiments versioning lineage catalog
  database databases db cache caching queue queues warehouse lake lakehouse bucket buckets
  file files table tables object objects blob format
  open source opensource oss native cloud hybrid multi on prem premise premises
  aws gcp azure google amazon microsoft ibm oracle
  ci cd cicd devops mlops infra infrastructure iac deployment deploy container containers
  gpu gpus cpu cpus tpu tpus vm vms machine machines memory disk ssd
  auto autoscaling scaling scalable horizontal vertical distributed parallel
  simple basic lightweight heavy small large big fast cheap free paid enterprise tier
  version latest stable beta preview v per each every
  test tests testing experimentation analytics analysis reporting
  lock locks locking replica replicas replication retention snapshot snapshots encryption
  encrypted partition partitions partitioned policy policies`.split(/\s+/),
);

function isNumeric(word: string): boolean {
  return /^v?\d+[a-z]{0,2}$/.test(word);
}

/** `and`, `the`, `with a`, `x`: words any sentence has, so no technology may be spelled so. */
export function isCommonWords(words: readonly string[]): boolean {
  return words.every((word) => word.length === 1 || CONNECTIVE_WORDS.has(word));
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || isNumeric(word);
}

const MAX_NAME_WORDS = 6;

/**
 * A part without a known technology is filler when it has nothing but stop words, when it reads
 * like a sentence, or when what is left after the stop words is lower-case description
 * (`custom drift detector`, `pinot cluster`) rather than a name (`Pinot cluster`, `Chronon`).
 */
export function isFiller(words: readonly string[], name: string): boolean {
  const names = words.filter((word) => !isStopWord(word));
  if (names.length === 0 || words.length > MAX_NAME_WORDS) return true;
  const lowerCase = !/\p{Lu}/u.test(name);
  return lowerCase && (names.length > 1 || names.length < words.length);
}
