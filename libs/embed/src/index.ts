/**
 * @pioneer/embed — a measure's application form for any page: `<pioneer-apply>`, a custom element
 * in shadow DOM with its own light renderer, driven by the measure's schema through the SDK's
 * offline engine (live validation and estimate, no eval: it runs under `script-src 'self'`).
 *
 *   import { definePioneerApply } from '@pioneer/embed';
 *   definePioneerApply();
 *   // <pioneer-apply measure="compute-voucher" base-url="https://subsidy.example.gov.cn" lang="zh-CN"></pioneer-apply>
 *
 * React portals: `import { PioneerApply } from '@pioneer/embed/react'`.
 */
export { PioneerApplyElement, definePioneerApply, type PioneerErrorDetail } from './lib/pioneer-apply.element';
