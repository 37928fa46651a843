/** The generic views every generated measure resource is made of. */
export { ApplicationList } from './ApplicationList';
export { ApplicationShow } from './ApplicationShow';
export { ApplicationCreate } from './ApplicationCreate';
export { ApplicationEdit } from './ApplicationEdit';
export { MoneyField } from './MoneyField';
export { DateTimeField, DayField } from './DateFields';
export { MoneyInput } from './MoneyInput';
export { StatusField } from './StatusField';
export { StatusInput } from './StatusInput';
export { STATUSES, STATUS_CHOICES } from './statuses';
export type { MeasureResource, MenuPolicy, MenuSection, ResourceOptions } from './resource.types';
