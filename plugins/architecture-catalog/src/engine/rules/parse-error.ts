import { defineRule } from './rule.js';
import { scanProblemsOf } from './scan-problems.js';

export const parseError = defineRule({
  id: 'parse-error',
  scope: 'tree',
  defaultSetting: 'error',
  description:
    'A document cannot be read: unreadable, not UTF-8, over 5 MB, a link outside the root, or bad front matter.',
  help: 'Save the file as UTF-8 text under 5 MB, make it readable, and keep symbolic links inside the catalog root.',
  reportsWhen:
    'a document cannot be read, is not UTF-8, is over 5 MB, is a link outside the root, or has invalid YAML front matter',
  reportedAt:
    'the document, at the position the YAML parser gives for bad front matter, otherwise at `1:1`; a symbolic link that leaves the root is reported on the link',
  // The untagged problems, read as a sentence: "<path> is not valid UTF-8 (...)".
  check: scanProblemsOf(undefined, ' '),
});
