import type { ComponentType } from 'react';

/** What a generated resource says about itself besides its views (react-admin `options`). */
export interface ResourceOptions {
  /** i18n key of the menu label. */
  label: string;
  policy: string;
  section: string;
  clause: string;
  order: number;
}

/** A generated measure resource: `<Resource {...resource} />`. */
export interface MeasureResource {
  name: string;
  list: ComponentType;
  show: ComponentType;
  create: ComponentType;
  edit: ComponentType;
  icon: ComponentType;
  options: ResourceOptions;
}

/** The generated menu: policies, their sections in order, each with its resources by name. */
export interface MenuSection {
  code: string;
  /** i18n key. */
  label: string;
  resources: readonly string[];
}

export interface MenuPolicy {
  policy: string;
  /** i18n key. */
  label: string;
  sections: readonly MenuSection[];
}
