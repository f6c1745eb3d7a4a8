import type { ReactNode } from 'react';
import type { LastUpdateView } from '../../views/last-update.js';

// UTC, so the server's rendering and the browser's agree.
const DATE = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** "Dec 6, 2026 by Ann", either part alone when the site shows only one. */
export default function LastUpdate({ update }: { update: LastUpdateView }): ReactNode {
  return (
    <>
      {update.time && <time dateTime={update.time}>{DATE.format(new Date(update.time))}</time>}
      {update.time && update.author && ' '}
      {update.author && `by ${update.author}`}
    </>
  );
}
