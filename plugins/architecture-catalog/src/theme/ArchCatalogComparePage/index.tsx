import { useMemo, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import type { CompareEntry, ComparePageData, RequirementKey } from '../../views/types.js';
import {
  compareSelection,
  sameTechnologies,
  stricterColumns,
  technologiesIn,
  type DroppedId,
} from '../../views/compare.js';
import { REQUIREMENT_LABELS, STRICTER } from '../../views/types.js';
import Nav from '../ArchCatalog/Nav.js';
import VisuallyHidden from '../ArchCatalog/VisuallyHidden.js';
import useQueryParams from '../ArchCatalog/useQueryParams.js';
import styles from './styles.module.css';

const MIN = 2;
const MAX = 4;
const REQUIREMENT_KEYS: RequirementKey[] = ['latency', 'throughput', 'availability', 'freshness'];

function None({ text = '—' }: { text?: string }): ReactNode {
  return (
    <span className={styles.none}>
      <span aria-hidden="true">{text}</span>
      <VisuallyHidden>none</VisuallyHidden>
    </span>
  );
}

function Picker({
  useCases,
  selected,
  onChange,
}: {
  useCases: CompareEntry[];
  selected: string[];
  onChange: (ids: string[]) => void;
}): ReactNode {
  const full = selected.length >= MAX;
  return (
    <fieldset className={styles.picker}>
      <legend>
        Use cases to compare <span className={styles.hint}>(pick 2 to 4)</span>
      </legend>
      <p className={styles.hint} id="compare-picker-status" aria-live="polite">
        {selected.length} of {MAX} selected
        {full ? ': unselect one to pick another.' : '.'}
      </p>
      <ul className={styles.pickerList}>
        {useCases.map((uc) => {
          const checked = selected.includes(uc.id);
          const id = `compare-pick-${uc.id}`;
          return (
            <li key={uc.id}>
              <input
                type="checkbox"
                id={id}
                checked={checked}
                disabled={!checked && full}
                aria-describedby={!checked && full ? 'compare-picker-status' : undefined}
                onChange={() =>
                  onChange(checked ? selected.filter((s) => s !== uc.id) : [...selected, uc.id])
                }
              />
              <label htmlFor={id}>
                <span className={styles.pickId}>{uc.id}</span> {uc.name}
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => onChange([])}
        >
          Clear selection
        </button>
      )}
    </fieldset>
  );
}

function CompareTable({
  entries,
  categories,
}: {
  entries: CompareEntry[];
  categories: string[];
}): ReactNode {
  const span = entries.length + 1;
  const shownCategories = categories.filter((category) =>
    entries.some((entry) => technologiesIn(entry, category).length > 0),
  );
  const differing = shownCategories.filter((category) =>
    entries.some(
      (entry) =>
        !sameTechnologies(technologiesIn(entry, category), technologiesIn(entries[0], category)),
    ),
  );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="compare-table">
        <caption className={styles.caption}>
          Comparing {entries.map((entry) => entry.id).join(', ')}.{' '}
          <span className={styles.legend}>
            <strong className={styles.stricter}>Bold, highlighted</strong> values are the stricter
            requirement; rows marked <span className={styles.differsTag}>differs</span> name
            different technologies.
          </span>
        </caption>
        <colgroup>
          <col className={styles.headCol} />
          {entries.map((entry) => (
            <col key={entry.id} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} />
            {entries.map((entry) => (
              <th key={entry.id} scope="col">
                <Link to={entry.url} className={styles.ucId}>
                  {entry.id}
                </Link>
                <span className={styles.ucName}>{entry.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Patterns</th>
            {entries.map((entry) => (
              <td key={entry.id}>
                {entry.patterns.length ? (
                  entry.patterns.map((pattern) => (
                    <span key={pattern} className={`badge badge--secondary ${styles.pattern}`}>
                      {pattern}
                    </span>
                  ))
                ) : (
                  <None />
                )}
              </td>
            ))}
          </tr>
        </tbody>
        <tbody>
          <tr className={styles.group}>
            <th scope="rowgroup" colSpan={span}>
              Requirements
            </th>
          </tr>
          {REQUIREMENT_KEYS.map((key) => {
            const marked = stricterColumns(entries, key);
            return (
              <tr key={key} data-requirement={key}>
                <th scope="row">
                  {REQUIREMENT_LABELS[key]}
                  <span className={styles.direction}>
                    {STRICTER[key] === 'lower' ? 'lower is stricter' : 'higher is stricter'}
                  </span>
                </th>
                {entries.map((entry, index) => {
                  const measure = entry.requirements[key];
                  if (measure.value == null)
                    return (
                      <td key={entry.id} className={styles.num}>
                        <span className={styles.none}>{measure.display}</span>
                      </td>
                    );
                  return marked.has(index) ? (
                    <td
                      key={entry.id}
                      className={`${styles.num} ${styles.stricterCell}`}
                      data-stricter="true"
                    >
                      <strong className={styles.stricter}>{measure.display}</strong>
                      <VisuallyHidden> (stricter)</VisuallyHidden>
                    </td>
                  ) : (
                    <td key={entry.id} className={styles.num}>
                      {measure.display}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tbody>
          <tr className={styles.group}>
            <th scope="rowgroup" colSpan={span}>
              Technologies by component{' '}
              <span className={styles.groupNote}>
                ({differing.length} of {shownCategories.length} differ)
              </span>
            </th>
          </tr>
          {shownCategories.length === 0 && (
            <tr>
              <td colSpan={span}>
                <None text="No technology choices recorded." />
              </td>
            </tr>
          )}
          {shownCategories.map((category) => {
            const differs = differing.includes(category);
            return (
              <tr
                key={category}
                className={differs ? styles.differs : undefined}
                data-differs={differs ? 'true' : undefined}
              >
                <th scope="row">
                  {category}
                  {differs && <span className={styles.differsTag}>differs</span>}
                </th>
                {entries.map((entry) => {
                  const techs = technologiesIn(entry, category);
                  return (
                    <td key={entry.id}>
                      {techs.length ? (
                        <ul className={styles.techList}>
                          {techs.map((tech) => (
                            <li key={tech}>{tech}</li>
                          ))}
                        </ul>
                      ) : (
                        <None />
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tbody>
          <tr className={styles.group}>
            <th scope="rowgroup" colSpan={span}>
              Risks
            </th>
          </tr>
          <tr>
            <th scope="row">Risks and mitigations</th>
            {entries.map((entry) => (
              <td key={entry.id}>
                {entry.risks.length ? (
                  <ul className={styles.risks}>
                    {entry.risks.map((risk, i) => (
                      <li key={i}>
                        <span className={styles.risk}>{risk.risk}</span>
                        {risk.mitigation && (
                          <span className={styles.mitigation}>
                            <span className={styles.mitigationLabel}>Mitigation:</span>{' '}
                            {risk.mitigation}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <None text="None listed" />
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** Says which ids of the address are not compared, and why. */
function DroppedNote({ dropped }: { dropped: DroppedId[] }): ReactNode {
  return (
    <div className={styles.guidance} role="status">
      <p>Left out of the comparison:</p>
      <ul>
        {dropped.map(({ id, reason }, i) => (
          <li key={`${id}-${i}`}>
            <strong>{id}</strong>: {reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
    <Layout
      title="Compare use cases"
      description="Compare the patterns, requirements, technologies and risks of two to four use cases side by side."
    >
      <main className="container margin-vert--lg">
        <Nav links={data.links} />
        <h1>Compare use cases</h1>
        {data.useCases.length < MIN ? (
          <p>At least two use cases with an architecture design are needed to compare.</p>
        ) : (
          <>
            <Picker useCases={data.useCases} selected={selected} onChange={onChange} />
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
                  technologies per component (differences marked) and risks. The selection is kept
                  in the address, so a comparison can be shared as a link.
                </p>
              </div>
            ) : (
              <CompareTable entries={entries} categories={data.categories} />
            )}
          </>
        )}
      </main>
    </Layout>
  );
}
