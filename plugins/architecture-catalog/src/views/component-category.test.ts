import { describe, expect, it } from 'vitest';
import { createTechnologyIndex } from '../engine/technologies/index.js';
import { componentCategory, orderCategories } from './component-category.js';

const technologies = createTechnologyIndex();
const category = (component: string, raw = '') =>
  componentCategory({ component, technologies: technologies.split(raw) });

describe('componentCategory', () => {
  // A component's name, and the category it reads as.
  it.each(
    Object.entries({
      'Event transport': 'Event Streaming',
      'Event streaming': 'Event Streaming',
      'Stream aggregation': 'Stream Processing',
      'Stream processing': 'Stream Processing',
      'Feature store': 'Feature Store',
      'Online serving': 'Model Serving',
      'Tracking & registry': 'Experiment Tracking',
      Orchestration: 'Orchestration',
      Warehouse: 'Data Warehouse',
      'Drift monitoring': 'Monitoring',
      Model: 'ML Framework',
    }),
  )('reads %j as %s', (component, expected) => expect(category(component)).toBe(expected));

  it('falls back to the category of the technologies chosen', () => {
    expect(category('Glue layer', 'Apache Kafka')).toBe('Event Streaming');
    expect(category('Misc', 'Something bespoke')).toBe('Other');
  });
});

describe('orderCategories', () => {
  it('keeps the alias table order, unknown names after, Other last', () => {
    expect(orderCategories(['Other', 'Monitoring', 'Zeta', 'Event Streaming'])).toEqual([
      'Event Streaming',
      'Monitoring',
      'Zeta',
      'Other',
    ]);
  });
});
