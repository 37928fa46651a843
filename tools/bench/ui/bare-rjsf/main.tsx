// The peer of the keystroke benchmark: @rjsf/core's own Form with its ajv8 validator, nothing of
// ours, rendering the same generated schema the portal renders (?measure=<code>).
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';
import { createRoot } from 'react-dom/client';

const forms = import.meta.glob<{ schema: Record<string, unknown> }>('../../../../apps/portal/src/generated/forms/*.gen.ts');
const code = new URLSearchParams(location.search).get('measure');
const load = Object.entries(forms).find(([file]) => file.endsWith(`/${code}.gen.ts`))?.[1];
if (!load) throw new Error(`no form for ${code}`);
load().then(({ schema }) => {
  // rjsf does not know our x- keywords; strict mode would refuse them, so they go.
  const plain = JSON.parse(JSON.stringify(schema, (key, value) => (key.startsWith('x-') || key === '$id' ? undefined : value)));
  createRoot(document.getElementById('root')!).render(<Form schema={plain} validator={validator} />);
  document.body.dataset.ready = '1';
});
