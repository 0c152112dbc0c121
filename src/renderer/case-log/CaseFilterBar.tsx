import { outcomeKindLabels } from '../../shared/case-log/case-outcome-words';
import { caseOutcomeKinds } from '../../shared/case-log/case-record';
import { outcomeGroupLabels } from '../../shared/case-overview/overview-records';
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
        <AnyOfSelect
          id="cases-outcome"
          label="Outcome"
          value={filters.outcome}
          options={(['open', ...caseOutcomeKinds] as const).map((kind) => [kind, outcomeKindLabels[kind]])}
          onChange={(value) => filter({ outcome: value as CaseFilters['outcome'] })}
        />
        <AnyOfSelect
          id="cases-flow"
          label="Flow"
          value={filters.flow}
          options={flowKinds.map((kind) => [kind, flowLabels[kind]])}
          onChange={(value) => filter({ flow: value as CaseFilters['flow'] })}
        />
        <AnyOfSelect
          id="cases-environment"
          label="Environment"
          value={filters.environment}
          options={environmentIds.map((id) => [id, environmentLabels[id]])}
          onChange={(value) => filter({ environment: value as CaseFilters['environment'] })}
        />
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
      {(filters.outcomeGroup || filters.code) && (
        <p className="muted" id="cases-overview-filter">
          From Overview:{' '}
          {[
            filters.outcomeGroup && outcomeGroupLabels[filters.outcomeGroup],
            filters.code && `Circle code ${filters.code}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
    </search>
  );
}

/** A filter's select: "Any" (no filter), then each value by its label. */
function AnyOfSelect(props: {
  id: string;
  label: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className="control"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">Any</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
