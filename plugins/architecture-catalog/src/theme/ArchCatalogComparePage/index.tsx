import Page from '@theme/ArchCatalog/Page';
import { useMemo, type ReactNode } from 'react';
import { compareSelection } from '../../views/compare.js';
import type { CompareEntry, ComparePageData } from '../../views/types.js';
import useQueryParams from '@theme/ArchCatalog/useQueryParams';
import CompareTable from './CompareTable.js';
import DroppedNote from './DroppedNote.js';
import Picker from './Picker.js';
import styles from './styles.module.css';

const MIN = 2;
const MAX = 4;

export default function ArchCatalogComparePage({ data }: { data: ComparePageData }): ReactNode {
  const [params, setParams] = useQueryParams();
  const byId = useMemo(() => new Map(data.useCases.map((uc) => [uc.id, uc])), [data]);
  const { ids: selected, dropped } = compareSelection(
    params.get('uc'),
    [...byId.keys()],
    data.withoutDesign,
    MAX,
  );
  const entries = selected.map((id) => byId.get(id)).filter((e): e is CompareEntry => !!e);
  const onChange = (ids: string[]) => setParams({ uc: ids.slice(0, MAX).join(',') });

  return (
    <Page
      title="Compare use cases"
      description="Compare the patterns, requirements, technologies and risks of two to four use cases side by side."
      links={data.links}
    >
      {data.useCases.length < MIN ? (
        <p>At least two use cases with an architecture design are needed to compare.</p>
      ) : (
        <>
          <Picker useCases={data.useCases} selected={selected} max={MAX} onChange={onChange} />
          {dropped.length > 0 && <DroppedNote dropped={dropped} />}
          {entries.length < MIN ? (
            <div className={styles.guidance} role="note">
              <p>
                {entries.length === 0
                  ? 'Pick two to four use cases above to compare them side by side.'
                  : `${entries[0]?.id ?? 'One use case'} is selected: pick at least one more (up to four in all).`}
              </p>
              <p className={styles.hint}>
                The comparison shows their patterns, requirements (the stricter value marked),
                technologies per component (differences marked) and risks. The selection is kept in
                the address, so a comparison can be shared as a link.
              </p>
            </div>
          ) : (
            <CompareTable entries={entries} categories={data.categories} />
          )}
        </>
      )}
    </Page>
  );
}
