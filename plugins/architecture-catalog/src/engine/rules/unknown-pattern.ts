import { closestName } from '../parse/names.js';
import { recognizePatterns } from '../patterns/recognize.js';
import { patternSectionField } from './pattern-field.js';
import { defineRule } from './rule.js';

export const unknownPattern = defineRule({
  id: 'unknown-pattern',
  scope: 'design',
  defaultSetting: 'error',
  description:
    'The named pattern is not a known one (by default Batch Prediction, Real-Time Serving, Streaming, Embedded).',
  help: 'Use one of the known patterns, join a hybrid with `+`, or add the pattern to `patterns` in architecture-catalog.config.yaml.',
  reportsWhen:
    'a named pattern is not known (Batch Prediction, Real-Time Serving, Streaming, Embedded, plus configured ones)',
  reportedAt: 'the value of the `**Pattern:**` field',
  check: ({ document, knownPatterns }) => {
    const field = patternSectionField(document, 'Pattern');
    if (!field || field.value === '') return [];
    return recognizePatterns(field.value, knownPatterns).unknown.map((name) => {
      const suggestion = closestName(name, knownPatterns);
      return {
        ...field.valuePoint,
        message: `Unknown pattern '${name}'`,
        hint: suggestion
          ? `did you mean '${suggestion}'?`
          : `known patterns: ${knownPatterns.join(', ')}`,
        section: 'Architecture Pattern Selected > Pattern',
      };
    });
  },
});
