import { lazy, Suspense } from 'react';

// Cases is loaded when first shown, so the console's initial JS stays small (the Customer view comes first).
const CasesPage = lazy(() => import('./CasesPage').then((module) => ({ default: module.CasesPage })));

/** The Cases tab. */
export function CasesView() {
  return (
    <Suspense fallback={<p className="panel muted">Loading cases…</p>}>
      <CasesPage />
    </Suspense>
  );
}
