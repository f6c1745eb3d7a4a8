import type { Props } from '@theme/ArchCatalog/RequirementValue';
import VisuallyHidden from '@theme/ArchCatalog/VisuallyHidden';
import type { ReactNode } from 'react';

/** A requirement as the views display it; a dash that screen readers read as "not stated". */
export default function RequirementValue({ measure }: Props): ReactNode {
  if (measure.value === null && measure.display === '—') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>not stated</VisuallyHidden>
      </>
    );
  }
  return measure.display;
}
