import type { SwizzleConfig } from '@docusaurus/types';

/** The theme kit's parts, each safe to eject or wrap (`docusaurus swizzle`). */
const KIT: Readonly<Record<string, string>> = {
  'ArchCatalog/ChangeList': 'What a change did to a design, a line per fact',
  'ArchCatalog/DataTable': 'The one table of the catalog: caption, header, rows or row groups',
  'ArchCatalog/Diagnostics': 'A table of validation problems',
  'ArchCatalog/Diagram': 'A mermaid diagram that opens full size, zoomable',
  'ArchCatalog/Empty': 'What a page says where a list has nothing to show',
  'ArchCatalog/Figure': 'A framed diagram with its caption',
  'ArchCatalog/Muted': 'A missing or unstated value',
  'ArchCatalog/Nav': "The catalog's navigation",
  'ArchCatalog/NoResults': 'What a filtered list shows when nothing matches',
  'ArchCatalog/Page': 'A catalog page: layout, main region and navigation',
  'ArchCatalog/PatternBadge': 'A pattern name linking to its page',
  'ArchCatalog/RequirementValue': 'A requirement as the catalog displays it',
  'ArchCatalog/RadarPolicy': "A radar entry's reason and replacement, as sentences",
  'ArchCatalog/RingBadge': 'A technology radar ring as a coloured word',
  'ArchCatalog/Section': 'A titled part of a page, anchored',
  'ArchCatalog/SeverityLabel': 'A severity as an icon and a word',
  'ArchCatalog/StatCards': 'Figures side by side',
  'ArchCatalog/TableBox': 'A table in a box that scrolls sideways on narrow screens',
  'ArchCatalog/TechnologyList': 'Technologies as a comma list of links',
  'ArchCatalog/ValidationBadge': 'The validation state of a use case',
  'ArchCatalog/VisuallyHidden': 'Text for assistive technology only',
};

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(
      Object.entries(KIT).map(([name, description]) => [
        name,
        { actions: { eject: 'safe', wrap: 'safe' }, description },
      ]),
    ),
  };
}
