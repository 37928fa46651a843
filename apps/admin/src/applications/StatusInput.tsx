import { SelectInput, type SelectInputProps } from 'react-admin';
import { STATUS_CHOICES } from './statuses';

/** Filter by lifecycle state. */
export function StatusInput(props: Omit<SelectInputProps, 'choices'>) {
  return <SelectInput {...props} choices={STATUS_CHOICES} />;
}
