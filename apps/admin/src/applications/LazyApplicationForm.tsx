import { lazy, Suspense } from 'react';
import { Loading } from 'react-admin';
import type { SchemaLoader } from '@pioneer/ui-forms/light';

// The form engine (rjsf, ajv) loads with the first form opened, not with the lists.
const ApplicationForm = lazy(() => import('./ApplicationForm').then((module) => ({ default: module.ApplicationForm })));

/** The measure's form once its schema and the form engine have loaded. */
export function LazyApplicationForm({ schema }: { schema: SchemaLoader }) {
  return (
    <Suspense fallback={<Loading />}>
      <ApplicationForm schema={schema} />
    </Suspense>
  );
}
