import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { ThemeConfig as MermaidThemeConfig } from '@docusaurus/theme-mermaid';
import type { Options as CatalogOptions } from 'docusaurus-plugin-architecture-catalog';

/**
 * The use-case workspaces this site publishes, relative to the site (or absolute).
 * `ARCH_CATALOG_ROOT` points the site at another tree, e.g. the benchmark's generated corpus.
 */
const WORKSPACES = process.env.ARCH_CATALOG_ROOT ?? 'AE01_Implementations';

const config: Config = {
  title: 'Architecture Catalog',
  tagline:
    'ML-system architecture designs, validated against their template and compared side by side',
  favicon: 'img/favicon.svg',

  url: 'https://example.com',
  baseUrl: '/',

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',

  markdown: {
    format: 'detect',
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  future: {
    v4: true,
    faster: true,
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      'docusaurus-plugin-architecture-catalog',
      {
        root: WORKSPACES,
        routeBasePath: 'catalog',
        onInvalidDocument: 'throw',
        showLastUpdateTime: true,
        showLastUpdateAuthor: true,
        showHistory: true,
      } satisfies CatalogOptions,
    ],
  ],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        docsRouteBasePath: ['docs'],
        docsDir: ['docs'],
        language: ['en'],
        // A use case is found by, and quoted from, its documents' own text (see docs/configuration.md).
        ignoreCssSelectors: ['.arch-catalog-derived'],
      },
    ],
  ],

  themeConfig: {
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'Architecture Catalog',
      logo: {
        alt: 'Architecture Catalog logo',
        src: 'img/logo.svg',
      },
      items: [
        { to: '/catalog', label: 'Catalog', position: 'left' },
        { to: '/catalog/compare', label: 'Compare', position: 'left' },
        { to: '/catalog/matrix', label: 'Matrix', position: 'left' },
        {
          type: 'docSidebar',
          sidebarId: 'docsSidebar',
          position: 'left',
          label: 'Docs',
        },
      ],
    },
    footer: {
      style: 'light',
      copyright: `Architecture Catalog · built with Docusaurus`,
    },
    // Prism: the theme's default light and dark code themes.
    // The rule pages show their examples as diffs of the example workspace.
    prism: { additionalLanguages: ['diff'] },
    mermaid: {
      // Mermaid's own default, stated: labels from documents can never run script.
      options: { securityLevel: 'strict' },
    },
  } satisfies Preset.ThemeConfig & { mermaid: Partial<MermaidThemeConfig['mermaid']> },
};

export default config;
