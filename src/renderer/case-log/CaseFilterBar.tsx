import { outcomeKindLabels } from '../../shared/case-log/case-outcome-words';
import { caseOutcomeKinds } from '../../shared/case-log/case-record';
import { environmentIds, environmentLabels } from '../../shared/environment/environments';
import { flowKinds } from '../../shared/flows/challenge-flow';
import { type CaseFilters, filtersSet } from './case-list-request';
import { flowLabels } from './flow-labels';

/** One search box for any key of a case, then the filters, in one band above the list. */
export function CaseFilterBar({
  filters,
  filter,
  clear,
}: {
  filters: CaseFilters;
  filter: (change: Partial<CaseFilters>) => void;
  clear: () => void;
}) {
  return (
    <search className="cases-filters" aria-label="Find cases">
      <div className="cases-search-row">
        <div className="field cases-search">
          <label htmlFor="cases-search">Search</label>
          <input
            id="cases-search"
            className="control"
            type="search"
            value={filters.search}
            maxLength={200}
            placeholder="User ID, ticket, case or challenge ID, note"
            aria-describedby="cases-search-hint"
            onChange={(event) => filter({ search: event.target.value })}
          />
          <p id="cases-search-hint" className="visually-hidden">
            Finds any part of a user ID, ticket reference, case ID, challenge ID or note.
          </p>
        </div>
        <button type="button" className="secondary" disabled={!filtersSet(filters)} onClick={clear}>
          Clear filters
        </button>
      </div>
      <div className="cases-filter-row">
        <div className="field">
          <label htmlFor="cases-outcome">Outcome</label>
          <select
            id="cases-outcome"
            className="control"
            value={filters.outcome}
            onChange={(event) => filter({ outcome: event.target.value as CaseFilters['outcome'] })}
          >
            <option value="">Any</option>
            {(['open', ...caseOutcomeKinds] as const).map((kind) => (
              <option key={kind} value={kind}>
                {outcomeKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cases-flow">Flow</label>
          <select
            id="cases-flow"
            className="control"
            value={filters.flow}
            onChange={(event) => filter({ flow: event.target.value as CaseFilters['flow'] })}
          >
            <option value="">Any</option>
            {flowKinds.map((kind) => (
              <option key={kind} value={kind}>
                {flowLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cases-environment">Environment</label>
          <select
            id="cases-environment"
            className="control"
            value={filters.environment}
            onChange={(event) => filter({ environment: event.target.value as CaseFilters['environment'] })}
          >
            <option value="">Any</option>
            {environmentIds.map((id) => (
              <option key={id} value={id}>
                {environmentLabels[id]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cases-from">From</label>
          <input
            id="cases-from"
            className="control"
            type="date"
            value={filters.from}
            onChange={(event) => filter({ from: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="cases-to">To</label>
          <input
            id="cases-to"
            className="control"
            type="date"
            value={filters.to}
            onChange={(event) => filter({ to: event.target.value })}
          />
        </div>
      </div>
    </search>
  );
}
