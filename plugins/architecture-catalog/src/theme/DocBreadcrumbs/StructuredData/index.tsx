import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { useBreadcrumbsStructuredData } from '@docusaurus/plugin-content-docs/client';
import type { Props } from '@theme/DocBreadcrumbs/StructuredData';

/**
 * The theme's breadcrumb JSON-LD with every `<` escaped. The theme writes
 * the document titles into a script element as they are, so a title holding
 * `</script><script>…` would run script; escaped, JSON still reads the same.
 */
export default function DocBreadcrumbsStructuredData({ breadcrumbs }: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({ breadcrumbs });
  return (
    <Head>
      <script type="application/ld+json">
        {JSON.stringify(structuredData).replace(/</g, '\\u003c')}
      </script>
    </Head>
  );
}
