import '../ui/visual-system.css';
import './cases.css';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { type CaseScope, CaseScopeSwitch } from '../team-log/CaseScopeSwitch';
import { ReplicationBehindLine } from '../team-log/ReplicationBehindLine';
import { TeamCasesList } from '../team-log/TeamCasesList';
import { useReplicationStatus } from '../team-log/use-replication-status';
import { CaseDetail } from './CaseDetail';
import { CaseFilterBar } from './CaseFilterBar';
import { CaseListTable } from './CaseListTable';
import { noFilters } from './case-list-request';
import { RadioSwitch } from './RadioSwitch';
import { useCaseLog } from './use-case-log';
import { useViewportFill } from './use-viewport-fill';

// Overview and its chart library load when Overview is first opened, not with Cases.
const CasesOverview = lazy(() =>
  import('../case-overview/CasesOverview').then((module) => ({ default: module.CasesOverview })),
);

/** Every case, found by any of its keys, with the opened one beside the list: ready to paste into a ticket. */
export function CasesPage() {
  const cases = useCaseLog();
  const { list, opened } = cases;
  const openedId = opened?.summary.caseId ?? null;
  const split = useRef<HTMLDivElement>(null);
  useViewportFill(split);
  // The team case log (src/renderer/team-log): how far behind this desk is, and the Team scope while it is on.
  const replication = useReplicationStatus();
  const [chosenScope, setScope] = useState<CaseScope>('desk');
  const scope = replication?.enabled ? chosenScope : 'desk';
  const [view, setView] = useState<'list' | 'overview'>('list');
  const { filter } = cases;
  const openFromOverview = useCallback(
    (filters: Parameters<typeof filter>[0], source: 'desk' | 'team') => {
      filter({ ...noFilters, ...filters });
      setScope(source);
      setView('list');
    },
    [filter],
  );
  return (
    <section className="view-page cases-page" aria-labelledby="cases-heading">
      <div className="cases-head">
        {/* The title and its switches on one line, on the title's baseline; the search band under them. */}
        <div className="cases-title-row">
          <h2 id="cases-heading" className="view-title">
            Cases
          </h2>
          <RadioSwitch
            label="Cases as"
            name="cases-view"
            choices={[
              { value: 'list', label: 'List' },
              { value: 'overview', label: 'Overview' },
            ]}
            value={view}
            onChange={setView}
          />
          {view === 'list' && replication?.enabled && <CaseScopeSwitch scope={scope} onChange={setScope} />}
        </div>
        {view === 'list' && <CaseFilterBar filters={cases.filters} filter={cases.filter} clear={cases.clearFilters} />}
      </div>
      {view === 'overview' && (
        <Suspense fallback={<p className="muted">Loading the overview…</p>}>
          <CasesOverview openCases={openFromOverview} />
        </Suspense>
      )}
      <ReplicationBehindLine status={replication} />
      {cases.problem && (
        <p role="alert" className="alert">
          {cases.problem.message}
        </p>
      )}
      {list && list.damaged.length > 0 && (
        <p className="notice">
          {list.damaged.length} line(s) of the case index could not be read (a crash while writing); the rest is shown.
        </p>
      )}
      {view === 'list' && scope === 'team' && (
        <div className="panel cases-list-panel">
          <TeamCasesList filters={cases.filters} />
        </div>
      )}
      <div
        ref={split}
        className={opened ? 'cases-split is-open' : 'cases-split'}
        hidden={view !== 'list' || scope === 'team'}
      >
        <div className="panel cases-list-panel">
          {list && list.cases.length === 0 && <p className="muted">No cases match.</p>}
          {list && list.cases.length > 0 && (
            <CaseListTable
              list={list}
              openedId={openedId}
              onOpen={(id) => void cases.open(id)}
              onShowMore={cases.showMore}
            />
          )}
        </div>
        {opened && <CaseDetail key={opened.summary.caseId} view={opened} cases={cases} />}
      </div>
    </section>
  );
}
