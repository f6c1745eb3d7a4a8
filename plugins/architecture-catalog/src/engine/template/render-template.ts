import { COMPONENT_DESIGN_SUBSECTIONS } from './sections.js';

/**
 * A new Architecture Design: the template's Output Format with its
 * placeholders, titled with the use case's name. Placeholders stay until
 * the author fills them; the `placeholder` rule keeps that honest.
 */
export function renderDesignTemplate(name: string): string {
  const components = COMPONENT_DESIGN_SUBSECTIONS.map(
    (title) => `### ${title}\n${COMPONENT_PLACEHOLDERS[title]}\n`,
  ).join('\n');
  return `# Architecture Design: ${name}

## Requirements Summary
| Requirement | Value | Source |
|-------------|-------|--------|
| Latency | [X ms] | [Handoff doc] |
| Throughput | [X req/s] | [Handoff doc] |
| Availability | [X%] | [Requirement] |
| Data freshness | [X] | [Requirement] |

## Constraints from DS-01
- [Constraint 1 from viability assessment]
- [Constraint 2]

## Architecture Pattern Selected
**Pattern:** [Name]

**Rationale:** [Why this pattern]

## Component Design

${components}
## Technology Choices
| Component | Technology | Rationale |
|-----------|------------|-----------|
| [Component] | [Tech] | [Why] |

## Integration Points
| System | Integration Type | Notes |
|--------|------------------|-------|
| [System] | [API/File/Stream] | [Notes] |

## Risks and Mitigations
| Risk | Mitigation |
|------|------------|
| [Risk] | [Mitigation] |

## Alternatives Considered
| Alternative | Pros | Cons | Why Not Selected |
|-------------|------|------|------------------|
| [Alt] | [Pros] | [Cons] | [Reason] |
`;
}

const COMPONENT_PLACEHOLDERS: Record<(typeof COMPONENT_DESIGN_SUBSECTIONS)[number], string> = {
  'Data Pipeline': '[Description and diagram]',
  'Feature Engineering': '[Description and approach]',
  'Model Training': '[Description and infrastructure]',
  'Model Serving': '[Description and infrastructure]',
  Monitoring: '[Description and approach]',
};

export function renderStatusTemplate(id: string, name: string, today: string): string {
  return `# Implementation Status: ${name}

## Quick Info
| Field | Value |
|-------|-------|
| Use Case ID | ${id} |
| Name | ${name} |
| DS-01 Handoff Date | [YYYY-MM-DD] |
| AE-01 Operator | [Name] |
| Current Phase | Architecture |
| Last Updated | ${today} |

## Current Status
**Phase:** Architecture
**Status:** In Progress
**Next Action:** Fill in 02_Architecture/Architecture_Design.md

## Document Checklist
### Handoff
- [ ] Handoff documents copied to 01_Handoff/
- [ ] Handoff Review

### Architecture
- [ ] Architecture Design
- [ ] Technology Selection
- [ ] Component Specifications
`;
}
