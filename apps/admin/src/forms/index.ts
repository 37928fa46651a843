/** The backoffice's schema-driven forms live in @pioneer/ui-forms, shared with the portal. */
export * from '@pioneer/ui-forms';
