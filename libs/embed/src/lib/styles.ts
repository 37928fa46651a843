/**
 * The form's look, inside its shadow root. A host page themes it with CSS custom properties on
 * the element (`pioneer-apply { --pioneer-accent: #0a5; }`); nothing else leaks in or out.
 * Applied as a constructed stylesheet, so no inline <style> is needed under a strict CSP.
 */
export const STYLES = `
:host { display: block; font-family: var(--pioneer-font, system-ui, "Noto Sans CJK SC", sans-serif); color: var(--pioneer-text, #1d2330);
  background: var(--pioneer-background, #fff); line-height: 1.5; max-width: var(--pioneer-max-width, 46rem); }
* { box-sizing: border-box; }
h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
.summary { color: var(--pioneer-muted, #556); margin: 0 0 1rem; }
form { display: grid; gap: .75rem; }
fieldset { border: 1px solid var(--pioneer-border, #d0d5dd); border-radius: var(--pioneer-radius, 8px); padding: .75rem; margin: 0; display: grid; gap: .75rem; min-width: 0; }
legend { font-weight: 600; padding: 0 .25rem; }
.field { display: grid; gap: .25rem; }
label { font-weight: 500; }
.required { color: var(--pioneer-muted, #556); font-weight: 400; font-size: .875em; }
input[type=text], input[type=email], input[type=date], select, textarea { width: 100%; font: inherit; font-size: 16px; padding: .5rem .625rem;
  border: 1px solid var(--pioneer-border, #98a2b3); border-radius: var(--pioneer-radius, 8px); background: #fff; color: inherit; min-height: 44px; }
input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible { outline: 3px solid var(--pioneer-focus, #2e90fa); outline-offset: 1px; }
[aria-invalid=true] { border-color: var(--pioneer-error, #b42318); }
.money { display: flex; align-items: center; gap: .5rem; }
.money .unit { white-space: nowrap; }
.check { display: flex; gap: .5rem; align-items: flex-start; min-height: 44px; }
.check label { flex: 1; min-height: 44px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
label.upload { display: inline-flex; align-items: center; justify-self: start; min-height: 44px; padding: .5rem 1rem; border: 1px dashed var(--pioneer-accent, #1849a9);
  border-radius: var(--pioneer-radius, 8px); color: var(--pioneer-accent, #1849a9); cursor: pointer; font-weight: 500; }
input[type=file]:focus-visible + label.upload { outline: 3px solid var(--pioneer-focus, #2e90fa); outline-offset: 1px; }
.check input { width: 1.25rem; height: 1.25rem; margin-top: .2rem; flex: none; }
.help { margin: 0; color: var(--pioneer-muted, #556); font-size: .875rem; }
.error { margin: 0; color: var(--pioneer-error, #b42318); font-size: .875rem; min-height: 0; }
.error:empty { display: none; }
.estimate { border-radius: var(--pioneer-radius, 8px); background: var(--pioneer-estimate-background, #f0f7ff); padding: .75rem 1rem; }
.estimate .amount { font-size: 1.5rem; font-weight: 700; color: var(--pioneer-accent, #1849a9); }
.estimate ol { margin: .25rem 0 0; padding-left: 1.25rem; font-size: .875rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; position: sticky; bottom: 0; background: var(--pioneer-background, #fff); padding: .5rem 0; }
button { font: inherit; min-height: 44px; padding: .5rem 1rem; border-radius: var(--pioneer-radius, 8px); border: 1px solid var(--pioneer-accent, #1849a9);
  background: var(--pioneer-accent, #1849a9); color: var(--pioneer-on-accent, #fff); cursor: pointer; }
button.secondary { background: transparent; color: var(--pioneer-accent, #1849a9); }
button[disabled] { opacity: .6; cursor: progress; }
.status { margin: 0; }
.status.failed { color: var(--pioneer-error, #b42318); }
.issues { margin: 0; padding-left: 1.25rem; color: var(--pioneer-error, #b42318); }
/* On a phone the two buttons share one row of the sticky bar: it keeps the form in sight. */
@media (max-width: 30rem) { fieldset { padding: .5rem; } .actions button { flex: 1 1 0; padding: .5rem; } }
`;
